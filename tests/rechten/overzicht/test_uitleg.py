"""Reasons in plain language: the parts that decided a right's status, with the person's own values."""

from __future__ import annotations

from rechten.overzicht.beoordeling import fixpunt
from rechten.overzicht.uitleg import leg_uit
from rules.voorwaarden import Status, Weergave
from tests.rechten.overzicht.hulp import PEIL, catalogus, recht, toestand

OUD = {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}
BELG = {"veld": "aanvrager.verblijfsstatus", "op": "=", "waarde": "belg"}
LAAG = {"veld": "huishouden.inkomen_jaar", "op": "<=", "waarde": 20000}


def _uitleg(cat, feiten, code):
    t = toestand(cat, feiten)
    fixpunt(t)
    return leg_uit(t, code, Weergave(rechtnaam=cat.naam, peildatum=PEIL, gebiedsnaam={"44021": "Gent"}.get))


def test_voldaan_toont_elk_deel_met_de_waarde_van_de_persoon():
    cat = catalogus(recht("igo", {"alle": [OUD, BELG]}, niveau="federaal"))
    u = _uitleg(cat, {"aanvrager.leeftijd": 70, "aanvrager.verblijfsstatus": "belg"}, "igo")
    assert u.status is Status.voldaan
    assert u.redenen == [
        "Voldaan: leeftijd is minstens 65 jaar (bij deze persoon: 70 jaar).",
        "Voldaan: verblijfsstatus is belg (bij deze persoon: belg).",
    ]


def test_niet_voldaan_toont_enkel_wat_faalde():
    cat = catalogus(recht("igo", {"alle": [OUD, BELG]}, niveau="federaal"))
    u = _uitleg(cat, {"aanvrager.leeftijd": 40, "aanvrager.verblijfsstatus": "belg"}, "igo")
    assert u.redenen == ["Niet voldaan: leeftijd is minstens 65 jaar (bij deze persoon: 40 jaar)."]


def test_mogelijk_toont_wat_voldaan_is_en_wat_nog_open_is():
    cat = catalogus(recht("igo", {"alle": [OUD, LAAG]}, niveau="federaal"))
    u = _uitleg(cat, {"aanvrager.leeftijd": 70}, "igo")
    assert u.status is Status.onbekend
    assert u.redenen[0] == "Voldaan: leeftijd is minstens 65 jaar (bij deze persoon: 70 jaar)."
    assert u.redenen[1].startswith("Nog niet bekend: bruto belastbaar gezinsinkomen per jaar is hoogstens")


def test_afgeleid_van_een_ander_recht():
    cat = catalogus(
        recht("igo", OUD, niveau="federaal", naam="Inkomensgarantie", relaties={"geeft_recht_op": ["maf"]}),
        recht("maf", None, niveau="federaal"),
        recht("gent-uitpas", {"alle": [{"woont_in": ["44021"]}, {"een_van": [{"heeft_recht": "igo"}, LAAG]}]}),
    )
    feiten = {"aanvrager.leeftijd": 70}
    maf = _uitleg(cat, feiten, "maf")
    assert maf.afgeleid_van == ["igo"]
    assert maf.redenen == ["Volgt uit Inkomensgarantie: wie dat recht heeft, heeft ook recht hierop."]
    uitpas = _uitleg(cat, feiten, "gent-uitpas")
    assert uitpas.afgeleid_van == ["igo"]
    assert uitpas.redenen == ["Voldaan: woont in Gent.",
                              "Volgt uit Inkomensgarantie: wie dat recht heeft, heeft ook recht hierop."]  # fmt: skip


def test_zonder_machineleesbare_voorwaarde():
    cat = catalogus(recht("gent-steun", None, voorwaarde_toelichting="Na sociaal onderzoek."))
    u = _uitleg(cat, {}, "gent-steun")
    assert u.status is Status.onbekend
    assert u.redenen == ["De voorwaarden zijn niet automatisch te toetsen. Na sociaal onderzoek.",
                         "Voldaan: woont in Gent."]  # fmt: skip


def test_een_grens_die_nog_niet_gekend_is_wordt_gemeld():
    later = {"veld": "huishouden.inkomen_jaar", "op": "<=", "waarde": {"gedateerd": [{"vanaf": "2026-01-01",
                                                                                       "waarde": 30000}]}}  # fmt: skip
    cat = catalogus(recht("premie", later, niveau="vlaams"))
    u = _uitleg(cat, {"huishouden.inkomen_jaar": 1000}, "premie")
    assert u.status is Status.onbekend
    assert any(r.startswith("Let op: ") and "2026-01-01" in r for r in u.redenen), u.redenen
