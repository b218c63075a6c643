"""Build a profile or a full advice from a few fields, for the unit tests of the leefloon modules."""

from __future__ import annotations

import copy
from typing import Any

from rechten.advies import Advies
from rechten.leefloon import art14_categorie
from rechten.leefloon.evaluatie import LeefloonEvaluatie
from rechten.leefloon.parameterset import parameterset
from rechten.profiel import Profiel
from rules.leefloon import adviseer

__all__ = ["AANVRAGER", "advies", "evaluatie", "profiel"]

# An applicant who meets every condition but the means test: Belgian, in Belgium, willing to work, no resources.
AANVRAGER = {
    "geboortedatum": "1980-01-01",
    "verblijfsstatus": "belg",
    "woont_in_belgie": True,
    "burgerlijke_staat": "ongehuwd",
    "werkbereid": True,
    "rechten_uitgeput": True,
    "gedetineerd": False,
    "inkomsten": [],
    "vermogen": {"spaargeld": "0"},
}


_GEEN = object()


def profiel(
    peildatum: str = "2025-02-15", huisgenoten: Any = _GEEN, keuzes: dict | None = None, **aanvrager: Any
) -> Profiel:
    """A valid profile; `huisgenoten` defaults to nobody (pass None for an unknown household)."""
    data = {
        "peildatum": peildatum,
        "aanvrager": {**copy.deepcopy(AANVRAGER), **aanvrager},
        "huisgenoten": [] if huisgenoten is _GEEN else huisgenoten,
    }
    if keuzes:
        data["ocmw_keuzes"] = keuzes
    return Profiel.model_validate(data)


def evaluatie(p: Profiel) -> LeefloonEvaluatie:
    param = parameterset(p.peildatum)
    return LeefloonEvaluatie(p, param, art14_categorie.analyseer(p, param))


def advies(*args: Any, **kwargs: Any) -> Advies:
    return adviseer(profiel(*args, **kwargs))
