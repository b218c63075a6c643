"""Error reports page (`/beheer/meldingen`): list, answer, mark handled."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api.auth.deps import PaginaGebruiker, vereis
from api.auth.rollen import mag_catalogus
from api.beheer.catalogus import NietGevonden
from api.beheer.meldingen import STATUSSEN, behandel, eigen_melding, meldingen
from api.beheer.paginas import render_beheer
from api.csrf import vereis_csrf
from api.deps import SessionDep
from api.i18n import N_, gettext
from api.web.jinja import pagina_taal

__all__ = ["router"]

router = APIRouter(tags=["personeel"], include_in_schema=False)


@router.get("/beheer/meldingen", response_class=HTMLResponse)
def lijst(
    request: Request,
    session: SessionDep,
    gebruiker: PaginaGebruiker,
    status: str = Query("", max_length=20),
    recht: str = Query("", max_length=36),
):
    """The reports about the user's rights, open ones first."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        return render_beheer(
            request,
            "beheer/meldingen.html",
            gebruiker,
            {
                "titel": N_("Foutmeldingen"),
                "meldingen": meldingen(session, gebruiker, status=status, recht_id=recht),
                "status": status,
                "statussen": [(k, gettext(v)) for k, v in STATUSSEN.items()],
                "statusnaam": lambda s: gettext(STATUSSEN.get(s, s)),
            },
            actief="/beheer/meldingen",
        )


@router.post("/beheer/meldingen/{melding_id:uuid}", dependencies=[Depends(vereis_csrf)])
def beantwoord(
    request: Request,
    session: SessionDep,
    gebruiker: PaginaGebruiker,
    melding_id: uuid.UUID,
    status: Annotated[str, Form(max_length=20)],
    antwoord: Annotated[str, Form(max_length=5000)] = "",
):
    """Save the answer and the status."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        try:
            m = eigen_melding(session, gebruiker, str(melding_id))
        except NietGevonden:
            raise HTTPException(status_code=404) from None
        if status not in STATUSSEN:
            raise HTTPException(status_code=422, detail=gettext("Kies een geldige status."))
        behandel(session, gebruiker, m, status=status, antwoord=antwoord)
        session.commit()
        return RedirectResponse(f"/beheer/meldingen?gedaan=melding#melding-{m.melding.id}", status_code=303)
