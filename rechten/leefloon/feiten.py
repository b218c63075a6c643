"""The facts the rules engine reasons on, derived from a profile in plain Python.

Every value is an explicit string — "ja" / "nee" / "onbekend", an enumeration value, or "nvt" / "geen" — never
None and never a number: durable-rules silently never matches None and compares mixed types loosely, so unknowns
are spelled out here and the adapter checks every fact against `SCHEMA` before it reaches the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rechten.leefloon.art07_leeftijd import jaren, meerderjarig
from rechten.leefloon.datums import volle_maanden
from rechten.leefloon.driewaardig import JA, NEE, ONBEKEND, WAARDEN, uit_bool
from rechten.profiel import Verblijfsstatus, WerkbereidheidUitzondering

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie

__all__ = ["SCHEMA", "feiten"]

_STATUSSEN = (*(s.value for s in Verblijfsstatus), ONBEKEND)
_UITZONDERINGEN = (*(u.value for u in WerkbereidheidUitzondering), "geen")

SCHEMA: dict[str, dict[str, tuple[str, ...]]] = {
    "aanvrager": {
        "verblijf_belgie": WAARDEN,
        "wettig_verblijf": WAARDEN,
        "meerderjarig": WAARDEN,
        "gehuwd": WAARDEN,
        "kind_ten_laste": WAARDEN,
        "zwanger": WAARDEN,
        "verblijfsstatus": _STATUSSEN,
        "eu_langer_dan_3_maanden": (*WAARDEN, "nvt"),
        "werkbereid": WAARDEN,
        "werkbereidheid_uitzondering": _UITZONDERINGEN,
        "rechten_uitgeput": WAARDEN,
        "gedetineerd": WAARDEN,
        "elektronisch_toezicht": WAARDEN,
        "jonger_dan_25": WAARDEN,
        "student": WAARDEN,
    },
    "huishouden": {
        "bekend": (JA, NEE),
        "partner": (JA, NEE),
        "kind_ten_laste": WAARDEN,
        "regeling": ("voltijds", "co_ouderschap", "nvt"),
        "andere": (JA, NEE),
        "gedeeld": WAARDEN,
        "dakloos": WAARDEN,
    },
    "middelentoets": {"onder_drempel": WAARDEN},
}


def _eu(ev: LeefloonEvaluatie) -> str:
    a = ev.profiel.aanvrager
    if a.verblijfsstatus is not Verblijfsstatus.eu_burger:
        return "nvt"
    if a.verblijf_sinds is None:
        return ONBEKEND
    return JA if volle_maanden(a.verblijf_sinds, ev.param.peildatum) >= ev.param.eu_wachttijd_maanden else NEE


def feiten(ev: LeefloonEvaluatie) -> list[dict[str, str]]:
    """The facts about the applicant and the household, in the order they are asserted."""
    a, p, hh = ev.profiel.aanvrager, ev.param, ev.huishouden
    status = a.verblijfsstatus
    aantal = jaren(ev.profiel)
    jonger = ONBEKEND if aantal is None else uit_bool(aantal < p.gpmi_onder)
    aanvrager = {
        "feit": "aanvrager",
        "verblijf_belgie": uit_bool(a.woont_in_belgie),
        "wettig_verblijf": ONBEKEND
        if status is None
        else uit_bool(status is not Verblijfsstatus.zonder_wettig_verblijf),
        "meerderjarig": meerderjarig(aantal, p.meerderjarig),
        "gehuwd": ONBEKEND if a.burgerlijke_staat is None else uit_bool(a.burgerlijke_staat == "gehuwd"),
        "kind_ten_laste": hh.kind_ten_laste,
        "zwanger": uit_bool(a.zwanger),
        "verblijfsstatus": ONBEKEND if status is None else status.value,
        "eu_langer_dan_3_maanden": _eu(ev),
        "werkbereid": uit_bool(a.werkbereid),
        "werkbereidheid_uitzondering": a.werkbereidheid_uitzondering.value if a.werkbereidheid_uitzondering else "geen",
        "rechten_uitgeput": uit_bool(a.rechten_uitgeput),
        "gedetineerd": uit_bool(a.gedetineerd),
        "elektronisch_toezicht": uit_bool(a.elektronisch_toezicht),
        "jonger_dan_25": jonger,
        "student": uit_bool(a.student),
    }
    huishouden = {
        "feit": "huishouden",
        "bekend": uit_bool(hh.bekend),
        "partner": uit_bool(hh.partner is not None),
        "kind_ten_laste": hh.kind_ten_laste,
        "regeling": hh.regeling,
        "andere": hh.andere,
        "gedeeld": hh.gedeeld,
        "dakloos": hh.dakloos,
    }
    return [aanvrager, huishouden]
