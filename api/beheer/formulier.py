"""The editor's form for every field of a right (`RechtRecord`): a declarative schema, the record as flat form
values, the form back into a record dict, and adding/removing rows of lists without JavaScript.

Field names are the dotted paths of the record (`kosten.1.naam`, `contact.0.adres.postcode`), so a pydantic
error's location names the field it belongs to. The page is always rendered from the record dict read from the
form (empty rows dropped), so indexes in errors and fields agree. Values that do not convert (a date typed
wrongly) are passed on as typed: pydantic names the error and the page shows what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from api.web.invoer import bedrag, datum, een, janee, nummers, pad, stukken

__all__ = [
    "Groep",
    "Lijst",
    "Sectie",
    "Veld",
    "lees",
    "pas_rij_toe",
    "waarden",
]


@dataclass(frozen=True)
class Veld:
    """One input. `soort`: tekst, tekstvak, url, email, datum, bedrag, keuze, vinkjes, janee, komma (a list typed
    as comma-separated values) or regels (a list, one per line). `keuzes` names a code list (api.web.labels or
    the lists below)."""

    naam: str
    label: str
    soort: str = "tekst"
    keuzes: str | None = None
    hint: str | None = None
    verplicht: bool = False


@dataclass(frozen=True)
class Groep:
    """A nested object (`adres`, `naam` with nl/fr/en). An optional group left empty is absent (null)."""

    naam: str
    label: str
    delen: tuple[Any, ...]
    optioneel: bool = True


@dataclass(frozen=True)
class Lijst:
    """A list of objects, one fieldset per row."""

    naam: str
    label: str
    rij_label: str  # "Kost %(n)d"
    delen: tuple[Any, ...]
    toevoegen: str
    hint: str | None = None


@dataclass(frozen=True)
class Sectie:
    """Layout: a titled part of the form."""

    id: str
    titel: str
    delen: tuple[Any, ...]
    uitleg: str | None = None
    dicht: bool = False  # shown collapsed (<details>)


def _delen(delen: Iterable[Any]) -> Iterable[Any]:
    """The parts on one level of the record (sections are layout only)."""
    for deel in delen:
        if isinstance(deel, Sectie):
            yield from _delen(deel.delen)
        else:
            yield deel


# ---- record → form values -----------------------------------------------------------------------------------


def _tekst(veld: Veld, waarde: Any) -> Any:
    if waarde is None:
        return [] if veld.soort == "vinkjes" else ""
    if veld.soort == "vinkjes":
        return [str(w) for w in waarde] if isinstance(waarde, list) else [str(waarde)]
    if veld.soort == "komma":
        return ", ".join(map(str, waarde)) if isinstance(waarde, list) else str(waarde)
    if veld.soort == "regels":
        return "\n".join(map(str, waarde)) if isinstance(waarde, list) else str(waarde)
    if veld.soort == "janee":
        return "ja" if waarde is True else "nee" if waarde is False else str(waarde)
    return str(waarde)


def waarden(delen: Iterable[Any], data: Mapping[str, Any] | None, prefix: str = "") -> dict[str, Any]:
    """Flat form values (`{"kosten.0.naam": "…"}`, lists for check boxes) and the row numbers of every list
    (`{"kosten": [0, 1]}` under the key `"#rijen"`)."""
    data = data or {}
    uit: dict[str, Any] = {}
    rijen: dict[str, list[int]] = uit.setdefault("#rijen", {})
    for deel in _delen(delen):
        naam = pad(prefix, deel.naam)
        waarde = data.get(deel.naam) if isinstance(data, Mapping) else None
        if isinstance(deel, Veld):
            uit[naam] = _tekst(deel, waarde)
        elif isinstance(deel, Groep):
            binnen = waarden(deel.delen, waarde if isinstance(waarde, Mapping) else {}, naam)
            rijen.update(binnen.pop("#rijen"))
            uit.update(binnen)
        elif isinstance(deel, Lijst):
            lijst = waarde if isinstance(waarde, list) else []
            rijen[naam] = list(range(len(lijst)))
            for i, rij in enumerate(lijst):
                binnen = waarden(deel.delen, rij if isinstance(rij, Mapping) else {}, f"{naam}.{i}")
                rijen.update(binnen.pop("#rijen"))
                uit.update(binnen)
    return uit


# ---- form → record ------------------------------------------------------------------------------------------


def _waarde(veld: Veld, form: Mapping[str, list[str]], naam: str) -> Any:
    if veld.soort == "vinkjes":
        return [w for w in form.get(naam, []) if w] or None
    tekst = een(form, naam)
    if not tekst:
        return None
    match veld.soort:
        case "komma":
            return stukken(tekst, r"[,;\n]")
        case "regels":
            return stukken(tekst, r"\r?\n")
        case "janee":
            return janee(tekst)
        case "bedrag":
            return bedrag(tekst)
        case "datum":
            return datum(tekst)
    return tekst.replace("\r\n", "\n")


def lees(delen: Iterable[Any], form: Mapping[str, list[str]], prefix: str = "") -> dict[str, Any]:
    """The record dict from the form (`form`: name → list of values). Empty fields, groups and rows are left
    out, so pydantic reports what is missing; lists that are empty become `[]`."""
    uit: dict[str, Any] = {}
    for deel in _delen(delen):
        naam = pad(prefix, deel.naam)
        if isinstance(deel, Veld):
            waarde = _waarde(deel, form, naam)
            if waarde is not None:
                uit[deel.naam] = waarde
            elif deel.soort in ("vinkjes", "komma", "regels"):
                uit[deel.naam] = []
        elif isinstance(deel, Groep):
            # A text may come in two parts (Dutch, and the translations further down): they are merged.
            binnen = lees(deel.delen, form, naam)
            gevuld = {k: v for k, v in binnen.items() if v not in (None, [], {})}
            if gevuld or not deel.optioneel:
                uit[deel.naam] = {**(uit.get(deel.naam) or {}), **(gevuld if deel.optioneel else binnen)}
            elif deel.naam not in uit:
                uit[deel.naam] = None
        elif isinstance(deel, Lijst):
            rijen = []
            for n in nummers(form, naam):
                rij = lees(deel.delen, form, f"{naam}.{n}")
                if any(v not in (None, [], {}) for v in rij.values()):
                    rijen.append(rij)
            uit[deel.naam] = rijen
    return uit


def pas_rij_toe(data: dict[str, Any], actie: str) -> str | None:
    """`rij:<lijst pad>` adds an empty row, `weg:<lijst pad>.<n>` removes one; returns the id to focus."""
    soort, _, pad = actie.partition(":")
    if soort not in ("rij", "weg") or not re.fullmatch(r"[a-z_]+(?:\.\d+\.[a-z_]+)*(?:\.\d+)?", pad):
        return None
    delen = pad.split(".")
    if soort == "weg":
        *lijst_pad, nummer = delen
        lijst = _zoek(data, lijst_pad)
        if isinstance(lijst, list) and nummer.isdigit() and int(nummer) < len(lijst):
            lijst.pop(int(nummer))
        return "-".join(lijst_pad)
    ouder = _zoek(data, delen[:-1]) if len(delen) > 1 else data
    if not isinstance(ouder, dict):
        return None
    lijst = ouder.setdefault(delen[-1], [])
    if not isinstance(lijst, list) or len(lijst) >= 50:
        return None
    lijst.append({})
    return f"{'-'.join(delen)}-{len(lijst) - 1}"


def _zoek(data: Any, delen: list[str]) -> Any:
    for deel in delen:
        if isinstance(data, list) and deel.isdigit() and int(deel) < len(data):
            data = data[int(deel)]
        elif isinstance(data, dict):
            data = data.get(deel)
        else:
            return None
    return data
