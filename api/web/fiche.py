"""The fiche of a right (`/rechten/{id}`): the published record arranged for reading, and the rights linked to it.

Related rights come from the record's own links (`relaties`, and `heeft_recht` inside its condition) and from
the other published rights that point at it, so the fiche of the leefloon also shows the verhoogde
tegemoetkoming that follows from it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, cast
from sqlmodel import Session, select

from api.i18n import N_
from catalogue.gemeenten import gemeenten
from catalogue.herziening import is_verouderd
from catalogue.models import Foutmelding, RechtPublicatie
from catalogue.schema import RechtRecord
from rules.voorwaarden import VoorwaardeFout, Weergave, beschrijf_regels, parse_voorwaarde

__all__ = [
    "ONDERDELEN",
    "Fiche",
    "Verwant",
    "bewaar_foutmelding",
    "lees_fiche",
    "ontvanger",
]

# Parts of a fiche an error report can be about (Foutmelding.veld).
ONDERDELEN = {
    "beschrijving": N_("Beschrijving"),
    "voorwaarden": N_("Voorwaarden"),
    "bedragen": N_("Bedragen"),
    "aanvragen": N_("Aanvragen en documenten"),
    "contact": N_("Contactgegevens"),
    "anders": N_("Iets anders"),
}


@dataclass
class Verwant:
    id: str
    code: str
    naam: dict[str, Any]
    niveau: str
    gebied: list[str]


@dataclass
class Fiche:
    id: str
    recht_nr: int
    record: RechtRecord
    verouderd: bool
    voorwaarde_regels: list[tuple[int, str]]
    bedragen_nu: list[Any]
    bedragen_vroeger: list[Any]
    verwant: dict[str, list[Verwant]] = field(default_factory=dict)
    gebieden: list[str] = field(default_factory=list)  # codes, named in the template

    @property
    def organisatie(self) -> str | None:
        return ontvanger(self.record)


def ontvanger(record: RechtRecord) -> str | None:
    """Who handles error reports: the NIS code of a local right's municipality; None = the platform's admins."""
    if record.niveau.value != "lokaal":
        return None
    return next((c for c in record.gebied if c.isdigit()), None)


def _heeft_recht_codes(voorwaarde: Any) -> set[str]:
    """Codes of the rights a condition chains to (`heeft_recht`), anywhere in its JSON form."""
    codes: set[str] = set()
    if isinstance(voorwaarde, dict):
        for sleutel, waarde in voorwaarde.items():
            if sleutel == "heeft_recht" and isinstance(waarde, str):
                codes.add(waarde)
            else:
                codes |= _heeft_recht_codes(waarde)
    elif isinstance(voorwaarde, list):
        for deel in voorwaarde:
            codes |= _heeft_recht_codes(deel)
    return codes


def _is_uuid(sleutel: str) -> bool:
    try:
        return str(uuid.UUID(sleutel)) == sleutel.lower()
    except ValueError:
        return False


def _publicatie(session: Session, sleutel: str) -> RechtPublicatie | None:
    kolom = RechtPublicatie.id if _is_uuid(sleutel) else RechtPublicatie.code
    return session.exec(select(RechtPublicatie).where(kolom == sleutel)).first()


def _verwant(pub: RechtPublicatie) -> Verwant:
    record = pub.record
    return Verwant(pub.id, pub.code, record["naam"], record["niveau"], record.get("gebied", []))


def _verwante_rechten(session: Session, record: RechtRecord, vandaag: date) -> dict[str, list[Verwant]]:
    eigen = record.code
    uit_voorwaarde = _heeft_recht_codes(record.voorwaarde)
    gezocht = set(record.relaties.geeft_recht_op) | set(record.relaties.vereist) | set(record.relaties.sluit_uit)
    gezocht |= uit_voorwaarde
    per_code = (
        {
            p.code: p
            for p in session.exec(select(RechtPublicatie).where(RechtPublicatie.code.in_(sorted(gezocht)))).all()
        }
        if gezocht
        else {}
    )
    # Rights pointing at this one: a cheap text filter on the JSON first, the exact check in Python after.
    verwijzers = session.exec(
        select(RechtPublicatie).where(
            cast(RechtPublicatie.record, String).like(f'%"{eigen}"%'), RechtPublicatie.code != eigen
        )
    ).all()
    opent = list(record.relaties.geeft_recht_op)
    volgt_uit = sorted(uit_voorwaarde)
    niet_samen = list(record.relaties.sluit_uit)
    for pub in verwijzers:
        if pub.einde is not None and pub.einde < vandaag:
            continue
        relaties = pub.record.get("relaties") or {}
        if eigen in _heeft_recht_codes(pub.record.get("voorwaarde")):
            opent.append(pub.code)
        if eigen in relaties.get("geeft_recht_op", []):
            volgt_uit.append(pub.code)
        if eigen in relaties.get("sluit_uit", []):
            niet_samen.append(pub.code)
        per_code.setdefault(pub.code, pub)

    def lijst(codes: list[str]) -> list[Verwant]:
        gezien, uit = set(), []
        for code in codes:
            pub = per_code.get(code)
            if pub is not None and code not in gezien and (pub.einde is None or pub.einde >= vandaag):
                gezien.add(code)
                uit.append(_verwant(pub))
        # Higher levels first (they apply everywhere), then by name.
        orde = {"europees": 0, "federaal": 1, "vlaams": 2, "provinciaal": 3, "lokaal": 4}
        return sorted(uit, key=lambda v: (orde.get(v.niveau, 5), v.naam.get("nl", "").lower()))

    return {
        "opent": lijst(opent),
        "volgt_uit": lijst(volgt_uit),
        "vereist": lijst(list(record.relaties.vereist)),
        "niet_samen": lijst(niet_samen),
    }


def _regels(session: Session, record: RechtRecord, vandaag: date) -> list[tuple[int, str]]:
    if not record.voorwaarde:
        return []

    def rechtnaam(code: str) -> str | None:
        pub = session.exec(select(RechtPublicatie.naam).where(RechtPublicatie.code == code)).first()
        return pub

    try:
        weergave = Weergave(gebiedsnaam=gemeenten().naam, rechtnaam=rechtnaam, peildatum=vandaag)
        return beschrijf_regels(parse_voorwaarde(record.voorwaarde), weergave)
    except VoorwaardeFout:
        return []


def _bedragen(record: RechtRecord, vandaag: date) -> tuple[list[Any], list[Any]]:
    """Amounts in force (or announced) and earlier ones. An amount is earlier when it ended, or when a later
    amount with the same description, unit and period already started."""
    nu, vroeger = [], []
    for b in record.bedragen:
        opgevolgd = any(
            (a.omschrijving, a.eenheid, a.periode) == (b.omschrijving, b.eenheid, b.periode)
            and b.geldig_vanaf < a.geldig_vanaf <= vandaag
            for a in record.bedragen
        )
        (vroeger if opgevolgd or (b.geldig_tot is not None and b.geldig_tot < vandaag) else nu).append(b)
    vroeger.sort(key=lambda b: b.geldig_vanaf, reverse=True)
    return nu, vroeger


def lees_fiche(session: Session, sleutel: str, *, vandaag: date | None = None) -> Fiche | None:
    """The fiche of the published right with this id (uuid) or code; None when there is none."""
    vandaag = vandaag or date.today()
    pub = _publicatie(session, sleutel)
    if pub is None:
        return None
    record = RechtRecord.model_validate(pub.record)
    nu, vroeger = _bedragen(record, vandaag)
    return Fiche(
        id=pub.id,
        recht_nr=pub.recht_nr,
        record=record,
        verouderd=is_verouderd(record.laatst_geverifieerd, vandaag),
        voorwaarde_regels=_regels(session, record, vandaag),
        bedragen_nu=nu,
        bedragen_vroeger=vroeger,
        verwant=_verwante_rechten(session, record, vandaag),
        gebieden=list(record.gebied),
    )


def bewaar_foutmelding(
    session: Session, fiche: Fiche, *, onderdeel: str | None, bericht: str, email: str | None
) -> str:
    """Store an error report for the right's owner; returns its public id. The caller commits."""
    melding = Foutmelding(
        id=str(uuid.uuid4()),
        recht_nr=fiche.recht_nr,
        organisatie=fiche.organisatie,
        veld=onderdeel,
        bericht=bericht,
        email=email,
    )
    session.add(melding)
    return melding.id
