"""The right's editor (`/beheer/rechten/{id}`): every field, the condition form builder with its preview, saving
with optimistic locking. Two editors saving the same version: the second gets the conflict page with both
versions side by side and nothing is overwritten; from there they continue from the newest version, their own
changes kept in the form.

Without JavaScript each button posts the whole form (add a row, add a condition, refresh the preview); with
JavaScript, `/static/js/beheer.js` refreshes the preview as the editor types (`POST …/voorbeeld`).
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api.auth.deps import PaginaGebruiker, vereis
from api.auth.rollen import mag_catalogus
from api.beheer import bouwer, catalogus, formulier
from api.beheer.editor import MAX_VELDEN, Bewerking, context, uit_formulier, uit_recht, valideer, voorbeeld
from api.beheer.geschiedenis import toon_waarde, veldnaam
from api.beheer.paginas import render_beheer
from api.csrf import VELD, vereis_csrf
from api.deps import SessionDep
from api.i18n import N_
from api.routes.beheer_rechten import eigen_recht_of_404, statusnaam
from api.templating import render
from api.web.jinja import pagina_taal
from catalogue import store
from catalogue.herziening import verschillen
from catalogue.models import Gebruiker, Recht, RechtPublicatie

__all__ = ["router", "toon_editor"]

router = APIRouter(tags=["personeel"], include_in_schema=False)


def toon_editor(
    request: Request,
    session,
    gebruiker: Gebruiker,
    rij: Recht,
    *,
    bewerking: Bewerking | None = None,
    fouten: dict[str, str] | None = None,
    status_code: int = 200,
):
    b = bewerking or uit_recht(rij)
    b.fouten.update(fouten or {})
    ctx = context(session, gebruiker, rij, b)
    ctx.update(titel=rij.naam, statusnaam=statusnaam, publiek=session.get(RechtPublicatie, rij.nr) is not None)
    return render_beheer(request, "beheer/editor.html", gebruiker, ctx, actief="/beheer", status_code=status_code)


async def _formulier(request: Request) -> dict[str, list[str]]:
    form = await request.form()
    uit: dict[str, list[str]] = {}
    for sleutel, waarde in list(form.multi_items())[:MAX_VELDEN]:
        if sleutel != VELD and isinstance(waarde, str):
            uit.setdefault(sleutel, []).append(waarde)
    return uit


@router.get("/beheer/rechten/{recht_id:uuid}", response_class=HTMLResponse)
def editor(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID):
    """The editor with the right's working copy (also a draft)."""
    vereis(gebruiker, mag_catalogus)
    with pagina_taal(request):
        return toon_editor(request, session, gebruiker, eigen_recht_of_404(session, gebruiker, str(recht_id)))


@router.post(
    "/beheer/rechten/{recht_id:uuid}/voorbeeld", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)]
)
async def voorbeeld_fragment(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID):
    """Only the preview, for the live refresh by JavaScript (nothing is saved)."""
    vereis(gebruiker, mag_catalogus)
    form = await _formulier(request)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        b = uit_formulier(form, rij)
        response = render(request, "beheer/_voorbeeld_inhoud.html", {"voorbeeld": voorbeeld(session, b, rij)})
        response.headers["Cache-Control"] = "no-store"
        return response


@router.post("/beheer/rechten/{recht_id:uuid}", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def bewerk(request: Request, session: SessionDep, gebruiker: PaginaGebruiker, recht_id: uuid.UUID):
    """Save, or apply a button of the form (rows, builder, preview) and show the form again."""
    vereis(gebruiker, mag_catalogus)
    form = await _formulier(request)
    with pagina_taal(request):
        rij = eigen_recht_of_404(session, gebruiker, str(recht_id))
        b = uit_formulier(form, rij)
        actie = (form.get("actie") or ["opslaan"])[-1]
        if actie.startswith(("rij:", "weg:")):
            formulier.pas_rij_toe(b.data, actie)
            return toon_editor(request, session, gebruiker, rij, bewerking=b)
        if actie.startswith("vw-"):
            bouwer.pas_toe(b.knoop, actie, form)
            return toon_editor(request, session, gebruiker, rij, bewerking=b)
        if actie != "opslaan":  # "voorbeeld": show the preview of what is in the form
            return toon_editor(request, session, gebruiker, rij, bewerking=b)
        record = valideer(b, gebruiker)
        if record is None:
            return toon_editor(request, session, gebruiker, rij, bewerking=b, status_code=422)
        reden = (form.get("reden") or [""])[-1].strip()[:1000]
        voor = rij.versie
        try:
            catalogus.wijzig(session, gebruiker, rij, record, versie=b.versie, reden=reden)
        except store.VersieConflict:
            session.commit()  # keeps the audit entry of the refused save
            session.refresh(rij)
            return conflict(request, session, gebruiker, rij, b, record.model_dump(mode="json"), form)
        except catalogus.Gebiedsfout as exc:
            b.fouten["gebied"] = str(exc)
            return toon_editor(request, session, gebruiker, rij, bewerking=b, status_code=422)
        except store.StoreFout as exc:
            veld, _, tekst = str(exc).partition(": ")
            b.fouten[veld if tekst and veld in ("gebied", "code") else "gebied"] = tekst or str(exc)
            return toon_editor(request, session, gebruiker, rij, bewerking=b, status_code=422)
        session.commit()
        gedaan = "bewaard" if rij.versie != voor else "ongewijzigd"
        return RedirectResponse(f"/beheer/rechten/{rij.id}?gedaan={gedaan}", status_code=303)


def conflict(
    request: Request, session, gebruiker: Gebruiker, rij: Recht, b: Bewerking, mijn: dict, form: dict[str, list[str]]
):
    """The second editor's page: what the other changed since their version, and their own changes; nothing saved."""
    basis = catalogus.versie_record(session, rij, b.versie)
    basis_record = basis.record if basis else {}
    huidig = {**rij.record}
    andere = verschillen(basis_record, huidig) if basis else []
    eigen = verschillen(basis_record, {**mijn, "status": basis_record.get("status")}) if basis else []
    velden = sorted({w["veld"] for w in andere} | {w["veld"] for w in eigen})
    rijen = []
    for veld in velden:
        if veld == "status":
            continue
        rijen.append(
            {
                "veld": veld,
                "basis": toon_waarde(veld, _pad(basis_record, veld)),
                "huidig": toon_waarde(veld, _pad(huidig, veld)),
                "mijn": toon_waarde(veld, _pad(mijn, veld)),
                "andere": any(w["veld"] == veld for w in andere),
                "eigen": any(w["veld"] == veld for w in eigen),
            }
        )
    laatste = store.versies(session, recht_id=rij.id)[-1]
    verborgen = [(k, w) for k, ws in form.items() if k not in ("versie", "actie") for w in ws]
    return render_beheer(
        request,
        "beheer/conflict.html",
        gebruiker,
        {
            "titel": N_("Intussen gewijzigd door iemand anders"),
            "rij": rij,
            "rijen": rijen,
            "mijn_versie": b.versie,
            "laatste": laatste,
            "verborgen": verborgen,
            "veldnaam": veldnaam,
        },
        actief="/beheer",
        status_code=409,
    )


def _pad(record: dict, veld: str):
    waarde = record
    for deel in veld.split("."):
        waarde = waarde.get(deel) if isinstance(waarde, dict) else None
    return waarde
