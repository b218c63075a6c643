"""The condition language: its JSON form, a strict parser with Dutch error messages, and the node types.

JSON form (one key per node; see `catalogue/data/FORMAAT.md` for the full description):

    {"alle": [V, ...]}                     all must hold (Kleene AND)
    {"een_van": [V, ...]}                  at least one holds (Kleene OR)
    {"niet": V}                            negation
    {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}
                                           comparison on a fact of `rechten.situatie.VELDEN`;
                                           ops = != < <= > >= in niet_in ; `waarde` may be dated
    {"heeft_recht": "verhoogde-tegemoetkoming"}
                                           the person has (or probably gets) that right: chaining
    {"woont_in": ["44021", "BE23"]}        lives in one of these municipalities (NIS) or areas (NUTS)
    {"inkomensgrens": {"basis": 26000, "per_persoon": 4800, "inkomen": "huishouden.inkomen_jaar",
                       "personen": "huishouden.personen_ten_laste"}}
    {"inkomensgrens": {"tabel": {"1": 1500, "2": 2000, "3": 2400}, "inkomen": "huishouden.inkomen_netto_maand",
                       "personen": "huishouden.grootte"}}
                                           income at most basis + per_persoon × persons, or the table row
                                           for the household size (the last row for bigger households)

A dated value: `{"gedateerd": [{"vanaf": "2025-01-01", "waarde": 26000, "bron": "..."}, ...]}`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Union

from rechten.situatie import VELDEN, Soort

__all__ = [
    "Alle",
    "EenVan",
    "Gedateerd",
    "HeeftRecht",
    "Inkomensgrens",
    "Niet",
    "Vergelijking",
    "Voorwaarde",
    "VoorwaardeFout",
    "WoontIn",
    "naar_json",
    "parse_voorwaarde",
]

OPERATOREN = ("=", "!=", "<", "<=", ">", ">=", "in", "niet_in")
ORDE_OPERATOREN = ("<", "<=", ">", ">=")
CODE_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NIS_RE = re.compile(r"^\d{5}$")
NUTS_RE = re.compile(r"^BE(?:[1-3](?:[0-9A-Z](?:\d{1,2})?)?)?$")
MAX_DIEPTE = 12
MAX_KNOPEN = 200


class VoorwaardeFout(ValueError):
    """An invalid condition: `pad` says where (e.g. `alle.1.waarde`), the message says what, in Dutch."""

    def __init__(self, pad: str, melding: str) -> None:
        self.pad = pad
        self.melding = melding
        super().__init__(f"{pad}: {melding}" if pad else melding)


@dataclass(frozen=True, slots=True)
class DatumWaarde:
    vanaf: date
    waarde: Any
    bron: str = ""


@dataclass(frozen=True, slots=True)
class Gedateerd:
    """A threshold that changes over time; `op(peildatum)` gives the value in force (None before the first)."""

    reeks: tuple[DatumWaarde, ...]

    def op(self, peildatum: date) -> Any:
        huidig = None
        for item in self.reeks:
            if item.vanaf <= peildatum:
                huidig = item.waarde
        return huidig


@dataclass(frozen=True, slots=True)
class Alle:
    delen: tuple[Voorwaarde, ...]


@dataclass(frozen=True, slots=True)
class EenVan:
    delen: tuple[Voorwaarde, ...]


@dataclass(frozen=True, slots=True)
class Niet:
    deel: Voorwaarde


@dataclass(frozen=True, slots=True)
class Vergelijking:
    veld: str
    op: str
    waarde: Any  # int | Decimal | bool | str | tuple (for in/niet_in) | Gedateerd


@dataclass(frozen=True, slots=True)
class HeeftRecht:
    code: str


@dataclass(frozen=True, slots=True)
class WoontIn:
    gebieden: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Inkomensgrens:
    inkomen: str
    personen: str
    basis: Decimal | Gedateerd | None = None
    per_persoon: Decimal | Gedateerd | None = None
    tabel: tuple[tuple[int, Decimal | Gedateerd], ...] = ()


Voorwaarde = Union[Alle, EenVan, Niet, Vergelijking, HeeftRecht, WoontIn, Inkomensgrens]  # noqa: UP007


def parse_voorwaarde(data: Any) -> Voorwaarde:
    """Parse and validate the JSON form; raise `VoorwaardeFout` naming the path of the first problem."""
    teller = [0]
    return _parse(data, "", 0, teller)


def _pad(pad: str, deel: str | int) -> str:
    return f"{pad}.{deel}" if pad else str(deel)


def _parse(data: Any, pad: str, diepte: int, teller: list[int]) -> Voorwaarde:
    teller[0] += 1
    if teller[0] > MAX_KNOPEN:
        raise VoorwaardeFout(pad, f"de voorwaarde is te groot (meer dan {MAX_KNOPEN} delen)")
    if diepte > MAX_DIEPTE:
        raise VoorwaardeFout(pad, f"de voorwaarde is te diep genest (meer dan {MAX_DIEPTE} niveaus)")
    if not isinstance(data, dict) or not data:
        raise VoorwaardeFout(pad, 'verwacht een voorwaarde als object, bv. {"veld": …, "op": …, "waarde": …}')
    if "veld" in data:
        return _vergelijking(data, pad)
    if len(data) != 1:
        raise VoorwaardeFout(pad, f"één sleutel verwacht, gekregen: {', '.join(sorted(map(str, data)))}")
    ((sleutel, inhoud),) = data.items()
    if sleutel in ("alle", "een_van"):
        if not isinstance(inhoud, list) or not inhoud:
            raise VoorwaardeFout(_pad(pad, sleutel), "verwacht een niet-lege lijst van voorwaarden")
        delen = tuple(_parse(d, _pad(_pad(pad, sleutel), i), diepte + 1, teller) for i, d in enumerate(inhoud))
        return Alle(delen) if sleutel == "alle" else EenVan(delen)
    if sleutel == "niet":
        return Niet(_parse(inhoud, _pad(pad, "niet"), diepte + 1, teller))
    if sleutel == "heeft_recht":
        if not isinstance(inhoud, str) or not CODE_RE.match(inhoud):
            raise VoorwaardeFout(_pad(pad, sleutel), 'verwacht de code van een recht, bv. "verhoogde-tegemoetkoming"')
        return HeeftRecht(inhoud)
    if sleutel == "woont_in":
        return _woont_in(inhoud, _pad(pad, sleutel))
    if sleutel == "inkomensgrens":
        if not isinstance(inhoud, dict):
            raise VoorwaardeFout(_pad(pad, sleutel), "verwacht een object met basis/per_persoon of tabel")
        return _inkomensgrens(inhoud, _pad(pad, sleutel))
    raise VoorwaardeFout(
        pad,
        f"onbekende soort voorwaarde {sleutel!r}; kies uit alle, een_van, niet, veld, heeft_recht, woont_in, "
        "inkomensgrens",
    )


def _vergelijking(data: dict, pad: str) -> Vergelijking:
    extra = set(data) - {"veld", "op", "waarde"}
    if extra:
        raise VoorwaardeFout(pad, f"onbekende sleutel(s): {', '.join(sorted(extra))}")
    naam = data.get("veld")
    if naam not in VELDEN:
        raise VoorwaardeFout(_pad(pad, "veld"), f"onbekend veld {naam!r}")
    veld = VELDEN[naam]
    op = data.get("op")
    if op not in OPERATOREN:
        raise VoorwaardeFout(_pad(pad, "op"), f"onbekende operator {op!r}; kies uit {', '.join(OPERATOREN)}")
    if "waarde" not in data:
        raise VoorwaardeFout(_pad(pad, "waarde"), "de waarde ontbreekt")
    if op in ORDE_OPERATOREN and veld.soort in (Soort.ja_nee, Soort.keuze):
        raise VoorwaardeFout(_pad(pad, "op"), f"{op} kan niet op {veld.label} ({veld.soort}); gebruik = of in")
    wpad = _pad(pad, "waarde")
    ruw = data["waarde"]
    if op in ("in", "niet_in"):
        if not isinstance(ruw, list) or not ruw:
            raise VoorwaardeFout(wpad, f"{op} verwacht een niet-lege lijst van waarden")
        waarde: Any = tuple(_scalar(naam, w, _pad(wpad, i)) for i, w in enumerate(ruw))
    elif isinstance(ruw, dict):
        if veld.soort not in (Soort.geheel, Soort.bedrag):
            raise VoorwaardeFout(wpad, "alleen getallen en bedragen kunnen gedateerd zijn")
        waarde = _gedateerd(ruw, wpad, lambda w, p: _scalar(naam, w, p))
    else:
        waarde = _scalar(naam, ruw, wpad)
    return Vergelijking(naam, op, waarde)


def _scalar(naam: str, ruw: Any, pad: str) -> Any:
    veld = VELDEN[naam]
    if veld.soort is Soort.ja_nee:
        if not isinstance(ruw, bool):
            raise VoorwaardeFout(pad, f"{veld.label}: verwacht true of false")
        return ruw
    if veld.soort is Soort.keuze:
        if ruw not in veld.keuzes:
            raise VoorwaardeFout(pad, f"{veld.label}: onbekende waarde {ruw!r}; kies uit {', '.join(veld.keuzes)}")
        return ruw
    if veld.soort is Soort.geheel:
        if isinstance(ruw, bool) or not isinstance(ruw, int):
            raise VoorwaardeFout(pad, f"{veld.label}: verwacht een geheel getal")
        if (veld.minimum is not None and ruw < veld.minimum) or (veld.maximum is not None and ruw > veld.maximum):
            raise VoorwaardeFout(pad, f"{veld.label}: {ruw} ligt buiten {veld.minimum}–{veld.maximum}")
        return ruw
    return _bedrag(ruw, pad)


def _bedrag(ruw: Any, pad: str) -> Decimal:
    if isinstance(ruw, bool) or not isinstance(ruw, int | float | str | Decimal):
        raise VoorwaardeFout(pad, "verwacht een bedrag, bv. 26000.50")
    try:
        waarde = Decimal(str(ruw))
    except InvalidOperation:
        raise VoorwaardeFout(pad, f"{ruw!r} is geen bedrag") from None
    if not waarde.is_finite() or waarde < 0:
        raise VoorwaardeFout(pad, "een bedrag is een positief getal")
    if waarde.as_tuple().exponent < -2:  # type: ignore[operator]
        raise VoorwaardeFout(pad, "een bedrag heeft hoogstens 2 cijfers na de komma")
    return waarde


def _gedateerd(ruw: dict, pad: str, scalar) -> Gedateerd:
    if set(ruw) != {"gedateerd"} or not isinstance(ruw["gedateerd"], list) or not ruw["gedateerd"]:
        raise VoorwaardeFout(pad, 'een gedateerde waarde is {"gedateerd": [{"vanaf": "JJJJ-MM-DD", "waarde": …}]}')
    reeks = []
    for i, item in enumerate(ruw["gedateerd"]):
        ipad = _pad(_pad(pad, "gedateerd"), i)
        if (
            not isinstance(item, dict)
            or not {"vanaf", "waarde"} <= set(item)
            or set(item) - {"vanaf", "waarde", "bron"}
        ):
            raise VoorwaardeFout(ipad, 'verwacht {"vanaf": "JJJJ-MM-DD", "waarde": …, "bron": …}')
        try:
            vanaf = item["vanaf"] if isinstance(item["vanaf"], date) else date.fromisoformat(str(item["vanaf"]))
        except ValueError:
            raise VoorwaardeFout(_pad(ipad, "vanaf"), "verwacht een datum JJJJ-MM-DD") from None
        reeks.append(DatumWaarde(vanaf, scalar(item["waarde"], _pad(ipad, "waarde")), str(item.get("bron", ""))))
    datums = [r.vanaf for r in reeks]
    if datums != sorted(datums) or len(set(datums)) != len(datums):
        raise VoorwaardeFout(pad, "de datums moeten oplopen en uniek zijn")
    return Gedateerd(tuple(reeks))


def _woont_in(inhoud: Any, pad: str) -> WoontIn:
    if not isinstance(inhoud, list) or not inhoud:
        raise VoorwaardeFout(pad, "verwacht een niet-lege lijst van NIS-codes (5 cijfers) of NUTS-codes (BE…)")
    for i, code in enumerate(inhoud):
        if not isinstance(code, str) or not (NIS_RE.match(code) or NUTS_RE.match(code)):
            raise VoorwaardeFout(_pad(pad, i), f"{code!r} is geen NIS-code (5 cijfers) of NUTS-code (BE…)")
    return WoontIn(tuple(inhoud))


def _inkomensgrens(data: dict, pad: str) -> Inkomensgrens:
    toegelaten = {"inkomen", "personen", "basis", "per_persoon", "tabel"}
    if set(data) - toegelaten:
        raise VoorwaardeFout(pad, f"onbekende sleutel(s): {', '.join(sorted(set(data) - toegelaten))}")
    inkomen = data.get("inkomen", "huishouden.inkomen_jaar")
    if inkomen not in VELDEN or VELDEN[inkomen].soort is not Soort.bedrag:
        raise VoorwaardeFout(_pad(pad, "inkomen"), f"{inkomen!r} is geen inkomensveld (bedrag)")
    personen = data.get("personen", "huishouden.personen_ten_laste")
    if personen not in ("huishouden.personen_ten_laste", "huishouden.grootte", "huishouden.kinderen"):
        raise VoorwaardeFout(
            _pad(pad, "personen"), "kies huishouden.personen_ten_laste, huishouden.grootte of huishouden.kinderen"
        )

    def bedrag_of_reeks(ruw: Any, p: str):
        return _gedateerd(ruw, p, _bedrag) if isinstance(ruw, dict) else _bedrag(ruw, p)

    if "tabel" in data:
        if "basis" in data or "per_persoon" in data:
            raise VoorwaardeFout(pad, "gebruik ofwel tabel, ofwel basis en per_persoon")
        tabel = data["tabel"]
        if not isinstance(tabel, dict) or not tabel:
            raise VoorwaardeFout(_pad(pad, "tabel"), 'verwacht {"1": bedrag, "2": bedrag, …}')
        rijen = []
        for sleutel, ruw in tabel.items():
            try:
                aantal = int(sleutel)
            except (TypeError, ValueError):
                raise VoorwaardeFout(_pad(pad, "tabel"), f"{sleutel!r} is geen aantal personen") from None
            rijen.append((aantal, bedrag_of_reeks(ruw, _pad(_pad(pad, "tabel"), sleutel))))
        return Inkomensgrens(inkomen, personen, tabel=tuple(sorted(rijen)))
    if "basis" not in data:
        raise VoorwaardeFout(_pad(pad, "basis"), "de basisgrens ontbreekt")
    basis = bedrag_of_reeks(data["basis"], _pad(pad, "basis"))
    per_persoon = bedrag_of_reeks(data["per_persoon"], _pad(pad, "per_persoon")) if "per_persoon" in data else None
    return Inkomensgrens(inkomen, personen, basis=basis, per_persoon=per_persoon)


def naar_json(v: Voorwaarde) -> dict:
    """The JSON form of a parsed condition (round-trips through `parse_voorwaarde`)."""
    match v:
        case Alle(delen):
            return {"alle": [naar_json(d) for d in delen]}
        case EenVan(delen):
            return {"een_van": [naar_json(d) for d in delen]}
        case Niet(deel):
            return {"niet": naar_json(deel)}
        case HeeftRecht(code):
            return {"heeft_recht": code}
        case WoontIn(gebieden):
            return {"woont_in": list(gebieden)}
        case Vergelijking(veld, op, waarde):
            return {"veld": veld, "op": op, "waarde": _waarde_json(waarde)}
        case Inkomensgrens(inkomen, personen, basis, per_persoon, tabel):
            uit: dict[str, Any] = {"inkomen": inkomen, "personen": personen}
            if tabel:
                uit["tabel"] = {str(n): _waarde_json(w) for n, w in tabel}
            else:
                uit["basis"] = _waarde_json(basis)
                if per_persoon is not None:
                    uit["per_persoon"] = _waarde_json(per_persoon)
            return {"inkomensgrens": uit}
    raise TypeError(f"geen voorwaarde: {v!r}")


def _waarde_json(w: Any) -> Any:
    if isinstance(w, Gedateerd):
        return {
            "gedateerd": [
                {"vanaf": r.vanaf.isoformat(), "waarde": _waarde_json(r.waarde), **({"bron": r.bron} if r.bron else {})}
                for r in w.reeks
            ]
        }
    if isinstance(w, tuple):
        return [_waarde_json(x) for x in w]
    if isinstance(w, Decimal):
        return str(w)
    return w
