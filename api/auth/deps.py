"""Who is calling: FastAPI dependencies for the API (bearer token) and for the staff pages (session cookie).

The API accepts only bearer tokens and the pages only the session cookie: a cookie never authorises a JSON call,
so the API needs no CSRF protection, and every page form carries a CSRF token bound to the session.
- `ApiGebruiker`: the token's user, else 401 with `WWW-Authenticate: Bearer`.
- `PaginaGebruiker`: the session's user, else a redirect (303) to the login page that comes back afterwards.
- `OptioneleGebruiker`: the session's user or None (pages that show more when signed in).
- `vereis(gebruiker, toets)`: 403 when the user lacks the role (objects of other organisations give 404 instead,
  see the routes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer

from api.auth.sessies import zoek_gebruiker_bij_token
from api.csrf import SESSIE_COOKIE
from api.deps import SessionDep
from catalogue.models import Gebruiker

__all__ = [
    "ApiGebruiker",
    "OptioneleGebruiker",
    "PaginaGebruiker",
    "api_gebruiker",
    "ip_adres",
    "pagina_gebruiker",
    "vereis",
]

bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def ip_adres(request: Request) -> str:
    return request.client.host if request.client else "onbekend"


def api_gebruiker(request: Request, session: SessionDep, token: str | None = Depends(bearer)) -> Gebruiker:
    """The user of the bearer token; 401 without a (valid) token."""
    if not token:
        raise HTTPException(
            status_code=401,
            detail="Aanmelden nodig: stuur een bearer-token (POST /api/v1/auth/token).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    gebruiker = zoek_gebruiker_bij_token(session, request.app.state.settings, token, soort="api")
    if gebruiker is None:
        raise HTTPException(
            status_code=401,
            detail="Het token is ongeldig of verlopen; vraag een nieuw token aan.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    request.state.gebruiker = gebruiker
    return gebruiker


def optionele_gebruiker(request: Request, session: SessionDep) -> Gebruiker | None:
    """The user of the session cookie, or None."""
    token = request.cookies.get(SESSIE_COOKIE)
    if not token:
        return None
    gebruiker = zoek_gebruiker_bij_token(session, request.app.state.settings, token, soort="web")
    request.state.gebruiker = gebruiker
    return gebruiker


def pagina_gebruiker(request: Request, gebruiker: Annotated[Gebruiker | None, Depends(optionele_gebruiker)]):
    """The signed-in user; otherwise to the login page, which returns here afterwards."""
    if gebruiker is None:
        terug = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method != "GET":
            terug = request.url.path
        raise HTTPException(status_code=303, headers={"Location": f"/aanmelden?volgende={quote(terug, safe='/')}"})
    return gebruiker


def vereis(gebruiker: Gebruiker, toets: Callable[[Gebruiker], bool]) -> Gebruiker:
    """403 unless `toets(gebruiker)` (a role check from `api.auth.rollen`)."""
    if not toets(gebruiker):
        raise HTTPException(status_code=403, detail="Uw rol geeft geen toegang tot dit onderdeel.")
    return gebruiker


ApiGebruiker = Annotated[Gebruiker, Depends(api_gebruiker)]
OptioneleGebruiker = Annotated[Gebruiker | None, Depends(optionele_gebruiker)]
PaginaGebruiker = Annotated[Gebruiker, Depends(pagina_gebruiker)]
