"""JSON-LD nodes (in the official context's terms) for the parts of a right: texts, organisations, conditions,
procedures, contact points, costs, amounts. Used by `export.py`; see its docstring for the interpretations.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from catalogue.ipdc.context import organisatie_iri
from catalogue.schema import Organisatie, RechtRecord, Tekst, Website

__all__ = [
    "EMAIL_PATROON",
    "bedragen",
    "contact",
    "decimaal",
    "nl",
    "omschrijvingen",
    "org",
    "procedures",
    "regelgeving",
    "tekst",
    "voorwaarden",
    "website",
    "zonder_leeg",
]

# The shape's pattern for schema:email; addresses our schema allows but this one refuses go under rv:.
EMAIL_PATROON = re.compile(r"^[\w.-]+@[\w.-]+\.[a-zA-Z]{2,}$", re.ASCII)


def decimaal(d: Decimal) -> str:
    return format(d, "f")  # plain notation (xsd:decimal has no exponent), scale kept as entered


def tekst(t: Tekst | None) -> dict[str, str] | None:
    if t is None:
        return None
    return {k: v for k, v in (("nl", t.nl), ("en", t.en)) if v}


def nl(s: str | None) -> dict[str, str] | None:
    return {"nl": s} if s else None


def org(o: Organisatie) -> dict[str, Any]:
    return {
        "@id": str(o.uri) if o.uri else organisatie_iri(o.naam),
        "@type": "PubliekeOrganisatie",
        "voorkeursnaam": o.naam,
    }


def zonder_leeg(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


def website(w: Website, volgorde: int) -> dict[str, Any]:
    return zonder_leeg(
        {
            "@type": "Website",
            "naam": nl(w.naam),
            "beschrijving": nl(w.beschrijving),
            "url": str(w.url),
            "order": volgorde,
        }
    )


def voorwaarden(record: RechtRecord) -> dict[str, Any]:
    knopen = []
    for i, v in enumerate(record.voorwaarden):
        knoop = {"@type": "Voorwaarde", "naam": nl(v.naam), "beschrijving": nl(v.beschrijving), "order": i}
        if v.bewijs:
            knoop["bewijs"] = {
                "@type": "Bewijs",
                "naam": nl(v.bewijs.naam),
                "beschrijving": nl(v.bewijs.beschrijving),
            }
        knopen.append(knoop)
    if len(knopen) <= 1:
        return {"voorwaarden": knopen}
    samen: dict[str, Any] = {
        "@type": "Voorwaarde",
        "naam": {"nl": "Voorwaarden"},
        "beschrijving": {
            "nl": "\n".join(f"{i}. {v.naam}: {v.beschrijving}" for i, v in enumerate(record.voorwaarden, 1))
        },
        "order": 0,
    }
    bewijzen = [f"{v.bewijs.naam}: {v.bewijs.beschrijving}" for v in record.voorwaarden if v.bewijs]
    if bewijzen:
        samen["bewijs"] = {
            "@type": "Bewijs",
            "naam": {"nl": "Bewijsstukken"},
            "beschrijving": {"nl": "\n".join(bewijzen)},
        }
    return {"voorwaarden": [samen], "afzonderlijkeVoorwaarden": knopen}


def procedures(record: RechtRecord) -> dict[str, Any]:
    knopen = [
        {
            "@type": "Procedure",
            "naam": nl(p.naam),
            "beschrijving": nl(p.beschrijving),
            "order": i,
            "websites": [website(w, j) for j, w in enumerate(p.websites)],
        }
        for i, p in enumerate(record.procedures)
    ]
    knopen = [zonder_leeg(k) for k in knopen]
    if len(knopen) <= 1:
        return {"procedures": knopen}
    alle_sites = [w for p in record.procedures for w in p.websites]
    samen = {
        "@type": "Procedure",
        "naam": {"nl": "Procedure"},
        "beschrijving": {
            "nl": "\n".join(f"{i}. {p.naam}: {p.beschrijving}" for i, p in enumerate(record.procedures, 1))
        },
        "order": 0,
        "websites": [website(w, j) for j, w in enumerate(alle_sites)],
    }
    return {"procedures": [zonder_leeg(samen)], "afzonderlijkeProcedures": knopen}


def contact(record: RechtRecord) -> list[dict[str, Any]]:
    knopen = []
    for i, c in enumerate(record.contact):
        knoop: dict[str, Any] = {
            "@type": "Contactgegevens",
            "contactNaam": c.naam,
            "telefoonnummer": c.telefoon,
            "url": str(c.url) if c.url else None,
            "openingsuren": c.openingsuren,
            "order": i,
        }
        if c.email and EMAIL_PATROON.match(c.email):
            knoop["email"] = c.email
        elif c.email:
            knoop["emailBuitenPatroon"] = c.email
        if c.adres:
            a = c.adres
            knoop["adres"] = zonder_leeg(
                {
                    "@type": "Adres",
                    "straatnaam": nl(a.straat),
                    "huisnummer": a.huisnummer,
                    "busnummer": a.bus,
                    "postcode": a.postcode,
                    "gemeentenaam": nl(a.gemeente),
                    "land": nl(a.land),
                }
            )
        knopen.append(zonder_leeg(knoop))
    return knopen


def omschrijvingen(soort: str, lijst) -> list[dict[str, Any]]:
    return [
        {"@type": soort, "naam": nl(o.naam), "beschrijving": nl(o.beschrijving), "order": i}
        for i, o in enumerate(lijst)
    ]


def bedragen(record: RechtRecord) -> list[dict[str, Any]]:
    return [
        zonder_leeg(
            {
                "@type": "Bedrag",
                "omschrijving": b.omschrijving,
                "waarde": decimaal(b.waarde),
                "eenheid": b.eenheid.value,
                "periode": b.periode.value,
                "geldigVanaf": b.geldig_vanaf.isoformat(),
                "geldigTot": b.geldig_tot.isoformat() if b.geldig_tot else None,
                "bron": str(b.bron) if b.bron else None,
                "order": i,
            }
        )
        for i, b in enumerate(record.bedragen)
    ]


def regelgeving(record: RechtRecord) -> list[dict[str, Any]]:
    return [
        zonder_leeg(
            {
                "@type": "Regelgeving",
                "naam": nl(r.naam),
                "beschrijving": nl(r.beschrijving),
                "url": str(r.url),
                "order": i,
            }
        )
        for i, r in enumerate(record.regelgeving)
    ]
