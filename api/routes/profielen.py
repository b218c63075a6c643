"""Saved client profiles over HTTP (CONTRACT.md §7): bearer token, role maatschappelijk_werker, own organisation.

Another organisation's profile answers 404 exactly like an unknown id. Answers with personal data are sent with
`Cache-Control: no-store`. An INSZ never travels in a URL (URLs end up in access logs): search is a POST.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from api.auth.deps import ApiGebruiker, vereis
from api.auth.rollen import mag_profielen
from api.deps import SessionDep, SettingsDep
from api.profielen import adviezen, dienst
from rechten.insz import controleer_insz
from rechten.profiel import Profiel

router = APIRouter(prefix="/api/v1/profielen", tags=["cliëntenprofielen"])

GEEN_CACHE = {"Cache-Control": "no-store"}
ANTWOORDEN: dict[int | str, dict[str, Any]] = {
    401: {"description": "Geen of een ongeldig bearer-token."},
    403: {"description": "Alleen maatschappelijk werkers bewaren en lezen cliëntenprofielen."},
    404: {"description": "Geen profiel met deze id in uw organisatie."},
}


class ProfielInvoer(BaseModel):
    """A profile to save: a pseudonymous label (a file number, not a name), optionally the INSZ, the profile."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1, max_length=dienst.MAX_LABEL, description="Pseudoniem label, bv. dossiernummer.")
    insz: str | None = Field(None, max_length=20, description="Optioneel; alleen een sleutel-hash wordt bewaard.")
    profiel: Profiel

    @field_validator("insz")
    @classmethod
    def _insz(cls, waarde: str | None) -> str | None:
        return controleer_insz(waarde) if waarde else None


class ProfielWijziging(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1, max_length=dienst.MAX_LABEL)
    profiel: Profiel
    versie: int = Field(ge=1, description="De versie waarop de wijziging gebaseerd is.")


class InszZoekvraag(BaseModel):
    model_config = ConfigDict(extra="forbid")

    insz: str = Field(max_length=20)

    @field_validator("insz")
    @classmethod
    def _insz(cls, waarde: str) -> str:
        return controleer_insz(waarde)


def _profiel(session, gebruiker, profiel_id: str):
    vereis(gebruiker, mag_profielen)
    try:
        return dienst.eigen_profiel(session, gebruiker, profiel_id)
    except dienst.ProfielNietGevonden:
        raise HTTPException(status_code=404, detail="Geen profiel met deze id in uw organisatie.") from None


def _kort(b: dienst.Bewaard) -> dict[str, Any]:
    return {
        "id": b.id,
        "label": b.label,
        "insz_opgegeven": b.insz_opgegeven,
        "versie": b.versie,
        "aangemaakt_op": b.aangemaakt_op.isoformat(),
        "laatst_gebruikt_op": b.laatst_gebruikt_op.isoformat(),
        "bewaren_tot": b.bewaren_tot.isoformat(),
    }


def _profielfout(exc: ValidationError) -> RequestValidationError:
    return RequestValidationError([{**e, "loc": ("body", "profiel", *e.get("loc", ()))} for e in exc.errors()])


@router.post("", status_code=201, responses={**ANTWOORDEN, 422: {"description": "Ongeldig label, INSZ of profiel."}})
def bewaar(session: SessionDep, settings: SettingsDep, gebruiker: ApiGebruiker, invoer: ProfielInvoer) -> Response:
    """Bewaar een cliëntenprofiel voor uw organisatie; antwoordt met zijn `id`."""
    vereis(gebruiker, mag_profielen)
    rij = dienst.bewaar(session, settings, gebruiker, label=invoer.label, insz=invoer.insz, profiel=invoer.profiel)
    session.commit()
    return JSONResponse(
        {"id": rij.id}, status_code=201, headers={**GEEN_CACHE, "Location": f"/api/v1/profielen/{rij.id}"}
    )


@router.get("", responses=ANTWOORDEN)
def lijst(session: SessionDep, settings: SettingsDep, gebruiker: ApiGebruiker) -> Response:
    """De bewaarde profielen van uw organisatie (label, datums, bewaartermijn), laatst gebruikt eerst."""
    vereis(gebruiker, mag_profielen)
    items = [_kort(b) for b in dienst.lijst(session, settings, gebruiker)]
    return JSONResponse({"items": items, "totaal": len(items)}, headers=GEEN_CACHE)


@router.post("/zoeken", responses=ANTWOORDEN)
def zoek(session: SessionDep, settings: SettingsDep, gebruiker: ApiGebruiker, vraag: InszZoekvraag) -> Response:
    """Zoek de profielen die met dit INSZ bewaard werden (het INSZ staat in de body, nooit in het adres)."""
    vereis(gebruiker, mag_profielen)
    items = [_kort(b) for b in dienst.zoek_op_insz(session, settings, gebruiker, vraag.insz)]
    return JSONResponse({"items": items, "totaal": len(items)}, headers=GEEN_CACHE)


@router.get("/{profiel_id}", responses=ANTWOORDEN)
def lees(session: SessionDep, settings: SettingsDep, gebruiker: ApiGebruiker, profiel_id: str) -> Response:
    """Het profiel, met de geschiedenis van de gegeven adviezen (uitkomst, bedrag, regelversie, datum)."""
    rij = _profiel(session, gebruiker, profiel_id)
    bewaard = dienst.lees(settings, rij)
    dienst.geopend(session, gebruiker, rij)
    antwoord = {
        **_kort(bewaard),
        "profiel": bewaard.profiel,
        "gewijzigd_op": bewaard.gewijzigd_op.isoformat(),
        "adviezen": adviezen.historiek(settings, session, rij),
    }
    session.commit()
    return JSONResponse(antwoord, headers=GEEN_CACHE)


@router.put("/{profiel_id}", responses={**ANTWOORDEN, 409: {"description": "Intussen gewijzigd."}})
def wijzig(
    session: SessionDep, settings: SettingsDep, gebruiker: ApiGebruiker, profiel_id: str, wijziging: ProfielWijziging
) -> Response:
    """Vervang label en profiel (de situatie veranderde); `versie` is de versie waarop u verderwerkte."""
    rij = _profiel(session, gebruiker, profiel_id)
    try:
        dienst.wijzig(
            session, settings, gebruiker, rij, label=wijziging.label, profiel=wijziging.profiel, versie=wijziging.versie
        )
    except dienst.VersieConflict as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    session.commit()
    return JSONResponse(_kort(dienst.lees(settings, rij)), headers=GEEN_CACHE)


@router.get("/{profiel_id}/export", responses=ANTWOORDEN)
def exporteer(session: SessionDep, settings: SettingsDep, gebruiker: ApiGebruiker, profiel_id: str) -> Response:
    """Alles wat over dit profiel bewaard wordt, als JSON-bestand (inzage en overdraagbaarheid)."""
    rij = _profiel(session, gebruiker, profiel_id)
    data = adviezen.exporteer(session, settings, gebruiker, rij)
    session.commit()
    return JSONResponse(
        data, headers={**GEEN_CACHE, "Content-Disposition": f'attachment; filename="profiel-{rij.id}.json"'}
    )


@router.delete("/{profiel_id}", status_code=204, responses=ANTWOORDEN)
def wis(session: SessionDep, gebruiker: ApiGebruiker, profiel_id: str) -> Response:
    """Wis het profiel en zijn adviesgeschiedenis definitief."""
    rij = _profiel(session, gebruiker, profiel_id)
    dienst.wis(session, gebruiker, rij)
    session.commit()
    return Response(status_code=204)


@router.post("/{profiel_id}/advies", responses=ANTWOORDEN)
def advies(
    session: SessionDep,
    settings: SettingsDep,
    gebruiker: ApiGebruiker,
    profiel_id: str,
    peildatum: date | None = Query(None, description="Andere peildatum, bv. vandaag na een indexering."),
) -> Response:
    """Leefloonadvies op het bewaarde profiel (opnieuw, bv. na een indexering); komt in de geschiedenis."""
    rij = _profiel(session, gebruiker, profiel_id)
    try:
        uitkomst = adviezen.adviseer(session, settings, gebruiker, rij, peildatum=peildatum)
    except ValidationError as exc:
        raise _profielfout(exc) from None
    session.commit()
    return Response(uitkomst.model_dump_json(), media_type="application/json", headers=GEEN_CACHE)


@router.post("/{profiel_id}/overzicht", responses=ANTWOORDEN)
def overzicht(
    session: SessionDep,
    settings: SettingsDep,
    gebruiker: ApiGebruiker,
    profiel_id: str,
    peildatum: date | None = Query(None),
    alles: bool = Query(False),
) -> Response:
    """Rechtenoverzicht op het bewaarde profiel; komt in de geschiedenis."""
    rij = _profiel(session, gebruiker, profiel_id)
    try:
        uitkomst = adviezen.overzicht(session, settings, gebruiker, rij, peildatum=peildatum, alles=alles)
    except ValidationError as exc:
        raise _profielfout(exc) from None
    session.commit()
    return Response(uitkomst.model_dump_json(), media_type="application/json", headers=GEEN_CACHE)
