"""Public rights API: search (`GET /api/v1/rechten`) and the full record (`GET /api/v1/rechten/{id}`)."""

from __future__ import annotations

import re
from datetime import date

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.exceptions import RequestValidationError

from api.deps import SessionDep
from api.web.zoeken import kies_gemeente
from catalogue import store
from catalogue.gemeenten import Gemeente, gemeenten
from catalogue.publiek import RechtPubliek, Zoekresultaat, publiek, samenvatting
from catalogue.schema import Bestuursniveau, Doelgroep, Thema
from catalogue.zoeken import zoek, zoekgebied

router = APIRouter(prefix="/api/v1", tags=["rechten"])

SOCIALE_DOELGROEP = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _ongeldig(veld: str, melding: str, waarde: str) -> RequestValidationError:
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", veld), "msg": melding, "input": waarde, "ctx": {"error": melding}}]
    )


@router.get("/rechten", response_model=Zoekresultaat)
def zoek_rechten(
    session: SessionDep,
    q: str | None = Query(None, max_length=200, description="zoektekst (naam, beschrijving, trefwoorden, voorwaarden)"),
    gemeente: str | None = Query(
        None,
        max_length=100,
        description="woonplaats: NIS-code (5 cijfers), postcode (4 cijfers) of naam (Nederlands of Frans)",
    ),
    thema: list[Thema] = Query([], description="IPDC-thema('s)"),
    doelgroep: list[Doelgroep] = Query([], description="IPDC-doelgroep(en)"),
    sociale_doelgroep: list[str] = Query([], description="fijnere doelgroep(en), bv. senioren"),
    niveau: list[Bestuursniveau] = Query([], description="bevoegd bestuursniveau"),
    peildatum: date | None = Query(None, description="rechten die op die dag nog aangevraagd kunnen worden"),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=100_000),
) -> Zoekresultaat:
    """Search the published rights, best match first; a municipality shows its own and every higher-level right."""
    dag = peildatum or date.today()
    for waarde in sociale_doelgroep:
        if len(waarde) > 60 or not _patroon(waarde):
            raise _ongeldig("sociale_doelgroep", f"{waarde!r} is geen doelgroep zoals senioren of laag-inkomen", waarde)
    gebieden = None
    if gemeente and gemeente.strip():
        gebieden = zoekgebied(_gemeente(gemeente, dag).nis, dag)
    treffers, totaal = zoek(
        session, q=q, gebieden=gebieden, themas=[t.value for t in thema], doelgroepen=[d.value for d in doelgroep],
        sociale_doelgroepen=sociale_doelgroep, niveaus=[n.value for n in niveau], peildatum=dag, limit=limit,
        offset=offset,
    )  # fmt: skip
    return Zoekresultaat(items=[samenvatting(t.id, t.record) for t in treffers], totaal=totaal)


def _gemeente(invoer: str, dag: date) -> Gemeente:
    """The municipality meant by a NIS code, postcode or name, as in the explorer's search field; 422 otherwise."""
    invoer = invoer.strip()
    if invoer.isdigit() and len(invoer) in (4, 5):  # a code: say which one is unknown
        gevonden = gemeenten().precies(invoer)
        if gevonden is None:
            soort = "NIS-code" if len(invoer) == 5 else "postcode"
            raise _ongeldig("gemeente", f"onbekende {soort} {invoer}: geen Belgische gemeente", invoer)
        return gevonden
    keuze = kies_gemeente(invoer, dag)
    if keuze.gemeente is not None:
        return keuze.gemeente
    if keuze.kandidaten:
        namen = ", ".join(f"{g.naam_nl} ({g.nis})" for g in keuze.kandidaten)
        raise _ongeldig("gemeente", f"meerdere gemeenten passen bij {invoer!r}: {namen}; geef de NIS-code", invoer)
    raise _ongeldig("gemeente", keuze.fout or "geen Belgische gemeente", invoer)


def _patroon(waarde: str) -> bool:
    return bool(re.match(SOCIALE_DOELGROEP, waarde))


@router.get("/rechten/{sleutel}", response_model=RechtPubliek)
def lees_recht(
    session: SessionDep, sleutel: str = Path(max_length=100, description="id (uuid) of code")
) -> RechtPubliek:
    """The full published record of a right, by id or code."""
    gevonden = store.publiek_recht(session, sleutel=sleutel)
    if gevonden is None:
        raise HTTPException(status_code=404, detail="Geen gepubliceerd recht met deze id.")
    return publiek(*gevonden)
