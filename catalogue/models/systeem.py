"""Small key/value table for facts about the installation itself (e.g. which bundled catalogue is loaded)."""

from datetime import UTC, datetime

from sqlmodel import Field, SQLModel

__all__ = ["SysteemInstelling"]


def nu() -> datetime:
    """Timezone-aware 'now' in UTC (stored timestamps are always UTC)."""
    return datetime.now(UTC)


# A named fact about this installation, e.g. "catalogus.versie".
class SysteemInstelling(SQLModel, table=True):
    __tablename__ = "systeem_instelling"

    sleutel: str = Field(primary_key=True, max_length=100)
    waarde: str = Field(max_length=2000)
    gewijzigd_op: datetime = Field(default_factory=nu)
