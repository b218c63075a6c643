"""Staff accounts, sessions and tokens, login attempts (throttling) and the append-only audit trail.

The audit table gets triggers that refuse UPDATE and DELETE, on SQLite and on PostgreSQL alike: the trail
stays append-only even for code (or a person with SQL access through the app's account) that tries otherwise.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "gebruiker",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("gebruikersnaam", sa.String(100), nullable=False),
        sa.Column("organisatie", sa.String(5), nullable=False),
        sa.Column("rollen", sa.JSON, nullable=False),
        sa.Column("wachtwoord_hash", sa.String(255), nullable=False),
        sa.Column("actief", sa.Boolean, nullable=False),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        sa.Column("wachtwoord_gewijzigd_op", TZ, nullable=False),
        sa.Column("laatst_aangemeld_op", TZ),
    )
    op.create_index("ix_gebruiker_id", "gebruiker", ["id"], unique=True)
    op.create_index("ix_gebruiker_gebruikersnaam", "gebruiker", ["gebruikersnaam"], unique=True)
    op.create_index("ix_gebruiker_organisatie", "gebruiker", ["organisatie"])

    op.create_table(
        "sessie",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("gebruiker_nr", sa.Integer, sa.ForeignKey("gebruiker.nr", ondelete="CASCADE"), nullable=False),
        sa.Column("soort", sa.String(10), nullable=False),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        sa.Column("laatst_gebruikt_op", TZ, nullable=False),
        sa.Column("verloopt_op", TZ, nullable=False),
    )
    op.create_index("ix_sessie_token_hash", "sessie", ["token_hash"], unique=True)
    op.create_index("ix_sessie_gebruiker_nr", "sessie", ["gebruiker_nr"])
    op.create_index("ix_sessie_verloopt_op", "sessie", ["verloopt_op"])

    op.create_table(
        "inlogpoging",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("op", TZ, nullable=False),
        sa.Column("gebruikersnaam", sa.String(100), nullable=False),
        sa.Column("ip", sa.String(45), nullable=False),
        sa.Column("gelukt", sa.Boolean, nullable=False),
    )
    for kolom in ("op", "gebruikersnaam", "ip"):
        op.create_index(f"ix_inlogpoging_{kolom}", "inlogpoging", [kolom])

    op.create_table(
        "audit",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("op", TZ, nullable=False),
        sa.Column("gebruiker_id", sa.String(36)),
        sa.Column("gebruikersnaam", sa.String(100)),
        sa.Column("organisatie", sa.String(5)),
        sa.Column("actie", sa.String(40), nullable=False),
        sa.Column("onderwerp", sa.String(100)),
        sa.Column("details", sa.JSON, nullable=False),
    )
    for kolom in ("op", "organisatie", "actie"):
        op.create_index(f"ix_audit_{kolom}", "audit", [kolom])

    if op.get_bind().dialect.name == "sqlite":
        for wat in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_geen_{wat.lower()} BEFORE {wat} ON audit "
                "BEGIN SELECT RAISE(ABORT, 'het auditspoor is alleen-toevoegen'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'het auditspoor is alleen-toevoegen'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit "
            "FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen()"
        )
        op.execute(
            "CREATE TRIGGER audit_geen_truncate BEFORE TRUNCATE ON audit "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_geen_truncate ON audit")
        op.execute("DROP TRIGGER IF EXISTS audit_alleen_toevoegen ON audit")
        op.execute("DROP FUNCTION IF EXISTS audit_alleen_toevoegen()")
    op.drop_table("audit")
    op.drop_table("inlogpoging")
    op.drop_table("sessie")
    op.drop_table("gebruiker")
