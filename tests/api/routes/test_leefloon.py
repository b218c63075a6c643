"""`POST /api/v1/leefloon/advies`: advice as in CONTRACT.md §5, 422 with field paths, safe under parallel requests."""

from __future__ import annotations

import copy
import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from api.config import Omgeving, Settings
from tests.rechten.gevallen import CASES, lees_gevallen
from tests.support.server import live_server

GEVAL = {g["naam"]: g for _, g in lees_gevallen(CASES / "publiek")}
NIEUWE_JOB = next(g for g in GEVAL.values() if "1.000 euro netto" in g["naam"])["profiel"]


def test_advies_volgt_het_contract(client):
    r = client.post("/api/v1/leefloon/advies", json=NIEUWE_JOB)
    assert r.status_code == 200
    a = r.json()
    assert a["uitkomst"] == "toekennen" and a["categorie"] == 2
    assert a["bedrag"] == {"jaar": "7734.17", "maand": "644.51"}  # amounts as strings, to the cent
    assert a["categoriebedrag"] == {"jaar": "15770.41", "maand": "1314.20"}
    assert set(a["bestaansmiddelen"]) == {"eigen", "samenwonenden", "vrijstelling", "in_aanmerking"}
    assert {v["code"] for v in a["voorwaarden"]} == {
        "verblijf",
        "leeftijd",
        "nationaliteit",
        "bestaansmiddelen",
        "werkbereidheid",
        "uitputting_rechten",
        "gpmi",
        "detentie",
    }
    assert all(v["uitleg"] and v["bron"] for v in a["voorwaarden"])
    assert all(s["bron"] for s in a["berekening"])
    for sleutel in ("ontbrekende_gegevens", "aannames", "verwijzingen", "peildatum", "regelversie"):
        assert sleutel in a


@pytest.mark.parametrize(
    ("wijziging", "veld"),
    [
        (lambda p: p.update(peildatum="2021-06-01"), "peildatum"),
        (lambda p: p["aanvrager"].update(verblijfsstatus="marsbewoner"), "aanvrager.verblijfsstatus"),
        (lambda p: p["aanvrager"]["inkomsten"][0].update(soort="loterij"), "aanvrager.inkomsten.0.soort"),
        (lambda p: p["aanvrager"]["inkomsten"][0].update(bedrag="-1"), "aanvrager.inkomsten.0.bedrag"),
        (lambda p: p["aanvrager"].update(geboortedatum="2030-01-01"), "aanvrager.geboortedatum"),
        (lambda p: p.update(huisgenoten=[{"relatie": "partner"}, {"relatie": "partner"}]), "huisgenoten.1.relatie"),
        (lambda p: p["aanvrager"].update(werkbereid="ja"), "aanvrager.werkbereid"),
        (lambda p: p.pop("peildatum"), "peildatum"),
        (lambda p: p.update(onbekend_veld=1), "onbekend_veld"),
    ],
)
def test_ongeldig_profiel_geeft_422_met_het_veld(client, wijziging, veld):
    profiel = copy.deepcopy(NIEUWE_JOB)
    wijziging(profiel)
    r = client.post("/api/v1/leefloon/advies", json=profiel)
    assert r.status_code == 422
    fouten = r.json()["detail"]
    assert any(f["veld"] == veld for f in fouten), fouten
    assert all(f["fout"] and f["bron"] == "body" for f in fouten)


def test_geen_json_geeft_422_en_geen_500(client):
    r = client.post("/api/v1/leefloon/advies", content=b"{niet json", headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_profielschema_staat_in_openapi(client):
    schema = client.get("/openapi.json").json()
    assert "Profiel" in schema["components"]["schemas"]
    assert "Advies" in schema["components"]["schemas"]
    operatie = schema["paths"]["/api/v1/leefloon/advies"]["post"]
    assert "Profiel" in json.dumps(operatie["requestBody"])
    inkomen = schema["components"]["schemas"]["InkomenSoort"]
    assert "loon" in inkomen["enum"] and "ander" in inkomen["enum"]


@pytest.mark.traag
def test_50_parallelle_aanvragen_op_een_echte_server_geven_elk_het_juiste_advies(tmp_path):
    gevallen = [g for g in GEVAL.values() if not g["verwacht"].get("fout")]
    settings = Settings(omgeving=Omgeving.test, database_url="sqlite://", data_dir=tmp_path, laad_catalogus=False)
    with live_server(settings) as url, httpx.Client(base_url=url, timeout=60) as http:
        verwacht = [http.post("/api/v1/leefloon/advies", json=g["profiel"]).json() for g in gevallen]

        def vraag(i: int) -> tuple[int, int, dict]:
            r = http.post("/api/v1/leefloon/advies", json=gevallen[i % len(gevallen)]["profiel"])
            return i, r.status_code, r.json()

        with ThreadPoolExecutor(max_workers=50) as pool:
            antwoorden = list(pool.map(vraag, range(50)))
    assert len(antwoorden) == 50
    for i, status, advies in antwoorden:
        assert status == 200
        assert advies == verwacht[i % len(gevallen)]
        assert advies["uitkomst"] == gevallen[i % len(gevallen)]["verwacht"]["uitkomst"]
