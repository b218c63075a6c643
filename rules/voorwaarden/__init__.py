"""Standardised conditions (gestandaardiseerde voorwaarden): a small typed language stored with each right."""

from rules.voorwaarden.model import (
    Alle,
    EenVan,
    Gedateerd,
    HeeftRecht,
    Inkomensgrens,
    Niet,
    Vergelijking,
    Voorwaarde,
    VoorwaardeFout,
    WoontIn,
    naar_json,
    parse_voorwaarde,
)

__all__ = [
    "Alle",
    "EenVan",
    "Gedateerd",
    "HeeftRecht",
    "Inkomensgrens",
    "Niet",
    "Vergelijking",
    "Voorwaarde",
    "VoorwaardeFout",
    "WoontIn",
    "naar_json",
    "parse_voorwaarde",
]
