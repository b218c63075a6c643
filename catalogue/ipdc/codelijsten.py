"""The official IPDC-LPDC code lists (Turtle files in `catalogue/data/ipdc/codelijsten/`) and our mapping to them.

Themes, target groups, product types and authority levels map one to one onto our enums. The geography list
(`geografisch-toepassingsgebied.ttl`) holds the five Flemish provinces (BE21–BE25) and the Flemish municipalities
as `http://data.europa.eu/nuts/code/BE{NUTS3}{NIS}` with the NIS code as `skos:notation` (2019 and 2025 mergers
included, with `time:hasBeginning` / `time:hasEnd`). It has no concept for Belgium, the regions, Brussels or
Wallonia: an empty federal or Flemish `gebied` is therefore exported as the five Flemish provinces, and codes the
list cannot express are kept (only) in our own extension `rv:gebied`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS, TIME

from catalogue.schema import Bestuursniveau, Doelgroep, ProductType, Thema, UitvoerendNiveau

__all__ = [
    "CODELIJSTEN_DIR",
    "CONCEPT_BASIS",
    "NUTS_BASIS",
    "PROVINCIES",
    "Gebied",
    "code_iri",
    "codelijst_bestanden",
    "enum_uit_iri",
    "gebied_naar_spatial",
    "geografie",
    "spatial_naar_gebied",
]

CODELIJSTEN_DIR = Path(__file__).resolve().parent.parent / "data" / "ipdc" / "codelijsten"
CONCEPT_BASIS = "https://productencatalogus.data.vlaanderen.be/id/concept/"
NUTS_BASIS = "http://data.europa.eu/nuts/code/"
PROVINCIES = ("BE21", "BE22", "BE23", "BE24", "BE25")  # the only supra-local areas in the official list
# Older LPDC data used REFNIS IRIs for municipalities (e.g. http://vocab.belgif.be/auth/refnis2019/44021).
REFNIS_RE = re.compile(r"^https?://vocab\.belgif\.be/auth/refnis\d{4}/(\d{5})$")

# Our enum → the scheme name in the concept IRI.
E = TypeVar("E", bound=StrEnum)

SCHEMA_VAN: dict[type[StrEnum], str] = {
    Thema: "Thema",
    Doelgroep: "Doelgroep",
    ProductType: "Type",
    Bestuursniveau: "BevoegdBestuursniveau",
    UitvoerendNiveau: "UitvoerendBestuursniveau",
}


def codelijst_bestanden() -> list[Path]:
    """Every official code-list file (for merging into a data graph before SHACL validation)."""
    return sorted(CODELIJSTEN_DIR.glob("*.ttl"))


def code_iri(waarde: StrEnum) -> URIRef:
    """The official concept IRI of an enum value (levels are capitalised in the list: `Federaal`)."""
    schema = SCHEMA_VAN[type(waarde)]
    naam = waarde.value
    if schema.endswith("Bestuursniveau"):
        naam = naam[:1].upper() + naam[1:]
    return URIRef(f"{CONCEPT_BASIS}{schema}/{naam}")


def enum_uit_iri(soort: type[E], iri: str) -> E | None:
    """The enum value for an official concept IRI, or None when the IRI is not in that list."""
    prefix = f"{CONCEPT_BASIS}{SCHEMA_VAN[soort]}/"
    if not iri.startswith(prefix):
        return None
    naam = iri[len(prefix) :]
    for lid in soort:
        if lid.value.lower() == naam.lower():
            return lid
    return None


@dataclass(frozen=True)
class Gebied:
    """One concept of the geography list."""

    iri: str
    notatie: str  # NIS code or NUTS code (BE21)
    label: str
    begin: date | None
    einde: date | None


@dataclass(frozen=True)
class Geografie:
    per_notatie: dict[str, Gebied]
    per_iri: dict[str, Gebied]


@lru_cache(maxsize=1)
def geografie() -> Geografie:
    """The geography code list, indexed by notation (NIS/NUTS) and by IRI."""
    g = Graph().parse(CODELIJSTEN_DIR / "geografisch-toepassingsgebied.ttl", format="turtle")
    gebieden = []
    for iri, notatie in g.subject_objects(SKOS.notation):
        label = next((str(x) for x in g.objects(iri, SKOS.prefLabel) if getattr(x, "language", None) == "nl"), "")
        begin = g.value(iri, TIME.hasBeginning)
        einde = g.value(iri, TIME.hasEnd)
        gebieden.append(
            Gebied(
                iri=str(iri),
                notatie=str(notatie),
                label=label,
                begin=begin.toPython() if isinstance(begin, Literal) else None,
                einde=einde.toPython() if isinstance(einde, Literal) else None,
            )
        )
    return Geografie({x.notatie: x for x in gebieden}, {x.iri: x for x in gebieden})


def gebied_naar_spatial(niveau: Bestuursniveau, gebied: list[str]) -> tuple[list[str], list[str]]:
    """The official `dct:spatial` IRIs for a right's area, and the codes the list cannot express.

    Empty area: federal, European and Flemish rights cover Flanders' five provinces in the list (the list has
    nothing for Belgium or the regions). `BE` and `BE2` likewise become the five provinces.
    """
    geo = geografie().per_notatie
    if not gebied:
        if niveau in (Bestuursniveau.europees, Bestuursniveau.federaal, Bestuursniveau.vlaams):
            return [geo[p].iri for p in PROVINCIES], []
        return [], []
    iris: set[str] = set()
    niet: list[str] = []
    for code in gebied:
        if code in ("BE", "BE2"):
            iris.update(geo[p].iri for p in PROVINCIES)
        elif code in geo:
            iris.add(geo[code].iri)
        else:
            niet.append(code)
    return sorted(iris), niet


def spatial_naar_gebied(niveau: Bestuursniveau, iris: list[str]) -> tuple[list[str], list[str]]:
    """Our `gebied` codes for `dct:spatial` IRIs, and the IRIs that are in no list we know.

    The five provinces together for a federal, European or Flemish right mean "the whole territory" (empty).
    """
    codes: set[str] = set()
    onbekend: list[str] = []
    per_iri = geografie().per_iri
    for iri in iris:
        if iri in per_iri:
            codes.add(per_iri[iri].notatie)
        elif m := REFNIS_RE.match(iri):
            codes.add(m.group(1))
        else:
            onbekend.append(iri)
    if niveau in (Bestuursniveau.europees, Bestuursniveau.federaal, Bestuursniveau.vlaams) and codes == set(PROVINCIES):
        return [], onbekend
    return sorted(codes), onbekend
