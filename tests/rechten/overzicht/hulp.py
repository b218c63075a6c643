"""Small catalogues and profiles for the overview tests (not the bundled data)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rechten.overzicht.beoordeling import Toestand
from rechten.overzicht.catalogus import Catalogus, bouw_catalogus, definitie
from tests.catalogue.maak import recht as record

__all__ = ["GENT", "catalogus", "recht", "toestand"]

GENT = frozenset({"44021", "BE234", "BE23", "BE2", "BE"})
PEIL = date(2025, 6, 1)


def recht(code: str, voorwaarde: dict | None = None, **velden: Any):
    """A definition of a right of Gent (or any level via `niveau`/`gebied`)."""
    if voorwaarde is not None:
        velden["voorwaarde"] = voorwaarde
    return definitie(f"id-{code}", record(code, **velden).model_dump(mode="json"))


def catalogus(*definities, kenmerk: str = "test") -> Catalogus:
    return bouw_catalogus(definities, kenmerk)


def toestand(cat: Catalogus, feiten: dict | None = None, *, vast=None, gebieden=GENT, deel=frozenset()) -> Toestand:
    in_scope = frozenset(c for c, d in cat.rechten.items() if d.geldig_op(PEIL) and (gebieden | deel) & set(d.gebied))
    t = Toestand(
        catalogus=cat, peildatum=PEIL, feiten=feiten or {}, gemeente="44021", gebieden=gebieden, deelgebieden=deel,
        in_scope=in_scope, vast=vast or {},
    )  # fmt: skip
    for code in cat.rechten:
        if code not in in_scope:
            t.statussen.setdefault(code, "niet")
    return t
