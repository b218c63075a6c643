"""The `situatie` block of a Profiel: facts of the condition vocabulary given directly, for the rights overview.

Generated from `rechten.situatie.VELDEN`, so the input always matches what conditions can test: one nested group
per prefix (`situatie.aanvrager.erkende_handicap`, `situatie.huishouden.inkomen_jaar`, `situatie.woning.huurder`,
`situatie.mantelzorg.geeft_mantelzorg`, ...), each fact typed by its kind (whole number within its range, money
as an exact decimal, JSON boolean, one of its choices) and strict: an unknown key or a wrong type is an error
naming the field. `ontvangt` lists the codes of rights the person already receives (e.g. known from the KSZ).
Absent or `null` means unknown; `rechten.overzicht.feiten` fills in what the rest of the profile already says.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, create_model

from rechten.situatie import VELDEN, Soort, Veld

__all__ = ["GROEPEN", "RECHT_CODE", "Situatie", "situatie_waarden"]

RECHT_CODE = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# Money as in the rest of the profile: an exact decimal in euro, never negative, at most two decimals.
Geld = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2, allow_inf_nan=False)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _type(veld: Veld) -> Any:
    if veld.soort is Soort.geheel:
        return Annotated[int, Strict(), Field(ge=veld.minimum, le=veld.maximum)]
    if veld.soort is Soort.bedrag:
        return Geld
    if veld.soort is Soort.ja_nee:
        return Annotated[bool, Strict()]
    return Literal[veld.keuzes]  # type: ignore[valid-type]


def _groepen() -> dict[str, type[BaseModel]]:
    per_groep: dict[str, dict[str, Any]] = {}
    for naam, veld in VELDEN.items():
        groep, _, sleutel = naam.partition(".")
        beschrijving = f"{veld.label[:1].upper()}{veld.label[1:]}" + (f" ({veld.eenheid})" if veld.eenheid else "")
        per_groep.setdefault(groep, {})[sleutel] = (
            _type(veld) | None,
            Field(None, description=f"{beschrijving}. Vraag: {veld.vraag}"),
        )
    return {
        groep: create_model(f"Situatie{groep.capitalize()}", __base__=_Model, **velden)
        for groep, velden in per_groep.items()
    }


GROEPEN: dict[str, type[BaseModel]] = _groepen()

Situatie = create_model(
    "Situatie",
    __base__=_Model,
    __doc__="Feiten over de situatie (leeg of null = onbekend) en de rechten die de persoon al ontvangt.",
    **{groep: (model | None, Field(None)) for groep, model in GROEPEN.items()},
    ontvangt=(
        list[Annotated[str, Field(pattern=RECHT_CODE, max_length=100)]],
        Field(
            default_factory=list,
            max_length=200,
            description="Codes van rechten die de persoon al ontvangt (bv. gekend via de KSZ).",
        ),
    ),
)


def situatie_waarden(situatie: Any) -> dict[str, Any]:
    """The facts given in a Situatie as `{"aanvrager.leeftijd": 70, ...}` (unknowns left out)."""
    if situatie is None:
        return {}
    uit: dict[str, Any] = {}
    for groep in GROEPEN:
        deel = getattr(situatie, groep)
        if deel is None:
            continue
        for sleutel, waarde in deel:
            if waarde is not None:
                uit[f"{groep}.{sleutel}"] = waarde
    return uit
