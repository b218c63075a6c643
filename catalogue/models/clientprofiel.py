"""Saved client profiles (cliëntenprofielen) of an organisation, and the history of the advices given on them.

Everything about the client is encrypted at rest (AES-256-GCM, key derived from the secret key; see
`api.profielen.sleutels`): the pseudonymous label and the profile in `inhoud`, the outcome and amount of each
advice in `resultaat`. An INSZ is never stored, only its keyed hash (`insz_hash`) to find the profile again.
Dates, the rule version and the organisation stay readable: they are needed for retention and routing.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, Text
from sqlmodel import Field, SQLModel

from catalogue.models.recht import nu

__all__ = ["Clientprofiel", "ProfielAdvies"]


# A client's profile, saved on purpose by a social worker.
class Clientprofiel(SQLModel, table=True):
    __tablename__ = "clientprofiel"

    nr: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=36, unique=True, index=True)  # public uuid4
    organisatie: str = Field(max_length=5, index=True)  # NIS code: only this organisation's social workers see it
    aangemaakt_door: str = Field(max_length=36)  # user id
    insz_hash: str | None = Field(default=None, max_length=64, index=True)  # HMAC-SHA256, hex
    inhoud: str = Field(sa_column=Column(Text, nullable=False))  # encrypted {"label", "profiel"}
    versie: int = 1
    aangemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    gewijzigd_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    # Retention runs from the last time a social worker saved or used the profile.
    laatst_gebruikt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True), index=True)


# One advice or overview given on a saved profile: when, on which rules, with which result (encrypted).
class ProfielAdvies(SQLModel, table=True):
    __tablename__ = "profiel_advies"

    nr: int | None = Field(default=None, primary_key=True)
    profiel_nr: int = Field(
        sa_column=Column(Integer, ForeignKey("clientprofiel.nr", ondelete="CASCADE"), nullable=False, index=True)
    )
    op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    soort: str = Field(max_length=20)  # leefloon | overzicht
    peildatum: date
    regelversie: str = Field(max_length=100)
    profiel_hash: str = Field(max_length=64)  # keyed hash of the profile used: shows whether it changed since
    door: str = Field(max_length=100)  # user name
    resultaat: str = Field(sa_column=Column(Text, nullable=False))  # encrypted outcome, category, amount…
