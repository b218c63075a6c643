"""Every SQLModel table of the product; importing this package registers them all (Alembic needs that)."""

from catalogue.models.account import Gebruiker, Inlogpoging, Sessie
from catalogue.models.audit import AuditRegel
from catalogue.models.clientprofiel import Clientprofiel, ProfielAdvies
from catalogue.models.foutmelding import Foutmelding
from catalogue.models.recht import Recht, RechtGebied, RechtLabel, RechtPublicatie, RechtVersie
from catalogue.models.systeem import SysteemInstelling

__all__ = [
    "AuditRegel",
    "Clientprofiel",
    "Foutmelding",
    "Gebruiker",
    "Inlogpoging",
    "ProfielAdvies",
    "Recht",
    "RechtGebied",
    "RechtLabel",
    "RechtPublicatie",
    "RechtVersie",
    "Sessie",
    "SysteemInstelling",
]
