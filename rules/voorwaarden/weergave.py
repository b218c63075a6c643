"""Plain-Dutch rendering of a condition, for the fiche, the overview's reasons and the editor's preview.

    leeftijd is minstens 65 jaar
    woont in Gent
    bruto belastbaar gezinsinkomen per jaar is hoogstens € 26.000,00 + € 4.812,00 per persoon ten laste

`beschrijf` gives one sentence; `beschrijf_regels` gives indented lines (depth, text) for long conditions.
Rendering never fails on a parsed condition: unknown names fall back to their code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from rechten.situatie import VELDEN, Soort
from rules.voorwaarden.model import (
    Alle,
    EenVan,
    Gedateerd,
    HeeftRecht,
    Inkomensgrens,
    Niet,
    Vergelijking,
    Voorwaarde,
    WoontIn,
)

__all__ = ["NUTS_NAMEN", "Weergave", "beschrijf", "beschrijf_regels", "datum_tekst", "euro"]

NUTS_NAMEN = {
    "BE": "België",
    "BE1": "het Brussels Hoofdstedelijk Gewest",
    "BE10": "het Brussels Hoofdstedelijk Gewest",
    "BE2": "het Vlaams Gewest",
    "BE21": "de provincie Antwerpen",
    "BE22": "de provincie Limburg",
    "BE23": "de provincie Oost-Vlaanderen",
    "BE24": "de provincie Vlaams-Brabant",
    "BE25": "de provincie West-Vlaanderen",
    "BE3": "het Waals Gewest",
    "BE31": "de provincie Waals-Brabant",
    "BE32": "de provincie Henegouwen",
    "BE33": "de provincie Luik",
    "BE34": "de provincie Luxemburg",
    "BE35": "de provincie Namen",
}
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")  # fmt: skip
_OPS = {
    "=": "is",
    "!=": "is niet",
    "<": "is minder dan",
    "<=": "is hoogstens",
    ">": "is meer dan",
    ">=": "is minstens",
    "in": "is een van",
    "niet_in": "is geen van",
}
_TEGENDEEL = {"=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">", "in": "niet_in", "niet_in": "in"}
_PER_PERSOON = {
    "huishouden.personen_ten_laste": ("per persoon ten laste", "persoon ten laste", "personen ten laste"),
    "huishouden.grootte": ("per persoon in het huishouden", "persoon", "personen"),
    "huishouden.kinderen": ("per minderjarig kind", "kind", "kinderen"),
}


def euro(bedrag: Decimal | int | str) -> str:
    """`€ 26.000,00`: Dutch thousands separator and decimal comma, always two decimals."""
    waarde = Decimal(str(bedrag)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    teken = "-" if waarde < 0 else ""
    geheel, _, cent = f"{abs(waarde):.2f}".partition(".")
    groepen = []
    while len(geheel) > 3:
        groepen.insert(0, geheel[-3:])
        geheel = geheel[:-3]
    groepen.insert(0, geheel)
    return f"€ {teken}{'.'.join(groepen)},{cent}"


def datum_tekst(d: date) -> str:
    """`1 januari 2025`."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Weergave:
    """How codes become words: municipality and right names come from the caller (the catalogue)."""

    gebiedsnaam: Callable[[str], str | None] | None = None
    rechtnaam: Callable[[str], str | None] | None = None
    # Dated thresholds: the value in force on this date; without one, the latest value with its start date.
    peildatum: date | None = None

    def gebied(self, code: str) -> str:
        naam = _veilig(self.gebiedsnaam, code)
        if naam:
            return naam
        return NUTS_NAMEN.get(code) or (f"gemeente {code}" if code.isdigit() else code)

    def recht(self, code: str) -> str:
        return _veilig(self.rechtnaam, code) or code.replace("-", " ")


def _veilig(functie: Callable[[str], str | None] | None, code: str) -> str | None:
    if functie is None:
        return None
    try:
        naam = functie(code)
    except Exception:  # rendering must never fail on a lookup problem
        return None
    return naam if isinstance(naam, str) and naam else None


def beschrijf(voorwaarde: Voorwaarde, weergave: Weergave | None = None) -> str:
    """One sentence in plain Dutch."""
    return _zin(voorwaarde, weergave or Weergave(), top=True)


def beschrijf_regels(voorwaarde: Voorwaarde, weergave: Weergave | None = None) -> list[tuple[int, str]]:
    """Indented lines: `alle`/`een_van` become a heading line with their parts one level deeper."""
    weergave = weergave or Weergave()
    regels: list[tuple[int, str]] = []

    def loop(v: Voorwaarde, diepte: int) -> None:
        match v:
            case Alle(delen) | EenVan(delen) if len(delen) > 1:
                kop = "alle volgende voorwaarden:" if isinstance(v, Alle) else "minstens één van deze voorwaarden:"
                regels.append((diepte, kop))
                for d in delen:
                    loop(d, diepte + 1)
            case Alle((deel,)) | EenVan((deel,)):
                loop(deel, diepte)
            case _:
                regels.append((diepte, _zin(v, weergave, top=True)))

    loop(voorwaarde, 0)
    return regels


def _zin(v: Voorwaarde, w: Weergave, *, top: bool = False) -> str:
    match v:
        case Alle(delen) | EenVan(delen):
            woord = " en " if isinstance(v, Alle) else " of "
            delen_tekst = [_zin(d, w) for d in delen]
            tekst = delen_tekst[0] if len(delen_tekst) == 1 else woord.join(delen_tekst)
            return tekst if top or len(delen_tekst) == 1 else f"({tekst})"
        case Niet(deel):
            return _niet(deel, w)
        case Vergelijking(veld, op, waarde):
            return _vergelijking(veld, op, waarde, w)
        case HeeftRecht(code):
            return f"heeft recht op {w.recht(code)}"
        case WoontIn(gebieden):
            return f"woont in {_opsomming([w.gebied(g) for g in gebieden], 'of')}"
        case Inkomensgrens():
            return _inkomensgrens(v, w)
    return str(v)


def _niet(deel: Voorwaarde, w: Weergave) -> str:
    match deel:
        case Vergelijking(veld, op, waarde):
            return _vergelijking(veld, _TEGENDEEL[op], waarde, w)
        case HeeftRecht(code):
            return f"heeft geen recht op {w.recht(code)}"
        case WoontIn(gebieden):
            return f"woont niet in {_opsomming([w.gebied(g) for g in gebieden], 'of')}"
        case Niet(binnen):
            return _zin(binnen, w)
    return f"niet {_zin(deel, w, top=False) if isinstance(deel, Alle | EenVan) else '(' + _zin(deel, w) + ')'}"


def _opsomming(items: list[str], voegwoord: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {voegwoord} {items[-1]}"


def _vergelijking(naam: str, op: str, waarde: Any, w: Weergave) -> str:
    veld = VELDEN.get(naam)
    label = veld.label if veld else naam
    if veld and veld.soort is Soort.ja_nee and op in ("=", "!="):
        ja = bool(waarde) if op == "=" else not bool(waarde)
        return f"{label}: {'ja' if ja else 'nee'}"
    if op in ("in", "niet_in"):
        items = [_waarde(naam, x, w) for x in (waarde if isinstance(waarde, tuple | list) else (waarde,))]
        if len(items) == 1:
            return f"{label} {'is' if op == 'in' else 'is niet'} {items[0]}"
        return f"{label} {_OPS[op]}: {_opsomming(items, 'of')}"
    return f"{label} {_OPS.get(op, op)} {_waarde(naam, waarde, w)}"


def _waarde(naam: str, waarde: Any, w: Weergave) -> str:
    if isinstance(waarde, Gedateerd):
        return _gedateerd(waarde, w, lambda x: _waarde(naam, x, w))
    veld = VELDEN.get(naam)
    if veld is None:
        return str(waarde)
    if veld.soort is Soort.bedrag:
        return euro(waarde)
    if veld.soort is Soort.ja_nee:
        return "ja" if waarde else "nee"
    if veld.soort is Soort.keuze:
        return str(waarde).replace("_", " ")
    if veld.eenheid == "%":
        return f"{waarde} %"
    return f"{waarde} {veld.eenheid}".strip()


def _gedateerd(g: Gedateerd, w: Weergave, tekst: Callable[[Any], str]) -> str:
    if w.peildatum is not None:
        huidig = g.op(w.peildatum)
        if huidig is not None:
            return tekst(huidig)
        eerste = g.reeks[0]
        return f"{tekst(eerste.waarde)} (vanaf {datum_tekst(eerste.vanaf)})"
    laatste = g.reeks[-1]
    return f"{tekst(laatste.waarde)} (sinds {datum_tekst(laatste.vanaf)})"


def _bedrag(x: Any, w: Weergave) -> str:
    return _gedateerd(x, w, euro) if isinstance(x, Gedateerd) else euro(x)


def _inkomensgrens(v: Inkomensgrens, w: Weergave) -> str:
    label = VELDEN[v.inkomen].label if v.inkomen in VELDEN else v.inkomen
    per, enkelvoud, meervoud = _PER_PERSOON.get(v.personen, ("per persoon", "persoon", "personen"))
    if len(v.tabel) == 1:
        return f"{label} is hoogstens {_bedrag(v.tabel[0][1], w)}"
    if v.tabel:
        delen = []
        for i, (aantal, grens) in enumerate(v.tabel):
            laatste = i == len(v.tabel) - 1
            eenheid = enkelvoud if aantal == 1 and not laatste else meervoud
            delen.append(f"{_bedrag(grens, w)} bij {aantal}{' of meer' if laatste and i else ''} {eenheid}")
        return f"{label} is hoogstens {_opsomming(delen, 'en')}"
    tekst = f"{label} is hoogstens {_bedrag(v.basis, w)}"
    if v.per_persoon is not None:
        tekst += f" + {_bedrag(v.per_persoon, w)} {per}"
    return tekst
