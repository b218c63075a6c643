"""Database fixtures for the catalogue tests: the same tests on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from tests.support.catalogus import _leeg_postgres, _leeg_sqlite, leeg_db  # noqa: F401  (fixtures)


@pytest.fixture
def catalogus_db(leeg_db):  # noqa: F811  (the parameter asks pytest for the imported fixture)
    """A migrated, empty catalogue database: SQLite, and PostgreSQL (marked `postgres`)."""
    return leeg_db


@pytest.fixture
def sessie(catalogus_db):
    with Session(catalogus_db) as session:
        yield session
