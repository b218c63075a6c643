"""API sign-in: `POST /api/v1/auth/token` (OAuth2 password form) → a bearer token; `GET /api/v1/auth/ik`; and
`POST /api/v1/auth/afmelden` (the token stops working). Throttled like the login page (429 + Retry-After)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request

from api import audit
from api.auth import accounts
from api.auth.deps import ApiGebruiker, bearer, ip_adres
from api.auth.sessies import beeindig, nieuwe_sessie
from api.deps import SessionDep, SettingsDep

router = APIRouter(prefix="/api/v1/auth", tags=["aanmelden"])


@router.post(
    "/token",
    responses={
        401: {"description": "Onjuiste gebruikersnaam of wachtwoord."},
        429: {"description": "Te veel mislukte pogingen; zie Retry-After."},
    },
)
def token(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1024)],
) -> dict:
    """Meld aan met gebruikersnaam en wachtwoord (OAuth2-wachtwoordformulier); antwoordt met een bearer-token."""
    try:
        gebruiker = accounts.meld_aan(
            session, settings, naam=username, wachtwoord=password, ip=ip_adres(request), via="api"
        )
    except accounts.TeVeelPogingen as exc:
        raise HTTPException(
            status_code=429,
            detail=f"Te veel mislukte aanmeldpogingen. Probeer opnieuw over {exc.seconden} seconden.",
            headers={"Retry-After": str(exc.seconden)},
        ) from None
    except accounts.OngeldigeAanmelding:
        raise HTTPException(
            status_code=401, detail="Onjuiste gebruikersnaam of wachtwoord.", headers={"WWW-Authenticate": "Bearer"}
        ) from None
    waarde, _ = nieuwe_sessie(session, settings, gebruiker, soort="api")
    audit.registreer(session, "token.uitgereikt", gebruiker=gebruiker)
    session.commit()
    return {"access_token": waarde, "token_type": "bearer", "expires_in": settings.token_minuten * 60}


@router.get("/ik", responses={401: {"description": "Geen of een ongeldig token."}})
def ik(gebruiker: ApiGebruiker) -> dict:
    """Wie u bent: gebruikersnaam, organisatie (NIS-code) en rollen."""
    return {
        "id": gebruiker.id,
        "gebruikersnaam": gebruiker.gebruikersnaam,
        "organisatie": gebruiker.organisatie,
        "rollen": list(gebruiker.rollen),
    }


@router.post("/afmelden", status_code=204, responses={401: {"description": "Geen of een ongeldig token."}})
def afmelden(session: SessionDep, gebruiker: ApiGebruiker, token: str | None = Depends(bearer)) -> None:
    """Maak het token meteen ongeldig."""
    beeindig(session, token or "")
    audit.registreer(session, "afmelden", gebruiker=gebruiker, via="api")
    session.commit()
