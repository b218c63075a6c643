"""Comparing versions: field-level diffs, the three-way comparison with a concept, and the stale rule.

- `verschillen(oud, nieuw)`: what changed between two records, per field (`naam.nl`, `bedragen`, ...).
- `drieweg(instantie, basis, concept)`: per field the instance's value, the concept version it was based on and
  the latest concept, with whether the concept changed since and whether the instance deviates (LPDC's
  "herziening nodig" comparison).
- `is_verouderd`: a right not verified for 12 months is flagged stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "ADMINISTRATIEVE_VELDEN",
    "EIGEN_VELDEN",
    "VEROUDERD_NA_MAANDEN",
    "Veldvergelijking",
    "drieweg",
    "inhoudelijk_gewijzigd",
    "is_verouderd",
    "verouderd_sinds",
    "verschillen",
]

# Rule of the catalogue (issue 4): a right whose data were not checked against the source for this many
# months is shown as stale. Policy of the product, not a legal amount.
VEROUDERD_NA_MAANDEN = 12

# Fields that belong to the instance itself and are not compared with its concept: identity, where it applies,
# who runs it locally, bookkeeping.
EIGEN_VELDEN = frozenset(
    {"code", "concept", "productnummer", "status", "gebied", "contact", "bevoegde_overheid",
     "uitvoerende_overheden", "bron_url", "laatst_geverifieerd", "verificatie_opmerking"}
)  # fmt: skip
# Changes to these alone do not make a concept "changed" for its instances.
ADMINISTRATIEVE_VELDEN = frozenset({"status", "laatst_geverifieerd", "verificatie_opmerking"})


def verschillen(oud: dict[str, Any], nieuw: dict[str, Any], pad: str = "") -> list[dict[str, Any]]:
    """`[{"veld": "naam.nl", "oud": …, "nieuw": …}]`: nested objects per key, lists and values as a whole."""
    uit: list[dict[str, Any]] = []
    for sleutel in list(oud) + [k for k in nieuw if k not in oud]:
        a, b = oud.get(sleutel), nieuw.get(sleutel)
        if a == b:
            continue
        naam = f"{pad}.{sleutel}" if pad else sleutel
        if isinstance(a, dict) and isinstance(b, dict):
            uit.extend(verschillen(a, b, naam))
        else:
            uit.append({"veld": naam, "oud": a, "nieuw": b})
    return uit


def inhoudelijk_gewijzigd(wijzigingen: list[dict[str, Any]]) -> bool:
    """True when a change touches more than status and verification bookkeeping."""
    return any(w["veld"].split(".")[0] not in ADMINISTRATIEVE_VELDEN for w in wijzigingen)


@dataclass(frozen=True)
class Veldvergelijking:
    """One field in the three-way comparison."""

    veld: str
    instantie: Any
    basis: Any  # the concept version the instance was copied from (None when unknown)
    concept: Any  # the latest concept

    @property
    def concept_gewijzigd(self) -> bool:
        return self.basis != self.concept

    @property
    def lokaal_aangepast(self) -> bool:
        return self.instantie != self.basis

    @property
    def conflict(self) -> bool:
        """Both the concept and the instance changed the field, differently."""
        return self.concept_gewijzigd and self.lokaal_aangepast and self.instantie != self.concept

    def als_dict(self) -> dict[str, Any]:
        return {
            "veld": self.veld,
            "instantie": self.instantie,
            "basis": self.basis,
            "concept": self.concept,
            "concept_gewijzigd": self.concept_gewijzigd,
            "lokaal_aangepast": self.lokaal_aangepast,
            "conflict": self.conflict,
        }


def drieweg(
    instantie: dict[str, Any], basis: dict[str, Any] | None, concept: dict[str, Any], *, alle: bool = False
) -> list[Veldvergelijking]:
    """Per concept field: instance, basis concept version, latest concept. Only differing fields unless `alle`."""
    basis = basis or {}
    velden = [v for v in concept if v not in EIGEN_VELDEN] + [
        v for v in instantie if v not in EIGEN_VELDEN and v not in concept
    ]
    uit = []
    for veld in velden:
        rij = Veldvergelijking(veld, instantie.get(veld), basis.get(veld), concept.get(veld))
        if alle or rij.concept_gewijzigd or rij.instantie != rij.concept:
            uit.append(rij)
    return uit


def verouderd_sinds(op: date) -> date:
    """The date before which a verification counts as stale on `op` (same day, 12 months earlier)."""
    maand = op.month - VEROUDERD_NA_MAANDEN % 12
    jaar = op.year - VEROUDERD_NA_MAANDEN // 12 - (1 if maand < 1 else 0)
    maand = maand + 12 if maand < 1 else maand
    dag = min(op.day, 28 if maand == 2 else 30 if maand in (4, 6, 9, 11) else 31)
    if maand == 2 and op.day == 29 and jaar % 4 == 0 and (jaar % 100 or jaar % 400 == 0):
        dag = 29
    return date(jaar, maand, dag)


def is_verouderd(laatst_geverifieerd: date, op: date | None = None) -> bool:
    """Not verified for 12 months (on `op`, today by default)."""
    return laatst_geverifieerd < verouderd_sinds(op or date.today())
