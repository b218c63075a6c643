"""Tables of the rights catalogue, after the IPDC-LPDC implementation model: concepts (templates) and instances
(a government's right) in one table, every change as a version, the published snapshot and its search index.

- `Recht`: the working copy of a concept or instance (the full `RechtRecord` as JSON plus the columns the
  workflow and the editor filter on). `versie` is the optimistic-locking counter (a stale one → 409 later).
- `RechtVersie`: one row per change (content or status): who, when, why and the field-level diff.
- `RechtPublicatie`: the published snapshot of an instance, the only thing the public API shows.
- `RechtGebied` / `RechtLabel`: filter index of the published snapshot (areas; themes and target groups).
The full-text index (`recht_zoek`) is dialect-specific (SQLite FTS5 / PostgreSQL trigram) and lives in the
migration and `catalogue.zoeken`, outside the SQLModel metadata.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

__all__ = ["Recht", "RechtGebied", "RechtLabel", "RechtPublicatie", "RechtVersie", "nu"]


def nu() -> datetime:
    """Timezone-aware now in UTC."""
    return datetime.now(UTC)


# The working copy of a concept (template) or an instance (a municipality's or authority's right).
class Recht(SQLModel, table=True):
    __tablename__ = "recht"
    __table_args__ = (UniqueConstraint("soort", "code", name="uq_recht_soort_code"),)

    nr: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=36, unique=True, index=True)  # public uuid4, not guessable
    soort: str = Field(max_length=10, index=True)  # instantie | concept
    code: str = Field(max_length=100, index=True)
    status: str = Field(max_length=20, index=True)  # ontwerp | gepubliceerd | gearchiveerd
    versie: int = 1
    record: dict = Field(sa_column=Column(JSON, nullable=False))
    naam: str = Field(max_length=300)
    niveau: str = Field(max_length=20, index=True)
    organisatie: str | None = Field(default=None, max_length=5, index=True)  # NIS code of the owning municipality
    productnummer: str | None = Field(default=None, max_length=50, index=True)
    concept_nr: int | None = Field(default=None, sa_column=Column(Integer, ForeignKey("recht.nr"), index=True))
    concept_versie: int | None = None  # version of the concept this instance was copied from / last aligned with
    laatst_geverifieerd: date = Field(index=True)
    herziening_nodig: bool = Field(default=False, index=True)
    herziening_reden: str | None = Field(default=None, max_length=40)  # concept-gewijzigd | concept-gearchiveerd
    bron: str = Field(default="redactie", max_length=20)  # bundel | import | redactie
    bundel_hash: str | None = Field(default=None, max_length=64)  # hash of the bundled record last applied
    gepubliceerde_versie: int | None = None
    aangemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    gewijzigd_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    gepubliceerd_op: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    gearchiveerd_op: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


# One version of a right: the full record after the change, and what changed.
class RechtVersie(SQLModel, table=True):
    __tablename__ = "recht_versie"
    __table_args__ = (UniqueConstraint("recht_nr", "versie", name="uq_recht_versie"),)

    nr: int | None = Field(default=None, primary_key=True)
    recht_nr: int = Field(sa_column=Column(Integer, ForeignKey("recht.nr", ondelete="CASCADE"), nullable=False))
    versie: int
    status: str = Field(max_length=20)
    actie: str = Field(max_length=30)  # aangemaakt | gewijzigd | gepubliceerd | gearchiveerd | concept-overgenomen…
    record: dict = Field(sa_column=Column(JSON, nullable=False))
    wijzigingen: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    door: str = Field(max_length=200)
    reden: str = Field(default="", max_length=1000)
    op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))


# The published snapshot of an instance: what the public API and the search show.
class RechtPublicatie(SQLModel, table=True):
    __tablename__ = "recht_publicatie"

    recht_nr: int = Field(
        sa_column=Column(Integer, ForeignKey("recht.nr", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    )
    id: str = Field(max_length=36, unique=True)
    code: str = Field(max_length=100, index=True)
    versie: int
    record: dict = Field(sa_column=Column(JSON, nullable=False))
    naam: str = Field(max_length=300)
    naam_sort: str = Field(max_length=300, index=True)
    niveau: str = Field(max_length=20, index=True)
    automatisch: bool = False
    laatst_geverifieerd: date
    start: date | None = None
    einde: date | None = Field(default=None, index=True)
    gewijzigd_op: datetime = Field(sa_type=DateTime(timezone=True))
    gepubliceerd_op: datetime = Field(sa_type=DateTime(timezone=True))


# Where a published right applies: NIS and NUTS codes ("BE" for federal rights, "BE2" for Flemish ones).
class RechtGebied(SQLModel, table=True):
    __tablename__ = "recht_gebied"
    __table_args__ = (Index("ix_recht_gebied_code", "code", "recht_nr"),)

    recht_nr: int = Field(
        sa_column=Column(Integer, ForeignKey("recht_publicatie.recht_nr", ondelete="CASCADE"), primary_key=True)
    )
    code: str = Field(max_length=10, primary_key=True)


# Themes, target groups and social target groups of a published right, for filtering.
class RechtLabel(SQLModel, table=True):
    __tablename__ = "recht_label"
    __table_args__ = (Index("ix_recht_label_waarde", "soort", "waarde", "recht_nr"),)

    recht_nr: int = Field(
        sa_column=Column(Integer, ForeignKey("recht_publicatie.recht_nr", ondelete="CASCADE"), primary_key=True)
    )
    soort: str = Field(max_length=20, primary_key=True)  # thema | doelgroep | sociale_doelgroep
    waarde: str = Field(max_length=60, primary_key=True)
