"""The parts of a condition template: its typed parameters, their checks (Dutch errors naming the parameter),
and the choice lists the editor shows (statuses, income and household fields)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from rechten.situatie import VELDEN, Soort
from rules.voorwaarden.model import NIS_RE, NUTS_RE, VoorwaardeFout

__all__ = [
    "CONTROLE",
    "INKOMENSVELDEN",
    "JA_NEE_VELDEN",
    "KEUZE_VELDEN",
    "PERSONENVELDEN",
    "STATUSSEN",
    "Parameter",
    "Sjabloon",
    "SjabloonFout",
]

# Statuses a condition commonly asks for, as the codes of the rights that give them (heeft_recht chaining).
STATUSSEN: tuple[tuple[str, str], ...] = (
    ("leefloon", "leefloon"),
    ("equivalent-leefloon", "equivalent leefloon (financiële maatschappelijke hulp)"),
    ("verhoogde-tegemoetkoming", "verhoogde tegemoetkoming (ziekteverzekering)"),
    ("inkomensgarantie-ouderen", "inkomensgarantie voor ouderen (IGO)"),
    ("inkomensvervangende-tegemoetkoming", "inkomensvervangende tegemoetkoming (IVT)"),
    ("integratietegemoetkoming", "integratietegemoetkoming (IT)"),
    ("tegemoetkoming-hulp-aan-bejaarden", "tegemoetkoming voor hulp aan bejaarden (THAB)"),
    ("zorgbudget-ouderen-met-zorgnood", "zorgbudget voor ouderen met een zorgnood"),
    ("zorgbudget-zwaar-zorgbehoevenden", "zorgbudget voor zwaar zorgbehoevenden"),
    ("zorgbudget-mensen-met-handicap", "zorgbudget voor mensen met een handicap"),
)
INKOMENSVELDEN = tuple((n, v.label) for n, v in VELDEN.items() if v.soort is Soort.bedrag and n.startswith("huis"))
PERSONENVELDEN = (
    ("huishouden.personen_ten_laste", "personen ten laste"),
    ("huishouden.grootte", "personen in het huishouden"),
    ("huishouden.kinderen", "minderjarige kinderen"),
)
JA_NEE_VELDEN = tuple((n, v.label) for n, v in VELDEN.items() if v.soort is Soort.ja_nee)
KEUZE_VELDEN = tuple((n, v.label) for n, v in VELDEN.items() if v.soort is Soort.keuze)
CODE_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class SjabloonFout(VoorwaardeFout):
    """A template parameter is missing or invalid; `pad` is the parameter name."""


@dataclass(frozen=True)
class Parameter:
    """One input of a template; `soort` tells the form which control to show."""

    naam: str
    # geheel | bedrag | datum | url | gebieden | recht | rechten | keuze | keuzes | tabel | ja_nee | lijst | waarde
    soort: str
    label: str
    verplicht: bool = True
    keuzes: tuple[tuple[str, str], ...] = ()
    standaard: Any = None


@dataclass(frozen=True)
class Sjabloon:
    code: str
    naam: str
    uitleg: str
    parameters: tuple[Parameter, ...]
    bouw: Callable[[dict[str, Any]], dict]
    lees: Callable[[dict], dict[str, Any] | None]


# ## Parameter checks


def _geheel(p: Parameter, ruw: Any) -> int:
    if isinstance(ruw, bool) or not isinstance(ruw, int | str):
        raise SjabloonFout(p.naam, f"{p.label}: verwacht een geheel getal")
    try:
        return int(ruw)
    except ValueError:
        raise SjabloonFout(p.naam, f"{p.label}: verwacht een geheel getal") from None


def _bedrag(p: Parameter, ruw: Any, pad: str | None = None) -> str:
    try:
        waarde = Decimal(str(ruw)) if not isinstance(ruw, bool) else None
    except InvalidOperation:
        waarde = None
    if waarde is None or not waarde.is_finite() or waarde < 0 or waarde.as_tuple().exponent < -2:  # type: ignore[operator]
        raise SjabloonFout(pad or p.naam, f"{p.label}: verwacht een positief bedrag met hoogstens 2 decimalen")
    return str(waarde)


def _datum(p: Parameter, ruw: Any) -> str:
    try:
        return (ruw if isinstance(ruw, date) else date.fromisoformat(str(ruw))).isoformat()
    except ValueError:
        raise SjabloonFout(p.naam, f"{p.label}: verwacht een datum JJJJ-MM-DD") from None


def _keuze(p: Parameter, ruw: Any) -> str:
    if ruw not in {k for k, _ in p.keuzes}:
        raise SjabloonFout(p.naam, f"{p.label}: kies uit {', '.join(k for k, _ in p.keuzes)}")
    return ruw


def _recht(p: Parameter, ruw: Any) -> str:
    if not isinstance(ruw, str) or not CODE_RE.match(ruw):
        raise SjabloonFout(p.naam, f"{p.label}: verwacht de code van een recht, bv. verhoogde-tegemoetkoming")
    return ruw


def _lijst(p: Parameter, ruw: Any) -> list:
    if not isinstance(ruw, list | tuple) or not ruw:
        raise SjabloonFout(p.naam, f"{p.label}: verwacht een niet-lege lijst")
    return list(ruw)


def _gebieden(p: Parameter, ruw: Any) -> list[str]:
    codes = _lijst(p, ruw)
    for code in codes:
        if not isinstance(code, str) or not (NIS_RE.match(code) or NUTS_RE.match(code)):
            raise SjabloonFout(p.naam, f"{code!r} is geen NIS-code (5 cijfers) of NUTS-code (BE…)")
    return list(dict.fromkeys(codes))


def _tabel(p: Parameter, ruw: Any) -> dict[str, str]:
    if not isinstance(ruw, Mapping) or not ruw:
        raise SjabloonFout(p.naam, f'{p.label}: verwacht {{"1": bedrag, "2": bedrag, …}}')
    uit = {}
    for sleutel, bedrag in ruw.items():
        if not str(sleutel).isdigit():
            raise SjabloonFout(p.naam, f"{p.label}: {sleutel!r} is geen aantal personen")
        uit[str(int(sleutel))] = _bedrag(p, bedrag, f"{p.naam}.{sleutel}")
    return uit


CONTROLE: dict[str, Callable[[Parameter, Any], Any]] = {
    "geheel": _geheel,
    "bedrag": _bedrag,
    "datum": _datum,
    "url": lambda p, r: r if isinstance(r, str) and r.startswith(("http://", "https://")) else _fout_url(p),
    "gebieden": _gebieden,
    "recht": _recht,
    "rechten": lambda p, r: [_recht(p, x) for x in _lijst(p, r)],
    "keuze": _keuze,
    "keuzes": lambda p, r: [_keuze(p, x) for x in _lijst(p, r)],
    "tabel": _tabel,
    "ja_nee": lambda p, r: r if isinstance(r, bool) else _fout_ja_nee(p),
    "lijst": lambda p, r: [str(x) for x in _lijst(p, r)],
    "waarde": lambda p, r: r,
}


def _fout_url(p: Parameter):
    raise SjabloonFout(p.naam, f"{p.label}: verwacht een webadres dat begint met http:// of https://")


def _fout_ja_nee(p: Parameter):
    raise SjabloonFout(p.naam, f"{p.label}: verwacht ja of nee (true/false)")
