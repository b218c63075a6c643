"""The Advies: the leefloon advice as output (CONTRACT.md §5), with optional fields that explain it further.

Amounts are `Decimal` in Python and strings with two decimals in JSON ("1314.20"). `bedrag` is only set for
`toekennen`; with `onvoldoende_gegevens` the amount the client would get if every unknown turned out favourable
is in `voorlopig_bedrag`, marked as provisional. Advice, never a decision: the OCMW decides after its inquiry.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

__all__ = [
    "AannameDetail",
    "Advies",
    "BedragPaar",
    "Bestaansmiddelen",
    "BronInvoer",
    "EerstMaand",
    "EquivalentLeefloon",
    "Geld",
    "OntbrekendGegeven",
    "Stap",
    "Status",
    "Uitkomst",
    "VerblijfBuitenlandAdvies",
    "VerblijfBuitenlandRegel",
    "Voorwaarde",
]


def _tekst(bedrag: Decimal) -> str:
    return f"{bedrag:.2f}"


Geld = Annotated[Decimal, PlainSerializer(_tekst, return_type=str, when_used="json")]


class Uitkomst(StrEnum):
    toekennen = "toekennen"
    weigeren = "weigeren"
    onvoldoende_gegevens = "onvoldoende_gegevens"


class Status(StrEnum):
    voldaan = "voldaan"
    niet_voldaan = "niet_voldaan"
    onbekend = "onbekend"


class _Uit(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BedragPaar(_Uit):
    """A yearly amount and its monthly twelfth (rounded half-up to the cent)."""

    jaar: Geld
    maand: Geld


class Bestaansmiddelen(_Uit):
    """The means test in four figures (yearly): own, cohabitants', general exemption, counted."""

    eigen: Geld
    samenwonenden: Geld
    vrijstelling: Geld
    in_aanmerking: Geld


class Stap(_Uit):
    """One step of the calculation, with its legal source."""

    stap: str
    bedrag: Geld | None = None
    bron: str


class Voorwaarde(_Uit):
    """One condition of RMI-wet art. 3 with its status, a plain-Dutch explanation and the source."""

    code: str
    status: Status
    uitleg: str
    bron: str
    bron_url: str | None = None


class OntbrekendGegeven(_Uit):
    """A question that would settle an unknown."""

    veld: str
    vraag: str


class AannameDetail(_Uit):
    """An assumption (not from the law), how the OCMW can override it, and whether it did."""

    code: str
    tekst: str
    overschrijfbaar_via: str
    door_ocmw_gekozen: bool = False


class VerblijfBuitenlandRegel(_Uit):
    van: date
    tot: date
    dagen: int
    weken_aangerekend: int
    dagen_geschorst: int
    uitleg: str


class VerblijfBuitenlandAdvies(_Uit):
    """Stays abroad: days suspended beyond the 4-week yearly allowance and the resulting reduction."""

    verblijven: list[VerblijfBuitenlandRegel]
    dagen_geschorst: int
    vermindering: Geld | None = None
    bron: str


class EquivalentLeefloon(_Uit):
    """Social aid equal to the leefloon for people legally staying but not entitled by nationality."""

    uitkomst: Uitkomst
    categorie: int | None
    bedrag: BedragPaar | None
    wettelijke_basis: str
    uitleg: str


class EerstMaand(_Uit):
    """The first month, pro rata from the reference date (no leefloon before the application date)."""

    dagen: int
    van_dagen: int
    bedrag: Geld
    methode: str


class BronInvoer(_Uit):
    """Which inputs came from which source (KSZ, the client, the social inquiry)."""

    veld: str
    bron: str


class Advies(_Uit):
    """The leefloon advice for one profile on one reference date."""

    uitkomst: Uitkomst
    categorie: int | None = Field(
        description="1 samenwonende, 2 alleenstaande, 3 met gezin ten laste; null als onbekend."
    )
    bedrag: BedragPaar | None
    categoriebedrag: BedragPaar | None
    bestaansmiddelen: Bestaansmiddelen | None
    berekening: list[Stap]
    voorwaarden: list[Voorwaarde]
    ontbrekende_gegevens: list[OntbrekendGegeven]
    aannames: list[str]
    verwijzingen: list[str]
    peildatum: date
    regelversie: str
    voorlopig_bedrag: BedragPaar | None = Field(
        None, description="Bij onvoldoende gegevens: het bedrag als alle onbekenden gunstig uitvallen (voorlopig)."
    )
    voorlopige_categorie: int | None = None
    aannames_details: list[AannameDetail] = Field(default_factory=list)
    waarschuwingen: list[str] = Field(default_factory=list)
    verblijf_buitenland: VerblijfBuitenlandAdvies | None = None
    equivalent_leefloon: EquivalentLeefloon | None = None
    eerste_maand: EerstMaand | None = None
    bronnen_invoer: list[BronInvoer] = Field(default_factory=list)
