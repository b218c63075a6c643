"""The overview on durable-rules: compiled once per catalogue version, and equal to the pure-Python chaining."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rechten.overzicht.beoordeling import fixpunt
from rechten.overzicht.catalogus import RechtDefinitie, bouw_catalogus
from rules import engine
from rules.overzicht import compileer, gecompileerd, ketting
from rules.voorwaarden import Status, Uitkomst, parse_voorwaarde
from tests.rechten.overzicht.hulp import recht, toestand
from tests.rules.voorwaarden.strategieen import RECHTEN, contexten, voorwaarden

_versies = itertools.count(1)
CODES = (*RECHTEN, "sociaal-tarief", "maximumfactuur")


@st.composite
def catalogi(draw):
    """A small random catalogue over CODES: random conditions (or none), links and areas."""
    definities = []
    for code in CODES:
        anderen = [c for c in CODES if c != code]
        voorwaarde = draw(st.one_of(st.none(), voorwaarden))
        definities.append(
            RechtDefinitie(
                id=f"id-{code}",
                code=code,
                naam=code,
                niveau="federaal",
                gebied=draw(st.sampled_from([("BE",), ("BE23",), ("44021",), ("71022",), ("44083",)])),
                voorwaarde=parse_voorwaarde(voorwaarde) if voorwaarde else None,
                geeft_recht_op=tuple(draw(st.lists(st.sampled_from(anderen), max_size=2, unique=True))),
                vereist=tuple(draw(st.lists(st.sampled_from(anderen), max_size=1, unique=True))),
            )
        )
    return bouw_catalogus(definities, f"eigenschap-{next(_versies)}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    catalogi(),
    st.lists(contexten(), min_size=1, max_size=4),
    st.dictionaries(st.sampled_from(CODES), st.sampled_from(list(Status)), max_size=2),
)
def test_durable_rules_en_python_komen_tot_dezelfde_rechten(cat, contexten_, vast):
    comp = compileer(cat)
    for ctx in contexten_:
        vaste = {code: Uitkomst(status) for code, status in vast.items()}
        deel = frozenset({"44083"}) if ctx.gemeente == "44021" else frozenset()
        gebieden = frozenset({ctx.gemeente or "44021", "BE23", "BE2", "BE"})
        met_durable = toestand(cat, dict(ctx.feiten), vast=vaste, gebieden=gebieden, deel=deel)
        met_python = toestand(cat, dict(ctx.feiten), vast=vaste, gebieden=gebieden, deel=deel)
        assert ketting(comp, met_durable) == fixpunt(met_python)


def test_een_ruleset_per_catalogusversie():
    geladen = []

    def laad():
        geladen.append(1)
        return [recht("igo", {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, niveau="federaal"),
                recht("vt", {"heeft_recht": "igo"}, niveau="federaal")]  # fmt: skip

    kenmerk = f"versie-{next(_versies)}"
    eerste = gecompileerd(kenmerk, laad)
    assert gecompileerd(kenmerk, laad) is eerste and len(geladen) == 1
    assert eerste.regelset.naam in engine.geregistreerd()
    assert {r.naam for r in eerste.regelset.regels} == {"beoordeel", "keten.igo"}
    assert all(r.bron for r in eerste.regelset.regels)

    tweede = gecompileerd(f"versie-{next(_versies)}", laad)  # a publication: a new marker, a new ruleset
    assert tweede.regelset.naam != eerste.regelset.naam and len(geladen) == 2
    t = toestand(tweede.catalogus, {"aanvrager.leeftijd": 70})
    assert ketting(tweede, t) == {"igo": "waarschijnlijk", "vt": "waarschijnlijk"}


def test_ketting_met_een_vast_recht():
    cat = bouw_catalogus(
        [recht("leefloon", None, niveau="federaal"), recht("vt", {"heeft_recht": "leefloon"}, niveau="federaal"),
         recht("uitpas", {"heeft_recht": "vt"})],
        f"versie-{next(_versies)}",
    )  # fmt: skip
    comp = compileer(cat)
    t = toestand(cat, vast={"leefloon": Uitkomst(Status.voldaan)})
    assert ketting(comp, t) == {"leefloon": "waarschijnlijk", "vt": "waarschijnlijk", "uitpas": "waarschijnlijk"}
    assert t.peildatum == date(2025, 6, 1)


def test_gelijktijdige_overzichten_crashen_niet():
    """The engine is not thread-safe; the adapter serialises it. 8 threads chain at once, all answers right."""
    import threading

    cat = bouw_catalogus(
        [recht("igo", {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, niveau="federaal",
               relaties={"geeft_recht_op": ["maf"]}),
         recht("maf", None, niveau="federaal"), recht("vt", {"heeft_recht": "igo"}, niveau="federaal"),
         recht("uitpas", {"een_van": [{"heeft_recht": "vt"}, {"heeft_recht": "maf"}]})],
        f"versie-{next(_versies)}",
    )  # fmt: skip
    comp = compileer(cat)
    fouten: list[BaseException] = []

    def werk(leeftijd: int) -> None:
        try:
            for _ in range(50):
                t = toestand(cat, {"aanvrager.leeftijd": leeftijd})
                verwacht = fixpunt(toestand(cat, {"aanvrager.leeftijd": leeftijd}))
                assert ketting(comp, t) == verwacht
        except BaseException as exc:  # collected, checked in the main thread
            fouten.append(exc)

    draden = [threading.Thread(target=werk, args=(40 + 5 * i,)) for i in range(8)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert fouten == []
