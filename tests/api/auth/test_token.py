"""`POST /api/v1/auth/token` (OAuth2 password form) → bearer token; wrong credentials 401; tokens end on logout."""

from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from catalogue.models import AuditRegel, Gebruiker, Sessie
from tests.support.personeel import WACHTWOORD, gebruiker, token


def test_token_met_juist_wachtwoord(client):
    gebruiker(client.app, "an.redacteur", "44021", "redacteur")
    r = client.post("/api/v1/auth/token", data={"username": "An.Redacteur ", "password": WACHTWOORD})
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer" and len(body["access_token"]) >= 40 and body["expires_in"] == 3600
    ik = client.get("/api/v1/auth/ik", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert ik.json() == {
        "id": ik.json()["id"],
        "gebruikersnaam": "an.redacteur",
        "organisatie": "44021",
        "rollen": ["redacteur"],
    }


def test_alleen_een_hash_van_het_token_wordt_bewaard(client):
    gebruiker(client.app, "an.redacteur")
    waarde = token(client, "an.redacteur")["Authorization"].split()[1]
    with Session(client.app.state.engine) as s:
        opgeslagen = [r.token_hash for r in s.exec(select(Sessie)).all()]
        wachtwoorden = [g.wachtwoord_hash for g in s.exec(select(Gebruiker)).all()]
    assert waarde not in opgeslagen and len(opgeslagen) == 1
    assert wachtwoorden[0].startswith("$argon2id$") and WACHTWOORD not in wachtwoorden[0]


def test_fout_wachtwoord_en_onbekende_naam_geven_hetzelfde_antwoord(client):
    gebruiker(client.app, "an.redacteur")
    fout = client.post("/api/v1/auth/token", data={"username": "an.redacteur", "password": "verkeerd wachtwoord"})
    onbekend = client.post("/api/v1/auth/token", data={"username": "niemand", "password": "verkeerd wachtwoord"})
    assert fout.status_code == onbekend.status_code == 401
    assert fout.json() == onbekend.json() == {"detail": "Onjuiste gebruikersnaam of wachtwoord."}
    assert fout.headers["www-authenticate"] == "Bearer"


def test_ontbrekend_veld_is_422_met_veldnaam(client):
    r = client.post("/api/v1/auth/token", data={"username": "x"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "password"


def test_ongeldig_token_is_401(client):
    r = client.get("/api/v1/auth/ik", headers={"Authorization": "Bearer verzonnen-token"})
    assert r.status_code == 401
    assert "invalid_token" in r.headers["www-authenticate"]


def test_afmelden_maakt_het_token_meteen_ongeldig(client):
    gebruiker(client.app, "an.redacteur")
    kop = token(client, "an.redacteur")
    assert client.post("/api/v1/auth/afmelden", headers=kop).status_code == 204
    assert client.get("/api/v1/auth/ik", headers=kop).status_code == 401


def test_verlopen_token_werkt_niet_meer(client):
    gebruiker(client.app, "an.redacteur")
    kop = token(client, "an.redacteur")
    with Session(client.app.state.engine) as s:
        for rij in s.exec(select(Sessie)).all():
            rij.verloopt_op = datetime.now(UTC) - timedelta(seconds=1)
            s.add(rij)
        s.commit()
    assert client.get("/api/v1/auth/ik", headers=kop).status_code == 401


def test_gedeactiveerde_gebruiker_verliest_toegang(client):
    gebruiker(client.app, "an.redacteur")
    kop = token(client, "an.redacteur")
    with Session(client.app.state.engine) as s:
        g = s.exec(select(Gebruiker)).one()
        g.actief = False
        s.add(g)
        s.commit()
    assert client.get("/api/v1/auth/ik", headers=kop).status_code == 401
    assert (
        client.post("/api/v1/auth/token", data={"username": "an.redacteur", "password": WACHTWOORD}).status_code == 401
    )


def test_aanmeldingen_staan_in_het_auditspoor_zonder_onbekende_namen(client):
    gebruiker(client.app, "an.redacteur")
    token(client, "an.redacteur")
    client.post("/api/v1/auth/token", data={"username": "an.redacteur", "password": "verkeerd wachtwoord"})
    client.post("/api/v1/auth/token", data={"username": "mijn-geheim-wachtwoord", "password": "x" * 12})
    with Session(client.app.state.engine) as s:
        regels = [(r.actie, r.gebruikersnaam) for r in s.exec(select(AuditRegel).order_by(AuditRegel.nr)).all()]
    assert ("aanmelden.gelukt", "an.redacteur") in regels
    assert ("aanmelden.mislukt", "an.redacteur") in regels
    assert ("aanmelden.mislukt", None) in regels
    assert all("mijn-geheim" not in str(r) for r in regels)
