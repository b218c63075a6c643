"""The audit trail: who did what when. Append-only: the code has no update or delete path, the ORM refuses
both, and database triggers (migration 0004) refuse them too.

What is written never holds a client's profile: an advice is recorded with a keyed hash of the profile, the
outcome and the rule version; a saved profile by its id.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, DateTime, event
from sqlmodel import Field, SQLModel

from catalogue.models.recht import nu

__all__ = ["AuditAlleenToevoegen", "AuditRegel"]


class AuditAlleenToevoegen(RuntimeError):
    """An attempt to change or remove an audit entry."""


# One event: an actor (user id and name at the time), an action, its subject and details without personal data.
class AuditRegel(SQLModel, table=True):
    __tablename__ = "audit"

    nr: int | None = Field(default=None, primary_key=True)
    op: datetime = Field(default_factory=nu, sa_type=DateTime(timezone=True), index=True)
    gebruiker_id: str | None = Field(default=None, max_length=36)
    gebruikersnaam: str | None = Field(default=None, max_length=100)
    organisatie: str | None = Field(default=None, max_length=5, index=True)
    actie: str = Field(max_length=40, index=True)
    onderwerp: str | None = Field(default=None, max_length=100)
    details: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


@event.listens_for(AuditRegel, "before_update")
def _geen_wijziging(mapper, connection, target) -> None:
    raise AuditAlleenToevoegen("het auditspoor kan niet gewijzigd worden")


@event.listens_for(AuditRegel, "before_delete")
def _geen_verwijdering(mapper, connection, target) -> None:
    raise AuditAlleenToevoegen("het auditspoor kan niet gewist worden")
