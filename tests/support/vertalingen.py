"""Translations of the domain texts for the tests: message ids, catalogues, and the check for Dutch leftovers.

The catalogues (`api/translations/*/messages.po`) are what counts.
"""

from __future__ import annotations

import copy
import re
import string
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.messages.extract import extract_from_file

from api.i18n import vertalingen

__all__ = [
    "DOMEINBESTANDEN",
    "adviesteksten",
    "domeinberichten",
    "is_vertaald",
    "nederlandse_resten",
    "plaatshouders",
    "vertaler",
    "zonder_teksten",
]

ROOT = Path(__file__).resolve().parents[2]
INDEX = {"fr": 0, "en": 1}
# The files whose texts the leefloon advice and the profile validation show (keywords `t` and `N_`).
DOMEINBESTANDEN = (
    *sorted((ROOT / "rechten" / "leefloon").glob("*.py")),
    ROOT / "rechten" / "samenhang.py",
    ROOT / "rechten" / "profiel.py",
    ROOT / "rechten" / "validatie.py",
    ROOT / "rechten" / "cli.py",
    ROOT / "rules" / "leefloon.py",
)


@cache
def domeinberichten() -> dict[str, str]:
    """Every message id in `DOMEINBESTANDEN`, with where it is first used (`path:line`)."""
    ids: dict[str, str] = {}
    for pad in DOMEINBESTANDEN:
        for lijn, bericht, _, _ in extract_from_file("python", str(pad), keywords={"t": None, "N_": None}):
            if bericht:
                ids.setdefault(bericht, f"{pad.relative_to(ROOT)}:{lijn}")
    return ids


def vertaler(taal: str) -> Callable[[str], str]:
    """The catalogue's translation, else the Dutch message id."""
    return vertalingen(taal).gettext


def is_vertaald(bericht: str, taal: str) -> bool:
    """The catalogue for `taal` has a translation of `bericht` (possibly the same words)."""
    return bericht in vertalingen(taal)._catalog


def plaatshouders(tekst: str) -> list[str]:
    """The `{named}` fields of a template, sorted."""
    return sorted(veld for _, veld, _, _ in string.Formatter().parse(tekst) if veld)


# Common Dutch words that are no French or English word: one of them in a translated text is a leftover.
_NEDERLANDS = {
    "aanvrager", "bestaansmiddelen", "bij", "categorie", "dat", "deze", "dus", "een", "gekend", "geen", "heeft",
    "het", "huisgenoot", "jaar", "leefloon", "maand", "mee", "naar", "niet", "nog", "ook", "telt", "uit",
    "van", "voor", "vrijgesteld", "wel", "wordt", "worden", "zijn",
}  # fmt: skip
_OOK = {"fr": {"is", "met", "of", "op"}, "en": {"de", "en", "op"}}  # Dutch here, a word there


def nederlandse_resten(tekst: str, taal: str) -> set[str]:
    """The Dutch words in a text that should be French or English."""
    woorden = set(re.findall(r"[a-zà-ÿ]+", tekst.lower()))
    return woorden & (_NEDERLANDS | _OOK[taal])


# Where an advice (as JSON) holds texts a person reads: (list, key in each item) and top-level lists of texts.
_LIJSTEN = (("voorwaarden", "uitleg"), ("ontbrekende_gegevens", "vraag"), ("berekening", "stap"))
_TEKSTLIJSTEN = ("aannames", "verwijzingen", "waarschuwingen")


def adviesteksten(advies: dict) -> list[str]:
    """Every text of an advice (JSON) a person reads, in a fixed order: the same positions in every language."""
    teksten = [item[sleutel] for lijst, sleutel in _LIJSTEN for item in advies[lijst]]
    teksten += [tekst for lijst in _TEKSTLIJSTEN for tekst in advies[lijst]]
    teksten += [d["tekst"] for d in advies["aannames_details"]]
    teksten += [r["uitleg"] for r in (advies["verblijf_buitenland"] or {}).get("verblijven", [])]
    if advies["equivalent_leefloon"]:
        teksten.append(advies["equivalent_leefloon"]["uitleg"])
    return teksten


def zonder_teksten(advies: dict) -> dict:
    """The advice (JSON) without its texts: outcome, codes, statuses, amounts — what no language may change."""
    data = copy.deepcopy(advies)
    for lijst in _TEKSTLIJSTEN:
        data.pop(lijst)
    for lijst, sleutel in _LIJSTEN:
        for item in data[lijst]:
            item.pop(sleutel)
    for detail in data["aannames_details"]:
        detail.pop("tekst")
    for regel in (data["verblijf_buitenland"] or {}).get("verblijven", []):
        regel.pop("uitleg")
    if data["equivalent_leefloon"]:
        data["equivalent_leefloon"].pop("uitleg")
    return data
