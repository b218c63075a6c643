"""Error reports on a right ("Een fout gevonden?"): sent from the public fiche, handled by the right's owner."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from catalogue.models.recht import nu

__all__ = ["Foutmelding"]


# A report that something in a right's fiche is wrong or outdated. The reporter's e-mail is optional (only to
# answer them); no other personal data is asked. `organisatie` routes it to the owning municipality's editors
# (NIS code; null for federal/Flemish rights, handled by platform admins).
class Foutmelding(SQLModel, table=True):
    __tablename__ = "foutmelding"

    nr: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=36, unique=True, index=True)  # public uuid4
    recht_nr: int = Field(
        sa_column=Column(Integer, ForeignKey("recht.nr", ondelete="CASCADE"), nullable=False, index=True)
    )
    organisatie: str | None = Field(default=None, max_length=5, index=True)
    veld: str | None = Field(default=None, max_length=100)  # which part of the fiche (optional)
    bericht: str = Field(max_length=5000)
    email: str | None = Field(default=None, max_length=300)
    status: str = Field(default="nieuw", max_length=20, index=True)  # nieuw | in_behandeling | afgehandeld
    antwoord: str | None = Field(default=None, max_length=5000)
    behandeld_door: str | None = Field(default=None, max_length=100)
    aangemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    behandeld_op: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
