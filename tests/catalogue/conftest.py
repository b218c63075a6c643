"""Database fixtures for the catalogue tests: the same tests on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import Session

from catalogue.db import maak_engine, migrate
from tests.support.postgres import verse_database

TABELLEN = ("recht_gebied", "recht_label", "recht_publicatie", "recht_versie", "recht", "systeem_instelling")


@pytest.fixture(scope="session")
def _sqlite_catalogus(tmp_path_factory):
    engine = maak_engine(f"sqlite:///{tmp_path_factory.mktemp('cat') / 'catalogus.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def _postgres_catalogus():
    with verse_database() as url:
        engine = maak_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def catalogus_db(request):
    """A migrated, empty catalogue database: SQLite, and PostgreSQL (marked `postgres`)."""
    engine = request.getfixturevalue(f"_{request.param}_catalogus")
    _leeg(engine)
    yield engine
    _leeg(engine)


def _leeg(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM recht_zoek"))
        for tabel in TABELLEN:
            conn.execute(text(f"DELETE FROM {tabel}"))


@pytest.fixture
def sessie(catalogus_db):
    with Session(catalogus_db) as session:
        yield session
