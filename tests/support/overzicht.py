"""Fixtures for the rights-overview tests: the bundled catalogue in a database, and small databases to edit.

A test module takes the fixtures with `from tests.support.overzicht import *  # noqa: F403` (pytest finds them there).
Loading the bundle takes about a second, so each database with it is built once per session.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from api.config import Omgeving, Settings
from api.main import create_app
from catalogue.db import maak_engine, migrate
from catalogue.laden import laad_catalogus
from tests.support.postgres import verse_database

__all__ = [  # the fixtures (also the private ones they use), for `import *` in test modules
    "_bundel_postgres_url",
    "_leeg_postgres",
    "_leeg_sqlite",
    "bundel_client",
    "bundel_db",
    "bundel_sqlite_url",
    "leeg_db",
]

TABELLEN = ("recht_gebied", "recht_label", "recht_publicatie", "recht_versie", "recht", "systeem_instelling")


def profiel_data(**wijzig) -> dict:
    """A profile of a person alone in Gent with no income (leefloon likely), with `wijzig` applied on top."""
    data = {
        "peildatum": "2025-06-01",
        "gemeente": "44021",
        "aanvrager": {
            "geboortedatum": "1990-01-01", "verblijfsstatus": "belg", "woont_in_belgie": True,
            "burgerlijke_staat": "ongehuwd", "zwanger": False, "student": False, "werkbereid": True,
            "rechten_uitgeput": True, "gedetineerd": False, "dakloos": False, "inkomsten": [],
            "vermogen": {"spaargeld": "0"},
        },
        "huisgenoten": [],
    }  # fmt: skip
    data.update(wijzig)
    return data


def _met_bundel(url: str) -> None:
    engine = maak_engine(url)
    migrate(engine)
    laad_catalogus(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def bundel_sqlite_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('bundel') / 'rechten.db'}"
    _met_bundel(url)
    return url


@pytest.fixture(scope="session")
def _bundel_postgres_url():
    with verse_database() as url:
        _met_bundel(url)
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def bundel_db(request):
    """A database with the bundled catalogue (read only!): SQLite, and PostgreSQL (marked `postgres`)."""
    url = request.getfixturevalue("bundel_sqlite_url" if request.param == "sqlite" else "_bundel_postgres_url")
    engine = maak_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def bundel_client(bundel_sqlite_url, tmp_path):
    """The app on the SQLite database with the bundled catalogue (do not change the catalogue through it)."""
    settings = Settings(omgeving=Omgeving.test, database_url=bundel_sqlite_url, data_dir=tmp_path, laad_catalogus=False)
    with TestClient(create_app(settings)) as client:
        yield client


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
    _leeg(engine)
    yield engine
    _leeg(engine)


def _leeg(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM recht_zoek"))
        for tabel in TABELLEN:
            conn.execute(text(f"DELETE FROM {tabel}"))
