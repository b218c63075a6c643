"""Catalogue maintenance API (CONTRACT.md §7): bearer token, role redacteur of the right's municipality (or admin).

Someone else's right answers 404 exactly like an id that does not exist; no token → 401; a stale `versie` → 409;
an invalid record → 422 naming each field (a condition error with its full path, `voorwaarde.alle.1.waarde`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Body, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from api.auth.deps import ApiGebruiker, vereis
from api.auth.rollen import mag_catalogus
from api.beheer import catalogus as beheer
from api.beheer.validatie import Recordfout, fout, valideer_record
from api.deps import SessionDep
from catalogue import store
from catalogue.herziening import is_verouderd
from catalogue.models import Recht, RechtPublicatie

router = APIRouter(prefix="/api/v1/catalogus", tags=["catalogusbeheer"])

NIET_GEVONDEN = "Geen recht met deze id in uw beheer."
ANTWOORDEN: dict[int | str, dict[str, Any]] = {
    401: {"description": "Geen of een ongeldig bearer-token."},
    403: {"description": "Uw rol geeft geen toegang (redacteur of admin nodig)."},
    404: {"description": "Geen recht met deze id in uw beheer (ook als het bestaat bij een andere gemeente)."},
}
# Keys of the GET answer that are not part of the record; a PUT may send them back, they are ignored.
ALLEEN_LEZEN = {"id", "versie", "beheer"}


def _iso(moment: datetime | None) -> str | None:
    """UTC, with its offset (SQLite gives naive datetimes back; everything is stored in UTC)."""
    if moment is None:
        return None
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).isoformat()


def _beheer(session, rij: Recht) -> dict[str, Any]:
    publiek = session.get(RechtPublicatie, rij.nr) is not None
    return {
        "status": rij.status,
        "publiek": publiek,
        "gepubliceerde_versie": rij.gepubliceerde_versie,
        "herziening_nodig": rij.herziening_nodig,
        "herziening_reden": rij.herziening_reden,
        "verouderd": is_verouderd(rij.laatst_geverifieerd),
        "onvolledig": [{"veld": v, "fout": m} for v, m in beheer.onvolledig(rij.record)],
        "aangemaakt_op": _iso(rij.aangemaakt_op),
        "gewijzigd_op": _iso(rij.gewijzigd_op),
        "gepubliceerd_op": _iso(rij.gepubliceerd_op),
    }


def _antwoord(session, rij: Recht, status_code: int = 200) -> JSONResponse:
    return JSONResponse(
        {**rij.record, "id": rij.id, "versie": rij.versie, "beheer": _beheer(session, rij)}, status_code=status_code
    )


def _ongeldig(fouten: list[dict[str, Any]]) -> RequestValidationError:
    return RequestValidationError([{**f, "loc": ("body", *f.get("loc", ()))} for f in fouten])


def _storefout(exc: store.StoreFout) -> RequestValidationError:
    """A store refusal `veld: melding` as a 422 on that field (on the whole body when it names none)."""
    veld, _, melding = str(exc).partition(": ")
    return _ongeldig([fout((veld,) if melding else (), melding or str(exc))])


def _recht(session, gebruiker, recht_id: str) -> Recht:
    try:
        return beheer.eigen_recht(session, gebruiker, recht_id)
    except beheer.NietGevonden:
        raise HTTPException(status_code=404, detail=NIET_GEVONDEN) from None


def _conflict(session, rij: Recht, exc: store.VersieConflict) -> HTTPException:
    session.commit()  # keep the audit entry of the refused change
    return HTTPException(
        status_code=409,
        detail=f"Het recht werd intussen gewijzigd: de huidige versie is {exc.huidig}, uw wijziging gaat uit van "
        f"versie {exc.verwacht}. Haal de huidige versie op en pas uw wijziging daarop toe.",
    )


def _versie(body: Any, *, verplicht: bool) -> int | None:
    waarde = body.get("versie") if isinstance(body, dict) else None
    if waarde is None:
        if verplicht:
            raise _ongeldig([fout(("versie",), "geef de versie waarop uw wijziging gebaseerd is")])
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 1:
        raise _ongeldig([fout(("versie",), "verwacht een versienummer (geheel getal vanaf 1)")])
    return waarde


@router.get("/rechten", responses=ANTWOORDEN)
def lijst(session: SessionDep, gebruiker: ApiGebruiker) -> dict[str, Any]:
    """De rechten in uw beheer (alle statussen), met status, verouderd en herziening nodig."""
    vereis(gebruiker, mag_catalogus)
    items = [
        {
            "id": r.rij.id,
            "code": r.rij.code,
            "naam": r.rij.naam,
            "niveau": r.rij.niveau,
            "organisatie": r.rij.organisatie,
            "versie": r.rij.versie,
            "status": r.rij.status,
            "publiek": r.publiek,
            "verouderd": r.verouderd,
            "herziening_nodig": r.rij.herziening_nodig,
            "laatst_geverifieerd": r.rij.laatst_geverifieerd.isoformat(),
            "gewijzigd_op": _iso(r.rij.gewijzigd_op),
        }
        for r in beheer.eigen_rechten(session, gebruiker)
    ]
    return {"items": items, "totaal": len(items)}


@router.post("/rechten", status_code=201, responses={**ANTWOORDEN, 422: {"description": "Ongeldig recht."}})
def maak(request: Request, session: SessionDep, gebruiker: ApiGebruiker, body: Any = Body(...)) -> Response:
    """Nieuw ontwerp voor uw gemeente: minstens `naam`, `beschrijving` en `niveau: "lokaal"`; met `concept` als
    kopie van dat concept. De bron-URL moet ingevuld zijn vóór publicatie."""
    vereis(gebruiker, mag_catalogus)
    if not isinstance(body, dict):
        raise _ongeldig([fout((), "verwacht een object met de velden van een recht")])
    ontbrekend = [v for v in ("naam", "beschrijving", "niveau") if v not in body]
    if ontbrekend:
        raise _ongeldig([{"type": "missing", "loc": (v,), "msg": "verplicht", "input": None} for v in ontbrekend])
    try:
        rij = beheer.nieuw_ontwerp(session, gebruiker, {k: v for k, v in body.items() if k not in ALLEEN_LEZEN})
    except Recordfout as exc:
        raise _ongeldig(exc.fouten) from None
    except beheer.Gebiedsfout as exc:
        raise _ongeldig([fout(("gebied",), str(exc))]) from None
    except store.StoreFout as exc:
        raise _storefout(exc) from None
    session.commit()
    antwoord = _antwoord(session, rij, 201)
    antwoord.headers["Location"] = f"/api/v1/catalogus/rechten/{rij.id}"
    return antwoord


@router.get("/rechten/{recht_id}", responses=ANTWOORDEN)
def lees(session: SessionDep, gebruiker: ApiGebruiker, recht_id: str) -> Response:
    """De werkversie van een recht (ook een ontwerp), met `versie` en de beheerstatus."""
    vereis(gebruiker, mag_catalogus)
    return _antwoord(session, _recht(session, gebruiker, recht_id))


@router.put(
    "/rechten/{recht_id}",
    responses={
        **ANTWOORDEN,
        409: {"description": "Intussen gewijzigd (verouderde versie)."},
        422: {"description": "Ongeldig recht."},
    },
)
def wijzig(session: SessionDep, gebruiker: ApiGebruiker, recht_id: str, body: Any = Body(...)) -> Response:
    """Bewaar een nieuwe werkversie (ontwerp). De body is het volledige recht plus de `versie` waarop de wijziging
    gebaseerd is; is die verouderd, dan volgt 409 en wordt niets overschreven."""
    vereis(gebruiker, mag_catalogus)
    rij = _recht(session, gebruiker, recht_id)
    versie = _versie(body, verplicht=True)
    if body.get("id") not in (None, rij.id):
        raise _ongeldig([fout(("id",), "de id in de body verschilt van die in het adres")])
    data = {k: v for k, v in body.items() if k not in ALLEEN_LEZEN}
    data["status"] = rij.status if rij.status != "gepubliceerd" else "ontwerp"
    try:
        record = valideer_record(data)
        beheer.wijzig(session, gebruiker, rij, record, versie=versie)
    except Recordfout as exc:
        raise _ongeldig(exc.fouten) from None
    except beheer.Gebiedsfout as exc:
        raise _ongeldig([fout(("gebied",), str(exc))]) from None
    except store.VersieConflict as exc:
        raise _conflict(session, rij, exc) from None
    except store.OngeldigeActie as exc:
        raise _ongeldig([fout(("code",), str(exc))]) from None
    except store.StoreFout as exc:
        raise _storefout(exc) from None
    session.commit()
    session.refresh(rij)
    return _antwoord(session, rij)


def _workflow(session, gebruiker, recht_id: str, actie: str, body: Any) -> Response:
    vereis(gebruiker, mag_catalogus)
    rij = _recht(session, gebruiker, recht_id)
    versie = _versie(body or {}, verplicht=False)
    try:
        beheer.voer_uit(session, gebruiker, rij, actie, versie=versie)
    except store.VersieConflict as exc:
        raise _conflict(session, rij, exc) from None
    except beheer.Onvolledig as exc:
        raise _ongeldig([fout((veld,), melding) for veld, melding in exc.problemen]) from None
    except store.OngeldigeActie as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    session.commit()
    session.refresh(rij)
    return _antwoord(session, rij)


WORKFLOW_ANTWOORDEN = {**ANTWOORDEN, 409: {"description": "Verouderde versie, of de actie past niet bij de status."}}


@router.post("/rechten/{recht_id}/publiceren", responses=WORKFLOW_ANTWOORDEN)
def publiceren(session: SessionDep, gebruiker: ApiGebruiker, recht_id: str, body: Any = Body(None)) -> Response:
    """Publiceer de werkversie (optioneel `{"versie": n}` als controle)."""
    return _workflow(session, gebruiker, recht_id, "publiceren", body)


@router.post("/rechten/{recht_id}/depubliceren", responses=WORKFLOW_ANTWOORDEN)
def depubliceren(session: SessionDep, gebruiker: ApiGebruiker, recht_id: str, body: Any = Body(None)) -> Response:
    """Haal het recht offline zonder het te archiveren; de werkversie blijft een ontwerp."""
    return _workflow(session, gebruiker, recht_id, "depubliceren", body)


@router.post("/rechten/{recht_id}/archiveren", responses=WORKFLOW_ANTWOORDEN)
def archiveren(session: SessionDep, gebruiker: ApiGebruiker, recht_id: str, body: Any = Body(None)) -> Response:
    """Archiveer het recht: het verdwijnt uit de publieke catalogus, de geschiedenis blijft."""
    return _workflow(session, gebruiker, recht_id, "archiveren", body)
