"""Bad input gets a clear error; a client error is never a 500."""

import pytest


def test_onbekende_pagina_geeft_vriendelijke_html_404(client):
    r = client.get("/bestaat-niet", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "Pagina niet gevonden" in r.text


def test_onbekende_api_route_geeft_json_404(client):
    r = client.get("/api/v1/bestaat-niet")
    assert r.status_code == 404
    assert r.json() == {"detail": "Pagina niet gevonden"}


def test_ongeldige_queryparameter_op_een_pagina_geeft_422_met_het_veld(client):
    r = client.get("/rechten?taal=xx")
    assert r.status_code == 422
    assert "taal" in r.text
    assert "toegestaan" in r.text  # Dutch message


def test_json_client_krijgt_422_als_json_met_veldpad(client):
    r = client.get("/rechten?taal=xx", headers={"accept": "application/json"})
    assert r.status_code == 422
    (fout,) = r.json()["detail"]
    assert fout["veld"] == "taal" and fout["bron"] == "query"
    assert fout["fout"].startswith("Ongeldige waarde")


def test_te_lange_zoekterm_is_422(client):
    r = client.get("/rechten", params={"q": "x" * 201}, headers={"accept": "application/json"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "q"


def test_verkeerde_methode_is_405_niet_500(client):
    r = client.post("/api/v1/gezondheid")
    assert r.status_code == 405


def test_te_grote_aanvraag_is_413(client, settings):
    r = client.post("/api/v1/gezondheid", content=b"x" * (settings.max_body_bytes + 1))
    assert r.status_code == 413
    assert "groter dan toegestaan" in r.json()["detail"]


def test_onverwachte_fout_geeft_nette_500_zonder_details(app):
    from fastapi.testclient import TestClient

    @app.get("/api/v1/test-kapot")
    def kapot():
        raise RuntimeError("geheime details")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/v1/test-kapot")
    assert r.status_code == 500
    assert "geheime" not in r.text


@pytest.mark.parametrize("pad", ["/", "/rechten", "/api/v1/gezondheid"])
def test_beveiligingsheaders_op_elk_antwoord(client, pad):
    r = client.get(pad)
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
