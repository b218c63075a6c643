from sqlalchemy.exc import OperationalError

import api.routes.gezondheid as gezondheid_route


def test_gezondheid_antwoordt_ok_met_database(client):
    r = client.get("/api/v1/gezondheid")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "database": "sqlite"}


def test_gezondheid_meldt_503_als_de_database_niet_antwoordt(client, monkeypatch):
    def kapot(_engine):
        raise OperationalError("SELECT 1", {}, Exception("weg"))

    monkeypatch.setattr(gezondheid_route, "check_database", kapot)
    r = client.get("/api/v1/gezondheid")
    assert r.status_code == 503
    assert r.json() == {"detail": "De database antwoordt niet."}


def test_openapi_is_gepubliceerd(client):
    r = client.get("/openapi.json")
    assert r.status_code == 200
    assert "/api/v1/gezondheid" in r.json()["paths"]
