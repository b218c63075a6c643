"""Health check: the app and its database answer."""

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from api.deps import EngineDep
from catalogue.db import check_database

router = APIRouter(prefix="/api/v1", tags=["gezondheid"])


# Answer of the health check.
class Gezondheid(BaseModel):
    status: str
    database: str


@router.get("/gezondheid", response_model=Gezondheid)
def gezondheid(engine: EngineDep) -> Gezondheid:
    """Check that the app and its database answer."""
    try:
        check_database(engine)
    except Exception as exc:  # any driver error means: not healthy
        raise HTTPException(status_code=503, detail="De database antwoordt niet.") from exc
    return Gezondheid(status="ok", database=engine.dialect.name)
