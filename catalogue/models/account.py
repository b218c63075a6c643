"""Staff accounts: users of an organisation (NIS code) with roles, their sessions and tokens, and login attempts.

- `Gebruiker`: one person's account. `organisatie` is the NIS code of the municipality (OCMW/city) they work for;
  `rollen` a list of `maatschappelijk_werker`, `redacteur`, `beheerder`, `admin`. Only an argon2 hash of the
  password is kept.
- `Sessie`: a web session (cookie) or an API bearer token. Only the SHA-256 of the random token is stored, so a
  copy of the database does not let anyone sign in; logging out deletes the row.
- `Inlogpoging`: recent login attempts for throttling (per account name and per IP address); purged after a day.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from catalogue.models.recht import nu

__all__ = ["Gebruiker", "Inlogpoging", "Sessie"]


# A staff member's account.
class Gebruiker(SQLModel, table=True):
    __tablename__ = "gebruiker"

    nr: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=36, unique=True, index=True)  # public uuid4
    gebruikersnaam: str = Field(max_length=100, unique=True, index=True)  # lower case
    organisatie: str = Field(max_length=5, index=True)  # NIS code
    rollen: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    wachtwoord_hash: str = Field(max_length=255)
    actief: bool = True
    aangemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    wachtwoord_gewijzigd_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    laatst_aangemeld_op: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


# A signed-in browser (soort "web") or an API client (soort "api").
class Sessie(SQLModel, table=True):
    __tablename__ = "sessie"

    nr: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)  # sha256 of the token, hex
    gebruiker_nr: int = Field(
        sa_column=Column(Integer, ForeignKey("gebruiker.nr", ondelete="CASCADE"), nullable=False, index=True)
    )
    soort: str = Field(max_length=10)  # web | api
    aangemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    laatst_gebruikt_op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True))
    verloopt_op: datetime = Field(sa_type=DateTime(timezone=True), index=True)


# One login attempt (kept a day, for throttling).
class Inlogpoging(SQLModel, table=True):
    __tablename__ = "inlogpoging"

    nr: int | None = Field(default=None, primary_key=True)
    op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True), index=True)
    gebruikersnaam: str = Field(max_length=100, index=True)
    ip: str = Field(max_length=45, index=True)
    gelukt: bool = False
