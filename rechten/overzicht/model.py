"""The Overzicht: the rights overview for one profile (CONTRACT.md §6), with the extra fields that explain it.

`rechten` is ordered most valuable and most certain first (see `rechten.overzicht.volgorde`); `vragen` lists
the open questions, the ones that would settle the most undecided rights first. Money is `Decimal` in Python and a
string with two decimals in JSON.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

__all__ = ["Gemeente", "Hoofdbedrag", "Overzicht", "RechtStatus", "Rechtuitkomst", "Vraag", "Vraagverwijzing"]

Geld = Annotated[Decimal, PlainSerializer(lambda b: f"{b:.2f}", return_type=str, when_used="json")]
Getal = Annotated[Decimal, PlainSerializer(str, return_type=str, when_used="json")]


class RechtStatus(StrEnum):
    waarschijnlijk = "waarschijnlijk"  # every condition is met
    mogelijk = "mogelijk"  # none failed, some are unknown
    niet = "niet"  # a condition failed (listed only on request)


class _Uit(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Gemeente(_Uit):
    nis: str
    naam: str
    deelgemeente: Gemeente | None = Field(
        None, description="De vroegere gemeente waarin de persoon woont, als de postcode dat aangaf."
    )


class Vraagverwijzing(_Uit):
    """A question that would settle a `mogelijk` right: the input field to fill in and what to ask."""

    veld: str = Field(description="Invoerveld van het profiel, bv. situatie.aanvrager.leeftijd of gemeente.")
    vraag: str


class Vraag(Vraagverwijzing):
    """An open question of the whole overview, with the undecided rights it concerns."""

    rechten: list[str] = Field(description="Codes van de rechten die op dit antwoord wachten.")
    aantal: int = Field(description="Aantal onbesliste rechten dat op dit antwoord wacht.")


class Hoofdbedrag(_Uit):
    """The main amount of a right on the peildatum (from the catalogue, or the leefloon advice)."""

    omschrijving: str
    bedrag: Getal
    eenheid: str
    periode: str
    geldig_vanaf: date
    geldig_tot: date | None = None
    per_jaar: Geld | None = Field(None, description="Omgerekend naar een jaar, in euro (om te ordenen).")


class Rechtuitkomst(_Uit):
    """One right in the overview."""

    id: str
    code: str
    naam: str
    niveau: str
    status: RechtStatus
    redenen: list[str]
    ontbrekende_gegevens: list[Vraagverwijzing]
    automatisch: bool
    aanvragen_bij: str | None
    afgeleid_van: list[str] = Field(description="Codes van de rechten waaruit dit recht volgt.")
    themas: list[str]
    bedrag: Hoofdbedrag | None = None
    kan_niet_samen_met: list[str] = Field(
        default_factory=list, description="Codes van waarschijnlijke of mogelijke rechten die dit recht uitsluiten."
    )
    ontvangt_al: bool = False


class Overzicht(_Uit):
    """The rights overview of one profile on its peildatum."""

    gemeente: Gemeente
    peildatum: date
    rechten: list[Rechtuitkomst]
    vragen: list[Vraag] = Field(default_factory=list)
    aantallen: dict[str, int] = Field(default_factory=dict, description="Aantal rechten per status.")
    catalogusversie: str
    regelversie: str
