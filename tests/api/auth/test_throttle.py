"""Login throttling through the HTTP API: per account name and per IP address, also for the right password."""

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.config import Omgeving, Settings
from api.main import create_app
from catalogue.models import Inlogpoging
from tests.support.personeel import WACHTWOORD, gebruiker


@pytest.fixture
def klein(tmp_path):
    """A client on an app with small limits: 3 failures per name, 5 per IP in 15 minutes."""
    settings = Settings(
        omgeving=Omgeving.test,
        database_url="sqlite://",
        data_dir=tmp_path,
        laad_catalogus=False,
        inlog_max_pogingen=3,
        inlog_max_pogingen_ip=5,
    )
    with TestClient(create_app(settings)) as c:
        yield c


def _probeer(client, naam, wachtwoord="fout wachtwoord!"):
    return client.post("/api/v1/auth/token", data={"username": naam, "password": wachtwoord})


def test_account_wordt_geblokkeerd_na_te_veel_mislukte_pogingen(klein):
    gebruiker(klein.app, "an.redacteur")
    assert [_probeer(klein, "an.redacteur").status_code for _ in range(3)] == [401, 401, 401]
    r = _probeer(klein, "an.redacteur", WACHTWOORD)
    assert r.status_code == 429, "ook het juiste wachtwoord wordt geweigerd tijdens de blokkering"
    assert 1 <= int(r.headers["retry-after"]) <= 15 * 60
    assert "Te veel" in r.json()["detail"]


def test_blokkering_is_per_naam_andere_gebruikers_kunnen_verder(klein):
    gebruiker(klein.app, "an.redacteur")
    gebruiker(klein.app, "bart.redacteur")
    for _ in range(3):
        _probeer(klein, "an.redacteur")
    assert _probeer(klein, "bart.redacteur", WACHTWOORD).status_code == 200


def test_onbekende_naam_wordt_even_snel_geblokkeerd(klein):
    """No enumeration through the lockout: an unknown name behaves like a real one."""
    antwoorden = [_probeer(klein, "bestaat.niet").status_code for _ in range(4)]
    assert antwoorden == [401, 401, 401, 429]


def test_geblokkeerd_na_venster_weer_vrij(klein):
    gebruiker(klein.app, "an.redacteur")
    for _ in range(3):
        _probeer(klein, "an.redacteur")
    with Session(klein.app.state.engine) as s:
        for p in s.exec(select(Inlogpoging)).all():
            p.op = datetime.now(UTC) - timedelta(minutes=16)
            s.add(p)
        s.commit()
    assert _probeer(klein, "an.redacteur", WACHTWOORD).status_code == 200


def test_succes_zet_de_teller_van_het_account_terug(klein):
    gebruiker(klein.app, "an.redacteur")
    for _ in range(2):
        _probeer(klein, "an.redacteur")
    assert _probeer(klein, "an.redacteur", WACHTWOORD).status_code == 200
    assert [_probeer(klein, "an.redacteur").status_code for _ in range(3)] == [401, 401, 401]


def test_ip_adres_wordt_geblokkeerd_bij_wachtwoordsproeien(klein):
    """Many names from one address: after 5 failures the address waits, whatever name it tries next."""
    gebruiker(klein.app, "an.redacteur")
    antwoorden = [_probeer(klein, f"naam{i}").status_code for i in range(5)]
    assert antwoorden == [401] * 5
    assert _probeer(klein, "an.redacteur", WACHTWOORD).status_code == 429


def test_ander_ip_adres_wordt_niet_mee_geblokkeerd(klein):
    gebruiker(klein.app, "an.redacteur")
    for i in range(5):
        _probeer(klein, f"naam{i}")
    with Session(klein.app.state.engine) as s:  # the failures came from another address
        for p in s.exec(select(Inlogpoging)).all():
            p.ip = "203.0.113.9"
            s.add(p)
        s.commit()
    assert _probeer(klein, "an.redacteur", WACHTWOORD).status_code == 200


def test_getypte_naam_wordt_niet_leesbaar_bewaard(klein):
    _probeer(klein, "mijn-wachtwoord-per-ongeluk")
    with Session(klein.app.state.engine) as s:
        assert all("mijn-wachtwoord" not in p.gebruikersnaam for p in s.exec(select(Inlogpoging)).all())
