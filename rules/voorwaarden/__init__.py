"""Standardised conditions (gestandaardiseerde voorwaarden): a small typed language stored with each right.

`model` parses and validates the JSON form, `evaluatie` evaluates it in three-valued logic (reference
evaluator), `weergave` renders it in plain Dutch and `sjablonen` builds the common conditions from templates.
"""

from rules.voorwaarden.evaluatie import (
    Context,
    Evaluator,
    FeitFout,
    OntbrekendGegeven,
    ReferentieEvaluator,
    Status,
    Uitkomst,
    evalueer,
)
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
from rules.voorwaarden.sjablonen import SJABLONEN, SjabloonFout, herken, maak_voorwaarde, sjablonen_json
from rules.voorwaarden.weergave import Weergave, beschrijf, beschrijf_regels

__all__ = [
    "SJABLONEN",
    "Alle",
    "Context",
    "EenVan",
    "Evaluator",
    "FeitFout",
    "Gedateerd",
    "HeeftRecht",
    "Inkomensgrens",
    "Niet",
    "OntbrekendGegeven",
    "ReferentieEvaluator",
    "SjabloonFout",
    "Status",
    "Uitkomst",
    "Vergelijking",
    "Voorwaarde",
    "VoorwaardeFout",
    "Weergave",
    "WoontIn",
    "beschrijf",
    "beschrijf_regels",
    "evalueer",
    "herken",
    "maak_voorwaarde",
    "naar_json",
    "parse_voorwaarde",
    "sjablonen_json",
]
