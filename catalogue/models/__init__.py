"""Every SQLModel table of the product; importing this package registers them all (Alembic needs that)."""

from catalogue.models.systeem import SysteemInstelling

__all__ = ["SysteemInstelling"]
