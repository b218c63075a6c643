"""The durable-rules adapter: one test per hazard of ../shared/PEERS.md §6, on small test rulesets."""

from __future__ import annotations

import itertools
import threading

import pytest

from rules import engine
from rules.engine import Evaluatie, FeitFout, Regel, RegelFout, Regelset, RegelsetFout, evalueer, m, registreer

SCHEMA = {"proef": {"kleur": ("rood", "groen", "blauw"), "maat": ("klein", "groot")}, "afgeleid": {"van": ("rood",)}}
_namen = itertools.count(1)


def _naam() -> str:
    return f"proef_{next(_namen)}_v1"


def _noteer(label: str):
    def dan(ev: Evaluatie, feit) -> None:
        ev.context.append((label, feit["kleur"] if "kleur" in feit else feit["van"]))

    return dan


def _regelset(*regels: Regel, naam: str | None = None) -> Regelset:
    return Regelset(naam or _naam(), SCHEMA, regels)


def _rood_en_groot() -> Regelset:
    return _regelset(
        Regel("rood", (m.feit == "proef") & (m.kleur == "rood"), _noteer("rood"), "proef art. 1"),
        Regel("groot", (m.feit == "proef") & (m.maat == "groot"), _noteer("groot"), "proef art. 2"),
    )


def test_elke_passende_regel_vuurt_met_assert_fact():
    # Hazard 3: with `post` only one of the two matching rules would fire.
    context: list = []
    resultaat = evalueer(_rood_en_groot(), [{"feit": "proef", "kleur": "rood", "maat": "groot"}], context)
    assert sorted(context) == [("groot", "rood"), ("rood", "rood")]
    assert sorted(resultaat.gevuurd) == ["groot", "rood"]


def test_feit_zonder_passende_regel_wordt_gemeld_niet_gegooid():
    # Hazard 4: MessageNotHandledException is caught per fact.
    context: list = []
    feit = {"feit": "proef", "kleur": "blauw", "maat": "klein"}
    resultaat = evalueer(_rood_en_groot(), [feit, {"feit": "proef", "kleur": "rood", "maat": "klein"}], context)
    assert resultaat.onverwerkt == (feit,)
    assert context == [("rood", "rood")]


def test_afgeleide_feiten_ketenen_en_onverwerkte_afgeleide_feiten_worden_gemeld():
    def leid_af(ev: Evaluatie, feit) -> None:
        ev.leid_af({"feit": "afgeleid", "van": feit["kleur"]})

    keten = _regelset(
        Regel("bron", (m.feit == "proef") & (m.kleur == "rood"), leid_af, "proef art. 1"),
        Regel("gevolg", (m.feit == "afgeleid") & (m.van == "rood"), _noteer("gevolg"), "proef art. 2"),
    )
    context: list = []
    resultaat = evalueer(keten, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], context)
    assert context == [("gevolg", "rood")]
    assert resultaat.gevuurd == ("bron", "gevolg")

    zonder_gevolg = _regelset(Regel("bron", (m.feit == "proef") & (m.kleur == "rood"), leid_af, "proef art. 1"))
    resultaat = evalueer(zonder_gevolg, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [])
    assert resultaat.onverwerkt == ({"feit": "afgeleid", "van": "rood"},)


@pytest.mark.parametrize(
    ("feit", "melding"),
    [
        ({"feit": "proef", "kleur": None, "maat": "klein"}, "tekst"),
        ({"feit": "proef", "kleur": "rood", "maat": 3}, "tekst"),
        ({"feit": "proef", "kleur": True, "maat": "klein"}, "tekst"),
        ({"feit": "proef", "kleur": 1.5, "maat": "klein"}, "tekst"),
        ({"feit": "proef", "kleur": "paars", "maat": "klein"}, "niet toegestaan"),
        ({"feit": "proef", "kleur": "rood"}, "ontbreekt"),
        ({"feit": "proef", "kleur": "rood", "maat": "klein", "gewicht": "zwaar"}, "onbekende velden"),
        ({"feit": "proef", "kleur": "rood", "maat": "klein", "sid": "7"}, "onbekende velden"),
        ({"feit": "onbekend", "kleur": "rood"}, "onbekende soort"),
        (["feit", "proef"], "mapping"),
    ],
)
def test_feiten_worden_getypeerd_gecontroleerd_voor_ze_de_engine_bereiken(feit, melding):
    # Hazard 6: None never matches and '30' >= 18 matches in durable-rules; nothing untyped gets in.
    with pytest.raises(FeitFout, match=melding):
        evalueer(_rood_en_groot(), [feit], [])


def test_ook_afgeleide_feiten_worden_gecontroleerd():
    def fout_afleiden(ev: Evaluatie, feit) -> None:
        ev.leid_af({"feit": "afgeleid", "van": None})

    regelset = _regelset(Regel("bron", (m.feit == "proef") & (m.kleur == "rood"), fout_afleiden, "proef art. 1"))
    with pytest.raises(RegelFout, match="moet tekst zijn"):
        evalueer(regelset, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [])


def test_fout_in_een_actie_wordt_niet_ingeslikt():
    def kapot(ev: Evaluatie, feit) -> None:
        raise ZeroDivisionError("delen door nul")

    regelset = _regelset(Regel("kapot", (m.feit == "proef") & (m.kleur == "rood"), kapot, "proef art. 1"))
    with pytest.raises(RegelFout, match="regel kapot faalde: ZeroDivisionError"):
        evalueer(regelset, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [])


def test_sessies_worden_opgeruimd_ook_na_fouten():
    # Hazard 2: 1,024 live sessions per ruleset at most; 1,500 evaluations (half of them failing) fit.
    def soms_kapot(ev: Evaluatie, feit) -> None:
        if ev.context:
            raise ValueError("kapot")

    regelset = _regelset(Regel("soms", (m.feit == "proef") & (m.kleur == "rood"), soms_kapot, "proef art. 1"))
    for i in range(1500):
        if i % 2:
            with pytest.raises(RegelFout):
                evalueer(regelset, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [1])
        else:
            evalueer(regelset, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [])


def test_na_een_geheugenfout_wordt_de_sessie_niet_verwijderd(monkeypatch):
    # Hazard 2: deleting a session that failed to be created (MemoryError at the cap) crashes the process.
    regelset = _rood_en_groot()
    registreer(regelset)
    verwijderd = []

    def vol(*args, **kwargs):
        raise MemoryError("1024 sessies")

    monkeypatch.setattr(engine._host, "assert_fact", vol)
    monkeypatch.setattr(engine._host, "delete_state", lambda naam, sid: verwijderd.append(sid))
    with pytest.raises(MemoryError):
        evalueer(regelset, [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [])
    assert verwijderd == []


def test_een_regelset_wordt_maar_een_keer_geregistreerd():
    # Hazard 7: durable refuses a second registration under the same name.
    regelset = _rood_en_groot()
    registreer(regelset)
    registreer(regelset)  # the same object: a no-op
    assert regelset.naam in engine.geregistreerd()
    ander = _regelset(Regel("rood", (m.feit == "proef") & (m.kleur == "rood"), _noteer("x"), "x"), naam=regelset.naam)
    with pytest.raises(RegelsetFout, match="al een andere regelset"):
        registreer(ander)


def test_regelsetnaam_moet_een_versie_dragen():
    with pytest.raises(RegelsetFout, match="versie"):
        registreer(_regelset(Regel("r", m.feit == "proef", _noteer("r"), "x"), naam="zonder_versie"))


def test_regel_op_sid_wordt_geweigerd():
    # Hazard 5: a rule on `+m.sid` hangs the process at 100 % CPU.
    with pytest.raises(RegelsetFout, match="sid"):
        registreer(_regelset(Regel("hangt", +m.sid, _noteer("x"), "proef art. 1")))
    with pytest.raises(RegelsetFout, match="sid"):
        registreer(_regelset(Regel("ook", (m.feit == "proef") & (m.sid == "1"), _noteer("x"), "proef art. 1")))


def test_dubbele_regelnamen_worden_geweigerd():
    with pytest.raises(RegelsetFout, match="dubbele"):
        registreer(
            _regelset(
                Regel("r", m.feit == "proef", _noteer("r"), "x"), Regel("r", m.kleur == "rood", _noteer("r"), "x")
            )
        )


def test_regel_zonder_bron_wordt_geweigerd():
    with pytest.raises(RegelsetFout, match="bron"):
        registreer(_regelset(Regel("r", m.feit == "proef", _noteer("r"), " ")))


def test_de_host_start_geen_achtergrondthreads():
    # Hazard 8: durable's host starts dispatch timers (about 10 threads a second) that call the C code unlocked.
    registreer(_rood_en_groot())
    voor = {t.name for t in threading.enumerate()}
    for _ in range(20):
        evalueer(_rood_en_groot(), [{"feit": "proef", "kleur": "rood", "maat": "klein"}], [])
    nieuw = {t.name for t in threading.enumerate()} - voor
    assert not [t for t in nieuw if t.startswith("Thread") or "Timer" in t]
    assert engine._host._run() is None


@pytest.mark.traag
def test_acht_threads_tegelijk_crashen_niet():
    # Hazard 1 on the generic adapter (the leefloon version is in test_leefloon_stress.py).
    regelset = _rood_en_groot()
    fouten: list[BaseException] = []

    def werk():
        try:
            for _ in range(1000):
                context: list = []
                evalueer(regelset, [{"feit": "proef", "kleur": "rood", "maat": "groot"}], context)
                assert sorted(context) == [("groot", "rood"), ("rood", "rood")]
        except BaseException as exc:
            fouten.append(exc)

    threads = [threading.Thread(target=werk) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert fouten == []
