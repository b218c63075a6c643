"""The rights overview on durable-rules: the catalogue compiled to a ruleset once per catalogue version.

Forward chaining, as PEERS.md §6.4 advises: the three-valued conditions are evaluated in pure Python (the reference
evaluator of `rules.voorwaarden`, called through `rechten.overzicht.beoordeling.stap`), and the engine chains the
rights. Facts:
    {"feit": "beoordeel", "code": C}                 evaluate right C (one per right in scope)
    {"feit": "recht", "code": C, "status": S}        right C was decided (waarschijnlijk / niet)
Rules: `beoordeel` evaluates the right it names; `keten.C` (one per right C that others read, through
`heeft_recht`, `geeft_recht_op` or `vereist`) re-evaluates the rights that depend on C once C is decided. A right
that becomes decided derives its `recht` fact, so the rights after it follow (leefloon → verhoogde tegemoetkoming
→ UiTPAS kansentarief, ...). Each right is decided at most once, so the chaining ends.

`gecompileerd(kenmerk, laad)` builds the catalogue and its ruleset once per catalogue version (the store's change
marker, `catalogue.store.publicatie_kenmerk`): a versioned ruleset name derived from the marker, registered once,
kept in a small cache; a published or archived right gives a new marker and so a new ruleset. `overzicht` makes
one person's overview in a fresh engine session.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rechten.advies import Advies
from rechten.overzicht.beoordeling import NIET, WAARSCHIJNLIJK, Toestand, stap
from rechten.overzicht.catalogus import Catalogus, RechtDefinitie, bouw_catalogus
from rechten.overzicht.model import Gemeente, Overzicht
from rechten.overzicht.samenstelling import begin, stel_samen
from rechten.profiel import Profiel
from rules.engine import Evaluatie, Regel, Regelset, evalueer, m, registreer
from rules.leefloon import REGELVERSIE, adviseer
from rules.voorwaarden import Weergave

__all__ = ["Gecompileerd", "compileer", "gecompileerd", "ketting", "overzicht"]

CACHE_GROOTTE = 4  # catalogue versions kept compiled (each publication makes a new one)
_cache: OrderedDict[str, Gecompileerd] = OrderedDict()
_cache_slot = threading.Lock()


@dataclass(frozen=True)
class Gecompileerd:
    """A catalogue version with its registered ruleset."""

    catalogus: Catalogus
    regelset: Regelset
    met_regel: frozenset[str]  # rights whose decision other rights wait for (they have a `keten` rule)


def _meld(ev: Evaluatie, codes: Sequence[str], met_regel: frozenset[str]) -> None:
    """Derive the `recht` fact of each newly decided right that others depend on."""
    statussen = ev.context.statussen
    for code in codes:
        if code in met_regel:
            ev.leid_af({"feit": "recht", "code": code, "status": statussen[code]})


def compileer(catalogus: Catalogus) -> Gecompileerd:
    """The ruleset of a catalogue version, registered with the engine (idempotent per version)."""
    codes = tuple(sorted(set(catalogus.rechten) | set(catalogus.afhankelijken)))
    schema = {"beoordeel": {"code": codes}, "recht": {"code": codes, "status": (WAARSCHIJNLIJK, NIET)}}
    met_regel = frozenset(catalogus.afhankelijken)
    regels = [
        Regel(
            "beoordeel",
            m.feit == "beoordeel",
            lambda ev, feit: _meld(ev, stap(ev.context, (feit["code"],)), met_regel),
            "de gestandaardiseerde voorwaarde van elk recht in de catalogus (rules.voorwaarden)",
        )
    ]
    for code, afhankelijk in sorted(catalogus.afhankelijken.items()):
        regels.append(
            Regel(
                f"keten.{code}",
                (m.feit == "recht") & (m.code == code),
                lambda ev, feit, volgende=afhankelijk: _meld(ev, stap(ev.context, volgende), met_regel),
                f"catalogus: voorwaarden en relaties van {', '.join(afhankelijk)}",
            )
        )
    naam = f"overzicht_{hashlib.sha256(catalogus.kenmerk.encode()).hexdigest()[:16]}_v1"
    regelset = Regelset(naam, schema, tuple(regels))
    registreer(regelset)
    return Gecompileerd(catalogus, regelset, met_regel)


def gecompileerd(kenmerk: str, laad: Callable[[], Iterable[RechtDefinitie]]) -> Gecompileerd:
    """The compiled catalogue for this version; `laad` reads the definitions only when it is not cached yet."""
    with _cache_slot:
        if kenmerk in _cache:
            _cache.move_to_end(kenmerk)
            return _cache[kenmerk]
        uit = compileer(bouw_catalogus(laad(), kenmerk))
        _cache[kenmerk] = uit
        while len(_cache) > CACHE_GROOTTE:
            _cache.popitem(last=False)
        return uit


def ketting(comp: Gecompileerd, toestand: Toestand) -> dict[str, str]:
    """Chain the rights of one person with durable-rules in a fresh session; the decided statuses."""
    feiten = [{"feit": "beoordeel", "code": code} for code in toestand.open_codes()]
    if feiten:
        evalueer(comp.regelset, feiten, toestand)
    return dict(toestand.statussen)


def overzicht(
    comp: Gecompileerd,
    profiel: Profiel,
    *,
    gemeente: Gemeente,
    nis: str,
    gebieden: Iterable[str],
    deelgebieden: Iterable[str] = (),
    gebiedsnaam: Callable[[str], str | None] | None = None,
    alles: bool = False,
    advies: Advies | None = None,
) -> Overzicht:
    """One person's overview: the leefloon advice, the chaining on the engine, then the pure assembly."""
    advies = advies or adviseer(profiel)
    toestand, vast = begin(
        comp.catalogus, profiel, gemeente=nis, gebieden=gebieden, deelgebieden=deelgebieden, advies=advies
    )
    ketting(comp, toestand)
    weergave = Weergave(gebiedsnaam=gebiedsnaam, rechtnaam=comp.catalogus.naam, peildatum=profiel.peildatum)
    return stel_samen(
        toestand, vast, gemeente=gemeente, weergave=weergave, alles=alles,
        regelversie=f"{REGELVERSIE}; {comp.regelset.naam}",
    )  # fmt: skip
