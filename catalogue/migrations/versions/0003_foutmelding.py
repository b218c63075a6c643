"""Error reports on a right, routed to its owner.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "foutmelding",
        sa.Column("nr", sa.Integer(), primary_key=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("recht_nr", sa.Integer(), sa.ForeignKey("recht.nr", ondelete="CASCADE"), nullable=False),
        sa.Column("organisatie", sa.String(length=5), nullable=True),
        sa.Column("veld", sa.String(length=100), nullable=True),
        sa.Column("bericht", sa.String(length=5000), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False, server_default="nieuw"),
        sa.Column("antwoord", sa.String(length=5000), nullable=True),
        sa.Column("behandeld_door", sa.String(length=100), nullable=True),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("behandeld_op", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_foutmelding_id", "foutmelding", ["id"], unique=True)
    op.create_index("ix_foutmelding_recht_nr", "foutmelding", ["recht_nr"])
    op.create_index("ix_foutmelding_organisatie", "foutmelding", ["organisatie"])
    op.create_index("ix_foutmelding_status", "foutmelding", ["status"])


def downgrade() -> None:
    op.drop_table("foutmelding")
