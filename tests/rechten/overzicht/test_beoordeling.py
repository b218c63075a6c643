"""One right's effective condition and the chaining between rights (pure Python reference)."""

from __future__ import annotations

from rechten.overzicht.beoordeling import beoordeel, fixpunt
from rules.voorwaarden import Status, Uitkomst
from tests.rechten.overzicht.hulp import catalogus, recht, toestand

OUD = {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}
LAAG = {"veld": "huishouden.inkomen_jaar", "op": "<=", "waarde": 20000}


def test_ketting_over_heeft_recht_en_geeft_recht_op():
    cat = catalogus(
        recht("igo", OUD, niveau="federaal"),
        recht("vt", {"heeft_recht": "igo"}, niveau="federaal", relaties={"geeft_recht_op": ["maf"]}),
        recht("maf", None, niveau="federaal"),
        recht("uitpas", {"een_van": [{"heeft_recht": "vt"}, LAAG]}),
    )
    t = toestand(cat, {"aanvrager.leeftijd": 70})
    assert fixpunt(t) == {"igo": "waarschijnlijk", "vt": "waarschijnlijk", "maf": "waarschijnlijk",
                          "uitpas": "waarschijnlijk"}  # fmt: skip

    jong = toestand(cat, {"aanvrager.leeftijd": 30})
    assert fixpunt(jong) == {"igo": "niet", "vt": "niet"}
    # maf has no machine condition: unknown (mogelijk), never "no"; uitpas waits for the income.
    u = beoordeel(jong, "uitpas")
    assert u.status is Status.onbekend and [g.veld for g in u.ontbrekend] == ["huishouden.inkomen_jaar"]
    assert beoordeel(jong, "maf").status is Status.onbekend


def test_onbekend_feit_wordt_een_vraag_niet_een_nee():
    cat = catalogus(recht("igo", OUD, niveau="federaal"), recht("vt", {"heeft_recht": "igo"}, niveau="federaal"))
    t = toestand(cat, {})
    assert fixpunt(t) == {}
    assert [g.veld for g in beoordeel(t, "vt").ontbrekend] == ["recht.igo"]
    assert [g.veld for g in beoordeel(t, "igo").ontbrekend] == ["aanvrager.leeftijd"]


def test_een_kring_zonder_andere_grond_blijft_mogelijk():
    cat = catalogus(recht("aa", {"heeft_recht": "bb"}), recht("bb", {"heeft_recht": "aa"}))
    t = toestand(cat)
    assert fixpunt(t) == {}
    assert beoordeel(t, "aa").status is Status.onbekend


def test_vereist():
    cat = catalogus(
        recht("basis", {"veld": "huishouden.kinderen", "op": ">=", "waarde": 1}, niveau="vlaams"),
        recht("toeslag", None, niveau="vlaams", relaties={"vereist": ["basis"]}),
    )
    assert fixpunt(toestand(cat, {"huishouden.kinderen": 0})) == {"basis": "niet", "toeslag": "niet"}
    assert fixpunt(toestand(cat, {"huishouden.kinderen": 2})) == {"basis": "waarschijnlijk"}


def test_gebied_en_deelgemeente():
    cat = catalogus(recht("oud", None, gebied=["44083"]), recht("hier", {"woont_in": ["44021"]}))
    t = toestand(cat, deel=frozenset({"44083"}))
    assert t.in_scope == {"oud", "hier"}
    assert fixpunt(t) == {"hier": "waarschijnlijk"}
    assert [g.veld for g in beoordeel(t, "oud").ontbrekend] == ["gemeente"]
    elders = toestand(cat, gebieden=frozenset({"11002", "BE21", "BE2", "BE"}))
    assert elders.in_scope == frozenset() and elders.statussen == {"oud": "niet", "hier": "niet"}


def test_vaste_rechten_worden_niet_herberekend():
    cat = catalogus(
        recht("leefloon", {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 18}, niveau="federaal"),
        recht("vt", {"heeft_recht": "leefloon"}, niveau="federaal"),
    )
    t = toestand(cat, {"aanvrager.leeftijd": 40}, vast={"leefloon": Uitkomst(Status.niet_voldaan)})
    assert fixpunt(t) == {"leefloon": "niet", "vt": "niet"}


def test_geldigheid_op_de_peildatum():
    cat = catalogus(recht("voorbij", None, einde="2024-12-31"), recht("straks", None, start="2026-01-01"))
    assert toestand(cat).in_scope == frozenset()
