"""Every worked case passes: the public ones (../shared/leefloon/cases, vendored under cases/publiek) and our own."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from tests.rechten.gevallen import CASES, controleer_geval, lees_gevallen

GEDEELD = Path(__file__).resolve().parents[2] / ".." / "shared" / "leefloon" / "cases"
VENDORED = CASES / "publiek"
EIGEN = CASES / "eigen"
PUBLIEKE_MAP = GEDEELD if GEDEELD.is_dir() else VENDORED


@pytest.mark.parametrize(("naam", "geval"), lees_gevallen(PUBLIEKE_MAP), ids=lambda x: x if isinstance(x, str) else "")
def test_publiek_geval(naam, geval):
    assert controleer_geval(geval) == [], naam


@pytest.mark.parametrize(("naam", "geval"), lees_gevallen(EIGEN), ids=lambda x: x if isinstance(x, str) else "")
def test_eigen_geval(naam, geval):
    assert controleer_geval(geval) == [], f"{naam}: {geval['naam']}"


def test_publieke_gevallen_zijn_geladen():
    assert len(lees_gevallen(PUBLIEKE_MAP)) >= 10


def test_gevendorde_kopie_is_gelijk_aan_de_gedeelde_map():
    if not GEDEELD.is_dir():
        pytest.skip("../shared ontbreekt (CI-checkout): de gevendorde kopie wordt gebruikt")
    gedeeld = sorted(p.name for p in GEDEELD.iterdir() if p.is_file())
    kopie = sorted(p.name for p in VENDORED.iterdir() if p.is_file())
    assert gedeeld == kopie
    _, verschillend, fout = filecmp.cmpfiles(GEDEELD, VENDORED, gedeeld, shallow=False)
    assert verschillend == [] and fout == []


def test_eigen_gevallen_hebben_een_zin_als_naam_en_een_bron():
    for naam, geval in lees_gevallen(EIGEN):
        assert len(geval["naam"].split()) >= 6, naam
        assert geval.get("bron"), naam
