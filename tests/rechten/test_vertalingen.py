"""Every text of the leefloon advice and of the profile validation exists in French and English, well formed.

The message ids are extracted the way `make vertalingen` does (keywords `t` and `N_`). A translation counts when the
catalogue has it, or while it waits in `.werk/vertalingen_*.py` for the lead to merge it (tests/support/vertalingen).
"""

from __future__ import annotations

import json

import pytest

from rechten.cli import lees_profiel
from rechten.teksten import met_taal
from rules.leefloon import adviseer
from tests.rechten.gevallen import CASES, lees_gevallen
from tests.support.vertalingen import (
    adviesteksten,
    domeinberichten,
    is_vertaald,
    nederlandse_resten,
    plaatshouders,
    vertaler,
    zonder_teksten,
)

TALEN = ("fr", "en")
EIGEN = [(naam, g) for naam, g in lees_gevallen(CASES / "eigen") if not g["verwacht"].get("fout")]


def test_de_berichten_worden_gevonden():
    berichten = domeinberichten()
    assert len(berichten) > 250
    assert "De aanvrager is Belg." in berichten  # marked with N_ in a table
    assert "Bedrag van categorie {categorie} per jaar op {peildatum}" in berichten  # t() with fields


@pytest.mark.parametrize("taal", TALEN)
def test_elk_bericht_heeft_een_vertaling(taal):
    ontbrekend = {b: waar for b, waar in domeinberichten().items() if not is_vertaald(b, taal)}
    assert ontbrekend == {}, f"niet vertaald naar {taal}: {json.dumps(ontbrekend, ensure_ascii=False, indent=1)}"


@pytest.mark.parametrize("taal", TALEN)
def test_een_vertaling_heeft_dezelfde_velden_als_het_nederlands(taal):
    vertaal = vertaler(taal)
    verschillend = {b: vertaal(b) for b in domeinberichten() if plaatshouders(vertaal(b)) != plaatshouders(b)}
    assert verschillend == {}


@pytest.mark.parametrize("taal", TALEN)
def test_een_advies_in_het_frans_of_engels_heeft_geen_nederlandse_resten(taal):
    """All own worked cases (every rule, assumption, OCMW choice and warning) written in `taal`."""
    resten = []
    for naam, geval in EIGEN:
        profiel = lees_profiel(json.dumps(geval["profiel"]))
        nederlands = adviseer(profiel).model_dump(mode="json")
        with met_taal(taal, vertaler(taal)):
            vertaald = adviseer(profiel).model_dump(mode="json")
        # The language changes the words, never the outcome, a code or an amount.
        assert zonder_teksten(vertaald) == zonder_teksten(nederlands), naam
        for nl, tekst in zip(adviesteksten(nederlands), adviesteksten(vertaald), strict=True):
            woorden = nederlandse_resten(tekst, taal)
            if tekst == nl or woorden:
                resten.append(f"{naam}: {tekst!r} {sorted(woorden)}")
    assert resten == []
