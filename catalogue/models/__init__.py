"""Every SQLModel table of the product; importing this package registers them all (Alembic needs that)."""

from catalogue.models.foutmelding import Foutmelding
from catalogue.models.recht import Recht, RechtGebied, RechtLabel, RechtPublicatie, RechtVersie
from catalogue.models.systeem import SysteemInstelling

__all__ = ["Foutmelding", "Recht", "RechtGebied", "RechtLabel", "RechtPublicatie", "RechtVersie", "SysteemInstelling"]
