"""`rechten gebruiker aanmaken` (CONTRACT.md §7): password from stdin, exit 2 on bad input."""

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select
from typer.testing import CliRunner

from api import cli
from api.config import Settings, get_settings
from api.main import create_app
from catalogue.db import maak_engine
from catalogue.models import Gebruiker
from tests.support.personeel import WACHTWOORD


@pytest.fixture
def rechten(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LAAD_CATALOGUS", "false")
    monkeypatch.setenv("OMGEVING", "test")
    get_settings.cache_clear()
    cli._register_subcommands()
    runner = CliRunner()
    yield lambda *args, invoer="": runner.invoke(cli.app, list(args), input=invoer)
    get_settings.cache_clear()


def _aanmaken(rechten, naam="eerste.admin", nis="44021", *rollen, invoer=WACHTWOORD + "\n"):
    args = ["gebruiker", "aanmaken", "--gebruikersnaam", naam, "--organisatie", nis]
    for rol in rollen or ("admin",):
        args += ["--rol", rol]
    return rechten(*args, invoer=invoer)


def test_eerste_admin_aanmaken_en_aanmelden(rechten):
    r = _aanmaken(rechten)
    assert r.exit_code == 0, r.output
    assert "eerste.admin aangemaakt" in r.output
    assert WACHTWOORD not in r.output
    with TestClient(create_app(Settings())) as client:
        antwoord = client.post("/api/v1/auth/token", data={"username": "eerste.admin", "password": WACHTWOORD})
    assert antwoord.status_code == 200


def test_meerdere_rollen(rechten):
    assert _aanmaken(rechten, "an.peeters", "11002", "redacteur", "beheerder").exit_code == 0
    engine = maak_engine(get_settings().database_url)
    with Session(engine) as s:
        g = s.exec(select(Gebruiker)).one()
    engine.dispose()
    assert (g.gebruikersnaam, g.organisatie, g.rollen) == ("an.peeters", "11002", ["redacteur", "beheerder"])


@pytest.mark.parametrize(
    ("naam", "nis", "rol", "invoer", "melding"),
    [
        ("eerste.admin", "44021", "koning", WACHTWOORD + "\n", "onbekende rol"),
        ("eerste.admin", "99999", "admin", WACHTWOORD + "\n", "NIS-code"),
        ("eerste.admin", "gent", "admin", WACHTWOORD + "\n", "NIS-code"),
        ("x", "44021", "admin", WACHTWOORD + "\n", "gebruikersnaam"),
        ("eerste.admin", "44021", "admin", "kort\n", "minstens 12"),
        ("eerste.admin", "44021", "admin", "", "geen wachtwoord"),
        ("eerste.admin", "44021", "admin", "eerste.admin123\n", "niet de gebruikersnaam"),
    ],
)
def test_foute_invoer_geeft_exitcode_2(rechten, naam, nis, rol, invoer, melding):
    r = _aanmaken(rechten, naam, nis, rol, invoer=invoer)
    assert r.exit_code == 2
    assert melding in r.output


def test_bestaande_naam_geeft_exitcode_2(rechten):
    assert _aanmaken(rechten).exit_code == 0
    r = _aanmaken(rechten)
    assert r.exit_code == 2 and "bestaat al" in r.output
