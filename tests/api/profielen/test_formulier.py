"""A saved profile reopens in the advice form without losing anything; profiles the form cannot show are marked."""

from pathlib import Path

import pytest
import yaml

from api.profielen.formulier import verliesvrij, waarden_van
from api.web.adviesformulier import lees_profiel
from rechten.profiel import Profiel

ROOT = Path(__file__).resolve().parents[3]
BESTANDEN = sorted((ROOT / "tests" / "rechten" / "cases").rglob("*.yaml"))


def _profielen():
    for pad in BESTANDEN:
        data = yaml.safe_load(pad.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("profiel"), dict):
            try:
                yield pad.stem, Profiel.model_validate(data["profiel"])
            except ValueError:
                continue  # cases about invalid input


PROFIELEN = list(_profielen())


def test_er_zijn_genoeg_gevallen():
    assert len(PROFIELEN) >= 20


@pytest.mark.parametrize(("naam", "profiel"), PROFIELEN, ids=[n for n, _ in PROFIELEN])
def test_profiel_via_het_formulier_terug(naam, profiel):
    data = profiel.model_dump(mode="json")
    if not verliesvrij(data):
        pytest.skip("bevat velden die het adviesformulier niet toont (wordt dan niet in het formulier bewerkt)")
    terug = lees_profiel(waarden_van(data)).profiel
    assert terug.model_copy(update={"gemeente": profiel.gemeente}) == profiel


def test_de_meeste_gevallen_zijn_verliesvrij():
    assert sum(verliesvrij(p.model_dump(mode="json")) for _, p in PROFIELEN) >= len(PROFIELEN) - 3


def test_onbekend_veld_maakt_het_niet_verliesvrij():
    profiel = Profiel.model_validate(
        {
            "peildatum": "2025-01-15",
            "aanvrager": {"verblijfsstatus": "belg", "vermogen": {"spaargeld": "0", "kinderen_met_gezinsbijslag": 2}},
        }
    )
    assert not verliesvrij(profiel.model_dump(mode="json"))
