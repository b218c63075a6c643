"""Error reports from the public fiche ("Een fout gevonden?"), for the editors of the right's municipality.

A redacteur sees the reports about rights of their own municipality (and its merged old ones); the platform admin
sees all, also those about federal, Flemish and provincial rights (no municipality). Others' reports do not exist
for them (404). Answering is recorded: the answer, who, when; the reporter's optional e-mail address is shown so
the editor can write back (the product sends no e-mail itself).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from api import audit
from api.auth.rollen import mag_catalogus
from api.beheer.catalogus import NietGevonden, eigen_gebieden, is_admin
from api.i18n import N_
from catalogue.models import Foutmelding, Gebruiker, Recht

__all__ = ["STATUSSEN", "Melding", "behandel", "eigen_melding", "meldingen"]

STATUSSEN = {"nieuw": N_("nieuw"), "in_behandeling": N_("in behandeling"), "afgehandeld": N_("afgehandeld")}


@dataclass(frozen=True)
class Melding:
    melding: Foutmelding
    recht: Recht


def _query(gebruiker: Gebruiker):
    query = select(Foutmelding, Recht).join(Recht, Recht.nr == Foutmelding.recht_nr)
    if not is_admin(gebruiker):
        query = query.where(Foutmelding.organisatie.in_(sorted(eigen_gebieden(gebruiker))))
    return query


def meldingen(session: Session, gebruiker: Gebruiker, *, status: str = "", recht_id: str = "") -> list[Melding]:
    """The user's reports, open ones first, newest first."""
    if not mag_catalogus(gebruiker):
        return []
    query = _query(gebruiker)
    if status in STATUSSEN:
        query = query.where(Foutmelding.status == status)
    if recht_id:
        query = query.where(Recht.id == recht_id)
    rijen = session.exec(query.order_by(Foutmelding.aangemaakt_op.desc())).all()
    gesorteerd = sorted(rijen, key=lambda r: r[0].status == "afgehandeld")
    return [Melding(m, r) for m, r in gesorteerd]


def eigen_melding(session: Session, gebruiker: Gebruiker, melding_id: str) -> Melding:
    try:
        sleutel = str(uuid.UUID(melding_id))
    except (ValueError, TypeError, AttributeError):
        raise NietGevonden(melding_id) from None
    gevonden = (
        session.exec(_query(gebruiker).where(Foutmelding.id == sleutel)).first() if mag_catalogus(gebruiker) else None
    )
    if gevonden is None:
        raise NietGevonden(melding_id)
    return Melding(*gevonden)


def behandel(session: Session, gebruiker: Gebruiker, m: Melding, *, status: str, antwoord: str) -> None:
    """Record the answer and the new status."""
    if status not in STATUSSEN:
        raise ValueError(f"status: kies uit {', '.join(STATUSSEN)}")
    melding = m.melding
    melding.status = status
    melding.antwoord = antwoord.strip()[:5000] or melding.antwoord
    melding.behandeld_door = gebruiker.gebruikersnaam
    melding.behandeld_op = datetime.now(UTC)
    session.add(melding)
    audit.registreer(session, "melding.behandeld", gebruiker=gebruiker, onderwerp=melding.id, recht=m.recht.code,
                     status=status)  # fmt: skip
