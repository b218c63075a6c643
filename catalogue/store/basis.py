"""The store's shared parts: errors, the info records, and writing one version of a right (`_schrijf`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import update
from sqlmodel import Session, select

from catalogue.gemeenten import gemeenten
from catalogue.herziening import inhoudelijk_gewijzigd, verschillen
from catalogue.models import Recht, RechtVersie
from catalogue.models.recht import nu
from catalogue.publicatie import publiceer_snapshot, trek_snapshot_in
from catalogue.schema import ConceptRecord, RechtRecord, Status

__all__ = [
    "OnbekendRecht",
    "OngeldigeActie",
    "RechtInfo",
    "StoreFout",
    "VersieConflict",
    "VersieInfo",
    "bekende_gebieden",
]


Resultaat = Literal["aangemaakt", "bijgewerkt", "ongewijzigd"]


class StoreFout(ValueError):
    """A request the store refuses, with a Dutch message."""


class OnbekendRecht(StoreFout, LookupError):
    """No right with that id (or code)."""


class OngeldigeActie(StoreFout):
    """The action does not fit the right's state (e.g. publishing a concept's instance that is archived)."""


class VersieConflict(StoreFout):
    """The right changed since the version the caller based its change on."""

    def __init__(self, verwacht: int, huidig: int) -> None:
        self.verwacht, self.huidig = verwacht, huidig
        super().__init__(f"het recht werd intussen gewijzigd (versie {huidig}, uw wijziging gaat uit van {verwacht})")


@dataclass(frozen=True)
class RechtInfo:
    """Identity and dates of a right (or of its published version, in `publieke_rechten`)."""

    id: str
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    gepubliceerd_op: datetime | None
    code: str = ""
    soort: str = "instantie"
    status: str = Status.ontwerp.value
    herziening_nodig: bool = False
    herziening_reden: str | None = None
    laatst_geverifieerd: date | None = None


@dataclass(frozen=True)
class VersieInfo:
    versie: int
    status: str
    actie: str
    door: str
    reden: str
    op: datetime
    wijzigingen: list[dict[str, Any]]


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; everything is stored in UTC.
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _info(rij: Recht) -> RechtInfo:
    return RechtInfo(
        id=rij.id, versie=rij.versie, aangemaakt_op=_aware(rij.aangemaakt_op), gewijzigd_op=_aware(rij.gewijzigd_op),
        gepubliceerd_op=_aware(rij.gepubliceerd_op), code=rij.code, soort=rij.soort, status=rij.status,
        herziening_nodig=rij.herziening_nodig, herziening_reden=rij.herziening_reden,
        laatst_geverifieerd=rij.laatst_geverifieerd,
    )  # fmt: skip


def _record(rij: Recht) -> RechtRecord:
    klasse = ConceptRecord if rij.soort == "concept" else RechtRecord
    return klasse.model_validate(rij.record)


def _dump(record: RechtRecord) -> dict[str, Any]:
    return record.model_dump(mode="json")


def _rij(session: Session, recht_id: str) -> Recht:
    rij = session.exec(select(Recht).where(Recht.id == recht_id)).first()
    if rij is None:
        raise OnbekendRecht(f"geen recht met id {recht_id}")
    return rij


def _op_code(session: Session, soort: str, code: str) -> Recht | None:
    return session.exec(select(Recht).where(Recht.soort == soort, Recht.code == code)).first()


def _organisatie(record: dict[str, Any]) -> str | None:
    if record.get("niveau") != "lokaal":
        return None
    return next((c for c in record.get("gebied", []) if c.isdigit()), None)


def _kolommen(rij: Recht, record: dict[str, Any]) -> None:
    rij.record = record
    rij.naam = record["naam"]["nl"][:300]
    rij.niveau = record["niveau"]
    rij.organisatie = _organisatie(record)
    rij.productnummer = record.get("productnummer")
    rij.laatst_geverifieerd = date.fromisoformat(record["laatst_geverifieerd"])


def _koppel_concept(session: Session, rij: Recht, record: dict[str, Any]) -> None:
    """Link an instance to the concept named in its record; the concept's current version is its basis."""
    if rij.soort != "instantie":
        return
    code = record.get("concept")
    concept = _op_code(session, "concept", code) if code else None
    nieuw_nr = concept.nr if concept else None
    if nieuw_nr != rij.concept_nr:
        rij.concept_nr = nieuw_nr
        rij.concept_versie = concept.versie if concept else None
        rij.herziening_nodig, rij.herziening_reden = False, None


def _controleer(rij: Recht, verwachte_versie: int | None) -> None:
    if verwachte_versie is not None and verwachte_versie != rij.versie:
        raise VersieConflict(verwachte_versie, rij.versie)


def _schrijf(
    session: Session,
    rij: Recht,
    record: dict[str, Any],
    *,
    status: str,
    actie: str,
    door: str,
    reden: str,
    gewijzigd_op: datetime | None = None,
    nieuw: bool = False,
) -> None:
    """Write the next version of `rij` (content and/or status) and apply its status to the public catalogue."""
    moment = nu()
    record = {**record, "status": status}
    oud = rij.record if not nieuw else None
    vorige_status = None if nieuw else rij.status
    if nieuw:
        rij.versie = 1
        _kolommen(rij, record)
        rij.status = status
        session.add(rij)
        session.flush()
    else:
        # Conditional update: a concurrent writer that got here first makes this one fail instead of overwrite.
        resultaat = session.execute(
            update(Recht)
            .where(Recht.nr == rij.nr, Recht.versie == rij.versie)
            .values(versie=rij.versie + 1)
            .execution_options(synchronize_session=False)
        )
        if resultaat.rowcount != 1:
            session.refresh(rij)
            raise VersieConflict(rij.versie - 1, rij.versie)
        rij.versie += 1
        _kolommen(rij, record)
    if oud is None or inhoudelijk_gewijzigd(verschillen(oud, record)) or gewijzigd_op:
        rij.gewijzigd_op = gewijzigd_op or moment
    _koppel_concept(session, rij, record)
    rij.status = status
    if status == Status.gepubliceerd.value:
        rij.gepubliceerde_versie = rij.versie
        rij.gepubliceerd_op = moment
        rij.gearchiveerd_op = None
    elif status == Status.gearchiveerd.value and vorige_status != status:
        rij.gearchiveerd_op = moment
    session.add(rij)
    session.add(
        RechtVersie(
            recht_nr=rij.nr, versie=rij.versie, status=status, actie=actie, record=record,
            wijzigingen=[] if oud is None else verschillen(oud, record), door=door[:200], reden=reden[:1000], op=moment,
        )
    )  # fmt: skip
    session.flush()
    if rij.soort == "instantie":
        if status == Status.gepubliceerd.value:
            publiceer_snapshot(session, rij, op=moment)
        elif status == Status.gearchiveerd.value:
            trek_snapshot_in(session, rij)
    elif oud is not None:
        _meld_concept_wijziging(session, rij, oud, record)


def _meld_concept_wijziging(session: Session, concept: Recht, oud: dict[str, Any], nieuw: dict[str, Any]) -> None:
    """Flag the instances copied from a concept that changed in substance or was archived."""
    if nieuw["status"] == Status.gearchiveerd.value and oud.get("status") != Status.gearchiveerd.value:
        reden = "concept-gearchiveerd"
    elif inhoudelijk_gewijzigd(verschillen(oud, nieuw)):
        reden = "concept-gewijzigd"
    else:
        return
    for inst in session.exec(select(Recht).where(Recht.concept_nr == concept.nr)).all():
        inst.herziening_nodig, inst.herziening_reden = True, reden
        session.add(inst)
    session.flush()


def bekende_gebieden() -> frozenset[str]:
    """Every NIS code (2019–2025 municipalities) and NUTS code (country, regions, provinces, arrondissements)."""
    register = gemeenten()
    codes = {"BE"}
    for g in register.per_nis.values():
        codes |= {g.nis, g.provincie_nuts, g.gewest_nuts} | ({g.nuts3} if g.nuts3 else set())
    return frozenset(codes)


def _controleer_gebieden(record: dict[str, Any]) -> None:
    """Refuse areas that do not exist (a typo in a NIS code would silently hide the right)."""
    bekend = bekende_gebieden()
    for code in record.get("gebied", []):
        if code not in bekend:
            raise StoreFout(f"gebied: onbekende NIS- of NUTS-code {code!r}")
    for code in sorted(_woont_in_codes(record.get("voorwaarde"))):
        if code not in bekend:
            raise StoreFout(f"voorwaarde: onbekende NIS- of NUTS-code {code!r} in woont_in")


def _woont_in_codes(voorwaarde: Any) -> set[str]:
    if isinstance(voorwaarde, dict):
        codes = set(voorwaarde.get("woont_in", []))
        for waarde in voorwaarde.values():
            codes |= _woont_in_codes(waarde)
        return codes
    if isinstance(voorwaarde, list):
        return set().union(*map(_woont_in_codes, voorwaarde)) if voorwaarde else set()
    return set()


def _record_van(soort: str, data: dict[str, Any]) -> RechtRecord:
    return (ConceptRecord if soort == "concept" else RechtRecord).model_validate(data)
