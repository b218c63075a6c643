"""Web pages of the rights catalogue: search and browse (`/rechten`), the fiche (`/rechten/{id}`) and its
"report an error" form (`POST /rechten/{id}/fout`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse

from api.csrf import vereis_csrf
from api.deps import SessionDep
from api.i18n import N_, gettext
from api.routes.paginas import Taal
from api.templating import render
from api.web.fiche import ONDERDELEN, bewaar_foutmelding, lees_fiche
from api.web.jinja import pagina_taal
from api.web.zoeken import PER_PAGINA, gemeente_naam, kies_gemeente, paginering, query_zonder, tellingen
from catalogue.gemeenten import gemeenten
from catalogue.schema import Bestuursniveau, Doelgroep, Thema
from catalogue.zoeken import zoek, zoekgebied

__all__ = ["router"]

router = APIRouter(tags=["paginas"], include_in_schema=False)

SOCIALE_DOELGROEP = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
Sleutel = Annotated[str, Path(max_length=100)]


@router.api_route("/rechten", methods=["GET", "HEAD"], response_class=HTMLResponse)
def rechten(
    request: Request,
    session: SessionDep,
    taal: Taal | None = Query(None),
    q: str = Query("", max_length=200),
    gemeente: str = Query("", max_length=100),
    thema: str = Query("", max_length=60),
    doelgroep: str = Query("", max_length=60),
    sociale_doelgroep: str = Query("", max_length=60),
    niveau: list[Bestuursniveau] = Query([]),
    pagina: int = Query(1, ge=1, le=10_000),
):
    """Search and browse the published rights, with filters, totals and paging."""
    # The filter form sends empty selects as `thema=`: empty means "all", anything else must be a known code.
    thema = _code(Thema, "thema", thema)
    doelgroep = _code(Doelgroep, "doelgroep", doelgroep)
    if sociale_doelgroep and not re.match(SOCIALE_DOELGROEP, sociale_doelgroep):
        raise _ongeldig("sociale_doelgroep", sociale_doelgroep)
    sociale_doelgroep = sociale_doelgroep or None
    with pagina_taal(request):
        vandaag = date.today()
        keuze = kies_gemeente(gemeente, vandaag)
        gebieden = zoekgebied(keuze.gemeente.nis, vandaag) if keuze.gemeente else None
        # An unresolved municipality must not silently widen the search to the whole country.
        zoeken = not (keuze.fout or keuze.kandidaten)
        treffers, totaal = [], 0
        if zoeken:
            treffers, totaal = zoek(
                session, q=q or None, gebieden=gebieden, themas=[thema.value] if thema else [],
                doelgroepen=[doelgroep.value] if doelgroep else [],
                sociale_doelgroepen=[sociale_doelgroep] if sociale_doelgroep else [],
                niveaus=[n.value for n in niveau], peildatum=vandaag, limit=PER_PAGINA,
                offset=(pagina - 1) * PER_PAGINA,
            )  # fmt: skip
        waarden = {
            "q": q, "gemeente": gemeente, "thema": thema.value if thema else "",
            "doelgroep": doelgroep.value if doelgroep else "", "sociale_doelgroep": sociale_doelgroep or "",
        }  # fmt: skip
        query = {k: v for k, v in waarden.items() if v}
        if niveau:
            query["niveau"] = [n.value for n in niveau]
        if taal:
            query["taal"] = taal.value
        return render(
            request,
            "rechten/zoeken.html",
            {
                "titel": N_("Rechten zoeken"),
                "waarden": waarden,
                "niveaus": [n.value for n in niveau],
                "fouten": {"gemeente": gettext(keuze.fout)} if keuze.fout else {},
                "keuze": keuze,
                "gemeente_naam": gemeente_naam,
                "treffers": treffers,
                "pages": paginering(totaal, pagina, PER_PAGINA),
                "gefilterd": bool(query.keys() - {"taal"}),
                "zoeken": zoeken,
                "tellingen": tellingen(session, vandaag, gebieden) if zoeken else {},
                "url": lambda **kw: "/rechten?" + urlencode(query_zonder(query, "pagina", **kw), doseq=True),
                "pagina_url": lambda n: "/rechten?" + urlencode({**query, "pagina": n}, doseq=True),
                "register": gemeenten(),
            },
        )


def _ongeldig(veld: str, waarde: str) -> RequestValidationError:
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", veld), "msg": "onbekende waarde", "input": waarde,
          "ctx": {"error": f"onbekende waarde {waarde!r}"}}]
    )  # fmt: skip


def _code(lijst, veld: str, waarde: str):
    if not waarde:
        return None
    try:
        return lijst(waarde)
    except ValueError:
        raise _ongeldig(veld, waarde) from None


def _fiche_pagina(request: Request, session, sleutel: str, *, waarden=None, fouten=None, status_code: int = 200):
    fiche = lees_fiche(session, sleutel)
    if fiche is None:
        raise HTTPException(status_code=404, detail=gettext("Geen gepubliceerd recht met deze id."))
    return render(
        request,
        "rechten/fiche.html",
        {
            "titel": fiche.record.naam.nl,
            "fiche": fiche,
            "r": fiche.record,
            "register": gemeenten(),
            "onderdelen": [(k, gettext(v)) for k, v in ONDERDELEN.items()],
            "waarden": waarden or {},
            "fouten": fouten or {},
            "verstuurd": request.query_params.get("melding") == "verstuurd",
            "vandaag": date.today(),
        },
        status_code=status_code,
    )


@router.api_route("/rechten/{sleutel}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def fiche(request: Request, session: SessionDep, sleutel: Sleutel, taal: Taal | None = Query(None)):
    """The fiche of one published right (by id or code)."""
    with pagina_taal(request):
        return _fiche_pagina(request, session, sleutel)


@router.get("/rechten/{sleutel}/fout", response_class=HTMLResponse)
def fout_melden_get(sleutel: Sleutel, taal: Taal | None = Query(None)):
    """The report form lives on the fiche (a language switch after a failed POST lands here)."""
    query = f"?taal={taal.value}" if taal else ""
    return RedirectResponse(f"/rechten/{sleutel}{query}#melding", status_code=303)


@router.post("/rechten/{sleutel}/fout", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def fout_melden(request: Request, session: SessionDep, sleutel: Sleutel):
    """Store an error report for the right's owner (its municipality, or the platform's admins)."""
    form = await request.form()
    with pagina_taal(request):
        waarden = {k: str(form.get(k, "")).strip() for k in ("onderdeel", "bericht", "email")}
        fouten: dict[str, str] = {}
        if waarden["onderdeel"] and waarden["onderdeel"] not in ONDERDELEN:
            fouten["onderdeel"] = gettext("Kies een onderdeel uit de lijst.")
        if len(waarden["bericht"]) < 10:
            fouten["bericht"] = gettext("Beschrijf wat er niet klopt (minstens 10 tekens).")
        elif len(waarden["bericht"]) > 5000:
            fouten["bericht"] = gettext("Uw bericht is te lang: hoogstens 5000 tekens.")
        if waarden["email"] and (len(waarden["email"]) > 300 or not EMAIL.match(waarden["email"])):
            fouten["email"] = gettext("Vul een geldig e-mailadres in, zoals naam@voorbeeld.be, of laat het leeg.")
        fiche = lees_fiche(session, sleutel)
        if fiche is None:
            raise HTTPException(status_code=404, detail=gettext("Geen gepubliceerd recht met deze id."))
        if fouten:
            return _fiche_pagina(request, session, sleutel, waarden=waarden, fouten=fouten, status_code=422)
        bewaar_foutmelding(
            session, fiche, onderdeel=waarden["onderdeel"] or None, bericht=waarden["bericht"],
            email=waarden["email"] or None,
        )  # fmt: skip
        session.commit()
        return RedirectResponse(f"/rechten/{fiche.id}?melding=verstuurd#melding", status_code=303)
