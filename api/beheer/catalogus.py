"""Catalogue maintenance with authorisation: a redacteur works on the rights of their own municipality only.

A right belongs to the municipality in its `organisatie` column (the first NIS code of its area). A redacteur of
municipality X sees and changes the instances whose organisation is X or one of the old municipalities merged
into X; everything else does not exist for them (`NietGevonden` → 404, the same answer as for an id that does
not exist, so ids cannot be probed). The platform admin maintains every right, also federal, Flemish and
provincial ones. Each change goes through the store (versions, optimistic locking) and gets an audit entry.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from api import audit
from api.auth.rollen import Rol, mag_catalogus
from api.beheer.validatie import valideer_record
from api.i18n import N_, gettext
from catalogue import store
from catalogue.gemeenten import gemeenten, normaliseer
from catalogue.herziening import is_verouderd
from catalogue.models import Foutmelding, Gebruiker, Recht, RechtPublicatie, RechtVersie
from catalogue.schema import RechtRecord, Status

__all__ = [
    "AAN_TE_VULLEN",
    "AAN_TE_VULLEN_URL",
    "Gebiedsfout",
    "NietGevonden",
    "Onvolledig",
    "Rechtregel",
    "eigen_gebieden",
    "eigen_recht",
    "eigen_rechten",
    "herstel_versie",
    "is_admin",
    "nieuw_ontwerp",
    "onvolledig",
    "versie_record",
    "voer_uit",
    "wijzig",
]

# Placeholders of a new draft made from a name and a description only: a draft may be incomplete, publishing
# it is refused until they are replaced (`onvolledig`).
AAN_TE_VULLEN_URL = "https://aan-te-vullen.invalid/"
AAN_TE_VULLEN = "Nog aan te vullen door de redactie."


class NietGevonden(LookupError):
    """No such right for this user (whether it does not exist or belongs to someone else)."""


class Gebiedsfout(ValueError):
    """The area names a municipality outside the user's own (`veld` = gebied)."""

    veld = "gebied"


def is_admin(gebruiker: Gebruiker) -> bool:
    return Rol.admin in (gebruiker.rollen or ())


def eigen_gebieden(gebruiker: Gebruiker) -> frozenset[str]:
    """The NIS codes whose rights this user maintains: their municipality and the old ones merged into it."""
    return frozenset({gebruiker.organisatie}) | gemeenten().deelgebieden(gebruiker.organisatie, date.max)


def _mag(gebruiker: Gebruiker, rij: Recht) -> bool:
    if not mag_catalogus(gebruiker):
        return False
    if is_admin(gebruiker):
        return True
    return rij.soort == "instantie" and rij.organisatie in eigen_gebieden(gebruiker)


def _registreer(session: Session, actie: str, gebruiker: Gebruiker, rij: Recht, **details: Any) -> None:
    """An audit entry about right `rij`, under its municipality (the user's own for a right without one)."""
    audit.registreer(
        session,
        actie,
        gebruiker=gebruiker,
        organisatie=rij.organisatie or gebruiker.organisatie,
        onderwerp=rij.id,
        code=rij.code,
        **details,
    )


def _uuid(waarde: str) -> str | None:
    try:
        return str(uuid.UUID(waarde))
    except (ValueError, AttributeError, TypeError):
        return None


def eigen_recht(session: Session, gebruiker: Gebruiker, recht_id: str) -> Recht:
    """The right with this id if this user may maintain it; `NietGevonden` otherwise (also for a bad id)."""
    sleutel = _uuid(recht_id)
    rij = session.exec(select(Recht).where(Recht.id == sleutel)).first() if sleutel else None
    if rij is None or not _mag(gebruiker, rij):
        raise NietGevonden(recht_id)
    return rij


@dataclass(frozen=True)
class Rechtregel:
    """One line of the editor's list."""

    rij: Recht
    publiek: bool  # a version is public (maybe an older one than the working copy)
    verouderd: bool
    meldingen: int = 0

    @property
    def ontwerp_wijkt_af(self) -> bool:
        return self.publiek and self.rij.status == Status.ontwerp.value


def eigen_rechten(session: Session, gebruiker: Gebruiker, *, soort: str = "instantie") -> list[Rechtregel]:
    """The rights this user maintains, every status, by name."""
    if not mag_catalogus(gebruiker):
        return []
    query = select(Recht).where(Recht.soort == soort)
    if not is_admin(gebruiker):
        if soort != "instantie":
            return []
        query = query.where(Recht.organisatie.in_(sorted(eigen_gebieden(gebruiker))))
    rijen = session.exec(query).all()
    publiek = set(session.exec(select(RechtPublicatie.recht_nr)).all())
    open_meldingen = dict(
        session.exec(
            select(Foutmelding.recht_nr, func.count())
            .where(Foutmelding.status != "afgehandeld")
            .group_by(Foutmelding.recht_nr)
        ).all()
    )
    regels = [
        Rechtregel(r, r.nr in publiek, is_verouderd(r.laatst_geverifieerd), open_meldingen.get(r.nr, 0)) for r in rijen
    ]
    return sorted(regels, key=lambda r: (normaliseer(r.rij.naam), r.rij.code))


def _controleer_gebied(gebruiker: Gebruiker, record: dict[str, Any]) -> None:
    if is_admin(gebruiker):
        return
    if record.get("niveau") != "lokaal":
        raise Gebiedsfout(gettext("een redacteur van een gemeente beheert alleen lokale rechten (niveau lokaal)"))
    eigen = eigen_gebieden(gebruiker)
    buiten = [c for c in record.get("gebied") or [] if c not in eigen]
    if buiten or not record.get("gebied"):
        naam = gemeenten().naam(gebruiker.organisatie) or gebruiker.organisatie
        raise Gebiedsfout(
            gettext("het gebied mag alleen %(naam)s (%(nis)s) of haar deelgemeenten bevatten")
            % {"naam": naam, "nis": gebruiker.organisatie}
        )


def _code(session: Session, nis: str, naam: str) -> str:
    """A free code from the municipality and the name: `gent-sociaal-restaurant`, `gent-sociaal-restaurant-2`."""
    gemeente = normaliseer(gemeenten().naam(nis) or nis)
    basis = re.sub(r"[^a-z0-9]+", "-", normaliseer(f"{gemeente} {naam}")).strip("-")[:90] or "recht"
    code, n = basis, 1
    while session.exec(select(Recht.nr).where(Recht.soort == "instantie", Recht.code == code)).first():
        n += 1
        code = f"{basis}-{n}"
    return code


def nieuw_ontwerp(session: Session, gebruiker: Gebruiker, data: dict[str, Any]) -> Recht:
    """A new draft for the user's municipality from `data` (at least naam, beschrijving, niveau).

    With `concept` the draft starts as a copy of that concept (LPDC "Voeg toe"); fields in `data` override it.
    Missing fields get the municipality's defaults; the source URL and, without a machine-readable condition,
    its explanation get placeholders that must be filled in before publication.
    Raises `Recordfout`, `Gebiedsfout`, `store.StoreFout`.
    """
    naam_tekst = data.get("naam")
    naam_nl = naam_tekst.get("nl") if isinstance(naam_tekst, dict) else naam_tekst
    gebied = data.get("gebied") if isinstance(data.get("gebied"), list) and data.get("gebied") else None
    nis = next((c for c in gebied or [] if isinstance(c, str) and c.isdigit()), gebruiker.organisatie)
    gemeente = gemeenten().naam(nis) or nis
    basis: dict[str, Any] = {
        "niveau": "lokaal",
        "uitvoerend_niveau": ["lokaal"],
        "bevoegde_overheid": {"naam": f"Lokaal bestuur {gemeente}"},
        "gebied": [nis],
        "themas": ["WelzijnGezondheid"],
        "bron_url": AAN_TE_VULLEN_URL,
        "laatst_geverifieerd": date.today().isoformat(),
    }
    concept_code = data.get("concept")
    if concept_code:
        concept = session.exec(select(Recht).where(Recht.soort == "concept", Recht.code == concept_code)).first()
        if concept is None:
            raise store.StoreFout(f"concept: geen concept met code {concept_code!r}")
        basis.update({k: v for k, v in concept.record.items() if k not in ("status", "gebied", "code")})
        basis["concept"] = concept_code
        basis["bevoegde_overheid"] = {"naam": f"Lokaal bestuur {gemeente}"}
    record = {**basis, **{k: v for k, v in data.items() if v is not None}}
    record["status"] = Status.ontwerp.value
    if record.get("voorwaarde") is None and not record.get("voorwaarde_toelichting"):
        record["voorwaarde_toelichting"] = AAN_TE_VULLEN
    # The code follows the bundled convention: municipality + name (or + the concept's code).
    record.setdefault("code", _code(session, nis, str(naam_nl or concept_code or "recht")))
    _controleer_gebied(gebruiker, record)
    gevalideerd = valideer_record(record)
    if session.exec(select(Recht.nr).where(Recht.soort == "instantie", Recht.code == gevalideerd.code)).first():
        raise store.StoreFout(f"code: er bestaat al een recht met code {gevalideerd.code}")
    store.bewaar_record(session, gevalideerd, door=gebruiker.gebruikersnaam, reden="nieuw ontwerp", bron="redactie")
    rij = session.exec(select(Recht).where(Recht.soort == "instantie", Recht.code == gevalideerd.code)).one()
    _registreer(session, "recht.aangemaakt", gebruiker, rij, concept=concept_code)
    return rij


def wijzig(session: Session, gebruiker: Gebruiker, rij: Recht, record: RechtRecord, *, versie: int, reden: str = ""):
    """Save the editor's working copy (a new draft version); `store.VersieConflict` when `versie` is stale."""
    _controleer_gebied(gebruiker, record.model_dump(mode="json"))
    try:
        info = store.wijzig_record(
            session,
            recht_id=rij.id,
            record=record,
            door=gebruiker.gebruikersnaam,
            reden=reden or "gewijzigd in de redactie",
            verwachte_versie=versie,
        )
    except store.VersieConflict as conflict:
        _registreer(session, "recht.conflict", gebruiker, rij, versie=conflict.verwacht, huidig=conflict.huidig)
        raise
    _registreer(session, "recht.gewijzigd", gebruiker, rij, versie=info.versie)
    return info


def onvolledig(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, Dutch message) for every placeholder that blocks publication."""
    problemen = []
    if str(record.get("bron_url", "")).startswith(AAN_TE_VULLEN_URL.rstrip("/")):
        problemen.append(("bron_url", N_("vul het webadres van de officiële bron in")))
    if record.get("voorwaarde") is None and record.get("voorwaarde_toelichting") == AAN_TE_VULLEN:
        problemen.append(("voorwaarde", N_("stel de voorwaarde op, of leg uit waarom ze niet machineleesbaar is")))
    return problemen


class Onvolledig(ValueError):
    """Publication refused: placeholders remain (`problemen` as in `onvolledig`)."""

    def __init__(self, problemen: list[tuple[str, str]]) -> None:
        self.problemen = problemen
        super().__init__("; ".join(f"{v}: {m}" for v, m in problemen))


_ACTIES = {
    "publiceren": (store.publiceer, "recht.gepubliceerd"),
    "depubliceren": (store.depubliceer, "recht.gedepubliceerd"),
    "archiveren": (store.archiveer, "recht.gearchiveerd"),
    "bevestigen": (store.bevestig_actueel, "recht.actueel_bevestigd"),
}


def voer_uit(session: Session, gebruiker: Gebruiker, rij: Recht, actie: str, *, versie: int | None, **extra):
    """Publish, take offline, archive, verify, take over the concept's changes or confirm as current.

    Raises `store.VersieConflict` (stale `versie`), `store.OngeldigeActie`, `Onvolledig` (publishing a draft with
    placeholders).
    """
    door = gebruiker.gebruikersnaam
    if actie == "publiceren":
        problemen = onvolledig(rij.record)
        if problemen:
            raise Onvolledig(problemen)
    if actie == "verifieren":
        info = store.verifieer(
            session, recht_id=rij.id, door=door, verwachte_versie=versie, opmerking=extra.get("opmerking")
        )
        auditactie = "recht.geverifieerd"
    elif actie == "overnemen":
        info = store.neem_concept_over(
            session, recht_id=rij.id, door=door, velden=extra.get("velden"), verwachte_versie=versie
        )
        auditactie = "recht.concept_overgenomen"
    else:
        functie, auditactie = _ACTIES[actie]
        info = functie(session, recht_id=rij.id, door=door, verwachte_versie=versie)
    _registreer(session, auditactie, gebruiker, rij, versie=info.versie)
    return info


def versie_record(session: Session, rij: Recht, versie: int) -> RechtVersie | None:
    return session.exec(select(RechtVersie).where(RechtVersie.recht_nr == rij.nr, RechtVersie.versie == versie)).first()


def herstel_versie(session: Session, gebruiker: Gebruiker, rij: Recht, oude: int, *, versie: int):
    """Put the content of an earlier version back as a new draft version (history is kept)."""
    oud = versie_record(session, rij, oude)
    if oud is None:
        raise NietGevonden(f"{rij.id} versie {oude}")
    record = RechtRecord.model_validate({**oud.record, "status": Status.ontwerp.value})
    info = wijzig(session, gebruiker, rij, record, versie=versie, reden=f"versie {oude} teruggezet")
    _registreer(session, "recht.hersteld", gebruiker, rij, van=oude, versie=info.versie)
    return info
