"""User management for a beheerder (`/beheer/gebruikers`, own organisation; the admin: all), the audit trail
(`/beheer/audit`), and changing one's own password (`/beheer/wachtwoord`).

A beheerder cannot hand out the platform role `admin`, cannot reach users of another organisation (404), and
cannot lock themselves out (deactivate themselves or drop their own beheerder role).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlmodel import select

from api import audit
from api.auth import accounts, throttle
from api.auth.deps import PaginaGebruiker, ip_adres, vereis
from api.auth.rollen import ROL_NAMEN, Rol, mag_gebruikers
from api.auth.sessies import nieuwe_sessie
from api.auth.wachtwoord import klopt
from api.beheer.catalogus import is_admin
from api.beheer.paginas import render_beheer
from api.csrf import vereis_csrf
from api.deps import SessionDep, SettingsDep
from api.i18n import N_, gettext
from api.routes.beheer_aanmelden import zet_sessiecookie
from api.web.jinja import pagina_taal
from catalogue.gemeenten import gemeenten
from catalogue.models import Gebruiker

__all__ = ["router"]

router = APIRouter(tags=["personeel"], include_in_schema=False)
PER_PAGINA = 50


def _rollen(gebruiker: Gebruiker) -> list[tuple[str, str]]:
    """The roles this user may hand out."""
    return [(r.value, gettext(n)) for r, n in ROL_NAMEN.items() if r is not Rol.admin or is_admin(gebruiker)]


def _gebruikers(session, beheerder: Gebruiker) -> list[Gebruiker]:
    query = select(Gebruiker).order_by(Gebruiker.organisatie, Gebruiker.gebruikersnaam)
    if not is_admin(beheerder):
        query = query.where(Gebruiker.organisatie == beheerder.organisatie)
    return list(session.exec(query).all())


def _eigen_gebruiker(session, beheerder: Gebruiker, gebruiker_id: str) -> Gebruiker:
    g = session.exec(select(Gebruiker).where(Gebruiker.id == gebruiker_id)).first()
    if g is None or (not is_admin(beheerder) and g.organisatie != beheerder.organisatie):
        raise HTTPException(status_code=404, detail=gettext("Geen gebruiker met deze id in uw organisatie."))
    return g


def _pagina(request, session, beheerder, waarden=None, fouten=None, status_code=200):
    return render_beheer(
        request,
        "beheer/gebruikers.html",
        beheerder,
        {
            "titel": N_("Gebruikers"),
            "gebruikers": _gebruikers(session, beheerder),
            "rollen": _rollen(beheerder),
            "rolnaam": lambda r: gettext(ROL_NAMEN.get(r, r)),
            "waarden": waarden or {"organisatie": beheerder.organisatie},
            "fouten": fouten or {},
            "admin": is_admin(beheerder),
            "gemeentenaam": gemeenten().naam,
            "nieuwfouten": {k: v for k, v in (fouten or {}).items() if "." not in k},
        },
        actief="/beheer/gebruikers",
        status_code=status_code,
    )


@router.get("/beheer/gebruikers", response_class=HTMLResponse)
def gebruikers(request: Request, session: SessionDep, beheerder: PaginaGebruiker):
    """The organisation's accounts and the form to add one."""
    vereis(beheerder, mag_gebruikers)
    with pagina_taal(request):
        return _pagina(request, session, beheerder)


@router.post("/beheer/gebruikers", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def nieuwe_gebruiker(request: Request, session: SessionDep, settings: SettingsDep, beheerder: PaginaGebruiker):
    """Create an account with a first password (the beheerder passes it on; the user changes it)."""
    vereis(beheerder, mag_gebruikers)
    form = await request.form()
    with pagina_taal(request):
        naam = str(form.get("gebruikersnaam", ""))[:100]
        rollen = [str(r) for r in form.getlist("rollen")]
        organisatie = str(form.get("organisatie", "")) if is_admin(beheerder) else beheerder.organisatie
        waarden = {"gebruikersnaam": naam, "rollen": rollen, "organisatie": organisatie}
        fouten: dict[str, str] = {}
        if Rol.admin in rollen and not is_admin(beheerder):
            fouten["rollen"] = gettext("Alleen een platformbeheerder kan die rol geven.")
        elif str(form.get("wachtwoord", "")) != str(form.get("wachtwoord2", "")):
            fouten["wachtwoord2"] = gettext("De twee wachtwoorden verschillen.")
        else:
            try:
                accounts.maak_gebruiker(
                    session,
                    settings,
                    gebruikersnaam=naam,
                    organisatie=organisatie,
                    rollen=rollen,
                    wachtwoord=str(form.get("wachtwoord", ""))[:256],
                    door=beheerder,
                )
            except accounts.AccountFout as exc:
                fouten["rollen" if exc.veld == "rol" else exc.veld] = str(exc)
        if fouten:
            return _pagina(request, session, beheerder, waarden, fouten, status_code=422)
        session.commit()
        return RedirectResponse("/beheer/gebruikers?gedaan=gebruiker", status_code=303)


@router.post("/beheer/gebruikers/{gebruiker_id:uuid}", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def wijzig_gebruiker(
    request: Request, session: SessionDep, settings: SettingsDep, beheerder: PaginaGebruiker, gebruiker_id: uuid.UUID
):
    """Change roles, (de)activate, or set a new password."""
    vereis(beheerder, mag_gebruikers)
    form = await request.form()
    with pagina_taal(request):
        g = _eigen_gebruiker(session, beheerder, str(gebruiker_id))
        rollen = [str(r) for r in form.getlist("rollen")]
        actief = form.get("actief") == "ja"
        wachtwoord = str(form.get("wachtwoord", ""))[:256]
        fouten: dict[str, str] = {}
        if Rol.admin in rollen and Rol.admin not in g.rollen and not is_admin(beheerder):
            fouten["rollen"] = gettext("Alleen een platformbeheerder kan die rol geven.")
        if g.id == beheerder.id and (not actief or not set(rollen) & {Rol.beheerder, Rol.admin}):
            fouten["rollen"] = gettext("U kunt uzelf niet deactiveren of uw eigen beheerdersrol afnemen.")
        if not fouten:
            try:
                accounts.wijzig_gebruiker(session, g, rollen=rollen, actief=actief, door=beheerder)
                if wachtwoord:
                    accounts.stel_wachtwoord_in(session, settings, g, wachtwoord, door=beheerder)
            except accounts.AccountFout as exc:
                fouten["rollen" if exc.veld == "rol" else exc.veld] = str(exc)
        if fouten:
            session.rollback()
            return _pagina(
                request, session, beheerder, fouten={f"{g.id}.{k}": v for k, v in fouten.items()}, status_code=422
            )
        session.commit()
        return RedirectResponse(f"/beheer/gebruikers?gedaan=gebruiker#gebruiker-{g.id}", status_code=303)


@router.get("/beheer/audit", response_class=HTMLResponse)
def auditspoor(
    request: Request,
    session: SessionDep,
    beheerder: PaginaGebruiker,
    actie: str = Query("", max_length=40),
    pagina: int = Query(1, ge=1, le=10_000),
):
    """Who did what when, newest first (own organisation; the admin: all)."""
    vereis(beheerder, mag_gebruikers)
    with pagina_taal(request):
        resultaat = audit.lees(
            session,
            organisatie=None if is_admin(beheerder) else beheerder.organisatie,
            actie=actie if actie in audit.ACTIES else None,
            limit=PER_PAGINA,
            offset=(pagina - 1) * PER_PAGINA,
        )
        return render_beheer(
            request,
            "beheer/audit.html",
            beheerder,
            {
                "titel": N_("Auditspoor"),
                "regels": resultaat.regels,
                "totaal": resultaat.totaal,
                "pagina": pagina,
                "paginas": max(1, -(-resultaat.totaal // PER_PAGINA)),
                "actie": actie,
                "acties": [(k, gettext(v)) for k, v in audit.ACTIES.items()],
                "actienaam": lambda a: gettext(audit.ACTIES.get(a, a)),
                "admin": is_admin(beheerder),
            },
            actief="/beheer/audit",
        )


@router.get("/beheer/wachtwoord", response_class=HTMLResponse)
def wachtwoordpagina(request: Request, gebruiker: PaginaGebruiker):
    with pagina_taal(request):
        return render_beheer(
            request,
            "beheer/wachtwoord.html",
            gebruiker,
            {"titel": N_("Mijn wachtwoord"), "fouten": {}},
            actief="/beheer/wachtwoord",
        )


@router.post("/beheer/wachtwoord", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
def wachtwoord_wijzigen(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    gebruiker: PaginaGebruiker,
    huidig: Annotated[str, Form(max_length=1024)] = "",
    nieuw: Annotated[str, Form(max_length=1024)] = "",
    herhaal: Annotated[str, Form(max_length=1024)] = "",
):
    """A new password; every other session and token of the user ends, this browser stays signed in."""
    with pagina_taal(request):
        fouten: dict[str, str] = {}
        nu = datetime.now(UTC)
        naam, ip = gebruiker.gebruikersnaam, ip_adres(request)
        # The current password is checked with the same throttling as the login (a stolen session cannot guess).
        if throttle.wachttijd(session, settings, naam=naam, ip=ip, nu=nu) is not None:
            fouten["huidig"] = gettext("Te veel mislukte pogingen. Probeer het later opnieuw.")
        elif not klopt(settings, gebruiker.wachtwoord_hash, huidig):
            throttle.noteer(session, settings, naam=naam, ip=ip, gelukt=False, nu=nu)
            session.commit()
            fouten["huidig"] = gettext("Het huidige wachtwoord is niet juist.")
        elif nieuw != herhaal:
            fouten["herhaal"] = gettext("De twee nieuwe wachtwoorden verschillen.")
        else:
            try:
                accounts.stel_wachtwoord_in(session, settings, gebruiker, nieuw, door=gebruiker)
            except accounts.AccountFout as exc:
                fouten["nieuw"] = str(exc)
        if fouten:
            return render_beheer(
                request,
                "beheer/wachtwoord.html",
                gebruiker,
                {"titel": N_("Mijn wachtwoord"), "fouten": fouten},
                actief="/beheer/wachtwoord",
                status_code=422,
            )
        token, _ = nieuwe_sessie(session, settings, gebruiker, soort="web")
        session.commit()
        response = RedirectResponse("/beheer/wachtwoord?gedaan=wachtwoord", status_code=303)
        zet_sessiecookie(request, response, token)
        return response
