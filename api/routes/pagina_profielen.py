"""Pages for saved client profiles (`/profielen`), role maatschappelijk_werker, own organisation only.

List and search by INSZ (a POST: an INSZ never goes into a URL), save a new profile with the advice form, open
one (every opening is in the audit trail), re-run the leefloon advice or the rights overview on any peildatum
(after an indexation) with the history of advices given, change the situation, export everything as JSON, erase.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import ValidationError

from api.auth.deps import PaginaGebruiker, vereis
from api.auth.rollen import mag_profielen
from api.beheer.paginas import render_beheer
from api.csrf import VELD, vereis_csrf
from api.deps import SessionDep, SettingsDep
from api.i18n import N_, gettext
from api.profielen import adviezen, dienst
from api.profielen.formulier import verliesvrij, waarden_van
from api.web.adviesformulier import FORMULIER, LIJSTEN, beginwaarden, lees_profiel, velden_context
from api.web.formulier import Veldfout, label_van_pad, melding, verwerk_actie
from api.web.jinja import pagina_taal
from rechten.insz import InszFout, controleer_insz
from rechten.profiel import Profiel

__all__ = ["router"]

router = APIRouter(tags=["personeel"], include_in_schema=False)
GEEN_VELDEN = {VELD, "actie", "label", "insz", "versie", "gemeente"}
MAX_VELDEN = 5_000
GEWIJZIGD = N_("Een collega wijzigde dit profiel intussen. Open het opnieuw; uw wijzigingen zijn niet bewaard.")


def _profiel_of_404(session, gebruiker, profiel_id: str):
    vereis(gebruiker, mag_profielen)
    try:
        return dienst.eigen_profiel(session, gebruiker, profiel_id)
    except dienst.ProfielNietGevonden:
        raise HTTPException(status_code=404, detail=gettext("Geen profiel met deze id in uw organisatie.")) from None


def _lijst(request, session, settings, gebruiker, *, zoek: str = "", gevonden=None, fout=None, status_code=200):
    profielen = dienst.lijst(session, settings, gebruiker) if gevonden is None else gevonden
    return render_beheer(
        request,
        "profielen/lijst.html",
        gebruiker,
        {
            "titel": N_("Cliëntenprofielen"),
            "profielen": profielen,
            "zoek": zoek,
            "zoekfout": fout,
            "gezocht": gevonden is not None,
            "retentie": settings.retentie_maanden,
        },
        actief="/profielen",
        status_code=status_code,
    )


@router.get("/profielen", response_class=HTMLResponse)
def profielen(request: Request, session: SessionDep, settings: SettingsDep, gebruiker: PaginaGebruiker):
    """The organisation's saved profiles, most recently used first."""
    vereis(gebruiker, mag_profielen)
    with pagina_taal(request):
        return _lijst(request, session, settings, gebruiker)


@router.post("/profielen/zoeken", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
def zoeken(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    gebruiker: PaginaGebruiker,
    insz: Annotated[str, Form(max_length=30)] = "",
):
    """Find the profiles saved with an INSZ (the number is hashed; it is neither kept nor shown back)."""
    vereis(gebruiker, mag_profielen)
    with pagina_taal(request):
        try:
            gevonden = dienst.zoek_op_insz(session, settings, gebruiker, insz)
        except InszFout as exc:
            return _lijst(request, session, settings, gebruiker, fout=str(exc), status_code=422)
        return _lijst(request, session, settings, gebruiker, gevonden=gevonden)


def _lees(waarden: dict[str, str], gemeente: str) -> tuple[Profiel | None, list[Veldfout]]:
    """The profile from the advice form's fields plus the municipality (the overview needs it; the advice form
    itself does not ask it)."""
    invoer = lees_profiel(waarden)
    fouten = list(invoer.fouten)
    if invoer.profiel is None:
        return None, fouten
    try:
        return Profiel.model_validate({**invoer.profiel.model_dump(mode="json"), "gemeente": gemeente or None}), fouten
    except ValidationError as exc:
        return None, [*fouten, *(Veldfout("gemeente", melding(e)) for e in exc.errors())]


def _formulierpagina(
    request,
    gebruiker,
    waarden,
    *,
    label="",
    gemeente="",
    fouten=(),
    focus=None,
    rij=None,
    versie=None,
    status_code=200,
):
    foutenlijst = [
        {
            "id": f.id,
            "tekst": f"{label_van_pad(FORMULIER, f.naam)}: {f.tekst}" if f.naam not in ("label", "insz") else f.tekst,
        }
        for f in fouten
    ]
    return render_beheer(
        request,
        "profielen/formulier.html",
        gebruiker,
        {
            "titel": N_("Situatie wijzigen") if rij else N_("Nieuw cliëntenprofiel"),
            **velden_context(waarden, fouten, focus),
            "foutenlijst": foutenlijst,
            "label": label,
            "gemeente": gemeente,
            "profiel_id": rij.id if rij else None,
            "versie": versie,
        },
        actief="/profielen",
        status_code=status_code,
    )


async def _waarden(request: Request):
    form = await request.form()
    waarden = {k: str(v) for k, v in list(form.multi_items())[:MAX_VELDEN] if k not in GEEN_VELDEN}
    return form, waarden


def _rijactie(request, gebruiker, form, waarden, **extra):
    gedaan = verwerk_actie(str(form.get("actie")), waarden, LIJSTEN)
    focus = (
        f"{gedaan.focus}-toevoegen" if gedaan and gedaan.soort == "verwijderen" else gedaan.focus if gedaan else None
    )
    return _formulierpagina(request, gebruiker, waarden, focus=focus, **extra)


@router.get("/profielen/nieuw", response_class=HTMLResponse)
def nieuw_formulier(request: Request, gebruiker: PaginaGebruiker):
    vereis(gebruiker, mag_profielen)
    with pagina_taal(request):
        return _formulierpagina(request, gebruiker, beginwaarden(date.today()))


@router.post("/profielen/nieuw", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def nieuw(request: Request, session: SessionDep, settings: SettingsDep, gebruiker: PaginaGebruiker):
    """Save the profile (label, optional INSZ, the situation) and open it."""
    vereis(gebruiker, mag_profielen)
    form, waarden = await _waarden(request)
    with pagina_taal(request):
        label, insz = str(form.get("label", "")).strip(), str(form.get("insz", "")).strip()
        gemeente = str(form.get("gemeente", "")).strip()[:5]
        if form.get("actie") not in (None, "", "bewaar"):
            return _rijactie(request, gebruiker, form, waarden, label=label, gemeente=gemeente)
        profiel, fouten = _lees(waarden, gemeente)
        if not label:
            fouten.insert(0, Veldfout("label", gettext("Geef een label: een dossiernummer of pseudoniem, geen naam.")))
        elif len(label) > dienst.MAX_LABEL:
            fouten.insert(0, Veldfout("label", gettext("Hoogstens 100 tekens.")))
        if insz:
            try:
                controleer_insz(insz)
            except InszFout as exc:
                fouten.insert(0, Veldfout("insz", str(exc)))
        if fouten or profiel is None:
            # The INSZ is not sent back to the page: it is typed again (it is never echoed or kept).
            return _formulierpagina(
                request, gebruiker, waarden, label=label, gemeente=gemeente, fouten=fouten, status_code=422
            )
        rij = dienst.bewaar(session, settings, gebruiker, label=label, insz=insz or None, profiel=profiel)
        session.commit()
        return RedirectResponse(f"/profielen/{rij.id}?gedaan=profiel", status_code=303)


def _detail(request, session, settings, gebruiker, rij, *, advies=None, overzicht=None, fouten=(), status_code=200):
    bewaard = dienst.lees(settings, rij)
    return render_beheer(
        request,
        "profielen/profiel.html",
        gebruiker,
        {
            "titel": N_("Cliëntenprofiel"),
            "profiel": bewaard,
            "historiek": adviezen.historiek(settings, session, rij),
            "samenvatting": _samenvatting(bewaard.profiel),
            "advies": advies,
            "overzicht": overzicht,
            "bewerkbaar": verliesvrij(bewaard.profiel),
            "vandaag": date.today().isoformat(),
            "profielfouten": fouten,
            # What advies/_resultaat.html (the advice page's result) expects besides the advice:
            "veldnamen": set(),
            "veld_label": lambda pad: label_van_pad(FORMULIER, pad),
            "aanname_velden": lambda via: [],
            "watals": None,
        },
        actief="/profielen",
        status_code=status_code,
    )


def _samenvatting(profiel: dict) -> list[tuple[str, str]]:
    """(label, value) for every filled field of the profile, as the advice form names them."""
    from api.web.adviesformulier import toon_waarde

    uit = []
    for pad, waarde in sorted(waarden_van(profiel).items()):
        if pad.endswith("._rij") or waarde in ("", None):
            continue
        uit.append((label_van_pad(FORMULIER, pad), toon_waarde(pad, waarde)))
    return uit


@router.get("/profielen/{profiel_id:uuid}", response_class=HTMLResponse)
def profiel(
    request: Request, session: SessionDep, settings: SettingsDep, gebruiker: PaginaGebruiker, profiel_id: uuid.UUID
):
    """The profile, its history, and the actions."""
    rij = _profiel_of_404(session, gebruiker, str(profiel_id))
    with pagina_taal(request):
        dienst.geopend(session, gebruiker, rij)
        session.commit()
        return _detail(request, session, settings, gebruiker, rij)


def _profielfouten(exc: ValidationError) -> list[str]:
    """Why the saved profile does not fit the chosen peildatum (or the overview), per field."""
    return [f"{label_van_pad(FORMULIER, '.'.join(map(str, e.get('loc', ()))))}: {melding(e)}" for e in exc.errors()]


def _peildatum(tekst: str) -> date | None:
    try:
        return date.fromisoformat(tekst) if tekst else None
    except ValueError:
        return None


def _bereken(request, session, settings, gebruiker, profiel_id: uuid.UUID, peildatum: str, soort: str):
    """Run the leefloon advice or the overview (`soort`) on the saved profile and show it on the profile page;
    422 with the reasons when the profile does not fit that peildatum."""
    rij = _profiel_of_404(session, gebruiker, str(profiel_id))
    bereken = adviezen.adviseer if soort == "advies" else adviezen.overzicht
    with pagina_taal(request):
        try:
            uitkomst = bereken(session, settings, gebruiker, rij, peildatum=_peildatum(peildatum))
        except ValidationError as exc:
            return _detail(request, session, settings, gebruiker, rij, fouten=_profielfouten(exc), status_code=422)
        session.commit()
        return _detail(request, session, settings, gebruiker, rij, **{soort: uitkomst})


@router.post("/profielen/{profiel_id:uuid}/advies", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
def advies(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    gebruiker: PaginaGebruiker,
    profiel_id: uuid.UUID,
    peildatum: Annotated[str, Form(max_length=10)] = "",
):
    """The leefloon advice on the saved profile (another peildatum after an indexation), added to the history."""
    return _bereken(request, session, settings, gebruiker, profiel_id, peildatum, "advies")


@router.post("/profielen/{profiel_id:uuid}/overzicht", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
def overzicht(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    gebruiker: PaginaGebruiker,
    profiel_id: uuid.UUID,
    peildatum: Annotated[str, Form(max_length=10)] = "",
):
    """The rights overview on the saved profile, added to the history."""
    return _bereken(request, session, settings, gebruiker, profiel_id, peildatum, "overzicht")


@router.get("/profielen/{profiel_id:uuid}/wijzigen", response_class=HTMLResponse)
def wijzig_formulier(
    request: Request, session: SessionDep, settings: SettingsDep, gebruiker: PaginaGebruiker, profiel_id: uuid.UUID
):
    rij = _profiel_of_404(session, gebruiker, str(profiel_id))
    with pagina_taal(request):
        bewaard = dienst.lees(settings, rij)
        if not verliesvrij(bewaard.profiel):
            raise HTTPException(
                status_code=409,
                detail=gettext("Dit profiel bevat gegevens die het formulier niet toont; wijzig het via de API."),
            )
        dienst.geopend(session, gebruiker, rij)
        session.commit()
        return _formulierpagina(
            request,
            gebruiker,
            waarden_van(bewaard.profiel),
            label=bewaard.label,
            gemeente=bewaard.profiel.get("gemeente") or "",
            rij=rij,
            versie=rij.versie,
        )


@router.post("/profielen/{profiel_id:uuid}/wijzigen", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def wijzig(
    request: Request, session: SessionDep, settings: SettingsDep, gebruiker: PaginaGebruiker, profiel_id: uuid.UUID
):
    """Save the changed situation (optimistic locking on the profile's version)."""
    rij = _profiel_of_404(session, gebruiker, str(profiel_id))
    form, waarden = await _waarden(request)
    with pagina_taal(request):
        label = str(form.get("label", "")).strip()
        gemeente = str(form.get("gemeente", "")).strip()[:5]
        try:
            versie = int(str(form.get("versie", "0")))
        except ValueError:
            versie = 0
        if form.get("actie") not in (None, "", "bewaar"):
            return _rijactie(request, gebruiker, form, waarden, label=label, gemeente=gemeente, rij=rij, versie=versie)
        profiel, fouten = _lees(waarden, gemeente)
        if not label or len(label) > dienst.MAX_LABEL:
            fouten.insert(0, Veldfout("label", gettext("Geef een label: een dossiernummer of pseudoniem, geen naam.")))
        if not fouten and profiel is not None:
            try:
                dienst.wijzig(session, settings, gebruiker, rij, label=label, profiel=profiel, versie=versie)
            except dienst.VersieConflict:
                fouten.append(
                    Veldfout(
                        "label",
                        gettext(GEWIJZIGD),
                    )
                )
            else:
                session.commit()
                return RedirectResponse(f"/profielen/{rij.id}?gedaan=profiel", status_code=303)
        return _formulierpagina(
            request,
            gebruiker,
            waarden,
            label=label,
            gemeente=gemeente,
            fouten=fouten,
            rij=rij,
            versie=versie,
            status_code=422,
        )


@router.get("/profielen/{profiel_id:uuid}/export")
def exporteer(session: SessionDep, settings: SettingsDep, gebruiker: PaginaGebruiker, profiel_id: uuid.UUID):
    """Download everything kept about the profile (JSON)."""
    rij = _profiel_of_404(session, gebruiker, str(profiel_id))
    data = adviezen.exporteer(session, settings, gebruiker, rij)
    session.commit()
    return JSONResponse(
        data,
        headers={"Cache-Control": "no-store", "Content-Disposition": f'attachment; filename="profiel-{rij.id}.json"'},
    )


@router.post("/profielen/{profiel_id:uuid}/wissen", dependencies=[Depends(vereis_csrf)])
def wis(
    session: SessionDep,
    gebruiker: PaginaGebruiker,
    profiel_id: uuid.UUID,
    bevestig: Annotated[str, Form(max_length=5)] = "",
):
    """Erase the profile and its history (after the confirmation box was ticked)."""
    rij = _profiel_of_404(session, gebruiker, str(profiel_id))
    if bevestig != "ja":
        return RedirectResponse(f"/profielen/{rij.id}#wissen", status_code=303)
    dienst.wis(session, gebruiker, rij)
    session.commit()
    return RedirectResponse("/profielen?gedaan=gewist", status_code=303)
