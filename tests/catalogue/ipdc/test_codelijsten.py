"""Our enums and areas map onto the official IPDC code lists, both ways."""

import csv

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from catalogue.bundel import CENTRUMSTEDEN
from catalogue.gemeenten import GEMEENTEN_CSV
from catalogue.ipdc.codelijsten import (
    PROVINCIES,
    code_iri,
    codelijst_bestanden,
    enum_uit_iri,
    gebied_naar_spatial,
    geografie,
    spatial_naar_gebied,
)
from catalogue.schema import Bestuursniveau, Doelgroep, ProductType, Thema, UitvoerendNiveau


@pytest.fixture(scope="module")
def concepten() -> set[str]:
    g = Graph()
    for pad in codelijst_bestanden():
        g.parse(pad, format="turtle")
    return {str(s) for s in g.subjects(RDF.type, SKOS.Concept)}


@pytest.mark.parametrize("soort", [Thema, Doelgroep, ProductType, Bestuursniveau, UitvoerendNiveau])
def test_elke_enumwaarde_is_een_officieel_concept_en_terug(soort, concepten):
    for waarde in soort:
        iri = str(code_iri(waarde))
        assert iri in concepten, iri
        assert enum_uit_iri(soort, iri) is waarde


def test_iri_buiten_de_lijst_geeft_niets():
    assert enum_uit_iri(Thema, "https://productencatalogus.data.vlaanderen.be/id/concept/Thema/Armoede") is None
    assert enum_uit_iri(Thema, "https://example.org/Thema/WelzijnGezondheid") is None


def test_elke_vlaamse_gemeente_van_2020_staat_in_de_geografische_lijst():
    with GEMEENTEN_CSV.open(encoding="utf-8") as f:
        vlaams = {r["NIS_code"] for r in csv.DictReader(f) if r["region_NL"] == "Vlaams Gewest"}
    ontbreekt = sorted(n for n in vlaams if n not in geografie().per_notatie)
    assert not ontbreekt, ontbreekt
    assert len(vlaams) == 300  # Flanders had 300 municipalities in 2020


def test_centrumsteden_worden_hun_nuts_lau_concept():
    for nis in CENTRUMSTEDEN:
        iris, niet = gebied_naar_spatial(Bestuursniveau.lokaal, [nis])
        assert not niet
        assert len(iris) == 1 and iris[0].startswith("http://data.europa.eu/nuts/code/BE2") and iris[0].endswith(nis)
    assert gebied_naar_spatial(Bestuursniveau.lokaal, ["44021"])[0] == ["http://data.europa.eu/nuts/code/BE23444021"]


def test_fusiegemeenten_van_2025_en_hun_voorgangers_bestaan_beide():
    geo = geografie().per_notatie
    nieuw = [g for g in geo.values() if g.begin and g.begin.year == 2025]
    oud = [g for g in geo.values() if g.einde and g.einde.isoformat() == "2024-12-31"]
    assert nieuw and oud
    for g in nieuw + oud:
        assert gebied_naar_spatial(Bestuursniveau.lokaal, [g.notatie])[0] == [g.iri]


@pytest.mark.parametrize("niveau", [Bestuursniveau.federaal, Bestuursniveau.vlaams, Bestuursniveau.europees])
def test_leeg_gebied_van_hoger_niveau_wordt_de_vijf_vlaamse_provincies(niveau):
    iris, niet = gebied_naar_spatial(niveau, [])
    assert [i.rsplit("/", 1)[1] for i in iris] == list(PROVINCIES)
    assert not niet
    assert spatial_naar_gebied(niveau, iris) == ([], [])


def test_be_en_be2_worden_de_provincies_brussel_en_wallonie_kan_de_lijst_niet_uitdrukken():
    assert len(gebied_naar_spatial(Bestuursniveau.federaal, ["BE"])[0]) == 5
    assert len(gebied_naar_spatial(Bestuursniveau.vlaams, ["BE2"])[0]) == 5
    assert gebied_naar_spatial(Bestuursniveau.lokaal, ["21004"]) == ([], ["21004"])
    assert gebied_naar_spatial(Bestuursniveau.federaal, ["BE1", "BE3"]) == ([], ["BE1", "BE3"])
    iris, niet = gebied_naar_spatial(Bestuursniveau.lokaal, ["44021", "21004"])
    assert len(iris) == 1 and niet == ["21004"]


def test_provincie_blijft_een_provincie():
    iris, _ = gebied_naar_spatial(Bestuursniveau.provinciaal, ["BE23"])
    assert iris == ["http://data.europa.eu/nuts/code/BE23"]
    assert spatial_naar_gebied(Bestuursniveau.provinciaal, iris) == (["BE23"], [])


def test_oude_refnis_iris_en_onbekende_iris():
    codes, onbekend = spatial_naar_gebied(
        Bestuursniveau.lokaal, ["http://vocab.belgif.be/auth/refnis2019/44021", "http://example.org/gebied/x"]
    )
    assert codes == ["44021"]
    assert onbekend == ["http://example.org/gebied/x"]
