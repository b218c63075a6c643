"""Reading values from an RDF graph for the import: language-tagged texts, ordered parts, organisations, dates,
and the parts of a right (conditions, procedures, contact points, websites, amounts) as plain dicts.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from rdflib import Graph, Literal, URIRef

from catalogue.ipdc.context import ADRES, CPSV, DCTERMS, LPDC, M8G, PS, RDFS, RV, SCHEMA, SH, SKOS, organisatie_iri

__all__ = [
    "Afwijzing",
    "Lezer",
    "bedragen",
    "bool_",
    "contact",
    "dag",
    "een",
    "json_waarde",
    "omschrijvingen",
    "platte_tekst",
    "procedures",
    "str_",
    "tijdstip",
    "voorwaarden",
    "waarden",
    "websites",
]

BRUSSEL = ZoneInfo("Europe/Brussels")
NL_VARIANTEN = ("nl", "nl-be-x-formal", "nl-be-x-informal", "nl-be-x-generated-formal", "nl-be-x-generated-informal")


class Afwijzing(Exception):
    """This record cannot be imported; the message says why (in Dutch)."""


# ## Reading values


def waarden(g: Graph, s, p) -> list:
    return list(g.objects(s, p))


def een(g: Graph, s, p):
    return next(iter(g.objects(s, p)), None)


def str_(g: Graph, s, p) -> str | None:
    w = een(g, s, p)
    return str(w) if w is not None else None


def platte_tekst(tekst: str) -> str:
    """HTML (as IPDC texts are) → plain text; text without tags is returned unchanged."""
    if not re.search(r"</?[a-zA-Z][^>]*>", tekst):
        return tekst
    t = re.sub(r"(?i)<br\s*/?>", "\n", tekst)
    t = re.sub(r"(?i)<li[^>]*>", "\n- ", t)
    t = re.sub(r"(?i)</(p|div|li|ul|ol|h[1-6])>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    t = re.sub(r"[ \t]+", " ", t)
    return re.sub(r"\n\s*\n+", "\n", t).strip()


class Lezer:
    """Reads the properties of one record's node; `eigen` (our own export) takes texts as they are, else
    IPDC's HTML becomes plain text."""

    def __init__(self, g: Graph, knoop, *, eigen: bool):
        self.g, self.knoop, self.eigen = g, knoop, eigen

    def tekst(self, s, p) -> dict[str, str]:
        """Texts per language (nl, en, fr) of a langString property."""
        per_taal: dict[str, str] = {}
        # Sorted: deterministic when a node has two texts in one language.
        for w in sorted(waarden(self.g, s, p), key=lambda x: (getattr(x, "language", None) or "", str(x))):
            if isinstance(w, Literal):
                per_taal.setdefault((w.language or "").lower(), str(w))
        uit = {}
        nl = next((per_taal[t] for t in (*NL_VARIANTEN, "") if t in per_taal), None)
        nl = nl or next((v for t, v in sorted(per_taal.items()) if t.startswith("nl")), None)
        for taal, waarde in (("nl", nl), ("en", per_taal.get("en")), ("fr", per_taal.get("fr"))):
            if waarde and waarde.strip():
                uit[taal] = waarde if self.eigen else platte_tekst(waarde)
        return uit

    def nl(self, s, p) -> str | None:
        return self.tekst(s, p).get("nl")

    def geordend(self, s, p) -> list:
        def sleutel(n):
            orde = een(self.g, n, SH.order)
            return (int(orde) if isinstance(orde, Literal) and str(orde).lstrip("-").isdigit() else 10**9, str(n))

        return sorted(waarden(self.g, s, p), key=sleutel)

    def organisatie(self, iri) -> dict[str, Any]:
        naam = None
        for p in (SKOS.prefLabel, RDFS.label, SCHEMA.name, URIRef("http://xmlns.com/foaf/0.1/name")):
            naam = self.nl(iri, p) or next((str(x) for x in waarden(self.g, iri, p)), None)
            if naam:
                break
        naam = naam or str(iri).rstrip("/").rsplit("/", 1)[-1]
        eigen_iri = isinstance(iri, URIRef) and str(iri) == organisatie_iri(naam)
        uri = str(iri) if isinstance(iri, URIRef) and not eigen_iri and str(iri).startswith("http") else None
        return {"naam": naam, "uri": uri}


def dag(w) -> date | None:
    if not isinstance(w, Literal):
        return None
    v = w.toPython()
    if isinstance(v, datetime):
        return v.astimezone(BRUSSEL).date() if v.tzinfo else v.date()
    if isinstance(v, date):
        return v
    raise Afwijzing(f"ongeldige datum {str(w)!r}")


def tijdstip(w) -> datetime | None:
    v = w.toPython() if isinstance(w, Literal) else None
    return v if isinstance(v, datetime) else None


# ## Mapping one node


def websites(lz: Lezer, s, p) -> list[dict]:
    return [
        {
            "naam": lz.nl(w, DCTERMS.title) or str_(lz.g, w, SCHEMA.url),
            "url": str_(lz.g, w, SCHEMA.url),
            "beschrijving": lz.nl(w, DCTERMS.description),
        }
        for w in lz.geordend(s, p)
    ]


def omschrijvingen(lz: Lezer, s, p) -> list[dict]:
    return [{"naam": lz.nl(n, DCTERMS.title), "beschrijving": lz.nl(n, DCTERMS.description)} for n in lz.geordend(s, p)]


def voorwaarden(lz: Lezer, s) -> list[dict]:
    knopen = lz.geordend(s, RV.afzonderlijkeVoorwaarde) or lz.geordend(s, PS.hasRequirement)
    uit = []
    for n in knopen:
        v: dict[str, Any] = {"naam": lz.nl(n, DCTERMS.title), "beschrijving": lz.nl(n, DCTERMS.description)}
        if (b := een(lz.g, n, M8G.hasSupportingEvidence)) is not None:
            v["bewijs"] = {"naam": lz.nl(b, DCTERMS.title), "beschrijving": lz.nl(b, DCTERMS.description)}
        uit.append(v)
    return uit


def procedures(lz: Lezer, s) -> list[dict]:
    knopen = lz.geordend(s, RV.afzonderlijkeProcedure) or lz.geordend(s, CPSV.follows)
    return [
        {
            "naam": lz.nl(n, DCTERMS.title),
            "beschrijving": lz.nl(n, DCTERMS.description),
            "websites": websites(lz, n, LPDC.hasWebsite),
        }
        for n in knopen
    ]


def contact(lz: Lezer, s) -> list[dict]:
    g, uit = lz.g, []
    for c in lz.geordend(s, M8G.hasContactPoint):
        item: dict[str, Any] = {
            "naam": str_(g, c, RV.contactNaam),
            "email": str_(g, c, SCHEMA.email) or str_(g, c, RV.emailBuitenPatroon),
            "telefoon": str_(g, c, SCHEMA.telephone),
            "url": str_(g, c, SCHEMA.url),
            "openingsuren": str_(g, c, SCHEMA.openingHours),
        }
        if (a := een(g, c, LPDC.address)) is not None:
            item["adres"] = {
                "straat": lz.nl(a, ADRES.Straatnaam),
                "huisnummer": str_(g, a, ADRES["Adresvoorstelling.huisnummer"]),
                "bus": str_(g, a, ADRES["Adresvoorstelling.busnummer"]),
                "postcode": str_(g, a, ADRES.postcode),
                "gemeente": lz.nl(a, ADRES.gemeentenaam),
                "land": lz.nl(a, ADRES.land) or "België",
            }
        uit.append({k: v for k, v in item.items() if v is not None})
    return uit


def bedragen(lz: Lezer, s) -> list[dict]:
    g = lz.g
    return [
        {
            k: v
            for k, v in {
                "omschrijving": str_(g, b, RV.omschrijving),
                "waarde": str_(g, b, RV.waarde),
                "eenheid": str_(g, b, RV.eenheid),
                "periode": str_(g, b, RV.periode),
                "geldig_vanaf": str_(g, b, RV.geldigVanaf),
                "geldig_tot": str_(g, b, RV.geldigTot),
                "bron": str_(g, b, RV.bron),
            }.items()
            if v is not None
        }
        for b in lz.geordend(s, RV.bedrag)
    ]


def json_waarde(w) -> Any:
    if w is None:
        return None
    try:
        return json.loads(str(w))
    except ValueError:
        raise Afwijzing("rv:machineleesbareVoorwaarde is geen geldige JSON") from None


def bool_(w) -> bool:
    return isinstance(w, Literal) and w.toPython() is True
