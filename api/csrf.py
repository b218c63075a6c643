"""CSRF protection for every HTML form that changes something: a signed double-submit token.

A random, HttpOnly browser id lives in the `csrf` cookie; forms carry `HMAC(secret, id)` in a hidden field
`csrf_token`. A cross-site page can make the browser send the cookie but cannot read it, so it cannot forge
the field. `render()` sets the cookie and offers `csrf_token` to every template; POST handlers of forms depend
on `vereis_csrf`. JSON API calls with a bearer token do not use cookies and need no CSRF token.

The token is also bound to the staff session cookie (`SESSIE_COOKIE`, see `api.auth`) when there is one: a form
shown before signing in or out no longer works afterwards, and a token learnt in one session is useless in the next.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request
from starlette.responses import Response

__all__ = ["COOKIE", "SESSIE_COOKIE", "VELD", "csrf_token", "vereis_csrf", "zet_cookie"]

COOKIE = "csrf"
VELD = "csrf_token"
# The staff session cookie (api.auth); its value is part of what the token signs.
SESSIE_COOKIE = "sessie"


def _geheim(request: Request) -> bytes:
    return request.app.state.settings.secret_key.encode()


def _browser_id(request: Request) -> str:
    """This browser's id: from the cookie, or a new one remembered for `zet_cookie`."""
    bestaand = request.cookies.get(COOKIE)
    if bestaand and 20 <= len(bestaand) <= 100:
        return bestaand
    nieuw = getattr(request.state, "csrf_nieuw", None)
    if nieuw is None:
        nieuw = secrets.token_urlsafe(32)
        request.state.csrf_nieuw = nieuw
    return nieuw


def _bericht(request: Request, browser_id: str) -> bytes:
    sessie = request.cookies.get(SESSIE_COOKIE) or ""
    binding = hashlib.sha256(sessie.encode()).hexdigest() if sessie else ""
    return f"{browser_id}|{binding}".encode()


def csrf_token(request: Request) -> str:
    """The token a form on this page must send back."""
    return hmac.new(_geheim(request), _bericht(request, _browser_id(request)), hashlib.sha256).hexdigest()


def zet_cookie(request: Request, response: Response) -> None:
    """Send the browser id cookie when this request created one."""
    nieuw = getattr(request.state, "csrf_nieuw", None)
    if nieuw:
        response.set_cookie(
            COOKIE, nieuw, httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/"
        )


async def vereis_csrf(request: Request) -> None:
    """Dependency for form POSTs: 403 unless the form's token matches this browser's cookie."""
    cookie = request.cookies.get(COOKIE)
    form = await request.form()
    gegeven = form.get(VELD)
    if not cookie or not isinstance(gegeven, str):
        raise HTTPException(status_code=403, detail="Het formulier is verlopen of ongeldig. Laad de pagina opnieuw.")
    verwacht = hmac.new(_geheim(request), _bericht(request, cookie), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(verwacht, gegeven):
        raise HTTPException(status_code=403, detail="Het formulier is verlopen of ongeldig. Laad de pagina opnieuw.")
