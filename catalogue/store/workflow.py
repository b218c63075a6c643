"""The editor's workflow: edit, publish, archive, verify, and keep an instance aligned with its concept."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from catalogue.herziening import Veldvergelijking, drieweg
from catalogue.models import Recht, RechtPublicatie, RechtVersie
from catalogue.publicatie import trek_snapshot_in
from catalogue.schema import RechtRecord, Status
from catalogue.store.basis import (
    OnbekendRecht,
    OngeldigeActie,
    RechtInfo,
    _controleer,
    _controleer_gebieden,
    _dump,
    _info,
    _op_code,
    _record,
    _record_van,
    _rij,
    _schrijf,
)
from catalogue.store.opslaan import bewaar_record

__all__ = [
    "archiveer",
    "bevestig_actueel",
    "depubliceer",
    "maak_instantie",
    "neem_concept_over",
    "publiceer",
    "vergelijk_met_concept",
    "verifieer",
    "wijzig_record",
]


def wijzig_record(
    session: Session, *, recht_id: str, record: RechtRecord, door: str, reden: str, verwachte_versie: int | None
) -> RechtInfo:
    """An editor's change to the working copy: a new draft version (the published one stays public)."""
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    if record.code != rij.code:
        raise OngeldigeActie("de code van een recht kan niet wijzigen; maak een nieuw recht")
    status = Status.ontwerp.value if rij.status != Status.gearchiveerd.value else rij.status
    nieuw = {**_dump(record), "status": status}
    _controleer_gebieden(nieuw)
    if nieuw != rij.record:
        _schrijf(session, rij, nieuw, status=status, actie="gewijzigd", door=door, reden=reden)
    return _info(rij)


def publiceer(
    session: Session, *, recht_id: str, door: str, reden: str = "", verwachte_versie: int | None = None
) -> RechtInfo:
    """Publish the working copy (ontwerp → gepubliceerd); also re-publishes an archived right."""
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    if rij.status == Status.gepubliceerd.value and rij.gepubliceerde_versie == rij.versie:
        return _info(rij)
    _record(rij)  # refuses a stored record that no longer validates
    _schrijf(session, rij, rij.record, status=Status.gepubliceerd.value, actie="gepubliceerd", door=door,
             reden=reden)  # fmt: skip
    return _info(rij)


def depubliceer(
    session: Session, *, recht_id: str, door: str, reden: str = "", verwachte_versie: int | None = None
) -> RechtInfo:
    """Take a right offline without archiving it: the public no longer sees it, the working copy stays a draft."""
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    if session.get(RechtPublicatie, rij.nr) is None:
        raise OngeldigeActie("dit recht is niet gepubliceerd")
    _schrijf(session, rij, rij.record, status=Status.ontwerp.value, actie="gedepubliceerd", door=door, reden=reden)
    trek_snapshot_in(session, rij)
    rij.gepubliceerde_versie, rij.gepubliceerd_op = None, None
    session.add(rij)
    session.flush()
    return _info(rij)


def archiveer(
    session: Session, *, recht_id: str, door: str, reden: str = "", verwachte_versie: int | None = None
) -> RechtInfo:
    """Withdraw a right from the public catalogue (→ gearchiveerd); its history stays."""
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    if rij.status != Status.gearchiveerd.value:
        _schrijf(session, rij, rij.record, status=Status.gearchiveerd.value, actie="gearchiveerd", door=door,
                 reden=reden)  # fmt: skip
    return _info(rij)


def verifieer(
    session: Session,
    *,
    recht_id: str,
    door: str,
    op: date | None = None,
    opmerking: str | None = None,
    verwachte_versie: int | None = None,
) -> RechtInfo:
    """Record that the data were checked against the source on `op` (clears the stale flag).

    A published right whose working copy is the published one is re-published with the new date.
    """
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    record = {**rij.record, "laatst_geverifieerd": (op or date.today()).isoformat()}
    if opmerking is not None:
        record["verificatie_opmerking"] = opmerking or None
    _record_van(rij.soort, record)
    _schrijf(session, rij, record, status=rij.status, actie="geverifieerd", door=door, reden="gegevens nagekeken")
    return _info(rij)


def _concept_en_basis(session: Session, rij: Recht) -> tuple[Recht, dict[str, Any] | None]:
    if rij.soort != "instantie" or rij.concept_nr is None:
        raise OngeldigeActie(f"{rij.code} is niet gekoppeld aan een concept")
    concept = session.get(Recht, rij.concept_nr)
    basis = session.exec(
        select(RechtVersie).where(RechtVersie.recht_nr == rij.concept_nr, RechtVersie.versie == rij.concept_versie)
    ).first()
    return concept, (basis.record if basis else None)


def vergelijk_met_concept(session: Session, *, recht_id: str, alle: bool = False) -> list[Veldvergelijking]:
    """Three-way comparison: the instance, the concept version it was based on, the latest concept."""
    rij = _rij(session, recht_id)
    concept, basis = _concept_en_basis(session, rij)
    return drieweg(rij.record, basis, concept.record, alle=alle)


def neem_concept_over(
    session: Session,
    *,
    recht_id: str,
    door: str,
    velden: list[str] | None = None,
    verwachte_versie: int | None = None,
) -> RechtInfo:
    """Take over the latest concept's value for `velden` (default: every field the concept changed).

    The instance becomes a draft with the new content, aligned with the latest concept (flag cleared).
    """
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    concept, basis = _concept_en_basis(session, rij)
    vergelijking = {v.veld: v for v in drieweg(rij.record, basis, concept.record, alle=True)}
    if velden is None:
        velden = [naam for naam, v in vergelijking.items() if v.concept_gewijzigd]
    onbekend = [v for v in velden if v not in vergelijking]
    if onbekend:
        raise OngeldigeActie(f"geen veld van het concept: {', '.join(onbekend)}")
    record = dict(rij.record)
    for veld in velden:
        record[veld] = vergelijking[veld].concept
    _record_van("instantie", record)
    status = Status.ontwerp.value if record != rij.record else rij.status
    if record != rij.record:
        reden = f"overgenomen uit concept {concept.code} (versie {concept.versie}): {', '.join(velden)}"
        _schrijf(session, rij, record, status=status, actie="concept-overgenomen", door=door, reden=reden)
    rij.concept_versie, rij.herziening_nodig, rij.herziening_reden = concept.versie, False, None
    session.add(rij)
    session.flush()
    return _info(rij)


def bevestig_actueel(session: Session, *, recht_id: str, door: str, verwachte_versie: int | None = None) -> RechtInfo:
    """The editor checked the concept's changes and keeps the instance as it is: the flag goes away."""
    rij = _rij(session, recht_id)
    _controleer(rij, verwachte_versie)
    concept, _ = _concept_en_basis(session, rij)
    rij.concept_versie, rij.herziening_nodig, rij.herziening_reden = concept.versie, False, None
    session.add(rij)
    session.flush()
    return _info(rij)


def maak_instantie(
    session: Session,
    *,
    concept_code: str,
    code: str,
    gebied: list[str],
    door: str,
    aanvullingen: dict[str, Any] | None = None,
) -> RechtInfo:
    """A new draft instance copied from a concept ("Voeg toe" in LPDC), for the municipalities in `gebied`."""
    concept = _op_code(session, "concept", concept_code)
    if concept is None:
        raise OnbekendRecht(f"geen concept met code {concept_code}")
    if _op_code(session, "instantie", code) is not None:
        raise OngeldigeActie(f"er bestaat al een recht met code {code}")
    data = {**concept.record, **(aanvullingen or {}), "code": code, "gebied": gebied, "concept": concept_code,
            "status": Status.ontwerp.value}  # fmt: skip
    record = RechtRecord.model_validate(data)
    bewaar_record(session, record, door=door, reden=f"overgenomen uit concept {concept_code}", bron="redactie")
    rij = _op_code(session, "instantie", code)
    return _info(rij)
