"""Advice on saved profiles: re-run the leefloon advice or the rights overview (on another peildatum, e.g. after
an indexation), the history of advices given, and the export of everything kept (GDPR access).

The history keeps, per advice, the date, the peildatum, the rule version, a keyed hash of the profile used and the
outcome (encrypted) — not a copy of the profile: the hash shows whether the profile changed since. Each advice is
written to the audit trail with that hash, the outcome and the rule version, never the profile.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, select

from api import audit
from api.config import Settings
from api.profielen.dienst import Bewaard, als_utc, lees, markeer_gebruik
from api.profielen.sleutels import ontsleutel, profiel_hash, versleutel
from catalogue.models import Clientprofiel, Gebruiker, ProfielAdvies
from rechten.profiel import Profiel

__all__ = ["adviseer", "exporteer", "historiek", "overzicht"]


def _profiel_op(bewaard: Bewaard, peildatum: date | None) -> Profiel:
    """The saved profile, on another peildatum if asked (re-validated: `ValidationError` when it no longer fits)."""
    data = dict(bewaard.profiel)
    if peildatum is not None:
        data["peildatum"] = peildatum.isoformat()
    return Profiel.model_validate(data)


def _noteer(session, settings, gebruiker, rij, *, soort, profiel: Profiel, regelversie, resultaat, uitkomst) -> None:
    hash_ = profiel_hash(settings.secret_key, profiel.model_dump(mode="json"))
    session.add(
        ProfielAdvies(
            profiel_nr=rij.nr,
            soort=soort,
            peildatum=profiel.peildatum,
            regelversie=regelversie[:100],
            profiel_hash=hash_,
            door=gebruiker.gebruikersnaam,
            resultaat=versleutel(settings.secret_key, resultaat, context=rij.id),
        )
    )
    markeer_gebruik(rij)
    session.add(rij)
    audit.registreer(
        session,
        "advies.gevraagd" if soort == "leefloon" else "overzicht.gevraagd",
        gebruiker=gebruiker,
        onderwerp=rij.id,
        profiel_hash=hash_,
        uitkomst=uitkomst,
        regelversie=regelversie,
        peildatum=profiel.peildatum.isoformat(),
    )


def adviseer(
    session: Session, settings: Settings, gebruiker: Gebruiker, rij: Clientprofiel, *, peildatum: date | None = None
):
    """The leefloon advice on the saved profile (on `peildatum`, default the profile's own), noted in the history."""
    from rules.leefloon import adviseer as leefloonadvies

    profiel = _profiel_op(lees(settings, rij), peildatum)
    advies = leefloonadvies(profiel)
    bedrag = advies.bedrag
    resultaat = {
        "uitkomst": advies.uitkomst.value,
        "categorie": advies.categorie,
        "bedrag_maand": str(bedrag.maand) if bedrag else None,
        "bedrag_jaar": str(bedrag.jaar) if bedrag else None,
    }
    _noteer(
        session,
        settings,
        gebruiker,
        rij,
        soort="leefloon",
        profiel=profiel,
        regelversie=advies.regelversie,
        resultaat=resultaat,
        uitkomst=advies.uitkomst.value,
    )
    return advies


def overzicht(
    session: Session,
    settings: Settings,
    gebruiker: Gebruiker,
    rij: Clientprofiel,
    *,
    peildatum: date | None = None,
    alles: bool = False,
):
    """The rights overview on the saved profile, noted in the history (which rights, not the profile)."""
    from api.diensten.overzicht import maak_overzicht

    profiel = _profiel_op(lees(settings, rij), peildatum)
    uitkomst = maak_overzicht(session, profiel, alles=alles)
    per_status: dict[str, list[str]] = {}
    for recht in uitkomst.rechten:
        per_status.setdefault(recht.status.value, []).append(recht.code)
    resultaat = {
        "aantallen": dict(uitkomst.aantallen),
        "rechten": per_status,
        "catalogusversie": uitkomst.catalogusversie,
    }
    samenvatting = ", ".join(f"{k}={v}" for k, v in sorted(uitkomst.aantallen.items()))
    _noteer(
        session,
        settings,
        gebruiker,
        rij,
        soort="overzicht",
        profiel=profiel,
        regelversie=uitkomst.regelversie,
        resultaat=resultaat,
        uitkomst=samenvatting,
    )
    return uitkomst


def historiek(settings: Settings, session: Session, rij: Clientprofiel) -> list[dict[str, Any]]:
    """The advices given on this profile, newest first, with whether the profile changed since."""
    regels = session.exec(
        select(ProfielAdvies)
        .where(ProfielAdvies.profiel_nr == rij.nr)
        .order_by(ProfielAdvies.op.desc(), ProfielAdvies.nr.desc())
    ).all()
    nu_per_datum: dict[date, str | None] = {}
    uit = []
    for r in regels:
        resultaat = ontsleutel(settings.secret_key, r.resultaat, context=rij.id)
        # The profile as it is now, on that advice's peildatum: the same hash means the same situation.
        if r.peildatum not in nu_per_datum:
            nu_per_datum[r.peildatum] = _hash_op(settings, rij, r.peildatum)
        uit.append(
            {
                "op": als_utc(r.op).isoformat(),
                "soort": r.soort,
                "peildatum": r.peildatum.isoformat(),
                "regelversie": r.regelversie,
                "door": r.door,
                "profiel_gewijzigd_sinds": r.profiel_hash != nu_per_datum[r.peildatum],
                **resultaat,
            }
        )
    return uit


def _hash_op(settings: Settings, rij: Clientprofiel, peildatum: date) -> str | None:
    try:
        profiel = _profiel_op(lees(settings, rij), peildatum)
    except ValueError:
        return None
    return profiel_hash(settings.secret_key, profiel.model_dump(mode="json"))


def exporteer(session: Session, settings: Settings, gebruiker: Gebruiker, rij: Clientprofiel) -> dict[str, Any]:
    """Everything kept about this profile, as JSON (GDPR access and portability). The INSZ itself is not kept."""
    bewaard = lees(settings, rij)
    audit.registreer(session, "profiel.export", gebruiker=gebruiker, onderwerp=rij.id)
    return {
        "id": bewaard.id,
        "label": bewaard.label,
        "insz_opgegeven": bewaard.insz_opgegeven,
        "profiel": bewaard.profiel,
        "versie": bewaard.versie,
        "organisatie": rij.organisatie,
        "aangemaakt_op": bewaard.aangemaakt_op.isoformat(),
        "gewijzigd_op": bewaard.gewijzigd_op.isoformat(),
        "laatst_gebruikt_op": bewaard.laatst_gebruikt_op.isoformat(),
        "bewaren_tot": bewaard.bewaren_tot.isoformat(),
        "adviezen": historiek(settings, session, rij),
        "geexporteerd_op": datetime.now(UTC).isoformat(),
    }
