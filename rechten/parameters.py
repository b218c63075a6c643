"""Dated legal parameters: loads `rules/parameters/**.yaml` and answers "which value was in force on a date".

Each file is one series (`leefloon.categoriebedragen`, ...): a description, a unit, the legal `bron`, and dated
`waarden`, each with its own source, status (V verified / D derived / A assumption) and `laatst_gecontroleerd`;
`geindexeerd: true` marks amounts that follow indexation (and may be outdated after their last check).
A value holds from its `vanaf` until the next one. A date before the first value is refused; a date after the
last check of the last value is answered with that value plus a warning (a later indexation may exist).
Numeric leaves become `Decimal`; nothing here is a float.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from rechten.bronnen import Bron
from rechten.geld import maandbedrag

__all__ = [
    "PARAMETER_MAP",
    "ParameterFout",
    "PeildatumTeVroeg",
    "Reeks",
    "Waarde",
    "alle_reeksen",
    "reeks",
]

PARAMETER_MAP = Path(__file__).resolve().parents[1] / "rules" / "parameters"
_GETAL = re.compile(r"^-?\d+(\.\d+)?$")


class ParameterFout(ValueError):
    """A parameter file is malformed (missing source, date, value...)."""


class PeildatumTeVroeg(ValueError):
    """The reference date lies before the first value of a series."""

    def __init__(self, reeks: str, peildatum: date, eerste: date) -> None:
        super().__init__(
            f"Geen waarde voor {reeks} op {peildatum.isoformat()}: de eerste waarde geldt vanaf {eerste.isoformat()}."
        )
        self.reeks, self.peildatum, self.eerste = reeks, peildatum, eerste


@dataclass(frozen=True, slots=True)
class Waarde:
    """One dated value of a series."""

    vanaf: date
    waarde: Any
    status: str
    bron: str
    bron_url: str | None
    laatst_gecontroleerd: date
    laatste: bool

    def verouderd_op(self, peildatum: date) -> bool:
        """True when this is the last known value and `peildatum` lies after its last check."""
        return self.laatste and peildatum > self.laatst_gecontroleerd


@dataclass(frozen=True)
class Reeks:
    """A parameter series: its values sorted by date of effect."""

    naam: str
    beschrijving: str
    eenheid: str
    bron: Bron
    waarden: tuple[Waarde, ...]
    geindexeerd: bool = False
    _data: tuple[date, ...] = field(repr=False, default=())

    def op(self, peildatum: date) -> Waarde:
        """The value in force on `peildatum`; `PeildatumTeVroeg` before the first one."""
        i = bisect.bisect_right(self._data, peildatum) - 1
        if i < 0:
            raise PeildatumTeVroeg(self.naam, peildatum, self.waarden[0].vanaf)
        return self.waarden[i]

    @property
    def eerste_datum(self) -> date:
        return self.waarden[0].vanaf


def _getallen(waarde: Any, pad: str) -> Any:
    """Numeric strings (and ints) become Decimal, recursively; floats are refused (they are not exact)."""
    if isinstance(waarde, dict):
        return {str(k): _getallen(v, f"{pad}.{k}") for k, v in waarde.items()}
    if isinstance(waarde, (bool, float)):
        raise ParameterFout(f"{pad}: schrijf bedragen als tekst ('12.50'), niet als {type(waarde).__name__}")
    if isinstance(waarde, int):
        return Decimal(waarde)
    if isinstance(waarde, str) and _GETAL.match(waarde):
        return Decimal(waarde)
    if isinstance(waarde, str):
        return waarde
    raise ParameterFout(f"{pad}: onverwachte waarde {waarde!r}")


def _datum(waarde: Any, pad: str) -> date:
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str):
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            pass
    raise ParameterFout(f"{pad}: verwacht een datum JJJJ-MM-DD, kreeg {waarde!r}")


def _verplicht(data: dict, sleutel: str, pad: str) -> Any:
    if sleutel not in data or data[sleutel] in (None, ""):
        raise ParameterFout(f"{pad}: '{sleutel}' ontbreekt")
    return data[sleutel]


def lees_reeks(pad: Path, naam: str) -> Reeks:
    """Read and check one parameter file."""
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ParameterFout(f"{naam}: geen YAML-object")
    bron = _verplicht(data, "bron", naam)
    try:
        reeksbron = Bron(
            _verplicht(bron, "wet", f"{naam}.bron"), _verplicht(bron, "artikel", f"{naam}.bron"), bron.get("url")
        )
    except (TypeError, AttributeError) as exc:
        raise ParameterFout(f"{naam}.bron: verwacht wet, artikel en url") from exc
    rijen = _verplicht(data, "waarden", naam)
    waarden: list[Waarde] = []
    for i, rij in enumerate(rijen):
        rpad = f"{naam}.waarden.{i}"
        rbron = _verplicht(rij, "bron", rpad)
        if not isinstance(rbron, dict) or not rbron.get("titel"):
            raise ParameterFout(f"{rpad}.bron: 'titel' ontbreekt")
        waarden.append(
            Waarde(
                vanaf=_datum(_verplicht(rij, "vanaf", rpad), f"{rpad}.vanaf"),
                waarde=_getallen(_verplicht(rij, "waarde", rpad), f"{rpad}.waarde"),
                status=str(_verplicht(rij, "status", rpad)),
                bron=str(rbron["titel"]),
                bron_url=rbron.get("url"),
                laatst_gecontroleerd=_datum(
                    _verplicht(rij, "laatst_gecontroleerd", rpad), f"{rpad}.laatst_gecontroleerd"
                ),
                laatste=False,
            )
        )
        if "maand" in rij:  # published monthly amounts must follow from the yearly ones (SPEC.md §3)
            _controleer_maand(waarden[-1].waarde, _getallen(rij["maand"], f"{rpad}.maand"), rpad)
    if not waarden:
        raise ParameterFout(f"{naam}: geen waarden")
    data_ = [w.vanaf for w in waarden]
    if data_ != sorted(set(data_)):
        raise ParameterFout(f"{naam}: de waarden staan niet in oplopende, unieke datumvolgorde")
    waarden[-1] = replace(waarden[-1], laatste=True)
    return Reeks(
        naam=naam,
        beschrijving=str(_verplicht(data, "beschrijving", naam)),
        eenheid=str(_verplicht(data, "eenheid", naam)),
        bron=reeksbron,
        waarden=tuple(waarden),
        geindexeerd=data.get("geindexeerd") is True,
        _data=tuple(data_),
    )


def _controleer_maand(jaar: dict, maand: dict, pad: str) -> None:
    for cat, bedrag in maand.items():
        if maandbedrag(jaar[cat]) != bedrag:
            raise ParameterFout(f"{pad}.maand.{cat}: {bedrag} is niet {jaar[cat]} / 12 (half naar boven afgerond)")


@cache
def alle_reeksen() -> dict[str, Reeks]:
    """Every series under `rules/parameters/`, keyed by dotted name (`leefloon.categoriebedragen`)."""
    reeksen = {}
    for pad in sorted(PARAMETER_MAP.rglob("*.yaml")):
        naam = ".".join(pad.relative_to(PARAMETER_MAP).with_suffix("").parts)
        reeksen[naam] = lees_reeks(pad, naam)
    return reeksen


def reeks(naam: str) -> Reeks:
    """One series by name; KeyError names the unknown series."""
    try:
        return alle_reeksen()[naam]
    except KeyError:
        raise KeyError(f"onbekende parameterreeks {naam!r}") from None
