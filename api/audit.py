"""Writing and reading the audit trail (who did what when). There is no function to change or remove an entry.

`registreer` adds one entry in the caller's transaction. Details must never hold a client's data: callers pass
ids, codes, outcomes, rule versions and keyed hashes. `lees` gives a page of entries for one organisation (a
beheerder) or for all (admin), newest first, optionally filtered by action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from api.i18n import N_
from catalogue.models import AuditRegel, Gebruiker

__all__ = ["ACTIES", "Auditpagina", "lees", "registreer"]

# Every action written, with its description for the audit page.
ACTIES = {
    "aanmelden.gelukt": N_("aangemeld"),
    "aanmelden.mislukt": N_("aanmelden mislukt"),
    "aanmelden.geblokkeerd": N_("aanmelden geweigerd: te veel pogingen"),
    "afmelden": N_("afgemeld"),
    "token.uitgereikt": N_("API-token uitgereikt"),
    "gebruiker.aangemaakt": N_("gebruiker aangemaakt"),
    "gebruiker.gewijzigd": N_("gebruiker gewijzigd"),
    "gebruiker.wachtwoord": N_("wachtwoord gewijzigd"),
    "recht.aangemaakt": N_("recht aangemaakt"),
    "recht.gewijzigd": N_("recht gewijzigd"),
    "recht.hersteld": N_("oude versie van een recht teruggezet"),
    "recht.gepubliceerd": N_("recht gepubliceerd"),
    "recht.gedepubliceerd": N_("recht offline gehaald"),
    "recht.gearchiveerd": N_("recht gearchiveerd"),
    "recht.geverifieerd": N_("recht nagekeken"),
    "recht.concept_overgenomen": N_("wijzigingen van het concept overgenomen"),
    "recht.actueel_bevestigd": N_("recht bevestigd als actueel"),
    "recht.conflict": N_("wijziging geweigerd: intussen gewijzigd"),
    "melding.behandeld": N_("foutmelding behandeld"),
    "profiel.bewaard": N_("cliëntenprofiel bewaard"),
    "profiel.gewijzigd": N_("cliëntenprofiel gewijzigd"),
    "profiel.geopend": N_("cliëntenprofiel geopend"),
    "profiel.export": N_("cliëntenprofiel geëxporteerd"),
    "profiel.gewist": N_("cliëntenprofiel gewist"),
    "profiel.opgeschoond": N_("cliëntenprofielen gewist na de bewaartermijn"),
    "advies.gevraagd": N_("advies gevraagd"),
    "overzicht.gevraagd": N_("rechtenoverzicht gevraagd"),
}


def registreer(
    session: Session,
    actie: str,
    *,
    gebruiker: Gebruiker | None = None,
    organisatie: str | None = None,
    onderwerp: str | None = None,
    gebruikersnaam: str | None = None,
    **details: Any,
) -> None:
    """Append one entry (committed with the caller's transaction)."""
    if actie not in ACTIES:
        raise ValueError(f"onbekende auditactie {actie!r}")
    session.add(
        AuditRegel(
            op=datetime.now(UTC),
            gebruiker_id=gebruiker.id if gebruiker else None,
            gebruikersnaam=(gebruiker.gebruikersnaam if gebruiker else gebruikersnaam),
            organisatie=organisatie or (gebruiker.organisatie if gebruiker else None),
            actie=actie,
            onderwerp=onderwerp[:100] if onderwerp else None,
            details=details,
        )
    )


@dataclass
class Auditpagina:
    regels: list[AuditRegel]
    totaal: int


def lees(
    session: Session, *, organisatie: str | None, actie: str | None = None, limit: int = 50, offset: int = 0
) -> Auditpagina:
    """Entries of `organisatie` (None: every organisation, for the platform admin), newest first."""
    query = select(AuditRegel)
    telling = select(func.count()).select_from(AuditRegel)
    if organisatie is not None:
        query = query.where(AuditRegel.organisatie == organisatie)
        telling = telling.where(AuditRegel.organisatie == organisatie)
    if actie:
        query = query.where(AuditRegel.actie == actie)
        telling = telling.where(AuditRegel.actie == actie)
    regels = session.exec(query.order_by(AuditRegel.op.desc(), AuditRegel.nr.desc()).limit(limit).offset(offset)).all()
    return Auditpagina(list(regels), session.exec(telling).one())
