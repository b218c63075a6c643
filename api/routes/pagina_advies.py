"""The leefloon advice page (`/advies`): the form for case handlers → the advice, and "what if" on re-submission.

POST on purpose (personal data stays out of URLs and logs) and CSRF-protected like every form. Nothing is stored:
the previous profile for the comparison travels in a hidden field of the form itself.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from api.csrf import VELD, vereis_csrf
from api.i18n import N_
from api.routes.paginas import Taal
from api.templating import render
from api.web.adviesformulier import (
    FORMULIER,
    LIJSTEN,
    beginwaarden,
    lees_profiel,
    profiel_json,
    velden_context,
    verschillen,
    vorig_profiel,
)
from api.web.formulier import Veldfout, label_van_pad, veldnamen, verwerk_actie
from api.web.jinja import pagina_taal
from rules.leefloon import adviseer

__all__ = ["router"]

router = APIRouter(tags=["paginas"], include_in_schema=False)
GEEN_VELDEN = {VELD, "actie", "vorig_profiel"}
MAX_VELDEN = 5_000


def _aanname_velden(via: str, namen: set[str]) -> list[str]:
    """The form fields through which an assumption is overridden (`ocmw_keuzes.x`, `aanvrager.y`, ...)."""
    uit = []
    for deel in via.replace(" of ", ",").split(","):
        pad = deel.strip().replace("[]", ".0")
        if pad in namen and pad not in uit:
            uit.append(pad)
    return uit


def _pagina(request: Request, waarden: dict[str, str], *, fouten: list[Veldfout] = (), focus: str | None = None,
            advies=None, watals=None, vorig_json: str | None = None, status_code: int = 200):  # fmt: skip
    namen = veldnamen(FORMULIER, waarden)
    foutenlijst = [{"id": f.id, "tekst": f"{label_van_pad(FORMULIER, f.naam)}: {f.tekst}"} for f in fouten]
    # The OCMW's choices stay folded away unless they are in use, wrong, or an assumption of the advice points there.
    ocmw_open = (
        any(k.startswith("ocmw_keuzes.") and v for k, v in waarden.items())
        or any(f.naam.startswith("ocmw_keuzes") for f in fouten)
        or bool(advies and any("ocmw_keuzes." in d.overschrijfbaar_via for d in advies.aannames_details))
    )
    return render(
        request,
        "advies/formulier.html",
        {
            "titel": N_("Leefloonadvies"),
            **velden_context(waarden, fouten, focus),
            "foutenlijst": foutenlijst,
            "veldnamen": namen,
            "advies": advies,
            "watals": watals,
            "vorig_json": vorig_json,
            "ocmw_open": ocmw_open,
            "aanname_velden": lambda via: _aanname_velden(via, namen),
            "veld_label": lambda pad: label_van_pad(FORMULIER, pad),
        },
        status_code=status_code,
    )


@router.api_route("/advies", methods=["GET", "HEAD"], response_class=HTMLResponse)
def advies_formulier(request: Request, taal: Taal | None = Query(None)):
    """The empty advice form (peildatum today)."""
    with pagina_taal(request):
        return _pagina(request, beginwaarden(date.today()))


@router.post("/advies", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def advies_berekenen(request: Request):
    """Add/remove a row, or compute the advice; with a previous profile, show what changed."""
    form = await request.form()
    with pagina_taal(request):
        waarden = {k: str(v) for k, v in list(form.multi_items())[:MAX_VELDEN] if k not in GEEN_VELDEN}
        vorig_tekst = form.get("vorig_profiel")
        vorig_tekst = vorig_tekst if isinstance(vorig_tekst, str) else None
        actie = str(form.get("actie") or "bereken")
        if actie != "bereken":
            gedaan = verwerk_actie(actie, waarden, LIJSTEN)
            focus = gedaan.focus if gedaan else None
            if gedaan and gedaan.soort == "toevoegen":
                focus = f"{gedaan.focus}-{_eerste_veld(gedaan.lijst)}"
            elif gedaan and gedaan.soort == "verwijderen":
                focus = f"{gedaan.focus}-toevoegen"
            return _pagina(request, waarden, focus=focus, vorig_json=vorig_tekst)
        invoer = lees_profiel(waarden)
        if invoer.profiel is None:
            return _pagina(request, waarden, fouten=invoer.fouten, vorig_json=vorig_tekst, status_code=422)
        advies = adviseer(invoer.profiel)
        watals = None
        vorig = vorig_profiel(vorig_tekst)
        if vorig is not None and vorig != invoer.profiel:
            invoer_verschil, uitkomst_verschil = verschillen(vorig, invoer.profiel, adviseer(vorig), advies)
            watals = {"invoer": invoer_verschil, "uitkomst": uitkomst_verschil}
        return _pagina(request, waarden, advies=advies, watals=watals, vorig_json=profiel_json(invoer.profiel))


def _eerste_veld(lijst: str) -> str:
    """The first field of a new row, to put the focus on."""
    generiek = ".".join("*" if deel.isdigit() else deel for deel in lijst.split("."))
    definitie = LIJSTEN.get(generiek)
    return definitie.delen[0].naam if definitie else ""
