"""A fresh, empty PostgreSQL database per use, on the server named by TEST_DATABASE_URL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from catalogue.db import normalise_url
from tests.support.omgeving import vereist

__all__ = ["postgres_url", "verse_database"]


def postgres_url() -> str:
    """The admin URL of the test server (skips locally / fails in CI when there is none)."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    vereist(bool(url), "TEST_DATABASE_URL wijst niet naar een PostgreSQL-server")
    return normalise_url(url)


@contextmanager
def verse_database() -> Iterator[str]:
    """Create a uniquely named database, yield its URL, drop it afterwards."""
    admin_url = make_url(postgres_url())
    naam = f"rechten_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{naam}"'))
    except Exception as exc:  # server down or no rights: say which
        admin.dispose()
        vereist(False, f"PostgreSQL-testserver niet bruikbaar: {type(exc).__name__}: {exc}")
    try:
        yield admin_url.set(database=naam).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)'))
        admin.dispose()
