"""Rights overview over HTTP: `POST /api/v1/overzicht` (Profiel with `gemeente` → Overzicht, CONTRACT.md §3, §6)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError

from api.deps import SessionDep
from api.diensten.overzicht import maak_overzicht
from api.i18n import in_taal, kies_taal
from rechten.overzicht import Overzicht
from rechten.profiel import Profiel

router = APIRouter(prefix="/api/v1", tags=["overzicht"])


@router.post(
    "/overzicht",
    response_model=Overzicht,
    responses={
        422: {"description": "Ongeldig profiel of onbekende gemeente: elke fout met het pad van het veld en uitleg."}
    },
)
def rechtenoverzicht(
    profiel: Profiel,
    session: SessionDep,
    request: Request,
    alles: bool = Query(False, description="Ook de rechten waarvoor een voorwaarde niet voldaan is (status niet)."),
    taal: str | None = Query(
        None, pattern=r"^(nl|fr|en)$", description="Taal van de teksten (anders Accept-Language)."
    ),
) -> Response:
    """Welke rechten de persoon waarschijnlijk of mogelijk heeft in de gemeente, met redenen en open vragen.

    Geordend: waarschijnlijk vóór mogelijk, dan de waarde per jaar, dan het bestuursniveau. `vragen` zet de vragen
    die de meeste onbesliste rechten zouden beslissen vooraan.
    """
    try:
        with in_taal(taal or kies_taal(request)):
            uit = maak_overzicht(session, profiel, alles=alles)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None
    return Response(content=uit.model_dump_json(), media_type="application/json")
