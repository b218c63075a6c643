"""Database plumbing: engines, sessions and Alembic migrations (SQLite by default, PostgreSQL supported)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

__all__ = [
    "NIET_IN_MODELLEN",
    "check_database",
    "include_object",
    "maak_engine",
    "migrate",
    "normalise_url",
    "session_scope",
]

MIGRATIONS = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs given in the common `postgres://` / `postgresql://` forms."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def maak_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; SQLite files get their folder created, WAL mode and foreign keys.

    Statement parameters are kept out of SQL logs and error messages (`hide_parameters`): they may hold personal
    data (a typed user name that is really a password, a reporter's e-mail address).
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ":memory:"
        if database == ":memory:":
            engine = create_engine(
                url, echo=echo, connect_args={"check_same_thread": False}, poolclass=StaticPool, hide_parameters=True
            )
        else:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(
                url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
            )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Tables managed by hand-written SQL in the migrations (the full-text index), not described by the models.
NIET_IN_MODELLEN = {"recht_zoek"}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic filter: autogenerate and drift checks ignore the tables our models leave out on purpose."""
    return not (type_ == "table" and (name in NIET_IN_MODELLEN or name.startswith("recht_zoek_")))


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration pointing at our migrations, bound to `engine` (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest migration (run at start-up; idempotent)."""
    command.upgrade(alembic_config(engine), "head")


def check_database(engine: Engine) -> None:
    """Raise if the database does not answer a trivial query."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))


def session_scope(engine: Engine) -> Iterator[Session]:
    """A session per unit of work (FastAPI dependency style)."""
    with Session(engine) as session:
        yield session
