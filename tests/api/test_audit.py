"""The audit trail is append-only: the code has no path to change or remove an entry, the ORM refuses, and the
database refuses an UPDATE or DELETE even in plain SQL (triggers of migration 0004), on SQLite and PostgreSQL."""

import ast
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, select

from api import audit
from catalogue.db import maak_engine, migrate
from catalogue.models import AuditRegel
from catalogue.models.audit import AuditAlleenToevoegen
from tests.support.postgres import verse_database

ROOT = Path(__file__).resolve().parents[2]


def _vul(engine) -> None:
    with Session(engine) as s:
        audit.registreer(s, "aanmelden.gelukt", gebruikersnaam="an", organisatie="44021", via="web")
        s.commit()


def _probeer_alles(engine) -> None:
    with Session(engine) as s:
        regel = s.exec(select(AuditRegel)).one()
        regel.actie = "afmelden"
        s.add(regel)
        with pytest.raises(AuditAlleenToevoegen):
            s.commit()
    with Session(engine) as s:
        s.delete(s.exec(select(AuditRegel)).one())
        with pytest.raises(AuditAlleenToevoegen):
            s.commit()
    for sql in ("UPDATE audit SET actie = 'x'", "DELETE FROM audit"):
        with engine.connect() as conn, pytest.raises(DatabaseError, match="alleen-toevoegen"):
            conn.execute(text(sql))
    with Session(engine) as s:
        assert [r.actie for r in s.exec(select(AuditRegel)).all()] == ["aanmelden.gelukt"]


def test_auditspoor_is_alleen_toevoegen_op_sqlite(tmp_path):
    engine = maak_engine(f"sqlite:///{tmp_path / 'a.db'}")
    migrate(engine)
    _vul(engine)
    _probeer_alles(engine)
    engine.dispose()


@pytest.mark.postgres
def test_auditspoor_is_alleen_toevoegen_op_postgresql():
    with verse_database() as url:
        engine = maak_engine(url)
        migrate(engine)
        _vul(engine)
        _probeer_alles(engine)
        with engine.connect() as conn, pytest.raises(DatabaseError, match="alleen-toevoegen"):
            conn.execute(text("TRUNCATE audit"))
        engine.dispose()


def test_geen_code_wijzigt_of_wist_auditregels():
    """No module updates or deletes the audit table (only `api.audit.registreer` writes it)."""
    verdacht = []
    for pad in list((ROOT / "api").rglob("*.py")) + list((ROOT / "catalogue").rglob("*.py")):
        if "migrations" in pad.parts:
            continue
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if (
                isinstance(knoop, ast.Call)
                and isinstance(knoop.func, ast.Name)
                and knoop.func.id in {"update", "delete"}
            ) and any(isinstance(a, ast.Name) and a.id == "AuditRegel" for a in knoop.args):
                verdacht.append(str(pad.relative_to(ROOT)))
            if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
                sql = " ".join(knoop.value.lower().split())
                if "update audit" in sql or "delete from audit" in sql or "truncate audit" in sql:
                    verdacht.append(str(pad.relative_to(ROOT)))
    assert verdacht == []


def test_onbekende_actie_wordt_geweigerd(client):
    with Session(client.app.state.engine) as s, pytest.raises(ValueError, match="onbekende auditactie"):
        audit.registreer(s, "alles.wissen")
