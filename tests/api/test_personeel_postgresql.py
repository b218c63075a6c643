"""The staff side on a real PostgreSQL server: accounts, throttling, catalogue maintenance with optimistic locking,
encrypted client profiles with advice and overview, retention purge and the login page (CI runs it; locally it
needs TEST_DATABASE_URL)."""

import pytest
from fastapi.testclient import TestClient

from api.config import Omgeving, Settings
from api.main import create_app
from api.onderhoud import opschonen
from tests.support.personeel import aanmelden, gebruiker, lokaal_recht, token
from tests.support.postgres import verse_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(tmp_path):
    with verse_database() as url:
        settings = Settings(omgeving=Omgeving.test, database_url=url, data_dir=tmp_path, laad_catalogus=False)
        app = create_app(settings)
        with TestClient(app) as client:
            yield client


def test_personeelskant_op_postgresql(pg):
    app = pg.app
    gebruiker(app, "red.gent", "44021", "redacteur")
    gebruiker(app, "red.antwerpen", "11002", "redacteur")
    gebruiker(app, "mw.gent", "44021", "maatschappelijk_werker")
    kop = token(pg, "red.gent")
    rid = lokaal_recht(app, "gent-x", "44021")
    assert pg.get(f"/api/v1/catalogus/rechten/{rid}", headers=token(pg, "red.antwerpen")).status_code == 404
    body = pg.get(f"/api/v1/catalogus/rechten/{rid}", headers=kop).json()
    assert (
        pg.put(f"/api/v1/catalogus/rechten/{rid}", json={**body, "beschrijving": {"nl": "A"}}, headers=kop).status_code
        == 200
    )
    assert (
        pg.put(f"/api/v1/catalogus/rechten/{rid}", json={**body, "beschrijving": {"nl": "B"}}, headers=kop).status_code
        == 409
    )
    assert pg.post(f"/api/v1/catalogus/rechten/{rid}/publiceren", headers=kop).status_code == 200
    assert pg.get(f"/api/v1/rechten/{rid}").json()["beschrijving"]["nl"] == "A"
    assert pg.post(f"/api/v1/catalogus/rechten/{rid}/depubliceren", headers=kop).status_code == 200
    assert pg.get(f"/api/v1/rechten/{rid}").status_code == 404

    for _ in range(5):
        pg.post("/api/v1/auth/token", data={"username": "red.antwerpen", "password": "fout fout fout"})
    assert pg.post("/api/v1/auth/token", data={"username": "red.antwerpen", "password": "x"}).status_code == 429

    mw = token(pg, "mw.gent")
    profiel = {"peildatum": "2025-01-15", "gemeente": "44021", "aanvrager": {"verblijfsstatus": "belg"}}
    pid = pg.post(
        "/api/v1/profielen", json={"label": "D", "insz": "85073003328", "profiel": profiel}, headers=mw
    ).json()["id"]
    assert pg.post(f"/api/v1/profielen/{pid}/advies", headers=mw).status_code == 200
    assert pg.post(f"/api/v1/profielen/{pid}/overzicht", headers=mw).status_code == 200
    assert len(pg.get(f"/api/v1/profielen/{pid}", headers=mw).json()["adviezen"]) == 2
    assert pg.post("/api/v1/profielen/zoeken", json={"insz": "85073003328"}, headers=mw).json()["totaal"] == 1
    assert opschonen(app.state.engine, app.state.settings).profielen == 0
    assert pg.delete(f"/api/v1/profielen/{pid}", headers=mw).status_code == 204
    assert aanmelden(pg, "mw.gent", volgende="/profielen").url.path == "/profielen"
