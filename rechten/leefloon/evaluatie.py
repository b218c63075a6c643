"""The state of one leefloon evaluation: what the rules decided and what the arithmetic found.

Rule actions write here (one condition status, the category, the means test); `samenstelling` turns it into an
Advies. Questions are kept once per field; assumptions once per code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rechten.advies import Status
from rechten.leefloon.aannames import Aannames
from rechten.leefloon.parameterset import Parameterset

if TYPE_CHECKING:
    from rechten.leefloon.art14_categorie import Huishouden
    from rechten.leefloon.art16_bestaansmiddelen import Middelentoets
    from rechten.profiel import Profiel

__all__ = ["Categoriebepaling", "LeefloonEvaluatie", "Vaststelling", "Vragen"]


@dataclass(frozen=True, slots=True)
class Vaststelling:
    """A condition status the rules inferred, the rule's reason code and the fact it matched."""

    code: str
    status: Status
    reden: str
    feit: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Categoriebepaling:
    """The category the rules inferred: one candidate when known, several when a fact is unknown."""

    kandidaten: tuple[int, ...]
    reden: str

    @property
    def zeker(self) -> int | None:
        return self.kandidaten[0] if len(self.kandidaten) == 1 else None


@dataclass
class Vragen:
    """Questions for unknown inputs, once per field path, in the order they came up."""

    _vragen: dict[str, str] = field(default_factory=dict)

    def stel(self, veld: str, vraag: str) -> None:
        self._vragen.setdefault(veld, vraag)

    def items(self) -> list[tuple[str, str]]:
        return list(self._vragen.items())

    def __bool__(self) -> bool:
        return bool(self._vragen)


@dataclass
class LeefloonEvaluatie:
    """Everything one advice is built from."""

    profiel: Profiel
    param: Parameterset
    huishouden: Huishouden
    voorwaarden: dict[str, Vaststelling] = field(default_factory=dict)
    categorie: Categoriebepaling | None = None
    middelentoets: Middelentoets | None = None
    aannames: Aannames = field(default_factory=Aannames)
    vragen: Vragen = field(default_factory=Vragen)
    waarschuwingen: list[str] = field(default_factory=list)
    gebruikte_reeksen: set[str] = field(default_factory=lambda: {"categoriebedragen"})

    def waarschuw(self, tekst: str) -> None:
        if tekst not in self.waarschuwingen:
            self.waarschuwingen.append(tekst)
