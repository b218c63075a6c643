"""The pure-Python reference evaluator of the condition language: three-valued (Kleene) logic.

Every condition evaluates to `voldaan`, `niet_voldaan` or `onbekend`. A missing fact never becomes "no": it
makes the leaf `onbekend` and its question (from `rechten.situatie.VELDEN`) is returned, but only when the
answer could still change the outcome (questions under a part that is already decided are dropped).

What the evaluator needs besides the condition is a `Context`: the facts (dotted names → values), the
`peildatum` at which dated thresholds are read, the municipality (NIS code) the person lives in with a callable
that says which NIS/NUTS areas contain it (merger-aware; the catalogue provides it), and the status of other
rights (`heeft_recht` chaining; the caller resolves those, e.g. from an earlier pass of the overview).

`Evaluator` is the small interface both this reference evaluator and the later durable-rules compilation
implement, so the two can be compared on random profiles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Protocol

from rechten.situatie import VELDEN, Soort
from rules.voorwaarden.model import (
    Alle,
    EenVan,
    Gedateerd,
    HeeftRecht,
    Inkomensgrens,
    Niet,
    Vergelijking,
    Voorwaarde,
    WoontIn,
)

__all__ = [
    "DEELGEMEENTE_VRAAG",
    "GEMEENTE_VRAAG",
    "Context",
    "Evaluator",
    "FeitFout",
    "OntbrekendGegeven",
    "ReferentieEvaluator",
    "Status",
    "Uitkomst",
    "controleer_feiten",
    "evalueer",
    "feit",
    "standaard_gebieden",
]

GEMEENTE_VELD = "gemeente"
GEMEENTE_VRAAG = "In welke gemeente woont de persoon (officieel adres of referentieadres)?"
DEELGEMEENTE_VRAAG = (
    "In welke deelgemeente woont de persoon (postcode of vroegere gemeente)? Een regel van een vroegere gemeente "
    "geldt na de fusie enkel op haar oude grondgebied."
)

# NIS code prefixes of the provinces → NUTS codes (province, region), for the fallback without merger data.
_PROVINCIE_NUTS = (
    ("21", "BE10", "BE1"),
    ("23", "BE24", "BE2"),
    ("24", "BE24", "BE2"),
    ("25", "BE31", "BE3"),
    ("1", "BE21", "BE2"),
    ("3", "BE25", "BE2"),
    ("4", "BE23", "BE2"),
    ("5", "BE32", "BE3"),
    ("6", "BE33", "BE3"),
    ("7", "BE22", "BE2"),
    ("8", "BE34", "BE3"),
    ("9", "BE35", "BE3"),
)


class Status(StrEnum):
    """The three truth values of a condition."""

    voldaan = "voldaan"
    niet_voldaan = "niet_voldaan"
    onbekend = "onbekend"


class FeitFout(ValueError):
    """A fact has a value of the wrong kind (e.g. the text "30" for an age): refused, never guessed."""

    def __init__(self, veld: str, melding: str) -> None:
        self.veld = veld
        self.melding = melding
        super().__init__(f"{veld}: {melding}")


@dataclass(frozen=True, slots=True)
class OntbrekendGegeven:
    """A fact the evaluation needs and does not have, with the question to ask."""

    veld: str
    vraag: str


@dataclass(frozen=True, slots=True)
class Uitkomst:
    """The status of a condition, the questions that could still decide it, and notes (e.g. no threshold yet)."""

    status: Status
    ontbrekend: tuple[OntbrekendGegeven, ...] = ()
    opmerkingen: tuple[str, ...] = ()


def standaard_gebieden(nis: str, peildatum: date) -> frozenset[str]:
    """Areas containing a municipality without merger data: the code itself, its province, region and Belgium."""
    codes = {nis, "BE"}
    for prefix, provincie, gewest in _PROVINCIE_NUTS:
        if nis.startswith(prefix):
            codes |= {provincie, gewest}
            break
    return frozenset(codes)


@dataclass(frozen=True)
class Context:
    """Everything an evaluation reads besides the condition itself."""

    peildatum: date
    feiten: Mapping[str, Any] = field(default_factory=dict)
    gemeente: str | None = None
    # (NIS code, peildatum) → every NIS/NUTS code whose territory contains that municipality at that date.
    gebieden: Callable[[str, date], Iterable[str]] = standaard_gebieden
    # (NIS code, peildatum) → areas covering only part of it (the old municipalities inside a merged one): a
    # condition on such an area is unknown until the person's part (postcode, old municipality) is known.
    deelgebieden: Callable[[str, date], Iterable[str]] | None = None
    # Right code → its status for this person (Status, "waarschijnlijk"/"mogelijk"/"niet", or a bool).
    rechten: Mapping[str, Any] = field(default_factory=dict)
    # Right code → its name, for the question asked when a right's status is unknown.
    rechtnamen: Mapping[str, str] = field(default_factory=dict)


class Evaluator(Protocol):
    """What every implementation of the condition language offers (reference, durable-rules, batch)."""

    naam: str

    def evalueer(self, voorwaarde: Voorwaarde, context: Context) -> Uitkomst: ...


_RECHT_STATUS = {
    "waarschijnlijk": Status.voldaan,
    "mogelijk": Status.onbekend,
    "niet": Status.niet_voldaan,
    "voldaan": Status.voldaan,
    "onbekend": Status.onbekend,
    "niet_voldaan": Status.niet_voldaan,
}


class ReferentieEvaluator:
    """Direct, recursive evaluation in Python: the specification the other evaluators are compared with."""

    naam = "referentie"

    def evalueer(self, voorwaarde: Voorwaarde, context: Context) -> Uitkomst:
        return _eval(voorwaarde, context)


def evalueer(voorwaarde: Voorwaarde, context: Context) -> Uitkomst:
    """Evaluate `voorwaarde` with the reference evaluator."""
    return _eval(voorwaarde, context)


def _eval(v: Voorwaarde, ctx: Context) -> Uitkomst:
    match v:
        case Alle(delen):
            return _combineer([_eval(d, ctx) for d in delen], beslissend=Status.niet_voldaan)
        case EenVan(delen):
            return _combineer([_eval(d, ctx) for d in delen], beslissend=Status.voldaan)
        case Niet(deel):
            u = _eval(deel, ctx)
            omgekeerd = {Status.voldaan: Status.niet_voldaan, Status.niet_voldaan: Status.voldaan}
            return Uitkomst(omgekeerd.get(u.status, Status.onbekend), u.ontbrekend, u.opmerkingen)
        case Vergelijking():
            return _vergelijking(v, ctx)
        case HeeftRecht(code):
            return _heeft_recht(code, ctx)
        case WoontIn(gebieden):
            return _woont_in(gebieden, ctx)
        case Inkomensgrens():
            return _inkomensgrens(v, ctx)
    raise TypeError(f"geen voorwaarde: {v!r}")


def _combineer(uitkomsten: list[Uitkomst], *, beslissend: Status) -> Uitkomst:
    """Kleene AND (`beslissend` = niet_voldaan) or OR (`beslissend` = voldaan) over the parts."""
    opmerkingen = _uniek(o for u in uitkomsten for o in u.opmerkingen)
    if any(u.status is beslissend for u in uitkomsten):
        return Uitkomst(beslissend, (), opmerkingen)
    onbekend = [u for u in uitkomsten if u.status is Status.onbekend]
    if onbekend:
        return Uitkomst(Status.onbekend, _uniek(g for u in onbekend for g in u.ontbrekend), opmerkingen)
    ander = Status.voldaan if beslissend is Status.niet_voldaan else Status.niet_voldaan
    return Uitkomst(ander, (), opmerkingen)


def _uniek(items: Iterable) -> tuple:
    return tuple(dict.fromkeys(items))


def _vraag(veld: str) -> OntbrekendGegeven:
    return OntbrekendGegeven(veld, VELDEN[veld].vraag)


def _onbekend(*velden: str) -> Uitkomst:
    return Uitkomst(Status.onbekend, tuple(_vraag(v) for v in velden))


def _uit(waar: bool) -> Uitkomst:
    return Uitkomst(Status.voldaan if waar else Status.niet_voldaan)


def feit(ctx: Context, naam: str) -> Any:
    """The value of fact `naam`, checked against its kind; None when unknown. Raises `FeitFout`."""
    waarde = ctx.feiten.get(naam)
    if waarde is None:
        return None
    veld = VELDEN[naam]
    if veld.soort is Soort.ja_nee:
        if not isinstance(waarde, bool):
            raise FeitFout(naam, "verwacht ja of nee (true/false)")
        return waarde
    if veld.soort is Soort.keuze:
        if waarde not in veld.keuzes:
            raise FeitFout(naam, f"onbekende waarde {waarde!r}")
        return waarde
    if veld.soort is Soort.geheel:
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            raise FeitFout(naam, "verwacht een geheel getal")
        return waarde
    if isinstance(waarde, bool) or not isinstance(waarde, int | Decimal | str):
        raise FeitFout(naam, "verwacht een bedrag als Decimal, geheel getal of tekst")
    try:
        bedrag = Decimal(waarde)
    except InvalidOperation:
        raise FeitFout(naam, f"{waarde!r} is geen bedrag") from None
    if not bedrag.is_finite():
        raise FeitFout(naam, "verwacht een eindig bedrag")
    return bedrag


def controleer_feiten(feiten: Mapping[str, Any]) -> dict[str, Any]:
    """All facts checked against the vocabulary (unknown names and wrong kinds raise `FeitFout`), None dropped."""
    ctx = Context(peildatum=date.min, feiten=feiten)
    uit = {}
    for naam in feiten:
        if naam not in VELDEN:
            raise FeitFout(naam, "onbekend gegeven")
        waarde = feit(ctx, naam)
        if waarde is not None:
            uit[naam] = waarde
    return uit


def _drempel(waarde: Any, ctx: Context) -> tuple[Any, str | None]:
    """The threshold in force at the peildatum, or (None, note) when the series starts later."""
    if isinstance(waarde, Gedateerd):
        huidig = waarde.op(ctx.peildatum)
        if huidig is None:
            eerste = waarde.reeks[0].vanaf.isoformat()
            return None, f"geen grens gekend op {ctx.peildatum.isoformat()} (eerste grens geldt vanaf {eerste})"
        return huidig, None
    return waarde, None


def _vergelijking(v: Vergelijking, ctx: Context) -> Uitkomst:
    waarde, opmerking = _drempel(v.waarde, ctx)
    if opmerking:
        return Uitkomst(Status.onbekend, (), (f"{VELDEN[v.veld].label}: {opmerking}",))
    gegeven = feit(ctx, v.veld)
    if gegeven is None:
        return _onbekend(v.veld)
    match v.op:
        case "=":
            return _uit(gegeven == waarde)
        case "!=":
            return _uit(gegeven != waarde)
        case "<":
            return _uit(gegeven < waarde)
        case "<=":
            return _uit(gegeven <= waarde)
        case ">":
            return _uit(gegeven > waarde)
        case ">=":
            return _uit(gegeven >= waarde)
        case "in":
            return _uit(gegeven in waarde)
        case "niet_in":
            return _uit(gegeven not in waarde)
    raise ValueError(f"onbekende operator {v.op!r}")


def _heeft_recht(code: str, ctx: Context) -> Uitkomst:
    ruw = ctx.rechten.get(code)
    if isinstance(ruw, bool):
        return _uit(ruw)
    status = ruw if isinstance(ruw, Status) else _RECHT_STATUS.get(str(ruw)) if ruw is not None else None
    if status is None or status is Status.onbekend:
        naam = ctx.rechtnamen.get(code) or code.replace("-", " ")
        return Uitkomst(Status.onbekend, (OntbrekendGegeven(f"recht.{code}", f"Heeft de persoon recht op {naam}?"),))
    return Uitkomst(status)


def _woont_in(gebieden: tuple[str, ...], ctx: Context) -> Uitkomst:
    if not ctx.gemeente:
        return Uitkomst(Status.onbekend, (OntbrekendGegeven(GEMEENTE_VELD, GEMEENTE_VRAAG),))
    omvattend = set(ctx.gebieden(ctx.gemeente, ctx.peildatum))
    if omvattend & set(gebieden):
        return _uit(True)
    if ctx.deelgebieden and set(ctx.deelgebieden(ctx.gemeente, ctx.peildatum)) & set(gebieden):
        return Uitkomst(Status.onbekend, (OntbrekendGegeven(GEMEENTE_VELD, DEELGEMEENTE_VRAAG),))
    return _uit(False)


def _inkomensgrens(v: Inkomensgrens, ctx: Context) -> Uitkomst:
    """Income at most basis + per_persoon × persons, or the table row for the household size.

    With the income known and the persons unknown the result is still decided when the income is below the
    lowest possible ceiling (voldaan) or above the highest (niet_voldaan, tables only).
    Aanname: a household smaller than the table's first row gets the first row; bigger ones the last row.
    """
    opmerkingen: list[str] = []

    def lees(w: Any) -> Decimal | None:
        d, opm = _drempel(w, ctx)
        if opm:
            opmerkingen.append(f"{VELDEN[v.inkomen].label}: {opm}")
        return d

    inkomen = feit(ctx, v.inkomen)
    personen = feit(ctx, v.personen)
    if v.tabel:
        rijen = [(n, lees(w)) for n, w in v.tabel]
        if opmerkingen:
            return Uitkomst(Status.onbekend, (), tuple(opmerkingen))
        if inkomen is None:
            return _onbekend(v.inkomen, *([v.personen] if personen is None else []))
        if personen is not None:
            grens = rijen[0][1]
            for n, w in rijen:
                if n <= personen:
                    grens = w
            return _uit(inkomen <= grens)
        grenzen = [w for _, w in rijen]
        if inkomen <= min(grenzen):
            return _uit(True)
        if inkomen > max(grenzen):
            return _uit(False)
        return _onbekend(v.personen)
    basis = lees(v.basis)
    per_persoon = lees(v.per_persoon) if v.per_persoon is not None else Decimal(0)
    if opmerkingen:
        return Uitkomst(Status.onbekend, (), tuple(opmerkingen))
    if inkomen is None:
        return _onbekend(v.inkomen, *([v.personen] if personen is None and per_persoon else []))
    if personen is None:
        if inkomen <= basis:  # per_persoon ≥ 0: the ceiling is at least the basis
            return _uit(True)
        return _onbekend(v.personen) if per_persoon else _uit(False)
    return _uit(inkomen <= basis + per_persoon * personen)
