"""What the public API shows of a right: the summary in search results and the full published record.

`RechtSamenvatting` is CONTRACT §3's item (id, naam, niveau, themas, doelgroepen, gemeenten, automatisch,
laatst_geverifieerd) plus a few optional fields; `RechtPubliek` is the full `RechtRecord` of the published
version with its id, version, dates, stale flag and the machine-readable condition in plain Dutch.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from catalogue.gemeenten import Gemeente, gemeenten
from catalogue.herziening import is_verouderd
from catalogue.schema import RechtRecord
from rules.voorwaarden import VoorwaardeFout, Weergave, beschrijf, beschrijf_regels, parse_voorwaarde

__all__ = [
    "GemeenteUit",
    "RechtPubliek",
    "RechtSamenvatting",
    "Zoekresultaat",
    "gemeente_uit",
    "publiek",
    "samenvatting",
]


# One right in a list of search results.
class RechtSamenvatting(BaseModel):
    id: str
    code: str
    naam: str
    samenvatting: str | None = None
    niveau: str
    uitvoerend_niveau: list[str] = []
    type: str | None = None
    themas: list[str]
    doelgroepen: list[str]
    sociale_doelgroepen: list[str] = []
    gemeenten: list[str] = Field(description="NIS-codes waar het recht geldt; leeg = heel het gebied van het niveau")
    gebied: list[str] = Field(description="NIS- en NUTS-codes van het gebied (leeg = heel het gebied van het niveau)")
    automatisch: bool
    aanvragen_bij: str | None = None
    concept: str | None = None
    laatst_geverifieerd: date
    verouderd: bool = Field(description="niet nagekeken in de laatste 12 maanden")


# The answer of GET /api/v1/rechten.
class Zoekresultaat(BaseModel):
    items: list[RechtSamenvatting]
    totaal: int


# A condition line for display: depth of indentation and text.
class Voorwaarderegel(BaseModel):
    diepte: int
    tekst: str


# The full published record of a right (GET /api/v1/rechten/{id}).
class RechtPubliek(RechtRecord):
    id: str
    versie: int
    gepubliceerd_op: datetime | None = None
    gewijzigd_op: datetime | None = None
    verouderd: bool = False
    voorwaarde_tekst: str | None = None
    voorwaarde_regels: list[Voorwaarderegel] = Field(default_factory=list)


def samenvatting(recht_id: str, record: dict[str, Any], *, vandaag: date | None = None) -> RechtSamenvatting:
    """The summary of a record in its JSON form (no full validation: it was validated when saved)."""
    geverifieerd = date.fromisoformat(record["laatst_geverifieerd"])
    return RechtSamenvatting(
        id=recht_id, code=record["code"], naam=record["naam"]["nl"],
        samenvatting=(record.get("samenvatting") or {}).get("nl"), niveau=record["niveau"],
        uitvoerend_niveau=record.get("uitvoerend_niveau", []), type=record.get("type"), themas=record["themas"],
        doelgroepen=record.get("doelgroepen", []), sociale_doelgroepen=record.get("sociale_doelgroepen", []),
        gemeenten=[c for c in record.get("gebied", []) if c.isdigit()], gebied=record.get("gebied", []),
        automatisch=bool(record.get("automatisch")), aanvragen_bij=record.get("aanvragen_bij"),
        concept=record.get("concept"), laatst_geverifieerd=geverifieerd,
        verouderd=is_verouderd(geverifieerd, vandaag),
    )  # fmt: skip


def publiek(info: Any, record: RechtRecord, *, vandaag: date | None = None) -> RechtPubliek:
    """The full public view of a published right."""
    tekst, regels = None, []
    if record.voorwaarde:
        try:
            voorwaarde = parse_voorwaarde(record.voorwaarde)
            weergave = Weergave(gebiedsnaam=gemeenten().naam, peildatum=vandaag or date.today())
            tekst = beschrijf(voorwaarde, weergave)
            regels = [Voorwaarderegel(diepte=d, tekst=t) for d, t in beschrijf_regels(voorwaarde, weergave)]
        except VoorwaardeFout:
            pass
    return RechtPubliek(
        **record.model_dump(), id=info.id, versie=info.versie, gepubliceerd_op=info.gepubliceerd_op,
        gewijzigd_op=info.gewijzigd_op, verouderd=is_verouderd(record.laatst_geverifieerd, vandaag),
        voorwaarde_tekst=tekst, voorwaarde_regels=regels,
    )  # fmt: skip


# A municipality as the lookup returns it.
class GemeenteUit(BaseModel):
    nis: str
    naam: str = Field(description="Nederlandse naam")
    naam_nl: str
    naam_fr: str
    provincie: str | None = Field(None, description="provincie (NL); leeg voor het Brussels Gewest")
    provincie_fr: str | None = None
    provincie_nuts: str
    gewest: str
    gewest_nuts: str
    postcodes: list[str]
    hoofdpostcode: str | None
    geldig_vanaf: date | None = None
    geldig_tot: date | None = None
    opgegaan_in: str | None = Field(None, description="NIS-code van de fusiegemeente waarin ze opging")
    samengesteld_uit: list[str] = Field([], description="NIS-codes van de gemeenten waaruit ze ontstond")


def gemeente_uit(g: Gemeente) -> GemeenteUit:
    return GemeenteUit(
        nis=g.nis, naam=g.naam_nl, naam_nl=g.naam_nl, naam_fr=g.naam_fr, provincie=g.provincie_nl,
        provincie_fr=g.provincie_fr, provincie_nuts=g.provincie_nuts, gewest=g.gewest_nl, gewest_nuts=g.gewest_nuts,
        postcodes=list(g.postcodes), hoofdpostcode=g.hoofdpostcode, geldig_vanaf=g.geldig_vanaf,
        geldig_tot=g.geldig_tot, opgegaan_in=g.opgegaan_in,
        samengesteld_uit=[c for c in g.samengesteld_uit if c != g.nis],
    )  # fmt: skip
