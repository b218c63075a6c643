"""Migrations run on SQLite files and on a real PostgreSQL server; the app works on both."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from api.config import Omgeving, Settings
from api.main import create_app
from catalogue.db import maak_engine, migrate, normalise_url
from tests.support.postgres import verse_database


def _revisie(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def test_migraties_maken_het_schema_op_sqlite_en_zijn_idempotent(tmp_path):
    engine = maak_engine(f"sqlite:///{tmp_path / 'sub' / 'r.db'}")
    migrate(engine)
    migrate(engine)
    assert "systeem_instelling" in inspect(engine).get_table_names()
    assert _revisie(engine)
    engine.dispose()


def test_postgres_url_vormen_gebruiken_psycopg3():
    assert normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


@pytest.mark.postgres
def test_migraties_op_echte_postgresql():
    with verse_database() as url:
        engine = maak_engine(url)
        migrate(engine)
        migrate(engine)
        assert engine.dialect.name == "postgresql"
        assert "systeem_instelling" in inspect(engine).get_table_names()
        engine.dispose()


@pytest.mark.postgres
def test_app_gezondheid_op_echte_postgresql(tmp_path):
    with verse_database() as url:
        settings = Settings(omgeving=Omgeving.test, database_url=url, data_dir=tmp_path, laad_catalogus=False)
        with TestClient(create_app(settings)) as client:
            r = client.get("/api/v1/gezondheid")
        assert r.json() == {"status": "ok", "database": "postgresql"}


def _verschillen(engine) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import catalogue.models  # noqa: F401
    from catalogue.db import include_object

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": False})
        return compare_metadata(context, SQLModel.metadata)


def test_migraties_komen_overeen_met_de_modellen(tmp_path):
    """A model change without its migration (or the reverse) fails here, not on a user's database."""
    engine = maak_engine(f"sqlite:///{tmp_path / 'r.db'}")
    migrate(engine)
    assert _verschillen(engine) == []
    engine.dispose()


@pytest.mark.postgres
def test_migraties_komen_overeen_met_de_modellen_op_postgresql():
    with verse_database() as url:
        engine = maak_engine(url)
        migrate(engine)
        assert _verschillen(engine) == []
        engine.dispose()
