"""Encryption at rest and keyed hashes of the client data."""

import pytest

from api.profielen.sleutels import Ontsleutelfout, insz_hash, ontsleutel, profiel_hash, versleutel

GEHEIM = "een-geheim-van-minstens-tweeendertig-tekens"


def test_versleutelen_en_terug():
    blob = versleutel(GEHEIM, {"label": "Dossier 7", "bedrag": "12.30"}, context="rij-1")
    assert blob.startswith("v1.") and "Dossier" not in blob
    assert ontsleutel(GEHEIM, blob, context="rij-1") == {"label": "Dossier 7", "bedrag": "12.30"}


def test_zelfde_inhoud_geeft_telkens_andere_versleuteling():
    assert versleutel(GEHEIM, {"a": 1}, context="r") != versleutel(GEHEIM, {"a": 1}, context="r")


@pytest.mark.parametrize(
    ("geheim", "context"), [("een ander geheim van minstens 32 tekens!!", "rij-1"), (GEHEIM, "rij-2")]
)
def test_ander_geheim_of_andere_rij_kan_niet_ontsleutelen(geheim, context):
    blob = versleutel(GEHEIM, {"a": 1}, context="rij-1")
    with pytest.raises(Ontsleutelfout):
        ontsleutel(geheim, blob, context=context)


def test_geknoeide_gegevens_worden_geweigerd():
    blob = versleutel(GEHEIM, {"a": 1}, context="rij-1")
    geknoeid = blob[:-4] + ("AAAA" if not blob.endswith("AAAA") else "BBBB")
    with pytest.raises(Ontsleutelfout):
        ontsleutel(GEHEIM, geknoeid, context="rij-1")


def test_insz_hash_is_sleutelafhankelijk_en_stabiel():
    assert insz_hash(GEHEIM, "85073003328") == insz_hash(GEHEIM, "85073003328")
    assert insz_hash(GEHEIM, "85073003328") != insz_hash(GEHEIM + "x", "85073003328")
    assert "85073003328" not in insz_hash(GEHEIM, "85073003328")


def test_profielhash_hangt_niet_af_van_de_volgorde_van_de_velden():
    assert profiel_hash(GEHEIM, {"a": 1, "b": 2}) == profiel_hash(GEHEIM, {"b": 2, "a": 1})
    assert profiel_hash(GEHEIM, {"a": 1}) != profiel_hash(GEHEIM, {"a": 2})
