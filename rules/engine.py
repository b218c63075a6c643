"""The one adapter around durable-rules: every engine call in the product goes through here.

durable-rules 2.0.28 is an unmaintained C extension with sharp edges (../shared/DESIGN.md, PEERS.md §6). This module
handles each of them once, for every ruleset (leefloon today, compiled catalogue conditions later):

1. Threads: the C code is not thread-safe (segfaults, error 307). Every host call runs under one process-wide
   lock (`ENGINE_LOCK`); the extension never releases the GIL, so the lock costs no parallelism. Scale out with
   processes. Our host also starts none of durable's background dispatch timers (they would call into the C code
   outside the lock, and rulesets here use no timers).
2. The 1,024-session cap: a fresh session id per evaluation, `delete_state` in `finally` — never after a
   `MemoryError` (deleting a session that failed to be created crashes). With the lock, one session is live at a
   time. Measured here (prototype, 10 rules firing per evaluation): one fixed session with retracts was 4-18 %
   faster than a fresh session, but a fixed session leaks any fact an interrupted evaluation left behind into the
   next one; we pick isolation.
3. `post` fires at most one rule per event: facts are asserted with `assert_fact`, so every matching rule fires.
4. A fact no rule matches raises `MessageNotHandledException`: caught per fact and reported in `Resultaat.onverwerkt`.
5. A rule on `+m.sid` hangs the process: a ruleset that mentions `sid` in a pattern is refused at registration.
6. None and mixed types never match or match loosely: facts are checked against the ruleset's schema (only the
   declared keys, only the allowed string values) before they reach the engine, also facts derived by actions.
7. A ruleset name can be registered once: rulesets are built once under a versioned name (`leefloon_2026_03_v1`)
   and kept in a registry; registering the same object again is a no-op, a different one under the name an error.
8. Found here: a pattern with an OR fires its rule once per satisfied branch. Rulesets write OR branches mutually
   exclusive (see `rules.leefloon._een`), and their tests enumerate every fact combination.
Exceptions raised in actions, which durable swallows into the session state, are re-raised to the caller.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import durable_rules_engine
from durable import engine as _engine
from durable import lang as _lang

__all__ = [
    "ENGINE_LOCK",
    "Evaluatie",
    "FeitFout",
    "Regel",
    "RegelFout",
    "Regelset",
    "RegelsetFout",
    "Resultaat",
    "evalueer",
    "geregistreerd",
    "m",
    "registreer",
]

m = _lang.m  # pattern building: `(m.feit == "aanvrager") & (m.werkbereid == "ja")`
ENGINE_LOCK = threading.Lock()
_NAAM = re.compile(r"^[a-z][a-z0-9_]*_v\d+$")

FeitSchema = Mapping[str, Mapping[str, tuple[str, ...]]]


class FeitFout(TypeError):
    """A fact does not fit the ruleset's schema (unknown kind, missing or extra key, None, wrong type or value)."""


class RegelsetFout(ValueError):
    """A ruleset cannot be registered (name taken, unversioned name, a pattern on `sid`...)."""


class RegelFout(RuntimeError):
    """A rule action raised; `regel` names the rule."""

    def __init__(self, regel: str, oorzaak: BaseException) -> None:
        super().__init__(f"regel {regel} faalde: {type(oorzaak).__name__}: {oorzaak}")
        self.regel = regel


@dataclass(frozen=True)
class Regel:
    """One rule: a durable pattern on one fact, a one-line action, and its legal source.

    The action gets the matched fact as a dict shared with the other rules it matched: read it, never change it.
    """

    naam: str
    wanneer: Any
    dan: Callable[[Evaluatie, Mapping[str, str]], None]
    bron: str


@dataclass(frozen=True, eq=False)
class Regelset:
    """A named, versioned set of rules with the schema of the facts it reasons on."""

    naam: str
    feiten: FeitSchema
    regels: tuple[Regel, ...]


@dataclass
class Evaluatie:
    """Passed to every action: the caller's context and a way to derive new facts (forward chaining)."""

    context: Any
    _schema: FeitSchema
    _afgeleid: list[dict[str, str]] = field(default_factory=list)
    onverwerkt: list[dict[str, str]] = field(default_factory=list)
    gevuurd: list[str] = field(default_factory=list)
    fout: RegelFout | None = None

    def leid_af(self, feit: Mapping[str, str]) -> None:
        """Assert `feit` into this evaluation once the current action returns."""
        self._afgeleid.append(controleer_feit(self._schema, feit))


@dataclass(frozen=True)
class Resultaat:
    """What an evaluation left besides the context: facts no rule handled and the rules that fired, in order."""

    onverwerkt: tuple[dict[str, str], ...]
    gevuurd: tuple[str, ...]


class _StilleHost(_engine.Host):
    """A durable host without the background dispatch timers (no timers are used; they race the lock)."""

    def _run(self) -> None:
        return None

    def register_rulesets(self, ruleset_definitions: dict) -> list[str]:
        for naam, definitie in ruleset_definitions.items():
            if naam in self._ruleset_directory:
                raise RegelsetFout(f"regelset {naam!r} is al geregistreerd")
            regelset = _Regelset(naam, self, definitie)
            self._ruleset_directory[naam] = regelset
            self._ruleset_list.append(regelset)
        return list(ruleset_definitions)


_host: _StilleHost | None = None
_register: dict[str, Regelset] = {}
_actief: dict[str, Evaluatie] = {}
_sessies = itertools.count(1)


def controleer_feit(schema: FeitSchema, feit: Mapping[str, Any]) -> dict[str, str]:
    """A copy of `feit` if it fits `schema`; `FeitFout` naming the problem otherwise."""
    if not isinstance(feit, Mapping):
        raise FeitFout(f"een feit is een mapping, geen {type(feit).__name__}")
    soort = feit.get("feit")
    if soort not in schema:
        raise FeitFout(f"onbekende soort feit {soort!r}")
    velden = schema[soort]
    if len(feit) != len(velden) + 1:
        extra = set(feit) - set(velden) - {"feit"}
        if extra:
            raise FeitFout(f"feit {soort}: onbekende velden {sorted(extra)}")
    for naam, toegestaan in velden.items():
        if naam not in feit:
            raise FeitFout(f"feit {soort}: veld {naam} ontbreekt")
        waarde = feit[naam]
        if type(waarde) is not str:
            raise FeitFout(f"feit {soort}: {naam} moet tekst zijn, niet {type(waarde).__name__} ({waarde!r})")
        if waarde not in toegestaan:
            raise FeitFout(f"feit {soort}: {naam}={waarde!r} is niet toegestaan ({', '.join(toegestaan)})")
    return dict(feit)


def _bevat_sid(definitie: Any) -> bool:
    if isinstance(definitie, dict):
        return any(k == "sid" or _bevat_sid(v) for k, v in definitie.items() if k != "run")
    if isinstance(definitie, list):
        return any(_bevat_sid(v) for v in definitie)
    return False


def _actie(regel: Regel) -> Callable[[_Regelset, str, dict], None]:
    """The action durable runs for `regel`: call it, then assert the facts it derived into the same session."""

    def uitvoeren(regelset: _Regelset, sid: str, feit: dict) -> None:
        ev = _actief[sid]
        if ev.fout is not None:
            return
        try:
            regel.dan(ev, feit)
            ev.gevuurd.append(regel.naam)
            nieuw, ev._afgeleid = ev._afgeleid, []
            for afgeleid in nieuw:
                try:
                    regelset.assert_fact({**afgeleid, "sid": sid})
                except _engine.MessageNotHandledException:
                    ev.onverwerkt.append(afgeleid)
        except BaseException as exc:  # durable would swallow it into the session state
            ev.fout = RegelFout(regel.naam, exc)

    return uitvoeren


class _Regelset(_engine.Ruleset):
    """A durable ruleset with a lean action loop.

    durable's own loop wraps each action in a Promise and a Closure, reads the clock twice and writes the session
    state back after every action (json + a C call). Our actions never touch the state and never run async, so the
    loop only hands each matched fact to its action and asks the C engine for the next action. The inference itself
    (matching, chaining, agenda) stays in the C engine. This halves the cost per fired rule (bench/leefloon.py).
    """

    def __init__(self, name: str, host: _engine.Host, definitie: dict) -> None:
        self._name, self._host, self._definition = name, host, definitie
        self._acties = {regel: definitie[regel].pop("run") for regel in definitie}
        self._actions = {}
        self._handle = durable_rules_engine.create_ruleset(name, json.dumps(definitie, ensure_ascii=False))

    def do_actions(self, state_handle, complete) -> None:
        try:
            resultaat = durable_rules_engine.start_action_for_state(self._handle, state_handle)
            if not resultaat:
                complete(None, None)
            else:
                self._flush_actions(json.loads(resultaat[0]), {"message": resultaat[1]}, state_handle, complete)
        except BaseException as exc:
            complete(exc, None)

    def _flush_actions(self, state, result_container, state_offset, complete) -> None:
        sid = state["sid"]
        gelezen: dict[str, dict] = {}  # one fact matches several rules: decode its JSON once
        while "message" in result_container:
            naam, feit = self._bericht(result_container.pop("message"), gelezen)
            try:
                self._acties[naam](self, sid, feit)
                volgende = durable_rules_engine.complete_and_start_action(self._handle, state_offset)
            except BaseException as exc:
                durable_rules_engine.abandon_action(self._handle, state_offset)
                complete(exc, None)
                return
            if volgende:
                result_container["message"] = volgende
            else:
                complete(None, state)

    @staticmethod
    def _bericht(tekst: str, gelezen: dict[str, dict]) -> tuple[str, dict]:
        """(rule name, matched fact) from the engine's message `{"r_3":{"m":{...fact...}}}`."""
        naam = tekst[2 : tekst.index('"', 2)]
        kop = f'{{"{naam}":{{"m":'
        if not tekst.startswith(kop) or not tekst.endswith("}}"):  # not a single-fact rule: decode it fully
            ((naam, bericht),) = json.loads(tekst).items()
            return naam, bericht["m"]
        feittekst = tekst[len(kop) : -2]
        if feittekst not in gelezen:
            gelezen[feittekst] = json.loads(feittekst)
        return naam, gelezen[feittekst]

    def dispatch(self) -> None:  # background dispatch is off (see _StilleHost)
        return None


def registreer(regelset: Regelset) -> None:
    """Compile and register `regelset` once; idempotent for the same object, an error for another one."""
    with ENGINE_LOCK:
        bestaand = _register.get(regelset.naam)
        if bestaand is regelset:
            return
        if bestaand is not None:
            raise RegelsetFout(
                f"er is al een andere regelset {regelset.naam!r}; geef een nieuwe versie een nieuwe naam"
            )
        if not _NAAM.match(regelset.naam):
            raise RegelsetFout(f"regelsetnaam {regelset.naam!r} moet eindigen op een versie, zoals leefloon_2026_03_v1")
        if not regelset.regels:
            raise RegelsetFout(f"regelset {regelset.naam!r} heeft geen regels")
        namen = [regel.naam for regel in regelset.regels]
        if len(set(namen)) != len(namen):
            raise RegelsetFout(f"regelset {regelset.naam!r} heeft dubbele regelnamen")
        for regel in regelset.regels:
            if not regel.bron.strip():
                raise RegelsetFout(f"regel {regel.naam} heeft geen bron")
        durable_set = _lang.ruleset(regelset.naam)
        try:
            with durable_set:
                for regel in regelset.regels:
                    _lang.when_all(regel.wanneer)(_actie(regel))
        finally:
            _lang._rulesets.pop(regelset.naam, None)  # keep it out of durable's own global host
        naam, definitie = durable_set.define()
        if _bevat_sid(definitie):
            raise RegelsetFout(f"regelset {naam!r} heeft een patroon op 'sid' (dat doet durable-rules hangen)")
        global _host
        if _host is None:
            _host = _StilleHost()
        _host.register_rulesets({naam: definitie})
        _register[naam] = regelset


def geregistreerd() -> tuple[str, ...]:
    """Names of the registered rulesets."""
    return tuple(_register)


def evalueer(regelset: Regelset, feiten: Sequence[Mapping[str, str]], context: Any) -> Resultaat:
    """Assert `feiten` into a fresh session of `regelset`, let every matching rule fire, clean up, return.

    Actions receive an `Evaluatie` whose `context` is `context`; they record their conclusions there.
    """
    gecontroleerd = [controleer_feit(regelset.feiten, f) for f in feiten]  # before any engine call
    registreer(regelset)
    with ENGINE_LOCK:
        sid = f"e{next(_sessies)}"
        ev = Evaluatie(context, regelset.feiten)
        _actief[sid] = ev
        geheugenfout = False
        try:
            for feit in gecontroleerd:
                try:
                    _host.assert_fact(regelset.naam, {**feit, "sid": sid})
                except _engine.MessageNotHandledException:
                    ev.onverwerkt.append(feit)
                except MemoryError:  # the session cap: the session was not created
                    geheugenfout = True
                    raise
                if ev.fout is not None:
                    break
        finally:
            _actief.pop(sid, None)
            if not geheugenfout:
                # error 309: the session never got state (no fact was asserted): nothing to delete
                with contextlib.suppress(durable_rules_engine.error):
                    _host.delete_state(regelset.naam, sid)
    if ev.fout is not None:
        raise ev.fout
    return Resultaat(tuple(ev.onverwerkt), tuple(ev.gevuurd))
