"""Stress: the leefloon engine under threads and many sequential evaluations (PEERS.md §6 hazards 1 and 2).

Marked `traag` but part of the normal suite: they must pass on every run.
"""

from __future__ import annotations

import json
import threading

import pytest

from rechten.cli import lees_profiel
from rules.leefloon import adviseer
from tests.rechten.gevallen import CASES, lees_gevallen


def _profielen_met_antwoord() -> list[tuple[object, str]]:
    """Every valid worked case with the advice computed on one thread (the reference answer)."""
    paren = []
    for _, geval in lees_gevallen(CASES / "eigen") + lees_gevallen(CASES / "publiek"):
        if geval["verwacht"].get("fout"):
            continue
        profiel = lees_profiel(json.dumps(geval["profiel"]))
        paren.append((profiel, adviseer(profiel).model_dump_json()))
    return paren


@pytest.mark.traag
def test_acht_threads_van_5000_adviezen_geven_juiste_antwoorden_zonder_crash():
    paren = _profielen_met_antwoord()
    fouten: list[str] = []

    def werk(start: int) -> None:
        try:
            for i in range(5000):
                profiel, verwacht = paren[(start + i) % len(paren)]
                if adviseer(profiel).model_dump_json() != verwacht:
                    fouten.append(f"thread {start}, advies {i}: ander antwoord")
        except BaseException as exc:  # a crash in a thread must fail the test, not vanish
            fouten.append(f"thread {start}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=werk, args=(n * 7,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert fouten == []


@pytest.mark.traag
def test_10000_adviezen_na_elkaar_blijven_onder_de_sessielimiet():
    # durable-rules allows 1,024 live sessions per ruleset; every evaluation must clean up its own.
    paren = _profielen_met_antwoord()
    for i in range(10_000):
        profiel, verwacht = paren[i % len(paren)]
        assert adviseer(profiel).model_dump_json() == verwacht
