"""Words the leefloon texts share: the housemates' relations, counts of days and weeks, plain numbers.

Each is a translatable text (`rechten.teksten`), produced in the reader's language when the advice is written.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rechten.teksten import N_, huidige_taal, t

__all__ = ["dagen", "getal", "hoofdletter", "relatie"]

_RELATIES = {
    "partner": N_("partner"),
    "kind": N_("kind"),
    "ouder": N_("ouder"),
    "grootouder": N_("grootouder"),
    "kleinkind": N_("kleinkind"),
    "broer_zus": N_("broer of zus"),
    "schoonouder": N_("schoonouder"),
    "schoonkind": N_("schoonzoon of schoondochter"),
    "ex_partner": N_("ex-partner"),
    "ander": N_("andere huisgenoot"),
}


def relatie(code: str) -> str:
    """A housemate's relation to the applicant in words ("broer of zus"); an unknown code as is."""
    sjabloon = _RELATIES.get(code)
    return t(sjabloon) if sjabloon else code


def dagen(aantal: int) -> str:
    """ "1 dag" or "12 dagen"."""
    return t("1 dag") if aantal == 1 else t("{aantal} dagen", aantal=aantal)


def getal(waarde: Decimal | int) -> str:
    """A number that is not money (a factor, a percentage) as the reader writes it: 12, 312, 50,5 (nl, fr), 50.5."""
    return _getal(waarde, huidige_taal())


@lru_cache(maxsize=256)  # a handful of factors and percentages, written in every advice
def _getal(waarde: Decimal | int, taal: str) -> str:
    tekst = format(Decimal(waarde).normalize(), "f")
    return tekst if taal == "en" else tekst.replace(".", ",")


def hoofdletter(tekst: str) -> str:
    """The text with its first letter capitalised, the rest untouched (str.capitalize would lower "OCMW")."""
    return tekst[:1].upper() + tekst[1:]
