"""The rights overview (rechtenverkenner, CONTRACT.md §6): which rights a person probably or possibly has, and why.

- `feiten`: the situation facts of a profile (derived from the profile, or given in `situatie`).
- `catalogus`: the published catalogue prepared for evaluation (conditions parsed, links indexed).
- `beoordeling`: one right's effective condition in three-valued logic, and the pure-Python chaining (`fixpunt`).
- `leefloon`: the leefloon and equivalent-leefloon entries from the real leefloon advice.
- `uitleg`, `volgorde`: reasons in plain language; order, exclusions and the ranked questions.
- `samenstelling`: scope, fixed entries and the final `Overzicht` (`model`).
The durable-rules chaining and the compiled-catalogue cache live in `rules.overzicht`.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from rechten.overzicht.model import Gemeente, Hoofdbedrag, Overzicht, RechtStatus, Rechtuitkomst, Vraag, Vraagverwijzing

__all__ = [
    "Gemeente",
    "Hoofdbedrag",
    "Overzicht",
    "RechtStatus",
    "Rechtuitkomst",
    "Vraag",
    "Vraagverwijzing",
    "invoerfout",
]


def invoerfout(fouten: list[tuple[tuple[str | int, ...], str, Any]]) -> ValidationError:
    """A `ValidationError` for input problems found outside the Profiel model: (field path, Dutch message, value)."""
    return ValidationError.from_exception_data(
        "Profiel",
        [
            InitErrorDetails(type=PydanticCustomError("overzicht", melding), loc=pad, input=waarde)
            for pad, melding, waarde in fouten
        ],
    )
