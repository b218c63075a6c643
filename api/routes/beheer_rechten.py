"""Staff pages of the catalogue: the list of own rights (`/beheer`), a new right, and the workflow buttons
(publish, take offline, archive, verified today). Every POST carries the CSRF token and the version the page
showed; someone else's right is a 404 page, like an id that does not exist.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlmodel import select

from api.auth.deps import PaginaGebruiker, vereis
from api.auth.rollen import mag_catalogus
from api.beheer import catalogus as beheer
from api.beheer.paginas import render_beheer
from api.beheer.validatie import Recordfout
from api.csrf import vereis_csrf
from api.deps import SessionDep
from api.i18n import N_, gettext
from api.web.formulier import melding
from api.web.jinja import pagina_taal
from catalogue import store
from catalogue.gemeenten import normaliseer
from catalogue.models import Recht

__all__ = ["ACTIES", "STATUSSEN", "eigen_recht_of_404", "router", "statusnaam", "toon_verouderd"]

router = APIRouter(tags=["personeel"], include_in_schema=False)

STATUSSEN = {"ontwerp": N_("ontwerp"), "gepubliceerd": N_("gepubliceerd"), "gearchiveerd": N_("gearchiveerd")}
ACTIES = {
    "publiceren": "gepubliceerd",
    "depubliceren": "gedepubliceerd",
    "archiveren": "gearchiveerd",
    "verifieren": "geverifieerd",
}


def statusnaam(status: str) -> str:
    return gettext(STATUSSEN.get(status, status))


def eigen_recht_of_404(session, gebruiker, recht_id: str) -> Recht:
    try:
        return beheer.eigen_recht(session, gebruiker, recht_id)
    except beheer.NietGevonden:
        raise HTTPException(status_code=404, detail=gettext("Geen recht met deze id in uw beheer.")) from None


def toon_verouderd(request: Request, session, gebruiker, rij: Recht, conflict: store.VersieConflict):
    """The 409 page for a button pressed on a page that is out of date: someone changed the right since then.
    The session is committed first, so an audit entry of the conflict is kept."""
    session.commit()
    return render_beheer(
        request,
        "beheer/verouderd.html",
        gebruiker,
        {"titel": N_("Intussen gewijzigd"), "rij": rij, "huidig": conflict.huidig, "verwacht": conflict.verwacht},
        actief="/beheer",
        status_code=409,
    )


@router.get("/beheer", response_class=HTMLResponse)
def rechtenlijst(
    request: Request,
    session: SessionDep,
    gebruiker: PaginaGebruiker,
    q: str = Query("", max_length=200),
    status: str = Query("", max_length=20),
    aandacht: str = Query("", max_length=20),
):
    """The rights the user maintains, with status and the flags that need attention."""
    with pagina_taal(request):
        if not mag_catalogus(gebruiker):
            return render_beheer(request, "beheer/start.html", gebruiker, {"titel": N_("Werkruimte")})
        regels = beheer.eigen_rechten(session, gebruiker)
        if q:
            zoek = normaliseer(q)
            regels = [r for r in regels if zoek in normaliseer(r.rij.naam) or zoek in r.rij.code]
        if status in STATUSSEN:
            regels = [r for r in regels if r.rij.status == status]
        if aandacht == "verouderd":
            regels = [r for r in regels if r.verouderd]
        elif aandacht == "herziening":
            regels = [r for r in regels if r.rij.herziening_nodig]
        elif aandacht == "meldingen":
            regels = [r for r in regels if r.meldingen]
        return render_beheer(
            request,
            "beheer/rechten.html",
            gebruiker,
            {
                "titel": N_("Rechten in uw beheer"),
                "regels": regels,
                "q": q,
                "status": status,
                "aandacht": aandacht,
                "statussen": [(k, gettext(v)) for k, v in STATUSSEN.items()],
                "statusnaam": statusnaam,
            },
            actief="/beheer",
        )


def _concepten(session) -> list[tuple[str, str]]:
    rijen = session.exec(select(Recht).where(Recht.soort == "concept", Recht.status != "gearchiveerd")).all()
    return sorted(((r.code, r.naam) for r in rijen), key=lambda c: normaliseer(c[1]))


def _nieuw(request, session, gebruiker, waarden: dict, fouten: dict, status_code: int = 200):
    return render_beheer(
        request,
        "beheer/nieuw.html",
        gebruiker,
        {
            "titel": N_("Nieuw recht"),
            "concepten": _concepten(session),
            "waarden": waarden,
            "fouten": fouten,
            "admin": beheer.is_admin(gebruiker),
        },
        actief="/beheer",
        status_code=status_code,
    )


@router.get("/beheer/rechten/nieuw", response_class=HTMLResponse)
def nieuw_formulier(request: Request, session: SessionDep, gebruiker: PaginaGebruiker):
    """Start a right from a concept (template) or from scratch."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        return _nieuw(request, session, gebruiker, {"gebied": gebruiker.organisatie}, {})


@router.post("/beheer/rechten/nieuw", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
def nieuw(
    request: Request,
    session: SessionDep,
    gebruiker: PaginaGebruiker,
    naam: Annotated[str, Form(max_length=300)] = "",
    beschrijving: Annotated[str, Form(max_length=20_000)] = "",
    concept: Annotated[str, Form(max_length=100)] = "",
    gebied: Annotated[str, Form(max_length=5)] = "",
):
    """Create the draft and open it in the editor."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        waarden = {"naam": naam, "beschrijving": beschrijving, "concept": concept, "gebied": gebied}
        data: dict = {"niveau": "lokaal", "concept": concept or None}
        if naam.strip():
            data["naam"] = naam.strip()
        if beschrijving.strip():
            data["beschrijving"] = beschrijving.strip()
        if beheer.is_admin(gebruiker) and gebied.strip():
            data["gebied"] = [gebied.strip()]
        fouten: dict[str, str] = {}
        if not concept and not naam.strip():
            fouten["naam"] = gettext("Geef een naam, of kies een concept.")
        if not concept and not beschrijving.strip():
            fouten["beschrijving"] = gettext("Beschrijf het recht in een paar zinnen, of kies een concept.")
        if not fouten:
            try:
                rij = beheer.nieuw_ontwerp(session, gebruiker, data)
            except Recordfout as exc:
                for err in exc.fouten:
                    veld = str((err.get("loc") or ("naam",))[0])
                    fouten.setdefault(veld if veld in waarden else "naam", melding(err))
            except beheer.Gebiedsfout as exc:
                fouten["gebied"] = str(exc)
            except store.StoreFout as exc:
                veld, _, tekst = str(exc).partition(": ")
                fouten[veld if veld in waarden else "naam"] = tekst or str(exc)
            else:
                session.commit()
                return RedirectResponse(f"/beheer/rechten/{rij.id}?gedaan=aangemaakt", status_code=303)
        return _nieuw(request, session, gebruiker, waarden, fouten, status_code=422)


def _workflow(request: Request, session, gebruiker, recht_id: str, actie: str, versie: int):
    """Publish, take offline, archive or mark as verified, based on the version the page showed."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, recht_id)
        try:
            beheer.voer_uit(session, gebruiker, rij, actie, versie=versie)
        except store.VersieConflict as exc:
            return toon_verouderd(request, session, gebruiker, rij, exc)
        except beheer.Onvolledig as exc:
            from api.routes.beheer_editor import toon_editor

            problemen = {
                veld if veld != "voorwaarde" else "voorwaarde_toelichting": gettext(
                    "Vul dit aan voor u publiceert: %(wat)s"
                )
                % {"wat": tekst}
                for veld, tekst in exc.problemen
            }
            return toon_editor(request, session, gebruiker, rij, fouten=problemen, status_code=422)
        except store.OngeldigeActie as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from None
        session.commit()
        return RedirectResponse(f"/beheer/rechten/{rij.id}?gedaan={ACTIES[actie]}", status_code=303)


def _workflowroute(actie: str):
    def route(
        request: Request,
        session: SessionDep,
        gebruiker: PaginaGebruiker,
        recht_id: uuid.UUID,
        versie: Annotated[int, Form(ge=1)],
    ):
        return _workflow(request, session, gebruiker, str(recht_id), actie, versie)

    route.__name__ = f"workflow_{actie}"
    return route


for _actie in ACTIES:
    router.add_api_route(
        f"/beheer/rechten/{{recht_id:uuid}}/{_actie}",
        _workflowroute(_actie),
        methods=["POST"],
        response_class=HTMLResponse,
        dependencies=[Depends(vereis_csrf)],
        include_in_schema=False,
    )
