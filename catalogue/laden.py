"""Loading the bundled catalogue (concepts and rights under `catalogue/data/`) into the database.

Runs as a start-up hook (after the migrations, when `settings.laad_catalogus`), also for `rechten serve`.

Policy for later starts (documented in the README):
- The bundle's version is the SHA-256 of its files; it is kept in `systeem_instelling` (`catalogus.versie`).
  An unchanged bundle costs one hash and one query.
- A changed bundle updates every bundled record that changed **unless an editor touched it since it was loaded**
  (any new version not written by the loader: content, publication, archiving, verification). Local edits are
  never overwritten; such records are reported (`catalogus.overgeslagen`) so an editor can compare by hand.
- A bundled record that disappeared from the bundle is archived, again only when nobody touched it.
- Rights and concepts created by editors or by an import (other codes) are never touched.
- Invalid bundle files are skipped and reported; the valid ones load. Every record is its own transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from catalogue import store
from catalogue.bundel import BUNDEL_DIR, lees_bundel
from catalogue.concepten import CONCEPTEN_DIR, lees_concepten
from catalogue.models import Recht, SysteemInstelling
from catalogue.models.recht import nu
from catalogue.schema import RechtRecord

__all__ = ["DOOR", "Laadverslag", "bundel_versie", "laad_bij_start", "laad_catalogus", "record_hash"]

DOOR = "gebundelde catalogus"
log = logging.getLogger("rechten.catalogus")


@dataclass
class Laadverslag:
    """What a load did, per record code."""

    versie: str
    acties: Counter = field(default_factory=Counter)  # aangemaakt / bijgewerkt / ongewijzigd / gearchiveerd
    overgeslagen: list[str] = field(default_factory=list)  # locally edited, newer bundled version not applied
    ongeldig: dict[str, list[str]] = field(default_factory=dict)  # file → problems
    mislukt: dict[str, str] = field(default_factory=dict)  # code → database error

    @property
    def geladen(self) -> int:
        return self.acties["aangemaakt"] + self.acties["bijgewerkt"] + self.acties["ongewijzigd"]


def bundel_versie(*mappen: Path) -> str:
    """SHA-256 over the paths and contents of every YAML file in `mappen`."""
    h = hashlib.sha256()
    for map_ in mappen:
        for pad in sorted(map_.rglob("*.yaml")):
            h.update(str(pad.relative_to(map_.parent)).encode())
            h.update(pad.read_bytes())
    return h.hexdigest()


def record_hash(record: dict) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _instelling(session: Session, sleutel: str) -> str | None:
    rij = session.get(SysteemInstelling, sleutel)
    return rij.waarde if rij else None


def _zet(session: Session, sleutel: str, waarde: str) -> None:
    rij = session.get(SysteemInstelling, sleutel) or SysteemInstelling(sleutel=sleutel, waarde="")
    rij.waarde, rij.gewijzigd_op = waarde[:2000], nu()
    session.add(rij)


def _laad_een(session: Session, soort: str, record: RechtRecord, versie: str) -> str:
    """Create or update one bundled record; returns the action (or "overgeslagen")."""
    rij = session.exec(select(Recht).where(Recht.soort == soort, Recht.code == record.code)).first()
    doel = record.model_dump(mode="json")
    nieuwe_hash = record_hash(doel)
    if rij is not None:
        if rij.bundel_hash == nieuwe_hash:
            return "ongewijzigd"
        if rij.bron != "bundel" or record_hash(rij.record) != rij.bundel_hash:
            return "overgeslagen"  # not ours, or an editor changed it since the last load
    bewaar = store.bewaar_concept if soort == "concept" else store.bewaar_record
    actie = bewaar(session, record, door=DOOR, reden=f"gebundelde catalogus {versie[:12]}", bron="bundel")
    rij = rij or session.exec(select(Recht).where(Recht.soort == soort, Recht.code == record.code)).one()
    rij.bron, rij.bundel_hash = "bundel", record_hash(rij.record)
    session.add(rij)
    return actie


def _archiveer_verdwenen(engine: Engine, soort: str, codes: set[str], verslag: Laadverslag) -> None:
    with Session(engine) as session:
        rijen = session.exec(select(Recht).where(Recht.soort == soort, Recht.bron == "bundel")).all()
        weg = [(r.id, r.code) for r in rijen if r.code not in codes and r.status != "gearchiveerd"]
        onaangeroerd = {r.id for r in rijen if record_hash(r.record) == r.bundel_hash}
    for recht_id, code in weg:
        if recht_id not in onaangeroerd:
            verslag.overgeslagen.append(code)
            continue
        with Session(engine) as session:
            store.archiveer(session, recht_id=recht_id, door=DOOR, reden="niet meer in de gebundelde catalogus")
            rij = session.exec(select(Recht).where(Recht.id == recht_id)).one()
            rij.bundel_hash = record_hash(rij.record)
            session.add(rij)
            session.commit()
        verslag.acties["gearchiveerd"] += 1


def laad_catalogus(
    engine: Engine, *, bundel_dir: Path | None = None, concepten_dir: Path | None = None, forceer: bool = False
) -> Laadverslag | None:
    """Load the bundle when it changed since the last load (or always with `forceer`); None when up to date."""
    bundel_dir = bundel_dir or BUNDEL_DIR
    concepten_dir = concepten_dir or CONCEPTEN_DIR
    versie = bundel_versie(concepten_dir, bundel_dir)
    with Session(engine) as session:
        if not forceer and _instelling(session, "catalogus.versie") == versie:
            return None
    verslag = Laadverslag(versie=versie)
    concepten = lees_concepten(concepten_dir)
    bundel = lees_bundel(bundel_dir)
    verslag.ongeldig.update({f"concepten/{k}": v for k, v in concepten.fouten.items()})
    verslag.ongeldig.update({f"rechten/{k}": v for k, v in bundel.fouten.items()})
    rechten = {c: r for c, r in bundel.records.items() if str(bundel.bestanden[c]) not in bundel.fouten}
    for soort, records in (("concept", concepten.records), ("instantie", rechten)):
        for code in sorted(records):
            with Session(engine) as session:
                try:
                    actie = _laad_een(session, soort, records[code], versie)
                    session.commit()
                except Exception as fout:  # one bad record must not stop the others
                    session.rollback()
                    verslag.mislukt[code] = f"{type(fout).__name__}: {fout}"
                    continue
            if actie == "overgeslagen":
                verslag.overgeslagen.append(code)
            else:
                verslag.acties[actie] += 1
        _archiveer_verdwenen(engine, soort, set(records), verslag)
    with Session(engine) as session:
        _zet(session, "catalogus.versie", versie)
        _zet(session, "catalogus.geladen_op", nu().isoformat())
        _zet(session, "catalogus.aantal", str(verslag.geladen))
        _zet(session, "catalogus.overgeslagen", ",".join(sorted(verslag.overgeslagen)))
        session.commit()
    log.info(
        "Gebundelde catalogus %s geladen: %s; %d overgeslagen (lokaal gewijzigd), %d ongeldige bestanden, "
        "%d mislukt",
        versie[:12], dict(verslag.acties), len(verslag.overgeslagen), len(verslag.ongeldig), len(verslag.mislukt),
    )  # fmt: skip
    return verslag


def laad_bij_start(engine: Engine, settings) -> None:
    """Start-up hook: load the bundled catalogue unless the settings say not to."""
    if getattr(settings, "laad_catalogus", True):
        laad_catalogus(engine)
