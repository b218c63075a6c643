"""Rights catalogue: concepts and instances, versions, published snapshots, filter and full-text index.

The full-text index `recht_zoek` differs per database (see `catalogue.zoeken` for why):
- SQLite: an FTS5 table with the trigram tokenizer (substring matching, so Dutch compounds are found by their
  parts), rowid = recht.nr;
- PostgreSQL: a plain table with a GIN trigram index (pg_trgm) on the concatenated text.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "recht",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("soort", sa.String(10), nullable=False),
        sa.Column("code", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("naam", sa.String(300), nullable=False),
        sa.Column("niveau", sa.String(20), nullable=False),
        sa.Column("organisatie", sa.String(5)),
        sa.Column("productnummer", sa.String(50)),
        sa.Column("concept_nr", sa.Integer, sa.ForeignKey("recht.nr")),
        sa.Column("concept_versie", sa.Integer),
        sa.Column("laatst_geverifieerd", sa.Date, nullable=False),
        sa.Column("herziening_nodig", sa.Boolean, nullable=False),
        sa.Column("herziening_reden", sa.String(40)),
        sa.Column("bron", sa.String(20), nullable=False),
        sa.Column("bundel_hash", sa.String(64)),
        sa.Column("gepubliceerde_versie", sa.Integer),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        sa.Column("gewijzigd_op", TZ, nullable=False),
        sa.Column("gepubliceerd_op", TZ),
        sa.Column("gearchiveerd_op", TZ),
        sa.UniqueConstraint("soort", "code", name="uq_recht_soort_code"),
    )
    op.create_index("ix_recht_id", "recht", ["id"], unique=True)
    for kolom in ("soort", "code", "status", "niveau", "organisatie", "productnummer", "concept_nr",
                  "laatst_geverifieerd", "herziening_nodig"):  # fmt: skip
        op.create_index(f"ix_recht_{kolom}", "recht", [kolom])

    op.create_table(
        "recht_versie",
        sa.Column("nr", sa.Integer, primary_key=True),
        sa.Column("recht_nr", sa.Integer, sa.ForeignKey("recht.nr", ondelete="CASCADE"), nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("actie", sa.String(30), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("wijzigingen", sa.JSON, nullable=False),
        sa.Column("door", sa.String(200), nullable=False),
        sa.Column("reden", sa.String(1000), nullable=False),
        sa.Column("op", TZ, nullable=False),
        sa.UniqueConstraint("recht_nr", "versie", name="uq_recht_versie"),
    )

    op.create_table(
        "recht_publicatie",
        sa.Column("recht_nr", sa.Integer, sa.ForeignKey("recht.nr", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("code", sa.String(100), nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("naam", sa.String(300), nullable=False),
        sa.Column("naam_sort", sa.String(300), nullable=False),
        sa.Column("niveau", sa.String(20), nullable=False),
        sa.Column("automatisch", sa.Boolean, nullable=False),
        sa.Column("laatst_geverifieerd", sa.Date, nullable=False),
        sa.Column("start", sa.Date),
        sa.Column("einde", sa.Date),
        sa.Column("gewijzigd_op", TZ, nullable=False),
        sa.Column("gepubliceerd_op", TZ, nullable=False),
    )  # fmt: skip
    for kolom in ("code", "naam_sort", "niveau", "einde"):
        op.create_index(f"ix_recht_publicatie_{kolom}", "recht_publicatie", [kolom])

    op.create_table(
        "recht_gebied",
        sa.Column("recht_nr", sa.Integer, sa.ForeignKey("recht_publicatie.recht_nr", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("code", sa.String(10), primary_key=True),
    )  # fmt: skip
    op.create_index("ix_recht_gebied_code", "recht_gebied", ["code", "recht_nr"])

    op.create_table(
        "recht_label",
        sa.Column("recht_nr", sa.Integer, sa.ForeignKey("recht_publicatie.recht_nr", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("soort", sa.String(20), primary_key=True),
        sa.Column("waarde", sa.String(60), primary_key=True),
    )  # fmt: skip
    op.create_index("ix_recht_label_waarde", "recht_label", ["soort", "waarde", "recht_nr"])

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE recht_zoek USING fts5(naam, termen, beschrijving, voorwaarden, tokenize = 'trigram')"
        )
    else:
        op.create_table(
            "recht_zoek",
            sa.Column("recht_nr", sa.Integer, sa.ForeignKey("recht_publicatie.recht_nr", ondelete="CASCADE"),
                      primary_key=True, autoincrement=False),
            sa.Column("naam", sa.Text, nullable=False),
            sa.Column("termen", sa.Text, nullable=False),
            sa.Column("beschrijving", sa.Text, nullable=False),
            sa.Column("voorwaarden", sa.Text, nullable=False),
            sa.Column("alles", sa.Text, nullable=False),
        )  # fmt: skip
        if bind.dialect.name == "postgresql":
            # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Without it the
            # search still works (LIKE without an index), only slower.
            savepoint = bind.begin_nested()
            try:
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                savepoint.commit()
                heeft_trgm = True
            except sa.exc.DBAPIError:
                savepoint.rollback()
                heeft_trgm = False
            if heeft_trgm:
                op.execute("CREATE INDEX ix_recht_zoek_trgm ON recht_zoek USING gin (alles gin_trgm_ops)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS recht_zoek")
    op.drop_table("recht_label")
    op.drop_table("recht_gebied")
    op.drop_table("recht_publicatie")
    op.drop_table("recht_versie")
    op.drop_table("recht")
