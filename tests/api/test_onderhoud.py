"""Retention: profiles not used for `retentie_maanden` are erased by `rechten onderhoud opschonen` and at start."""

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select
from typer.testing import CliRunner

from api import cli
from api.config import Omgeving, Settings, get_settings
from api.main import create_app
from api.onderhoud import opschonen
from api.profielen import dienst
from catalogue.db import maak_engine, migrate
from catalogue.models import AuditRegel, Clientprofiel, Gebruiker, Inlogpoging
from rechten.profiel import Profiel

PROFIEL = Profiel.model_validate({"peildatum": "2025-01-15", "aanvrager": {"verblijfsstatus": "belg"}})


def _vul(engine, settings, *leeftijden_in_dagen: int) -> list[str]:
    """One profile per age (days since last use), for a social worker of Gent."""
    with Session(engine) as s:
        mw = Gebruiker(
            id="00000000-0000-4000-8000-000000000001",
            gebruikersnaam="mw",
            organisatie="44021",
            rollen=["maatschappelijk_werker"],
            wachtwoord_hash="x",
        )
        s.add(mw)
        s.flush()
        ids = []
        for dagen in leeftijden_in_dagen:
            rij = dienst.bewaar(s, settings, mw, label=f"dossier {dagen}", insz=None, profiel=PROFIEL)
            rij.laatst_gebruikt_op = datetime.now(UTC) - timedelta(days=dagen)
            ids.append(rij.id)
        s.add(Inlogpoging(op=datetime.now(UTC) - timedelta(days=2), gebruikersnaam="x", ip="1.2.3.4"))
        s.commit()
    return ids


def _resterend(engine) -> set[str]:
    with Session(engine) as s:
        return {r.id for r in s.exec(select(Clientprofiel)).all()}


@pytest.fixture
def db(tmp_path):
    settings = Settings(
        omgeving=Omgeving.test,
        database_url=f"sqlite:///{tmp_path / 'r.db'}",
        data_dir=tmp_path,
        laad_catalogus=False,
        retentie_maanden=12,
    )
    engine = maak_engine(settings.database_url)
    migrate(engine)
    yield engine, settings
    engine.dispose()


def test_opschonen_wist_alleen_profielen_na_de_bewaartermijn(db):
    engine, settings = db
    jong, grens_net_niet, oud = _vul(engine, settings, 30, 360, 400)
    verslag = opschonen(engine, settings)
    assert verslag.profielen == 1 and verslag.inlogpogingen == 1
    assert _resterend(engine) == {jong, grens_net_niet}
    with Session(engine) as s:
        regel = s.exec(select(AuditRegel).where(AuditRegel.actie == "profiel.opgeschoond")).one()
    assert regel.details["ids"] == [oud] and regel.organisatie == "44021"


def test_kortere_bewaartermijn_is_instelbaar(db):
    engine, settings = db
    jong, _ = _vul(engine, settings, 30, 100)
    opschonen(engine, settings.model_copy(update={"retentie_maanden": 3}))
    assert _resterend(engine) == {jong}


def test_opschonen_bij_het_starten(db):
    engine, settings = db
    jong, _ = _vul(engine, settings, 10, 500)
    with TestClient(create_app(settings)):
        pass
    assert _resterend(engine) == {jong}


def test_commando_onderhoud_opschonen(db, monkeypatch):
    engine, settings = db
    _vul(engine, settings, 10, 500, 600)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("OMGEVING", "test")
    get_settings.cache_clear()
    cli._register_subcommands()
    try:
        r = CliRunner().invoke(cli.app, ["onderhoud", "opschonen"])
    finally:
        get_settings.cache_clear()
    assert r.exit_code == 0, r.output
    assert "2 cliëntenprofielen" in r.output
    assert len(_resterend(engine)) == 1


def test_bewaren_tot_telt_vanaf_laatste_gebruik():
    settings = Settings(omgeving=Omgeving.test, retentie_maanden=12)
    assert dienst.bewaren_tot(settings, datetime(2025, 2, 28, tzinfo=UTC)).isoformat() == "2026-02-28"
    assert dienst.grens(settings, datetime(2024, 2, 29, tzinfo=UTC)) == datetime(2023, 2, 28, tzinfo=UTC)
