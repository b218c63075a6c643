"""Leefloon advice over HTTP: `POST /api/v1/leefloon/advies` (Profiel → Advies, CONTRACT.md §3-5).

The texts of the advice and the validation messages are Dutch unless the client asks for French or English with
`?taal=` or Accept-Language (`api.taalroute`); field names, codes and amounts are the same in every language.
"""

from fastapi import APIRouter
from fastapi.responses import Response

from api.taalroute import TaalParameter, TaalRoute
from rechten.advies import Advies
from rechten.profiel import Profiel
from rules.leefloon import adviseer

router = APIRouter(prefix="/api/v1/leefloon", tags=["leefloon"], route_class=TaalRoute)


@router.post(
    "/advies",
    response_model=Advies,
    responses={422: {"description": "Ongeldig profiel: elke fout met het pad van het veld en een uitleg."}},
)
async def leefloon_advies(profiel: Profiel, taal: TaalParameter = None) -> Response:
    """Leefloonadvies voor een profiel: uitkomst, categorie, bedrag, berekening, voorwaarden en open vragen."""
    # `async def` on purpose, measured (bench/leefloon.py, 2 cores): an advice is ~0.4 ms of CPU that holds the GIL
    # (durable-rules never releases it), so the hop to the threadpool of a plain `def` cost more than the advice
    # itself (770 vs 1,090 advices/s on the same uvicorn server). The engine adapter's lock still serialises every
    # durable-rules call, also when other routes call the engine from the threadpool.
    # `taal` is applied by TaalRoute around the whole request; it is declared here to be documented and validated.
    return Response(content=adviseer(profiel).model_dump_json(), media_type="application/json")
