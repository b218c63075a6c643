"""Vocabulary of the IPDC-LPDC exchange: namespaces, IRIs we mint, and the JSON-LD context we embed.

The context is the official one (`catalogue/data/ipdc/jsonld/ipdc-lpdc-im.jsonld`, with its Dutch, type-scoped
terms: `InstantieSnapshot`, `naam`, `voorwaarden`, ...) plus our own terms in the namespace
`https://rechtenverkenner.be/ns#` (prefix `rv`) for what the IPDC model lacks. Embedding it makes an exported
file readable offline; on import the official context URL is replaced by this local copy, never fetched.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, SH, SKOS, XSD

__all__ = [
    "ADRES",
    "CONCEPT_IRI",
    "CPSV",
    "DCAT",
    "DCTERMS",
    "ELI",
    "INSTANTIE_IRI",
    "JSONLD_DIR",
    "LOCN",
    "LPDC",
    "M8G",
    "ORGANISATIE_IRI",
    "PAV",
    "PROV",
    "PS",
    "RDF",
    "RDFS",
    "RV",
    "SCHEMA",
    "SH",
    "SKOS",
    "SNAPSHOT_IRI",
    "XSD",
    "context",
    "officiele_context",
    "organisatie_iri",
    "slug",
    "snapshot_iri",
]

LPDC = Namespace("https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#")
SCHEMA = Namespace("http://schema.org/")
M8G = Namespace("http://data.europa.eu/m8g/")
CPSV = Namespace("http://purl.org/vocab/cpsv#")
PS = Namespace("http://vocab.belgif.be/ns/publicservice#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
ADRES = Namespace("https://data.vlaanderen.be/ns/adres#")
PAV = Namespace("http://purl.org/pav/")
RV = Namespace("https://rechtenverkenner.be/ns#")

# IRIs we mint. Instances and snapshots follow the pattern of integrating municipalities (LPDC docs).
INSTANTIE_IRI = "http://data.lblod.info/id/public-service/"
SNAPSHOT_IRI = "http://data.lblod.info/id/public-service-snapshot/"
ORGANISATIE_IRI = "https://rechtenverkenner.be/id/organisatie/"
CONCEPT_IRI = "https://rechtenverkenner.be/id/concept/"
_SNAPSHOT_NS = uuid.UUID("5b0c7a3e-6f1d-4f55-9b61-8d3c2f0e9a11")

JSONLD_DIR = Path(__file__).resolve().parent.parent / "data" / "ipdc" / "jsonld"

_RV = str(RV)
_XSD = str(XSD)

# Our extension terms. Top-level terms stay visible inside the official type-scoped contexts.
EIGEN_TERMEN: dict[str, Any] = {
    "rv": _RV,
    "code": {"@id": f"{_RV}code", "@type": f"{_XSD}string"},
    "naamFr": {"@id": f"{_RV}naamFr", "@language": "fr"},
    "beschrijvingFr": {"@id": f"{_RV}beschrijvingFr", "@language": "fr"},
    "verdereBeschrijvingFr": {"@id": f"{_RV}verdereBeschrijvingFr", "@language": "fr"},
    "uitzonderingenFr": {"@id": f"{_RV}uitzonderingenFr", "@language": "fr"},
    "samenvatting": {"@id": f"{_RV}samenvatting", "@container": "@language"},
    "socialeDoelgroepen": {"@id": f"{_RV}socialeDoelgroep", "@container": "@set"},
    "machineleesbareVoorwaarde": {"@id": f"{_RV}machineleesbareVoorwaarde", "@type": "@json"},
    "voorwaardeToelichting": {"@id": f"{_RV}voorwaardeToelichting"},
    "afzonderlijkeVoorwaarden": {"@id": f"{_RV}afzonderlijkeVoorwaarde", "@container": "@set", "@type": "@id"},
    "afzonderlijkeProcedures": {"@id": f"{_RV}afzonderlijkeProcedure", "@container": "@set", "@type": "@id"},
    "bedragen": {"@id": f"{_RV}bedrag", "@container": "@set", "@type": "@id"},
    "documenten": {"@id": f"{_RV}document", "@container": "@set", "@type": "@id"},
    "automatisch": {"@id": f"{_RV}automatisch", "@type": f"{_XSD}boolean"},
    "aanvragenBij": {"@id": f"{_RV}aanvragenBij"},
    "geeftRechtOp": {"@id": f"{_RV}geeftRechtOp", "@container": "@set"},
    "vereist": {"@id": f"{_RV}vereist", "@container": "@set"},
    "sluitUit": {"@id": f"{_RV}sluitUit", "@container": "@set"},
    "gebied": {"@id": f"{_RV}gebied", "@container": "@set"},
    "bronUrl": {"@id": f"{_RV}bronUrl", "@type": "@id"},
    "laatstGeverifieerd": {"@id": f"{_RV}laatstGeverifieerd", "@type": f"{_XSD}date"},
    "verificatieOpmerking": {"@id": f"{_RV}verificatieOpmerking"},
    "contactNaam": {"@id": f"{_RV}contactNaam"},
    "emailBuitenPatroon": {"@id": f"{_RV}emailBuitenPatroon"},
    "voorkeursnaam": {"@id": str(SKOS.prefLabel), "@language": "nl"},
    "Document": {
        "@id": f"{_RV}Document",
        "@context": {
            "omschrijving": {"@id": f"{_RV}omschrijving"},
            "order": {"@id": str(SH.order), "@type": f"{_XSD}integer"},
        },
    },
    "Bedrag": {
        "@id": f"{_RV}Bedrag",
        "@context": {
            "omschrijving": {"@id": f"{_RV}omschrijving"},
            "waarde": {"@id": f"{_RV}waarde", "@type": f"{_XSD}decimal"},
            "eenheid": {"@id": f"{_RV}eenheid"},
            "periode": {"@id": f"{_RV}periode"},
            "geldigVanaf": {"@id": f"{_RV}geldigVanaf", "@type": f"{_XSD}date"},
            "geldigTot": {"@id": f"{_RV}geldigTot", "@type": f"{_XSD}date"},
            "bron": {"@id": f"{_RV}bron", "@type": "@id"},
            "order": {"@id": str(SH.order), "@type": f"{_XSD}integer"},
        },
    },
}


@lru_cache(maxsize=1)
def _officiele_context_tekst() -> str:
    return (JSONLD_DIR / "ipdc-lpdc-im.jsonld").read_text(encoding="utf-8")


def officiele_context() -> dict[str, Any]:
    """The official IPDC-LPDC JSON-LD context (a fresh copy)."""
    return json.loads(_officiele_context_tekst())["@context"]


def context() -> dict[str, Any]:
    """The context embedded in every export: the official terms plus ours."""
    ctx = officiele_context()
    dubbel = set(ctx) & set(EIGEN_TERMEN)
    assert not dubbel, f"eigen termen overschrijven officiële termen: {dubbel}"
    ctx.update(json.loads(json.dumps(EIGEN_TERMEN)))
    return ctx


def slug(tekst: str, *, max_lengte: int = 80) -> str:
    """A lower-case ASCII slug (`OCMW Gent` → `ocmw-gent`), the form of our codes."""
    ascii_ = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii").lower()
    delen = re.findall(r"[a-z0-9]+", ascii_)
    return "-".join(delen)[:max_lengte].strip("-") or "x"


def organisatie_iri(naam: str) -> str:
    """IRI for an organisation that has no official IRI in the catalogue (derived from its name)."""
    return ORGANISATIE_IRI + slug(naam)


def snapshot_iri(instantie_id: str, inhoud: str) -> str:
    """A snapshot IRI that depends only on the instance and the content of this version (stable re-exports)."""
    vingerafdruk = hashlib.sha256(inhoud.encode("utf-8")).hexdigest()
    return SNAPSHOT_IRI + str(uuid.uuid5(_SNAPSHOT_NS, f"{instantie_id}/{vingerafdruk}"))
