"""The rights overview page (`/overzicht`): municipality first, then a few steps of the questions that matter,
then the overview grouped by status and theme, printable as a one-page handout.

POST on purpose: the answers are personal and must not end up in URLs or access logs. They travel in the form's
own fields from step to step; nothing is stored on the server.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from sqlmodel import select

from api.csrf import vereis_csrf
from api.deps import SessionDep
from api.diensten.overzicht import catalogus, maak_overzicht
from api.i18n import N_, gettext
from api.routes.paginas import Taal
from api.templating import render
from api.web.formulier import Omgezet, Veldfout, fouten_op_velden
from api.web.jinja import pagina_taal
from api.web.vragenlijst import (
    MAX_STAPPEN,
    ONTVANGT,
    Antwoorden,
    lees_antwoorden,
    profiel_uit,
    volgende_vragen,
    vragen_voor,
)
from api.web.zoeken import gemeente_naam, kies_gemeente
from catalogue.gemeenten import gemeenten
from catalogue.models import RechtPublicatie

__all__ = ["router"]

router = APIRouter(tags=["paginas"], include_in_schema=False)
THEMA_VOLGORDE = ("WelzijnGezondheid", "BouwenWonen", "MilieuEnergie", "OnderwijsWetenschap", "EconomieWerk",
                  "CultuurSportVrijeTijd", "MobiliteitOpenbareWerken", "BurgerOverheid")  # fmt: skip


def _ontvangt_keuzes(session) -> list[tuple[str, dict]]:
    """Rights other rights follow from, at federal or Flemish level: the "already receives" checkboxes."""
    codes = set(catalogus(session).catalogus.afhankelijken)
    rijen = session.exec(
        select(RechtPublicatie.code, RechtPublicatie.record).where(
            RechtPublicatie.code.in_(sorted(codes)), RechtPublicatie.niveau.in_(["europees", "federaal", "vlaams"])
        )
    ).all()
    return sorted(((code, record["naam"]) for code, record in rijen), key=lambda r: r[1]["nl"].lower())


def _met_vraag(fout: Veldfout) -> str:
    """An error for the summary, with the question it belongs to."""
    vragen = vragen_voor([fout.naam])
    return f"{vragen[0].tekst} {fout.tekst}" if vragen else fout.tekst


def _stap(request, session, a: Antwoorden, *, stap: int, vragen, fouten=(), kandidaten=(), status_code=200):
    """A page of the questionnaire: step 0 is the municipality, then the questions."""
    fouten = list(fouten)
    getoond = {v.naam for v in vragen}
    return render(
        request,
        "overzicht/vragen.html",
        {
            "titel": N_("Rechtenoverzicht"),
            "stap": stap,
            "a": a,
            "vragen": vragen,
            "verborgen": [n for n in a.gevraagd if n not in getoond and n != ONTVANGT],
            "toon_ontvangt": stap == 1 or any(f.naam == ONTVANGT for f in fouten),
            "ontvangt_keuzes": _ontvangt_keuzes(session) if stap >= 1 else [],
            "fouten": {f.naam: f.tekst for f in reversed(fouten)},
            "foutenlijst": [{"id": f.id, "tekst": _met_vraag(f)} for f in fouten],
            "kandidaten": [
                (g.nis, f"{gemeente_naam(g)} ({g.hoofdpostcode})" if g.hoofdpostcode else gemeente_naam(g))
                for g in kandidaten
            ],
            "gemeente_naam": gemeente_naam,
            "gemeente": gemeenten().get(a.nis) if a.nis else None,
        },
        status_code=status_code,
    )


@router.api_route("/overzicht", methods=["GET", "HEAD"], response_class=HTMLResponse)
def overzicht_start(request: Request, session: SessionDep, taal: Taal | None = Query(None)):
    """Step 0: the municipality."""
    with pagina_taal(request):
        return _stap(request, session, Antwoorden(), stap=0, vragen=[])


@router.post("/overzicht", response_class=HTMLResponse, dependencies=[Depends(vereis_csrf)])
async def overzicht_stap(request: Request, session: SessionDep):
    """The next step: resolve the municipality, ask the next questions, or show the overview."""
    form = await request.form()
    with pagina_taal(request):
        a = lees_antwoorden(form)
        actie = str(form.get("actie") or "volgende")
        try:
            stap = max(0, min(int(str(form.get("stap") or 0)), MAX_STAPPEN + 1))
        except ValueError:
            stap = 0
        vandaag = date.today()
        # The municipality: chosen from the candidates, or typed (name or postcode).
        if not a.nis or gemeenten().get(a.nis) is None or form.get("gemeente_opnieuw"):
            keuze = kies_gemeente(a.gemeente, vandaag)
            if not a.gemeente:
                fout = Veldfout("gemeente", gettext("Vul de gemeente of de postcode in."))
                return _stap(request, session, a, stap=0, vragen=[], fouten=[fout], status_code=422)
            if keuze.fout:
                fout = Veldfout("gemeente", gettext(keuze.fout))
                return _stap(request, session, a, stap=0, vragen=[], fouten=[fout], status_code=422)
            if keuze.kandidaten:
                return _stap(request, session, a, stap=0, vragen=[], kandidaten=keuze.kandidaten)
            a.nis = keuze.gemeente.nis
        profiel, fouten = profiel_uit(a, vandaag)
        if profiel is None:
            getoonde = [str(n) for n in form.getlist("getoond")]
            return _stap(request, session, a, stap=max(stap, 1), vragen=vragen_voor(getoonde or a.gevraagd),
                         fouten=fouten, status_code=422)  # fmt: skip
        alles = form.get("alles") == "ja"
        try:
            resultaat = maak_overzicht(session, profiel, alles=alles)
        except ValidationError as exc:
            fouten = fouten_op_velden(exc.errors(), Omgezet(model={}), set(a.gevraagd) | {"gemeente"})
            return _stap(request, session, a, stap=max(stap, 1), vragen=vragen_voor(a.gevraagd), fouten=fouten,
                         status_code=422)  # fmt: skip
        volgende = volgende_vragen(resultaat.vragen, a.gevraagd, waarden=a.waarden)
        if actie == "volgende" and volgende and stap < MAX_STAPPEN:
            a.gevraagd += [v.naam for v in volgende]
            if stap == 0:
                a.gevraagd.append(ONTVANGT)
            return _stap(request, session, a, stap=stap + 1, vragen=volgende)
        return _resultaat(request, session, a, resultaat, alles=alles, meer=bool(volgende))


def _resultaat(request, session, a: Antwoorden, resultaat, *, alles: bool, meer: bool):
    groepen = []
    for status in ("waarschijnlijk", "mogelijk", "niet"):
        rechten = [r for r in resultaat.rechten if r.status.value == status]
        if not rechten:
            continue
        per_thema: dict[str, list] = {}
        for r in rechten:
            thema = next((t for t in THEMA_VOLGORDE if t in r.themas), r.themas[0] if r.themas else "")
            per_thema.setdefault(thema, []).append(r)
        themas = sorted(
            per_thema.items(), key=lambda kv: THEMA_VOLGORDE.index(kv[0]) if kv[0] in THEMA_VOLGORDE else 99
        )
        groepen.append({"status": status, "aantal": len(rechten), "themas": themas})
    namen = {r.code: r.naam for r in resultaat.rechten}
    return render(
        request,
        "overzicht/resultaat.html",
        {
            "titel": N_("Rechtenoverzicht"),
            "o": resultaat,
            "a": a,
            "groepen": groepen,
            "namen": namen,
            "alles": alles,
            "meer": meer,
            "vragen": vragen_voor(a.gevraagd),
            "ontvangt_keuzes": _ontvangt_keuzes(session),
            "fouten": {},
            "gemeente": gemeenten().get(a.nis),
            "gemeente_naam": gemeente_naam,
            "vandaag": date.today(),
        },
    )
