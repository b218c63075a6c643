"""A right's history (`/beheer/rechten/{id}/versies`): every version with who, when, why and what changed, one
version in full, and putting an older version back (as a new draft; history is never rewritten). And the
*herziening nodig* page: the field-by-field comparison with the concept and the two ways out (take over the
concept's changes, or confirm the right as it is)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api.auth.deps import PaginaGebruiker, vereis
from api.auth.rollen import mag_catalogus
from api.beheer import catalogus as beheer
from api.beheer.geschiedenis import ACTIES, toon_waarde, veldnaam
from api.beheer.paginas import render_beheer
from api.csrf import vereis_csrf
from api.deps import SessionDep
from api.i18n import N_, gettext
from api.routes.beheer_rechten import eigen_recht_of_404, statusnaam, toon_verouderd
from api.web.jinja import pagina_taal
from catalogue import store
from catalogue.herziening import verschillen

__all__ = ["router"]

router = APIRouter(tags=["personeel"], include_in_schema=False)


def actienaam(actie: str) -> str:
    return gettext(ACTIES.get(actie, actie))


@router.get("/beheer/rechten/{recht_id:uuid}/versies", response_class=HTMLResponse)
def versies(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID):
    """Every version, newest first, with the changed fields."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        lijst = list(reversed(store.versies(session, recht_id=rij.id)))
        return render_beheer(
            request,
            "beheer/versies.html",
            gebruiker,
            {
                "titel": N_("Versies"),
                "rij": rij,
                "versies": lijst,
                "actienaam": actienaam,
                "statusnaam": statusnaam,
                "veldnaam": veldnaam,
                "toon_waarde": toon_waarde,
            },
            actief="/beheer",
        )


@router.get("/beheer/rechten/{recht_id:uuid}/versies/{nummer:int}", response_class=HTMLResponse)
def versie(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID, nummer: int):
    """One version in full, with the button to put it back."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        oud = beheer.versie_record(session, rij, nummer)
        if oud is None:
            raise HTTPException(status_code=404)
        velden = [(veldnaam(k), toon_waarde(k, v)) for k, v in oud.record.items() if v not in (None, [], {})]
        verschil = (
            [
                {
                    "veld": veldnaam(w["veld"]),
                    "oud": toon_waarde(w["veld"], w["oud"]),
                    "nieuw": toon_waarde(w["veld"], w["nieuw"]),
                }
                for w in verschillen(oud.record, rij.record)
                if w["veld"] != "status"
            ]
            if nummer != rij.versie
            else []
        )
        return render_beheer(
            request,
            "beheer/versie.html",
            gebruiker,
            {
                "titel": N_("Versie"),
                "rij": rij,
                "versie": oud,
                "velden": velden,
                "verschil": verschil,
                "actienaam": actienaam,
                "statusnaam": statusnaam,
            },
            actief="/beheer",
        )


@router.post("/beheer/rechten/{recht_id:uuid}/versies/{nummer:int}/herstellen", dependencies=[Depends(vereis_csrf)])
def herstel(
    request: Request,
    session: SessionDep,
    gebruiker: PaginaGebruiker,
    recht_id: uuid.UUID,
    nummer: int,
    versie: Annotated[int, Form(ge=1)],
):
    """The old version's content becomes the new working copy (a draft), based on the version the page showed."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        try:
            beheer.herstel_versie(session, gebruiker, rij, nummer, versie=versie)
        except beheer.NietGevonden:
            raise HTTPException(status_code=404) from None
        except store.VersieConflict as exc:
            return toon_verouderd(request, session, gebruiker, rij, exc)
        session.commit()
        return RedirectResponse(f"/beheer/rechten/{rij.id}?gedaan=hersteld", status_code=303)


@router.get("/beheer/rechten/{recht_id:uuid}/herziening", response_class=HTMLResponse)
def herziening(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID):
    """The three-way comparison: the local right, the concept version it was based on, the concept now."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        try:
            vergelijking = store.vergelijk_met_concept(session, recht_id=rij.id)
        except store.OngeldigeActie:
            vergelijking = None
        rijen = [
            {
                "veld": v.veld,
                "naam": veldnaam(v.veld),
                "instantie": toon_waarde(v.veld, v.instantie),
                "basis": toon_waarde(v.veld, v.basis),
                "concept": toon_waarde(v.veld, v.concept),
                "concept_gewijzigd": v.concept_gewijzigd,
                "lokaal_aangepast": v.lokaal_aangepast,
                "conflict": v.conflict,
            }
            for v in vergelijking or []
        ]
        return render_beheer(
            request,
            "beheer/herziening.html",
            gebruiker,
            {
                "titel": N_("Herziening nodig"),
                "rij": rij,
                "rijen": rijen,
                "gekoppeld": vergelijking is not None,
            },
            actief="/beheer",
        )


@router.post("/beheer/rechten/{recht_id:uuid}/herziening", dependencies=[Depends(vereis_csrf)])
async def herziening_beslis(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID):
    """`actie=overnemen` with the chosen fields, or `actie=bevestigen` (the right stays as it is)."""
    vereis(gebruiker, mag_catalogus)
    form = await request.form()
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        try:
            versie = int(str(form.get("versie", "")))
        except ValueError:
            raise HTTPException(status_code=422, detail=gettext("De versie ontbreekt.")) from None
        actie = str(form.get("actie", ""))
        velden = [str(v) for v in form.getlist("veld")]
        try:
            if actie == "overnemen":
                if not velden:
                    return RedirectResponse(f"/beheer/rechten/{rij.id}/herziening", status_code=303)
                beheer.voer_uit(session, gebruiker, rij, "overnemen", versie=versie, velden=velden)
                gedaan = "overgenomen"
            elif actie == "bevestigen":
                beheer.voer_uit(session, gebruiker, rij, "bevestigen", versie=versie)
                gedaan = "bevestigd"
            else:
                raise HTTPException(status_code=422)
        except store.VersieConflict as exc:
            return toon_verouderd(request, session, gebruiker, rij, exc)
        except store.OngeldigeActie as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from None
        session.commit()
        return RedirectResponse(f"/beheer/rechten/{rij.id}?gedaan={gedaan}", status_code=303)
