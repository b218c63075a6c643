"""The staff login page: secure session cookie, CSRF on every form, throttling, no open redirect, logout."""

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.config import Omgeving, Settings
from api.main import create_app
from catalogue.models import Sessie
from tests.support.html import controleer_pagina
from tests.support.personeel import WACHTWOORD, aanmelden, csrf_van, gebruiker, tweede_client


@pytest.fixture
def redacteur(client):
    gebruiker(client.app, "red.gent", "44021", "redacteur")
    return client


def test_aanmeldpagina_is_geldige_html_met_csrf(client):
    r = client.get("/aanmelden")
    controleer_pagina(r.text)
    assert csrf_van(r.text)
    assert r.headers["cache-control"] == "no-store"
    assert 'autocomplete="current-password"' in r.text


def test_zonder_aanmelden_naar_de_aanmeldpagina_en_terug(redacteur):
    r = redacteur.get("/beheer/audit?actie=x", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/aanmelden?volgende=/beheer/audit%3Factie%3Dx"
    pagina = redacteur.get(r.headers["location"])
    assert 'name="volgende" value="/beheer/audit?actie=x"' in pagina.text


def test_aanmelden_zet_een_veilige_sessiecookie(redacteur):
    r = aanmelden(redacteur, "red.gent")
    assert r.history[0].status_code == 303
    cookie = r.history[0].headers["set-cookie"]
    assert cookie.startswith("sessie=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie, "over http zou de browser een Secure-cookie niet terugsturen"
    assert "expires" not in cookie.lower() and "max-age" not in cookie.lower()
    assert r.url.path == "/beheer" and "Rechten in uw beheer" in r.text


def test_sessiecookie_is_secure_en_hsts_over_https(tmp_path):
    settings = Settings(omgeving=Omgeving.test, database_url="sqlite://", data_dir=tmp_path, laad_catalogus=False)
    app = create_app(settings)
    with TestClient(app, base_url="https://testserver") as c:
        gebruiker(app, "red.gent", "44021", "redacteur")
        r = aanmelden(c, "red.gent")
        assert "Secure" in r.history[0].headers["set-cookie"]
        assert r.headers["strict-transport-security"].startswith("max-age=31536000")


def test_geen_hsts_over_http(client):
    assert "strict-transport-security" not in client.get("/aanmelden").headers


def test_fout_wachtwoord_toont_de_fout_zonder_iets_te_verraden(redacteur):
    pagina = redacteur.get("/aanmelden")
    r = redacteur.post(
        "/aanmelden",
        data={"gebruikersnaam": "red.gent", "wachtwoord": "fout wachtwoord", "csrf_token": csrf_van(pagina.text)},
    )
    onbekend = redacteur.post(
        "/aanmelden",
        data={"gebruikersnaam": "niemand", "wachtwoord": "fout wachtwoord", "csrf_token": csrf_van(pagina.text)},
    )
    assert r.status_code == onbekend.status_code == 401
    assert "De gebruikersnaam of het wachtwoord is niet juist." in r.text
    assert "sessie" not in r.cookies
    assert 'value="fout wachtwoord"' not in r.text, "een wachtwoord wordt nooit teruggestuurd"


def test_aanmeldpagina_wordt_geblokkeerd_na_te_veel_pogingen(redacteur):
    for _ in range(5):
        aanmelden(redacteur, "red.gent", "fout wachtwoord")
    r = aanmelden(redacteur, "red.gent")
    assert r.status_code == 429
    assert "Te veel mislukte pogingen" in r.text
    assert int(r.headers["retry-after"]) > 0


def test_aanmelden_zonder_csrf_token_403(redacteur):
    r = redacteur.post("/aanmelden", data={"gebruikersnaam": "red.gent", "wachtwoord": WACHTWOORD})
    assert r.status_code == 403


@pytest.mark.parametrize("doel", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:x"])
def test_geen_open_redirect_na_aanmelden(redacteur, doel):
    r = aanmelden(redacteur, "red.gent", volgende=doel)
    assert r.history[0].headers["location"] == "/beheer"


def test_afmelden_beeindigt_de_sessie_op_de_server(redacteur):
    aanmelden(redacteur, "red.gent")
    oude_cookie = redacteur.cookies.get("sessie")
    pagina = redacteur.get("/beheer")
    r = redacteur.post("/afmelden", data={"csrf_token": csrf_van(pagina.text)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/aanmelden?afgemeld=1"
    assert 'sessie=""' in r.headers["set-cookie"] or "Max-Age=0" in r.headers["set-cookie"]
    # Someone who copied the cookie cannot use it any more.
    dief = tweede_client(redacteur)
    dief.cookies.set("sessie", oude_cookie)
    assert dief.get("/beheer", follow_redirects=False).status_code == 303


def test_afmelden_vraagt_een_csrf_token(redacteur):
    aanmelden(redacteur, "red.gent")
    assert redacteur.post("/afmelden", data={}).status_code == 403
    assert redacteur.get("/beheer", follow_redirects=False).status_code == 200


def test_csrf_token_van_voor_het_aanmelden_werkt_daarna_niet(redacteur):
    """The token is bound to the session: a token learnt before signing in is useless afterwards."""
    voor = csrf_van(redacteur.get("/aanmelden").text)
    aanmelden(redacteur, "red.gent")
    r = redacteur.post("/beheer/rechten/nieuw", data={"csrf_token": voor, "naam": "X", "beschrijving": "Y"})
    assert r.status_code == 403
    na = csrf_van(redacteur.get("/beheer/rechten/nieuw").text)
    assert na != voor


def test_sessie_verloopt_na_inactiviteit(redacteur):
    aanmelden(redacteur, "red.gent")
    with Session(redacteur.app.state.engine) as s:
        for rij in s.exec(select(Sessie)).all():
            rij.laatst_gebruikt_op = datetime.now(UTC) - timedelta(minutes=61)
            s.add(rij)
        s.commit()
    assert redacteur.get("/beheer", follow_redirects=False).status_code == 303


def test_api_aanvaardt_geen_sessiecookie(redacteur):
    """The JSON API only takes bearer tokens: a cookie (which a cross-site page can make the browser send) does
    not authorise it, so the API needs no CSRF protection."""
    aanmelden(redacteur, "red.gent")
    assert redacteur.get("/api/v1/catalogus/rechten").status_code == 401


def test_kop_toont_werkruimte_en_afmelden_na_aanmelden(redacteur):
    assert 'href="/aanmelden"' in redacteur.get("/").text
    aanmelden(redacteur, "red.gent")
    start = redacteur.get("/").text
    assert 'href="/beheer"' in start and 'action="/afmelden"' in start


def test_beveiligingsheaders_op_personeelspaginas(redacteur):
    gebruiker(redacteur.app, "mw.gent", "44021", "maatschappelijk_werker", "redacteur")
    aanmelden(redacteur, "mw.gent")
    for pad in ("/aanmelden", "/beheer", "/beheer/wachtwoord", "/profielen"):
        r = redacteur.get(pad)
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"
        assert r.headers["cache-control"] == "no-store"
