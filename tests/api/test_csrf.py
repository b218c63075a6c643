"""Forms that change something need the page's CSRF token; a forged or missing token is refused (403)."""

import re

import pytest
from fastapi import Depends, Form, Request
from fastapi.testclient import TestClient

from api.csrf import COOKIE, VELD, vereis_csrf
from api.templating import render


@pytest.fixture
def csrf_client(app):
    @app.get("/test-formulier")
    def formulier(request: Request):
        return render(request, "fout.html", {"titel": "x", "uitleg": None, "detail": "{{ csrf }}", "fouten": []})

    @app.post("/test-formulier", dependencies=[Depends(vereis_csrf)])
    def verstuur(tekst: str = Form("")):
        return {"ontvangen": tekst}

    with TestClient(app) as c:
        yield c


def _token(client) -> str:
    from api.csrf import csrf_token

    r = client.get("/test-formulier")
    assert COOKIE in r.cookies or client.cookies.get(COOKIE)
    req = type("R", (), {})()
    req.cookies = {COOKIE: client.cookies.get(COOKIE)}
    req.app = client.app
    req.state = type("S", (), {})()
    return csrf_token(req)


def test_eerste_bezoek_zet_een_httponly_cookie(csrf_client):
    r = csrf_client.get("/test-formulier")
    zet = r.headers["set-cookie"]
    assert zet.startswith(f"{COOKIE}=")
    assert "httponly" in zet.lower()
    assert re.search("samesite=strict", zet, re.I)


def test_formulier_met_juist_token_wordt_aanvaard(csrf_client):
    token = _token(csrf_client)
    r = csrf_client.post("/test-formulier", data={VELD: token, "tekst": "hallo"})
    assert r.status_code == 200
    assert r.json() == {"ontvangen": "hallo"}


@pytest.mark.parametrize("token", ["", "vals", "0" * 64])
def test_vals_of_leeg_token_geeft_403(csrf_client, token):
    _token(csrf_client)
    r = csrf_client.post("/test-formulier", data={VELD: token, "tekst": "x"})
    assert r.status_code == 403


def test_zonder_cookie_geeft_403_ook_met_een_token_van_iemand_anders(csrf_client):
    token = _token(csrf_client)
    csrf_client.cookies.clear()
    r = csrf_client.post("/test-formulier", data={VELD: token})
    assert r.status_code == 403
