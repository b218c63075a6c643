"""Saving concepts and instances by code (upsert with versions) and reading them back, public or not."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Required, TypedDict, Unpack

from sqlmodel import Session, select

from catalogue.herziening import verouderd_sinds
from catalogue.models import Recht, RechtPublicatie, RechtVersie
from catalogue.models.recht import nu
from catalogue.schema import ConceptRecord, RechtRecord, Status
from catalogue.store.basis import (
    RechtInfo,
    Resultaat,
    StoreFout,
    VersieInfo,
    _aware,
    _controleer_gebieden,
    _dump,
    _info,
    _op_code,
    _record,
    _rij,
    _schrijf,
)

__all__ = [
    "Opslag",
    "bewaar_concept",
    "bewaar_record",
    "herzieningen",
    "lees_record",
    "publiek_recht",
    "publieke_rechten",
    "verouderde_rechten",
    "versies",
]


class Opslag(TypedDict, total=False):
    """How a right is saved: who and why (required), and for an import the identity and dates it keeps."""

    door: Required[str]
    reden: Required[str]
    id: str | None  # keep this uuid when creating (an export → import round trip is exact)
    aangemaakt_op: datetime | None  # used when creating
    gewijzigd_op: datetime | None
    bron: str  # import (default), redactie, ...


def _bewaar(
    session: Session,
    soort: str,
    record: RechtRecord,
    *,
    door: str,
    reden: str,
    id: str | None = None,
    aangemaakt_op: datetime | None = None,
    gewijzigd_op: datetime | None = None,
    bron: str = "import",
) -> Resultaat:
    nieuw = _dump(record)
    _controleer_gebieden(nieuw)
    rij = _op_code(session, soort, record.code)
    if rij is None:
        recht_id = _nieuw_id(session, id)
        rij = Recht(id=recht_id, soort=soort, code=record.code, status=record.status.value, record=nieuw, naam="",
                    niveau="", laatst_geverifieerd=record.laatst_geverifieerd, bron=bron,
                    aangemaakt_op=aangemaakt_op or nu(), gewijzigd_op=gewijzigd_op or nu())  # fmt: skip
        _schrijf(session, rij, nieuw, status=record.status.value, actie="aangemaakt", door=door, reden=reden,
                 gewijzigd_op=gewijzigd_op, nieuw=True)  # fmt: skip
        if soort == "concept":
            _koppel_wachtende_instanties(session, rij)
        return "aangemaakt"
    if rij.record == nieuw:
        return "ongewijzigd"
    actie = "gewijzigd" if rij.record.get("status") == nieuw["status"] else _actie(nieuw["status"])
    _schrijf(session, rij, nieuw, status=record.status.value, actie=actie, door=door, reden=reden,
             gewijzigd_op=gewijzigd_op)  # fmt: skip
    return "bijgewerkt"


def _actie(status: str) -> str:
    return {"gepubliceerd": "gepubliceerd", "gearchiveerd": "gearchiveerd"}.get(status, "gewijzigd")


def _nieuw_id(session: Session, gevraagd: str | None) -> str:
    if gevraagd is None:
        return str(uuid.uuid4())
    try:
        recht_id = str(uuid.UUID(gevraagd))
    except ValueError:
        raise StoreFout(f"{gevraagd!r} is geen geldige uuid") from None
    if session.exec(select(Recht.nr).where(Recht.id == recht_id)).first() is not None:
        raise StoreFout(f"de id {recht_id} is al in gebruik door een ander recht")
    return recht_id


def _koppel_wachtende_instanties(session: Session, concept: Recht) -> None:
    """Instances saved before their concept existed get linked when it arrives."""
    for inst in session.exec(select(Recht).where(Recht.soort == "instantie", Recht.concept_nr.is_(None))).all():
        if inst.record.get("concept") == concept.code:
            inst.concept_nr, inst.concept_versie = concept.nr, concept.versie
            session.add(inst)
    session.flush()


def bewaar_record(session: Session, record: RechtRecord, **opslag: Unpack[Opslag]) -> Resultaat:
    """Create or update the instance with `record.code`; a new version only when something changed.

    `id`, `aangemaakt_op` (used when creating) and `gewijzigd_op` keep the identity and dates of an imported
    right, so an export → import round trip is exact.
    """
    return _bewaar(session, "instantie", record, **opslag)


def bewaar_concept(session: Session, record: RechtRecord, **opslag: Unpack[Opslag]) -> Resultaat:
    """Like `bewaar_record` for a concept (template); a substantive change flags its instances for review."""
    if not isinstance(record, ConceptRecord):
        record = ConceptRecord.model_validate(_dump(record))
    return _bewaar(session, "concept", record, **opslag)


def lees_record(session: Session, code: str, soort: str | None = None) -> tuple[RechtInfo, RechtRecord] | None:
    """The latest version (also a draft) of the instance with `code`, else the concept with that code."""
    for s in (soort,) if soort else ("instantie", "concept"):
        rij = _op_code(session, s, code)
        if rij is not None:
            return _info(rij), _record(rij)
    return None


def publieke_rechten(session: Session) -> list[tuple[RechtInfo, RechtRecord]]:
    """Every published right: the metadata of its published version and that version's record."""
    rijen = session.exec(
        select(RechtPublicatie, Recht).join(Recht, Recht.nr == RechtPublicatie.recht_nr).order_by(RechtPublicatie.code)
    ).all()
    return [(_publiek_info(pub, rij), RechtRecord.model_validate(pub.record)) for pub, rij in rijen]


def _publiek_info(pub: RechtPublicatie, rij: Recht) -> RechtInfo:
    return RechtInfo(
        id=pub.id, versie=pub.versie, aangemaakt_op=_aware(rij.aangemaakt_op), gewijzigd_op=_aware(pub.gewijzigd_op),
        gepubliceerd_op=_aware(pub.gepubliceerd_op), code=pub.code, status=Status.gepubliceerd.value,
        laatst_geverifieerd=pub.laatst_geverifieerd,
    )  # fmt: skip


def publiek_recht(session: Session, *, sleutel: str) -> tuple[RechtInfo, RechtRecord] | None:
    """The published version of a right by its id (uuid) or its code; None when not public."""
    kolom = RechtPublicatie.id if _is_uuid(sleutel) else RechtPublicatie.code
    gevonden = session.exec(
        select(RechtPublicatie, Recht).join(Recht, Recht.nr == RechtPublicatie.recht_nr).where(kolom == sleutel)
    ).first()
    if gevonden is None:
        return None
    pub, rij = gevonden
    return _publiek_info(pub, rij), RechtRecord.model_validate(pub.record)


def _is_uuid(waarde: str) -> bool:
    try:
        return str(uuid.UUID(waarde)) == waarde.lower()
    except ValueError:
        return False


def versies(session: Session, *, recht_id: str) -> list[VersieInfo]:
    """The history of a right, oldest first."""
    rij = _rij(session, recht_id)
    rijen = session.exec(select(RechtVersie).where(RechtVersie.recht_nr == rij.nr).order_by(RechtVersie.versie))
    return [VersieInfo(v.versie, v.status, v.actie, v.door, v.reden, _aware(v.op), list(v.wijzigingen)) for v in rijen]


def herzieningen(session: Session) -> list[RechtInfo]:
    """Instances whose concept changed or was archived since they were copied or last aligned."""
    rijen = session.exec(select(Recht).where(Recht.herziening_nodig.is_(True)).order_by(Recht.code)).all()
    return [_info(r) for r in rijen]


def verouderde_rechten(session: Session, *, op: date | None = None) -> list[RechtInfo]:
    """Instances (not archived) not verified for 12 months on `op`."""
    grens = verouderd_sinds(op or date.today())
    rijen = session.exec(
        select(Recht)
        .where(Recht.soort == "instantie", Recht.status != Status.gearchiveerd.value)
        .where(Recht.laatst_geverifieerd < grens)
        .order_by(Recht.laatst_geverifieerd, Recht.code)
    ).all()
    return [_info(r) for r in rijen]
