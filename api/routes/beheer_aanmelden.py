"""The staff login page (`/aanmelden`) and logout (`POST /afmelden`): a server-side session in an HttpOnly cookie.

The cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent with cross-site form posts; every form
also carries a CSRF token bound to the session), Secure when served over https, no lifetime (it ends with the
browser; the server ends it after inactivity). After login the browser goes back to the page it came from, but
only to a path on this site (no open redirect).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api import audit
from api.auth import accounts
from api.auth.deps import OptioneleGebruiker, ip_adres
from api.auth.sessies import beeindig, nieuwe_sessie
from api.csrf import SESSIE_COOKIE, vereis_csrf
from api.deps import SessionDep, SettingsDep
from api.i18n import gettext
from api.templating import render

router = APIRouter(tags=["personeel"], include_in_schema=False)


def veilig_pad(volgende: str | None) -> str:
    """A local path to return to; anything else (other sites, `//host`, `/\\host`) becomes /beheer."""
    if not volgende or not volgende.startswith("/") or volgende.startswith(("//", "/\\")) or "\n" in volgende:
        return "/beheer"
    return volgende[:500]


def zet_sessiecookie(request: Request, response, token: str) -> None:
    response.set_cookie(
        SESSIE_COOKIE, token, httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/"
    )


def _pagina(request: Request, volgende: str, *, fout: str | None = None, naam: str = "", status_code: int = 200):
    response = render(
        request,
        "beheer/aanmelden.html",
        {
            "titel": "Aanmelden",
            "volgende": volgende,
            "fout": fout,
            "naam": naam,
            "afgemeld": request.query_params.get("afgemeld") == "1",
        },
        status_code=status_code,
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/aanmelden", response_class=HTMLResponse)
def aanmeldpagina(request: Request, gebruiker: OptioneleGebruiker, volgende: str | None = Query(None)):
    """Login form for staff (social workers, editors, administrators)."""
    if gebruiker is not None:
        return RedirectResponse(veilig_pad(volgende), status_code=303)
    return _pagina(request, veilig_pad(volgende))


@router.post("/aanmelden", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
def aanmelden(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    gebruikersnaam: Annotated[str, Form(max_length=200)] = "",
    wachtwoord: Annotated[str, Form(max_length=1024)] = "",
    volgende: Annotated[str, Form(max_length=500)] = "/beheer",
):
    """Check the password; on success a new session and back to where the user came from."""
    doel = veilig_pad(volgende)
    try:
        gebruiker = accounts.meld_aan(
            session, settings, naam=gebruikersnaam, wachtwoord=wachtwoord, ip=ip_adres(request), via="web"
        )
    except accounts.TeVeelPogingen as exc:
        minuten = max(1, round(exc.seconden / 60))
        fout = gettext("Te veel mislukte pogingen. Probeer het over %(n)d minuten opnieuw.") % {"n": minuten}
        response = _pagina(request, doel, fout=fout, naam=gebruikersnaam, status_code=429)
        response.headers["Retry-After"] = str(exc.seconden)
        return response
    except accounts.OngeldigeAanmelding:
        fout = gettext("De gebruikersnaam of het wachtwoord is niet juist.")
        return _pagina(request, doel, fout=fout, naam=gebruikersnaam, status_code=401)
    # A stale session of this browser ends; the new one gets a fresh token (no session fixation).
    oud = request.cookies.get(SESSIE_COOKIE)
    if oud:
        beeindig(session, oud)
    token, _ = nieuwe_sessie(session, settings, gebruiker, soort="web")
    session.commit()
    response = RedirectResponse(doel, status_code=303)
    zet_sessiecookie(request, response, token)
    return response


@router.post("/afmelden", dependencies=[Depends(vereis_csrf)])
def afmelden(request: Request, session: SessionDep, gebruiker: OptioneleGebruiker):
    """End the session on the server and remove the cookie."""
    token = request.cookies.get(SESSIE_COOKIE)
    if token:
        beeindig(session, token)
    if gebruiker is not None:
        audit.registreer(session, "afmelden", gebruiker=gebruiker, via="web")
    session.commit()
    response = RedirectResponse("/aanmelden?afgemeld=1", status_code=303)
    response.delete_cookie(SESSIE_COOKIE, path="/", httponly=True, samesite="lax", secure=request.url.scheme == "https")
    return response
