"""Fixtures for the rights-overview tests: the bundled catalogue in a database, and small databases to edit
(`leeg_db`, from `tests.support.catalogus`).

A test module takes the fixtures with `from tests.support.overzicht import *  # noqa: F403` (pytest finds them there).
Loading the bundle takes about a second, so each database with it is built once per session.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.config import Omgeving, Settings
from api.main import create_app
from catalogue.db import maak_engine, migrate
from catalogue.laden import laad_catalogus
from tests.support.catalogus import _leeg_postgres, _leeg_sqlite, leeg_db
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
