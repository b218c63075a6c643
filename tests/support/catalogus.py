"""Empty catalogue databases for tests: migrated once per session, emptied before and after each test, on SQLite
and on a real PostgreSQL server (marked `postgres`).

Take `leeg_db` by importing the fixtures (the private ones it uses too) into a conftest or test module.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from catalogue.db import maak_engine, migrate
from tests.support.postgres import verse_database

__all__ = ["TABELLEN", "_leeg_postgres", "_leeg_sqlite", "leeg_db", "leegmaken"]

TABELLEN = ("recht_gebied", "recht_label", "recht_publicatie", "recht_versie", "recht", "systeem_instelling")


@pytest.fixture(scope="session")
def _leeg_sqlite(tmp_path_factory):
    engine = maak_engine(f"sqlite:///{tmp_path_factory.mktemp('leeg') / 'rechten.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def _leeg_postgres():
    with verse_database() as url:
        engine = maak_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def leeg_db(request):
    """A migrated, empty catalogue database to fill per test: SQLite, and PostgreSQL (marked `postgres`)."""
    engine = request.getfixturevalue(f"_leeg_{request.param}")
    leegmaken(engine)
    yield engine
    leegmaken(engine)


def leegmaken(engine) -> None:
    """Delete every right, version, publication and setting (the search index first)."""
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM recht_zoek"))
        for tabel in TABELLEN:
            conn.execute(text(f"DELETE FROM {tabel}"))
