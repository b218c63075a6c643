"""Saved client profiles (encrypted at rest) and the history of advices given on them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "clientprofiel",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("organisatie", sa.String(5), nullable=False),
        sa.Column("aangemaakt_door", sa.String(36), nullable=False),
        sa.Column("insz_hash", sa.String(64)),
        sa.Column("inhoud", sa.Text, nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        sa.Column("gewijzigd_op", TZ, nullable=False),
        sa.Column("laatst_gebruikt_op", TZ, nullable=False),
    )
    op.create_index("ix_clientprofiel_id", "clientprofiel", ["id"], unique=True)
    for kolom in ("organisatie", "insz_hash", "laatst_gebruikt_op"):
        op.create_index(f"ix_clientprofiel_{kolom}", "clientprofiel", [kolom])

    op.create_table(
        "profiel_advies",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("profiel_nr", sa.Integer, sa.ForeignKey("clientprofiel.nr", ondelete="CASCADE"), nullable=False),
        sa.Column("op", TZ, nullable=False),
        sa.Column("soort", sa.String(20), nullable=False),
        sa.Column("peildatum", sa.Date, nullable=False),
        sa.Column("regelversie", sa.String(100), nullable=False),
        sa.Column("profiel_hash", sa.String(64), nullable=False),
        sa.Column("door", sa.String(100), nullable=False),
        sa.Column("resultaat", sa.Text, nullable=False),
    )
    op.create_index("ix_profiel_advies_profiel_nr", "profiel_advies", ["profiel_nr"])


def downgrade() -> None:
    op.drop_table("profiel_advies")
    op.drop_table("clientprofiel")
