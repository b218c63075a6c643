"""The declarative schema of a form whose fields are a nested pydantic model (see `api.web.formulier`).

`Veld` is one input, `Sectie` a fieldset on the same model level, `Groep` a nested object, `Lijst` a list of rows.
A field's name is its dotted path in the model; `veld_van_pad` and `label_van_pad` find a concrete path's part
of the schema and its readable name (`Aanvrager › Inkomsten › Inkomen 2 › Netto bedrag`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from api.i18n import gettext

__all__ = [
    "GEEN",
    "LIJST",
    "RIJ",
    "Groep",
    "Lijst",
    "Omgezet",
    "Sectie",
    "Veld",
    "Veldfout",
    "label_van_pad",
    "plat",
    "veld_van_pad",
]

RIJ = "_rij"
GEEN = "geen"
LIJST = "lijst"


@dataclass(frozen=True)
class Veld:
    """One input. `soort`: tekst, datum, bedrag, getal (a decimal that is no money), geheel, janee, keuze, aandeel;
    `meetellen` (a select whose value `bedrag` takes the amount from the field `<naam>_bedrag`), `hulp` (such a
    companion field: shown, not put in the model)."""

    naam: str
    soort: str
    label: str
    hint: str | None = None
    keuzes: str | None = None  # code list in api.web.labels
    standaard: str = ""  # value of a new, empty form
    leeg: bool = True  # a "not known" option for keuze


@dataclass(frozen=True)
class Sectie:
    """Layout only: a fieldset with a legend around fields on the same level of the model."""

    naam: str  # id of the fieldset
    label: str
    delen: tuple[Any, ...]
    hint: str | None = None


@dataclass(frozen=True)
class Groep:
    """A nested object (`vermogen`): present in the model only when something inside it is filled in."""

    naam: str
    label: str
    delen: tuple[Any, ...]
    hint: str | None = None


@dataclass(frozen=True)
class Lijst:
    """A list of rows (`inkomsten`); `rij_label` names one row ("Inkomen %(n)d")."""

    naam: str
    label: str
    rij_label: str
    delen: tuple[Any, ...]
    toevoegen: str  # button text
    driewaardig: bool = False
    vraag: str | None = None  # the label of a three-valued list's select ("Heeft de aanvrager inkomsten?")
    geen_label: str | None = None  # its "none" option
    ja_label: str | None = None  # its "the rows below" option
    hint: str | None = None
    maximum: int = 20


@dataclass
class Veldfout:
    """An error on a form field (or on a group of fields when no single field is to blame)."""

    naam: str  # dotted name of the field or group
    tekst: str

    @property
    def id(self) -> str:
        return self.naam.replace(".", "-")


@dataclass
class Omgezet:
    """The model dict built from a form, local errors, and which form row each list item came from."""

    model: dict[str, Any] = field(default_factory=dict)
    fouten: list[Veldfout] = field(default_factory=list)
    rijnummers: dict[int, list[int]] = field(default_factory=dict)  # id(list in model) → row numbers in the form


def plat(delen: Iterable[Any]) -> list[Any]:
    """The parts on one level of the model (sections are only layout)."""
    uit = []
    for deel in delen:
        if isinstance(deel, Sectie):
            uit.extend(plat(deel.delen))
        else:
            uit.append(deel)
    return uit


def _langs_pad(delen: Iterable[Any], pad: str) -> Iterator[tuple[Any, int | None]]:
    """The schema parts a concrete path passes, each with the row number (0-based) that follows a list in the path,
    else None; stops at the first part the schema does not know."""
    stukken = pad.split(".")
    niveau = list(delen)
    i = 0
    while i < len(stukken):
        deel = next((d for d in plat(niveau) if d.naam == stukken[i]), None)
        if deel is None:
            return
        rij = None
        if isinstance(deel, Lijst) and i + 1 < len(stukken) and stukken[i + 1].isdigit():
            i += 1
            rij = int(stukken[i])
        yield deel, rij
        niveau = list(getattr(deel, "delen", ()))
        i += 1


def veld_van_pad(delen: Iterable[Any], pad: str) -> Any:
    """The schema part (Veld, Lijst, Groep) a concrete path points at, or None."""
    stappen = list(_langs_pad(delen, pad))
    gelopen = sum(1 if rij is None else 2 for _, rij in stappen)  # path parts used: a list's row number too
    return stappen[-1][0] if stappen and gelopen == len(pad.split(".")) else None


def label_van_pad(delen: Iterable[Any], pad: str) -> str:
    """A readable name for a field path: `Inkomsten van de aanvrager › Inkomen 2 › Bedrag`."""
    labels: list[str] = []
    for deel, rij in _langs_pad(delen, pad):
        labels.append(gettext(deel.label))
        if rij is not None:
            labels.append(gettext(deel.rij_label) % {"n": rij + 1})
    return " › ".join(labels) or pad
