"""Municipality lookup (`GET /api/v1/gemeenten?q=`): by name prefix (NL/FR), postcode or NIS code."""

from __future__ import annotations

from fastapi import APIRouter, Query

from catalogue.gemeenten import gemeenten
from catalogue.publiek import GemeenteUit, gemeente_uit

router = APIRouter(prefix="/api/v1", tags=["gemeenten"])


@router.get("/gemeenten", response_model=list[GemeenteUit])
def zoek_gemeenten(
    q: str = Query("", max_length=100, description="begin van de naam (NL of FR), postcode of NIS-code"),
    limit: int = Query(20, ge=1, le=700),
) -> list[GemeenteUit]:
    """Municipalities matching `q` (all of them, alphabetically, when empty); merged ones name their successor."""
    register = gemeenten()
    gevonden = register.zoek(q, limit=limit) if q.strip() else register.alle()[:limit]
    return [gemeente_uit(g) for g in gevonden]
