"""Evaluating rights for one person: one right's effective condition, and the chaining between rights.

Three-valued throughout (`voldaan` / `niet_voldaan` / `onbekend`, Kleene logic); the leaves are evaluated by the
reference evaluator of `rules.voorwaarden`. A right's status for the others (`heeft_recht`) is *decided* once its
effective condition is `voldaan` (waarschijnlijk) or `niet_voldaan` (niet); until then it is unknown. Because
Kleene logic is monotone in "how much is known", the chaining only ever moves a right from unknown to decided, so
evaluating the rights in any order until nothing changes reaches the same result (the least fixpoint; rights
that only depend on each other in a cycle stay unknown, i.e. `mogelijk`, never "no"). `fixpunt` does this in
plain Python; `rules.overzicht` lets durable-rules do it by forward chaining, and a property test checks both
agree. `stap` is the one function both call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rechten.overzicht.catalogus import Catalogus
from rules.voorwaarden import Context, HeeftRecht, Status, Uitkomst, WoontIn, evalueer

__all__ = [
    "NIET",
    "WAARSCHIJNLIJK",
    "Toestand",
    "beoordeel",
    "eindoordeel",
    "en",
    "fixpunt",
    "of",
    "stap",
]

WAARSCHIJNLIJK, NIET = "waarschijnlijk", "niet"
ZONDER_VOORWAARDE = Uitkomst(Status.onbekend)  # not machine-readable: unknown, and no fact would settle it
_NAAR_RECHT = {Status.voldaan: WAARSCHIJNLIJK, Status.niet_voldaan: NIET}


def _combineer(delen: list[Uitkomst], beslissend: Status) -> Uitkomst:
    opmerkingen = tuple(dict.fromkeys(o for u in delen for o in u.opmerkingen))
    if any(u.status is beslissend for u in delen):
        return Uitkomst(beslissend, (), opmerkingen)
    onbekend = [u for u in delen if u.status is Status.onbekend]
    if onbekend:
        vragen = tuple(dict.fromkeys(g for u in onbekend for g in u.ontbrekend))
        return Uitkomst(Status.onbekend, vragen, opmerkingen)
    ander = Status.voldaan if beslissend is Status.niet_voldaan else Status.niet_voldaan
    return Uitkomst(ander, (), opmerkingen)


def en(delen: list[Uitkomst]) -> Uitkomst:
    """Kleene AND."""
    return _combineer(delen, Status.niet_voldaan)


def of(delen: list[Uitkomst]) -> Uitkomst:
    """Kleene OR."""
    return _combineer(delen, Status.voldaan)


@dataclass
class Toestand:
    """One person's evaluation: the catalogue, the facts, which rights are in scope, and what is decided so far.

    `statussen` holds decided rights only (`waarschijnlijk` / `niet`) and is the `rechten` the condition
    evaluator reads, so it grows as the chaining proceeds. `vast` rights (the leefloon advice, rights already
    received) are never evaluated from their condition.
    """

    catalogus: Catalogus
    peildatum: date
    feiten: dict
    gemeente: str | None
    gebieden: frozenset[str]
    deelgebieden: frozenset[str]
    in_scope: frozenset[str]
    vast: dict[str, Uitkomst] = field(default_factory=dict)
    statussen: dict[str, str] = field(default_factory=dict)
    context: Context = field(init=False)
    _eind: dict[str, Uitkomst] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.context = Context(
            peildatum=self.peildatum,
            feiten=self.feiten,
            gemeente=self.gemeente,
            gebieden=lambda nis, dag: self.gebieden,
            deelgebieden=lambda nis, dag: self.deelgebieden,
            rechten=self.statussen,
            rechtnamen={code: d.naam for code, d in self.catalogus.rechten.items()},
        )
        for code, uitkomst in self.vast.items():
            if uitkomst.status in _NAAR_RECHT:
                self.statussen[code] = _NAAR_RECHT[uitkomst.status]

    def open_codes(self) -> list[str]:
        """Rights in scope whose status is still to be found by evaluation."""
        return [c for c in sorted(self.in_scope) if c not in self.vast and c not in self.statussen]


def beoordeel(toestand: Toestand, code: str) -> Uitkomst:
    """The effective condition of `code` for this person, with the statuses decided so far."""
    if code in toestand.vast:
        return toestand.vast[code]
    cat, ctx = toestand.catalogus, toestand.context
    d = cat.rechten[code]
    eigen = evalueer(d.voorwaarde, ctx) if d.voorwaarde is not None else ZONDER_VOORWAARDE
    toegang = of([eigen, *(evalueer(HeeftRecht(a), ctx) for a in cat.bronnen.get(code, ()))])
    return en([evalueer(WoontIn(d.gebied), ctx), toegang, *(evalueer(HeeftRecht(c), ctx) for c in d.vereist)])


def eindoordeel(toestand: Toestand, code: str) -> Uitkomst:
    """`beoordeel` once the chaining is done (the statuses no longer change), remembered per right."""
    if code not in toestand._eind:
        toestand._eind[code] = beoordeel(toestand, code)
    return toestand._eind[code]


def stap(toestand: Toestand, codes: Iterable[str]) -> list[str]:
    """Evaluate the open rights among `codes`; record and return the ones that became decided."""
    nieuw = []
    for code in codes:
        if code not in toestand.in_scope or code in toestand.vast or code in toestand.statussen:
            continue
        status = _NAAR_RECHT.get(beoordeel(toestand, code).status)
        if status is not None:
            toestand.statussen[code] = status
            nieuw.append(code)
    return nieuw


def fixpunt(toestand: Toestand) -> dict[str, str]:
    """The pure-Python chaining: evaluate until no right changes; the decided statuses."""
    werk = toestand.open_codes()
    while werk:
        nieuw = stap(toestand, werk)
        if not nieuw:
            break
        werk = sorted({a for c in nieuw for a in toestand.catalogus.afhankelijken.get(c, ())})
        werk = [c for c in werk if c in toestand.in_scope and c not in toestand.statussen and c not in toestand.vast]
    return dict(toestand.statussen)
