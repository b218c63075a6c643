"""Dated legal parameters over HTTP: `GET /api/v1/parameters/leefloon?peildatum=` (amounts and exemptions in force)."""

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel

from rechten.advies import Geld
from rechten.leefloon.parameterset import overzicht
from rechten.samenhang import eerste_peildatum

router = APIRouter(prefix="/api/v1/parameters", tags=["parameters"])


# One category amount: yearly and monthly.
class Categoriebedrag(BaseModel):
    jaar: Geld
    maand: Geld


# One parameter series with the value in force on the peildatum.
class Parameterreeks(BaseModel):
    naam: str
    beschrijving: str
    eenheid: str
    bron: str
    bron_url: str | None
    geindexeerd: bool
    vanaf: date
    waarde: Any
    status: str
    bron_waarde: str
    bron_waarde_url: str | None
    laatst_gecontroleerd: date


# The leefloon parameters in force on a date.
class LeefloonParameters(BaseModel):
    peildatum: date
    categorieen: dict[str, Categoriebedrag]
    algemene_vrijstelling: dict[str, Geld]
    reeksen: list[Parameterreeks]
    waarschuwingen: list[str]


def _json(waarde: Any) -> Any:
    if isinstance(waarde, Decimal):
        return str(waarde)
    if isinstance(waarde, dict):
        return {k: _json(v) for k, v in waarde.items()}
    return waarde


@router.get("/leefloon", response_model=LeefloonParameters)
def leefloon_parameters(
    peildatum: Annotated[date, Query(description="Datum JJJJ-MM-DD waarop de bedragen gelden.")],
) -> LeefloonParameters:
    """Categoriebedragen, vrijstellingen en andere leefloonparameters die op de peildatum gelden, met hun bron."""
    eerste = eerste_peildatum()
    if peildatum < eerste:
        melding = f"De peildatum ligt vóór {eerste.isoformat()}: voor die datum zijn geen leefloonbedragen gekend."
        fout = {"type": "value_error", "loc": ("query", "peildatum"), "msg": melding, "input": peildatum.isoformat()}
        raise RequestValidationError([{**fout, "ctx": {"error": melding}}])
    data = overzicht(peildatum)
    data["reeksen"] = [{**r, "waarde": _json(r["waarde"])} for r in data["reeksen"]]
    return LeefloonParameters.model_validate(data)
