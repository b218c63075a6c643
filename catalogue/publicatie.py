"""The public side of a right: writing and removing its published snapshot with the filter and full-text index.

Only instances are published to the public catalogue; a published concept is a template for editors.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, delete

from catalogue.gemeenten import normaliseer
from catalogue.models import Recht, RechtGebied, RechtLabel, RechtPublicatie
from catalogue.zoeken import indexeer, verwijder_index

__all__ = ["gebied_codes", "publiceer_snapshot", "trek_snapshot_in"]


def gebied_codes(record: dict[str, Any]) -> list[str]:
    """Where a right applies: its own codes, or the whole territory of its level (BE; BE2 for Flemish rights)."""
    if record.get("gebied"):
        return list(dict.fromkeys(record["gebied"]))
    return ["BE2"] if record.get("niveau") == "vlaams" else ["BE"]


def _datum(waarde: Any) -> date | None:
    return date.fromisoformat(waarde) if isinstance(waarde, str) else waarde


def publiceer_snapshot(session: Session, rij: Recht, *, op: datetime) -> None:
    """Make the row's current record the public version (replacing an earlier one)."""
    record = rij.record
    pub = session.get(RechtPublicatie, rij.nr)
    if pub is None:
        pub = RechtPublicatie(recht_nr=rij.nr, id=rij.id, code=rij.code, versie=rij.versie, record=record,
                              naam="", naam_sort="", niveau="", laatst_geverifieerd=rij.laatst_geverifieerd,
                              gewijzigd_op=rij.gewijzigd_op, gepubliceerd_op=op)  # fmt: skip
    pub.code = rij.code
    pub.versie = rij.versie
    pub.record = record
    pub.naam = record["naam"]["nl"][:300]
    pub.naam_sort = normaliseer(record["naam"]["nl"])[:300]
    pub.niveau = record["niveau"]
    pub.automatisch = bool(record.get("automatisch"))
    pub.laatst_geverifieerd = _datum(record["laatst_geverifieerd"])
    pub.start = _datum(record.get("start"))
    pub.einde = _datum(record.get("einde"))
    pub.gewijzigd_op = rij.gewijzigd_op
    pub.gepubliceerd_op = op
    session.add(pub)
    session.flush()
    session.exec(delete(RechtGebied).where(RechtGebied.recht_nr == rij.nr))
    session.exec(delete(RechtLabel).where(RechtLabel.recht_nr == rij.nr))
    for code in gebied_codes(record):
        session.add(RechtGebied(recht_nr=rij.nr, code=code))
    labels = {("thema", t) for t in record.get("themas", [])}
    labels |= {("doelgroep", d) for d in record.get("doelgroepen", [])}
    labels |= {("sociale_doelgroep", s) for s in record.get("sociale_doelgroepen", [])}
    for soort, waarde in sorted(labels):
        session.add(RechtLabel(recht_nr=rij.nr, soort=soort, waarde=waarde[:60]))
    indexeer(session, rij.nr, record)
    session.flush()


def trek_snapshot_in(session: Session, rij: Recht) -> None:
    """Remove the right from the public catalogue (archived)."""
    verwijder_index(session, rij.nr)
    session.exec(delete(RechtGebied).where(RechtGebied.recht_nr == rij.nr))
    session.exec(delete(RechtLabel).where(RechtLabel.recht_nr == rij.nr))
    session.exec(delete(RechtPublicatie).where(RechtPublicatie.recht_nr == rij.nr))
    session.flush()
