"""GET /api/v1/rechten and /api/v1/rechten/{id} (CONTRACT §3): search results, full record, clear errors."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from catalogue import store
from tests.catalogue.maak import recht


@pytest.fixture
def catalogus(client):
    records = [
        recht("leefloon", naam="Leefloon", niveau="federaal", automatisch=False, laatst_geverifieerd="2020-01-01",
              voorwaarde={"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 18}),
        recht("gent-uitpas-kansentarief", naam="UiTPAS Gent met kansentarief", themas=["CultuurSportVrijeTijd"],
              sociale_doelgroepen=["laag-inkomen"], voorwaarde={"alle": [{"woont_in": ["44021"]},
                                                                         {"heeft_recht": "leefloon"}]}),
        recht("hasselt-uitpas", naam="UiTPAS Hasselt", gebied=["71072"], bevoegde_overheid={"naam": "Stad Hasselt"}),
        recht("gent-ontwerp", naam="Nog niet klaar", status="ontwerp"),
    ]  # fmt: skip
    with Session(client.app.state.engine) as sessie:
        for record in records:
            store.bewaar_record(sessie, record, door="test", reden="")
        sessie.commit()
    return client


def test_zoekresultaat_volgens_contract(catalogus):
    r = catalogus.get("/api/v1/rechten", params={"q": "uitpas", "gemeente": "44021"})
    assert r.status_code == 200
    body = r.json()
    assert body["totaal"] == 1
    (item,) = body["items"]
    for veld in ("id", "naam", "niveau", "themas", "doelgroepen", "gemeenten", "automatisch", "laatst_geverifieerd"):
        assert veld in item
    assert item["naam"] == "UiTPAS Gent met kansentarief" and item["gemeenten"] == ["44021"]
    assert item["niveau"] == "lokaal" and item["doelgroepen"] == ["Burger"] and item["verouderd"] is False


def test_gemeente_op_postcode_en_fusie(catalogus):
    def codes(**params):
        return {i["code"] for i in catalogus.get("/api/v1/rechten", params=params).json()["items"]}

    assert codes(gemeente="3720") == {"leefloon", "hasselt-uitpas"}  # Kortessem, now part of Hasselt
    assert codes(gemeente="9000") == {"leefloon", "gent-uitpas-kansentarief"}
    # By name, as in the explorer's field: Dutch or French, any case; a merged-away name is its old territory.
    assert codes(gemeente="gent") == codes(gemeente="Gand") == codes(gemeente="44021")
    assert codes(gemeente="Kortessem") == {"leefloon", "hasselt-uitpas"}
    assert codes(sociale_doelgroep="laag-inkomen") == {"gent-uitpas-kansentarief"}
    assert codes(niveau="federaal") == {"leefloon"}
    assert codes(thema=["CultuurSportVrijeTijd", "BouwenWonen"]) == {"gent-uitpas-kansentarief"}


def test_paginering(catalogus):
    r = catalogus.get("/api/v1/rechten", params={"limit": 2, "offset": 2}).json()
    assert r["totaal"] == 3 and len(r["items"]) == 1


@pytest.mark.parametrize(
    ("params", "veld", "stukje"),
    [({"gemeente": "99999"}, "gemeente", "onbekende NIS-code 99999"),
     ({"gemeente": "1111"}, "gemeente", "onbekende postcode 1111"),
     ({"gemeente": "123"}, "gemeente", "4 cijfers"),
     ({"gemeente": "Atlantis"}, "gemeente", "Geen Belgische gemeente gevonden"),
     ({"gemeente": "sint"}, "gemeente", "meerdere gemeenten"),
     ({"thema": "Sport"}, "thema.0", "toegestaan"),
     ({"niveau": "gemeentelijk"}, "niveau.0", "toegestaan"),
     ({"doelgroep": "Kinderen"}, "doelgroep.0", "toegestaan"),
     ({"sociale_doelgroep": "Senioren!"}, "sociale_doelgroep", "geen doelgroep"),
     ({"limit": 0}, "limit", "minstens 1"),
     ({"limit": 101}, "limit", "hoogstens 100"),
     ({"offset": -1}, "offset", "minstens 0"),
     ({"q": "x" * 201}, "q", "Te lang"),
     ({"peildatum": "gisteren"}, "peildatum", "JJJJ-MM-DD")],
)  # fmt: skip
def test_ongeldige_parameters_geven_422_met_het_veld(catalogus, params, veld, stukje):
    r = catalogus.get("/api/v1/rechten", params=params)
    assert r.status_code == 422
    (fout,) = r.json()["detail"]
    assert fout["veld"] == veld and fout["bron"] == "query" and stukje in fout["fout"]


def test_volledig_record_op_id_en_op_code(catalogus):
    lijst = catalogus.get("/api/v1/rechten", params={"q": "leefloon"}).json()["items"]
    recht_id = next(i["id"] for i in lijst if i["code"] == "leefloon")
    r = catalogus.get(f"/api/v1/rechten/{recht_id}")
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == recht_id and body["code"] == "leefloon" and body["versie"] == 1
    assert body["bron_url"] == "https://stad.gent/nl/welzijn" and body["verouderd"] is True
    assert body["voorwaarde_tekst"] == "leeftijd is minstens 18 jaar"
    assert catalogus.get("/api/v1/rechten/leefloon").json()["id"] == recht_id
    gent = catalogus.get("/api/v1/rechten/gent-uitpas-kansentarief").json()
    assert gent["voorwaarde_tekst"] == "woont in Gent en heeft recht op leefloon"


@pytest.mark.parametrize("sleutel", ["00000000-0000-4000-8000-000000000000", "bestaat-niet", "gent-ontwerp"])
def test_onbekend_of_niet_gepubliceerd_is_404(catalogus, sleutel):
    r = catalogus.get(f"/api/v1/rechten/{sleutel}")
    assert r.status_code == 404 and r.json() == {"detail": "Geen gepubliceerd recht met deze id."}
