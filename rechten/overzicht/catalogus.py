"""The published catalogue prepared for the overview: each right with its parsed condition and its links.

Built once per catalogue version (the caller caches it by the store's change marker), from the published records
in their JSON form, so this package needs no database. A right's *effective* condition, evaluated in
`rechten.overzicht.beoordeling`:

    woont in its area  ∧  (its own condition  ∨  heeft_recht(A) for every A whose `geeft_recht_op` names it)
                       ∧  heeft_recht(C) for every C it `vereist`

A right without a machine-readable condition has an own condition that is always *onbekend* (never "no"):
it can only become likely through a right that gives access to it.

Aanname: "the youngest child is under N" (N ≤ 18) is read as "there is a minor child and the youngest is under N",
so a household known to have no minor children does not meet it (otherwise the age of a child that does not
exist would stay an open question). For N ≤ 18 both readings agree whenever a child exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from rules.voorwaarden import HeeftRecht, Voorwaarde, parse_voorwaarde
from rules.voorwaarden.model import Alle, EenVan, Niet, Vergelijking

__all__ = ["Bedragregel", "Catalogus", "RechtDefinitie", "bouw_catalogus", "gebied_codes"]


def gebied_codes(record: Mapping[str, Any]) -> tuple[str, ...]:
    """Where a right applies: its own codes, or its level's territory (BE; BE2 for Flemish rights)."""
    if record.get("gebied"):
        return tuple(dict.fromkeys(record["gebied"]))
    return ("BE2",) if record.get("niveau") == "vlaams" else ("BE",)


def _datum(waarde: Any) -> date | None:
    if waarde is None or isinstance(waarde, date):
        return waarde
    return date.fromisoformat(str(waarde))


@dataclass(frozen=True, slots=True)
class Bedragregel:
    """One dated amount of a right (`bedragen`)."""

    omschrijving: str
    waarde: Decimal
    eenheid: str
    periode: str
    geldig_vanaf: date
    geldig_tot: date | None

    def geldig_op(self, peildatum: date) -> bool:
        return self.geldig_vanaf <= peildatum and (self.geldig_tot is None or peildatum <= self.geldig_tot)


@dataclass(frozen=True)
class RechtDefinitie:
    """What the overview needs of one published right."""

    id: str
    code: str
    naam: str
    niveau: str
    gebied: tuple[str, ...]
    voorwaarde: Voorwaarde | None
    voorwaarde_toelichting: str | None = None
    geeft_recht_op: tuple[str, ...] = ()
    vereist: tuple[str, ...] = ()
    sluit_uit: tuple[str, ...] = ()
    automatisch: bool = False
    aanvragen_bij: str | None = None
    themas: tuple[str, ...] = ()
    bedragen: tuple[Bedragregel, ...] = ()
    start: date | None = None
    einde: date | None = None
    namen: Mapping[str, str] = field(default_factory=dict)  # name per language (nl, fr, en when known)

    def geldig_op(self, peildatum: date) -> bool:
        return (self.start is None or self.start <= peildatum) and (self.einde is None or peildatum <= self.einde)


def _met_kind(v: Voorwaarde) -> Voorwaarde:
    """Guard "youngest child under N" with "at least one minor child" (see the module docstring)."""
    match v:
        case Vergelijking("huishouden.jongste_kind_leeftijd", "<" | "<=", int() as grens) if grens <= 18:
            return Alle((Vergelijking("huishouden.kinderen", ">=", 1), v))
        case Alle(delen):
            return Alle(tuple(_met_kind(d) for d in delen))
        case EenVan(delen):
            return EenVan(tuple(_met_kind(d) for d in delen))
        case Niet(deel):
            return Niet(_met_kind(deel))
    return v


def _rechten_in(v: Voorwaarde | None) -> set[str]:
    match v:
        case HeeftRecht(code):
            return {code}
        case Alle(delen) | EenVan(delen):
            return set().union(*(_rechten_in(d) for d in delen))
        case Niet(deel):
            return _rechten_in(deel)
    return set()


@dataclass(frozen=True)
class Catalogus:
    """The definitions by code, the reverse links, and who depends on whom (for forward chaining)."""

    kenmerk: str
    rechten: Mapping[str, RechtDefinitie]
    bronnen: Mapping[str, tuple[str, ...]]  # code → rights whose `geeft_recht_op` names it
    afhankelijken: Mapping[str, tuple[str, ...]]  # code → rights whose effective condition reads its status
    verwijst_naar: Mapping[str, tuple[str, ...]]  # code → rights its effective condition reads

    def naam(self, code: str) -> str | None:
        d = self.rechten.get(code)
        return d.naam if d else None


def definitie(recht_id: str, record: Mapping[str, Any]) -> RechtDefinitie:
    """A definition from a published record in its JSON form (already validated when it was saved)."""
    relaties = record.get("relaties") or {}
    naam = record["naam"]
    return RechtDefinitie(
        id=recht_id,
        code=record["code"],
        naam=naam["nl"],
        niveau=record["niveau"],
        gebied=gebied_codes(record),
        voorwaarde=_met_kind(parse_voorwaarde(record["voorwaarde"])) if record.get("voorwaarde") else None,
        voorwaarde_toelichting=record.get("voorwaarde_toelichting"),
        geeft_recht_op=tuple(relaties.get("geeft_recht_op", ())),
        vereist=tuple(relaties.get("vereist", ())),
        sluit_uit=tuple(relaties.get("sluit_uit", ())),
        automatisch=bool(record.get("automatisch")),
        aanvragen_bij=record.get("aanvragen_bij"),
        themas=tuple(record.get("themas", ())),
        bedragen=tuple(
            Bedragregel(
                b["omschrijving"],
                Decimal(str(b["waarde"])),
                b.get("eenheid", "euro"),
                b.get("periode", "eenmalig"),
                _datum(b["geldig_vanaf"]),
                _datum(b.get("geldig_tot")),
            )
            for b in record.get("bedragen", ())
        ),
        start=_datum(record.get("start")),
        einde=_datum(record.get("einde")),
        namen={taal: tekst for taal, tekst in naam.items() if tekst},
    )


def bouw_catalogus(definities: Iterable[RechtDefinitie], kenmerk: str) -> Catalogus:
    """Index the definitions: reverse `geeft_recht_op` links and the dependency graph of the chaining."""
    rechten = {d.code: d for d in sorted(definities, key=lambda d: d.code)}
    bronnen: dict[str, list[str]] = {}
    for d in rechten.values():
        for doel in d.geeft_recht_op:
            bronnen.setdefault(doel, []).append(d.code)
    verwijst: dict[str, tuple[str, ...]] = {}
    afhankelijken: dict[str, list[str]] = {}
    for d in rechten.values():
        leest = _rechten_in(d.voorwaarde) | set(bronnen.get(d.code, ())) | set(d.vereist)
        leest.discard(d.code)
        verwijst[d.code] = tuple(sorted(leest))
        for code in leest:
            afhankelijken.setdefault(code, []).append(d.code)
    return Catalogus(
        kenmerk=kenmerk,
        rechten=rechten,
        bronnen={k: tuple(v) for k, v in bronnen.items()},
        afhankelijken={k: tuple(sorted(v)) for k, v in afhankelijken.items()},
        verwijst_naar=verwijst,
    )
