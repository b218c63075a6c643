"""Three-valued logic (Kleene) for facts: "ja", "nee" or "onbekend" — explicit strings, never None.

The rules engine never sees None (durable-rules silently never matches it): every fact value is one of these.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["JA", "NEE", "ONBEKEND", "WAARDEN", "en", "of", "uit_bool"]

JA = "ja"
NEE = "nee"
ONBEKEND = "onbekend"
WAARDEN = (JA, NEE, ONBEKEND)


def uit_bool(waarde: bool | None) -> str:
    """True/False/None → "ja"/"nee"/"onbekend"."""
    if waarde is None:
        return ONBEKEND
    return JA if waarde else NEE


def en(*waarden: str) -> str:
    """Kleene AND: "nee" wins, then "onbekend"."""
    if NEE in waarden:
        return NEE
    return ONBEKEND if ONBEKEND in waarden else JA


def of(waarden: Iterable[str]) -> str:
    """Kleene OR over any number of values ("nee" for none): "ja" wins, then "onbekend"."""
    gezien = set(waarden)
    if JA in gezien:
        return JA
    return ONBEKEND if ONBEKEND in gezien else NEE
