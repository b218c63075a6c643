"""Staff accounts for tests: create users, get a bearer token, sign in through the login page, store rights."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from api.auth.accounts import maak_gebruiker
from catalogue import store
from catalogue.models import Recht
from tests.catalogue.maak import recht

__all__ = [
    "ANTWERPEN",
    "GENT",
    "WACHTWOORD",
    "aanmelden",
    "csrf_van",
    "gebruiker",
    "lokaal_recht",
    "token",
    "tweede_client",
]

WACHTWOORD = "correct paard batterij nietje"
GENT = "44021"
ANTWERPEN = "11002"


def gebruiker(app, naam: str, organisatie: str = GENT, *rollen: str, wachtwoord: str = WACHTWOORD):
    """Create an account directly in the app's database (as `rechten gebruiker aanmaken` would)."""
    with Session(app.state.engine) as session:
        g = maak_gebruiker(
            session,
            app.state.settings,
            gebruikersnaam=naam,
            organisatie=organisatie,
            rollen=list(rollen) or ["redacteur"],
            wachtwoord=wachtwoord,
        )
        session.commit()
        return g.id


def token(client, naam: str, wachtwoord: str = WACHTWOORD) -> dict[str, str]:
    """Authorization header with a fresh bearer token."""
    r = client.post("/api/v1/auth/token", data={"username": naam, "password": wachtwoord})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def csrf_van(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert m, "geen CSRF-token op de pagina"
    return m.group(1)


def aanmelden(client, naam: str, wachtwoord: str = WACHTWOORD, volgende: str = "/beheer"):
    """Sign in through the login page (CSRF token included); returns the last response."""
    pagina = client.get("/aanmelden")
    return client.post(
        "/aanmelden",
        data={
            "gebruikersnaam": naam,
            "wachtwoord": wachtwoord,
            "csrf_token": csrf_van(pagina.text),
            "volgende": volgende,
        },
    )


def lokaal_recht(app, code: str, nis: str = GENT, *, status: str = "ontwerp", **velden) -> str:
    """Store a local right of municipality `nis`; returns its id."""
    with Session(app.state.engine) as session:
        store.bewaar_record(session, recht(code, gebied=[nis], status=status, **velden), door="test", reden="test")
        session.commit()
        rij = session.exec(select(Recht).where(Recht.code == code, Recht.soort == "instantie")).one()
        return rij.id


def tweede_client(client):
    """Another browser on the same running app (its own cookies); the app's lifespan is not started again."""
    from fastapi.testclient import TestClient

    return TestClient(client.app)
