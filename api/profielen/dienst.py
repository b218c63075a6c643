"""The saved client profiles of an organisation: save, read, change, re-run advice and overview, export, erase,
and purge after the retention period.

Access: the social workers (`maatschappelijk_werker`) of the profile's organisation; for anyone else a profile
does not exist (`ProfielNietGevonden` → 404, the same as an unknown id). Every read, export, erasure and advice is
written to the audit trail with the profile's id and a keyed hash of its content, never the content.

Re-running advice and overview, the history of advices and the export live in `api.profielen.adviezen`.
Retention (`settings.retentie_maanden`, default 12): a profile nobody saved or used for that long is erased with
its history by `opschonen` (command `rechten onderhoud opschonen`, and at every start). *Aanname*: the period runs
from the last use, not from the creation, so a file still being followed up is not lost; the OCMW sets the length.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, select

from api import audit
from api.auth.rollen import mag_profielen
from api.config import Settings
from api.profielen.sleutels import insz_hash, ontsleutel, profiel_hash, versleutel
from catalogue.models import Clientprofiel, Gebruiker, ProfielAdvies
from rechten.insz import controleer_insz
from rechten.profiel import Profiel

__all__ = [
    "Bewaard",
    "ProfielNietGevonden",
    "VersieConflict",
    "als_utc",
    "bewaar",
    "bewaren_tot",
    "eigen_profiel",
    "geopend",
    "grens",
    "lees",
    "lijst",
    "markeer_gebruik",
    "opschonen",
    "wijzig",
    "wis",
    "zoek_op_insz",
]

MAX_LABEL = 100


class ProfielNietGevonden(LookupError):
    """No such profile for this user (whether it does not exist or belongs to another organisation)."""


class VersieConflict(ValueError):
    """The profile changed since the version the change was based on."""


@dataclass(frozen=True)
class Bewaard:
    """A decrypted saved profile."""

    id: str
    label: str
    profiel: dict[str, Any]
    insz_opgegeven: bool
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    laatst_gebruikt_op: datetime
    bewaren_tot: date


def als_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _min_maanden(moment: datetime, maanden: int) -> datetime:
    jaar, maand = divmod(moment.month - 1 - maanden, 12)
    jaar, maand = moment.year + jaar, maand + 1
    dagen = [
        31,
        29 if jaar % 4 == 0 and (jaar % 100 or jaar % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    return moment.replace(year=jaar, month=maand, day=min(moment.day, dagen[maand - 1]))


def grens(settings: Settings, nu: datetime) -> datetime:
    """Profiles last used before this moment are past their retention period."""
    return _min_maanden(nu, settings.retentie_maanden)


def bewaren_tot(settings: Settings, laatst_gebruikt: datetime) -> date:
    return _min_maanden(als_utc(laatst_gebruikt), -settings.retentie_maanden).date()


def _label(label: str) -> str:
    label = (label or "").strip()
    if not label:
        raise ValueError("label: geef een pseudoniem label (bv. een dossiernummer), geen naam")
    if len(label) > MAX_LABEL:
        raise ValueError(f"label: hoogstens {MAX_LABEL} tekens")
    return label


def _inhoud(settings: Settings, rij_id: str, label: str, profiel: Profiel) -> str:
    return versleutel(settings.secret_key, {"label": label, "profiel": profiel.model_dump(mode="json")}, context=rij_id)


def bewaar(
    session: Session, settings: Settings, gebruiker: Gebruiker, *, label: str, insz: str | None, profiel: Profiel
) -> Clientprofiel:
    """Save a profile for the user's organisation. `ValueError` ("veld: melding") for a bad label or INSZ."""
    label = _label(label)
    hash_ = None
    if insz:
        try:
            hash_ = insz_hash(settings.secret_key, controleer_insz(insz))
        except ValueError as exc:
            raise ValueError(f"insz: {exc}") from None
    rij_id = str(uuid.uuid4())
    rij = Clientprofiel(
        id=rij_id,
        organisatie=gebruiker.organisatie,
        aangemaakt_door=gebruiker.id,
        insz_hash=hash_,
        inhoud=_inhoud(settings, rij_id, label, profiel),
    )
    session.add(rij)
    session.flush()
    audit.registreer(
        session,
        "profiel.bewaard",
        gebruiker=gebruiker,
        onderwerp=rij.id,
        insz=hash_ is not None,
        profiel_hash=profiel_hash(settings.secret_key, profiel.model_dump(mode="json")),
    )
    return rij


def eigen_profiel(session: Session, gebruiker: Gebruiker, profiel_id: str) -> Clientprofiel:
    """The profile if it belongs to the user's organisation and the user is a social worker; else not found."""
    try:
        sleutel = str(uuid.UUID(profiel_id))
    except (ValueError, AttributeError, TypeError):
        raise ProfielNietGevonden(profiel_id) from None
    rij = session.exec(select(Clientprofiel).where(Clientprofiel.id == sleutel)).first()
    if rij is None or not mag_profielen(gebruiker) or rij.organisatie != gebruiker.organisatie:
        raise ProfielNietGevonden(profiel_id)
    return rij


def lees(settings: Settings, rij: Clientprofiel) -> Bewaard:
    data = ontsleutel(settings.secret_key, rij.inhoud, context=rij.id)
    return Bewaard(
        rij.id,
        data["label"],
        data["profiel"],
        rij.insz_hash is not None,
        rij.versie,
        als_utc(rij.aangemaakt_op),
        als_utc(rij.gewijzigd_op),
        als_utc(rij.laatst_gebruikt_op),
        bewaren_tot(settings, rij.laatst_gebruikt_op),
    )


def geopend(session: Session, gebruiker: Gebruiker, rij: Clientprofiel) -> None:
    audit.registreer(session, "profiel.geopend", gebruiker=gebruiker, onderwerp=rij.id)


def lijst(session: Session, settings: Settings, gebruiker: Gebruiker) -> list[Bewaard]:
    """The organisation's profiles, most recently used first."""
    if not mag_profielen(gebruiker):
        return []
    rijen = session.exec(
        select(Clientprofiel)
        .where(Clientprofiel.organisatie == gebruiker.organisatie)
        .order_by(Clientprofiel.laatst_gebruikt_op.desc())
    ).all()
    return [lees(settings, r) for r in rijen]


def zoek_op_insz(session: Session, settings: Settings, gebruiker: Gebruiker, insz: str) -> list[Bewaard]:
    """The organisation's profiles saved with this INSZ (`ValueError` for an invalid INSZ)."""
    hash_ = insz_hash(settings.secret_key, controleer_insz(insz))
    rijen = session.exec(
        select(Clientprofiel).where(
            Clientprofiel.organisatie == gebruiker.organisatie, Clientprofiel.insz_hash == hash_
        )
    ).all()
    return [lees(settings, r) for r in rijen if mag_profielen(gebruiker)]


def markeer_gebruik(rij: Clientprofiel, *, gewijzigd: bool = False) -> None:
    moment = datetime.now(UTC)
    rij.laatst_gebruikt_op = moment
    if gewijzigd:
        rij.gewijzigd_op = moment


def wijzig(
    session: Session,
    settings: Settings,
    gebruiker: Gebruiker,
    rij: Clientprofiel,
    *,
    label: str,
    profiel: Profiel,
    versie: int,
) -> None:
    """Replace label and profile (the situation changed); `VersieConflict` when `versie` is stale."""
    if versie != rij.versie:
        raise VersieConflict(f"het profiel werd intussen gewijzigd (versie {rij.versie}, u ging uit van {versie})")
    rij.inhoud = _inhoud(settings, rij.id, _label(label), profiel)
    rij.versie += 1
    markeer_gebruik(rij, gewijzigd=True)
    session.add(rij)
    audit.registreer(
        session,
        "profiel.gewijzigd",
        gebruiker=gebruiker,
        onderwerp=rij.id,
        versie=rij.versie,
        profiel_hash=profiel_hash(settings.secret_key, profiel.model_dump(mode="json")),
    )


def wis(session: Session, gebruiker: Gebruiker, rij: Clientprofiel) -> None:
    """Erase the profile and its history for good (right to erasure); the audit keeps only the fact and the id."""
    session.execute(delete(ProfielAdvies).where(ProfielAdvies.profiel_nr == rij.nr))
    session.delete(rij)
    audit.registreer(session, "profiel.gewist", gebruiker=gebruiker, onderwerp=rij.id)


def opschonen(session: Session, settings: Settings, *, nu: datetime | None = None) -> int:
    """Erase the profiles past their retention period; returns how many (one audit entry per organisation)."""
    nu = nu or datetime.now(UTC)
    oud = session.exec(select(Clientprofiel).where(Clientprofiel.laatst_gebruikt_op < grens(settings, nu))).all()
    per_organisatie: dict[str, list[str]] = {}
    for rij in oud:
        per_organisatie.setdefault(rij.organisatie, []).append(rij.id)
        session.execute(delete(ProfielAdvies).where(ProfielAdvies.profiel_nr == rij.nr))
        session.delete(rij)
    for organisatie, ids in sorted(per_organisatie.items()):
        audit.registreer(
            session,
            "profiel.opgeschoond",
            organisatie=organisatie,
            gebruikersnaam="(bewaartermijn)",
            aantal=len(ids),
            ids=ids,
            retentie_maanden=settings.retentie_maanden,
        )
    return len(oud)
