"""Templates for the common conditions: parameters in, valid condition JSON out, and back again."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.voorwaarden import SJABLONEN, SjabloonFout, beschrijf, herken, maak_voorwaarde, parse_voorwaarde
from rules.voorwaarden.sjablonen import combineer, sjablonen_json

VOORBEELDEN = {
    "leeftijd-minstens": {"minimum": 65},
    "leeftijd-hoogstens": {"maximum": 25},
    "leeftijd-tussen": {"minimum": 18, "maximum": 24},
    "woont-in": {"gebieden": ["44021", "BE23"]},
    "inkomensgrens": {"basis": "26000", "per_persoon": "4812", "geldig_vanaf": "2025-01-01",
                      "bron": "https://www.inami.fgov.be/"},
    "inkomensgrens-tabel": {"tabel": {"1": "1500", "2": "2000"}, "inkomen": "huishouden.inkomen_netto_maand"},
    "status": {"statussen": ["leefloon", "verhoogde-tegemoetkoming", "inkomensgarantie-ouderen"]},
    "heeft-recht": {"recht": "uitpas-kansentarief"},
    "geen-recht": {"recht": "zorgbudget-zwaar-zorgbehoevenden"},
    "kenmerk": {"veld": "mantelzorg.geeft_mantelzorg"},
    "keuze": {"veld": "aanvrager.verblijfsstatus", "waarden": ["belg", "erkend_vluchteling"]},
    "vergelijking": {"veld": "aanvrager.bel_score", "op": ">=", "waarde": 35},
}  # fmt: skip


def test_elk_sjabloon_heeft_een_voorbeeld():
    assert set(VOORBEELDEN) == set(SJABLONEN)


@pytest.mark.parametrize("code", sorted(VOORBEELDEN))
def test_sjabloon_geeft_geldige_voorwaarde_die_herkend_wordt(code):
    voorwaarde = maak_voorwaarde(code, VOORBEELDEN[code])
    parse_voorwaarde(voorwaarde)
    assert beschrijf(parse_voorwaarde(voorwaarde))
    terug = herken(voorwaarde)
    assert terug is not None and terug[0] == code
    assert maak_voorwaarde(*terug) == voorwaarde


def test_inkomensgrens_met_datum_wordt_gedateerd():
    v = maak_voorwaarde("inkomensgrens", VOORBEELDEN["inkomensgrens"])
    assert v["inkomensgrens"]["basis"] == {
        "gedateerd": [{"vanaf": "2025-01-01", "waarde": "26000", "bron": "https://www.inami.fgov.be/"}]
    }


def test_status_met_een_statuut_is_gewoon_heeft_recht():
    assert maak_voorwaarde("status", {"statussen": ["leefloon"]}) == {"heeft_recht": "leefloon"}


@pytest.mark.parametrize(
    ("code", "parameters", "pad", "stukje"),
    [
        ("leeftijd-minstens", {}, "minimum", "verplicht"),
        ("leeftijd-minstens", {"minimum": "oud"}, "minimum", "geheel getal"),
        ("leeftijd-minstens", {"minimum": 200}, "minimum", "buiten"),
        ("leeftijd-tussen", {"minimum": 30, "maximum": 20}, "maximum", "onder de minimumleeftijd"),
        ("woont-in", {"gebieden": ["Gent"]}, "gebieden", "geen NIS-code"),
        ("inkomensgrens", {"basis": "-5"}, "basis", "positief bedrag"),
        ("inkomensgrens", {"basis": "10.555"}, "basis", "2 decimalen"),
        ("inkomensgrens", {"basis": 1, "bron": "ftp://x"}, "bron", "webadres"),
        ("inkomensgrens-tabel", {"tabel": {"een": 5}}, "tabel", "aantal personen"),
        ("status", {"statussen": ["miljonair"]}, "statussen", "kies uit"),
        ("kenmerk", {"veld": "aanvrager.leeftijd"}, "veld", "kies uit"),
        ("vergelijking", {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": "x"}, "waarde", "geheel getal"),
        ("leeftijd-minstens", {"minimum": 65, "maximum": 70}, "maximum", "onbekende parameter"),
        ("bestaat-niet", {}, "sjabloon", "onbekend sjabloon"),
    ],
)
def test_foute_parameters_noemen_de_parameter(code, parameters, pad, stukje):
    with pytest.raises(SjabloonFout) as fout:
        maak_voorwaarde(code, parameters)
    assert fout.value.pad == pad
    assert stukje in fout.value.melding


def test_combineer():
    a = maak_voorwaarde("leeftijd-minstens", {"minimum": 65})
    b = maak_voorwaarde("woont-in", {"gebieden": ["44021"]})
    assert combineer([a, b]) == {"alle": [a, b]}
    assert combineer([a], wijze="een_van") == a
    with pytest.raises(SjabloonFout):
        combineer([])


def test_herken_geeft_none_voor_vrije_structuren():
    assert herken({"alle": [{"heeft_recht": "leefloon"}, {"woont_in": ["44021"]}]}) is None
    assert herken({"onzin": 1}) is None


def test_sjablonen_als_data_voor_het_formulier():
    data = sjablonen_json()
    assert [s["code"] for s in data] == list(SJABLONEN)
    status = next(s for s in data if s["code"] == "status")
    assert {"waarde": "leefloon", "label": "leefloon"} in status["parameters"][0]["keuzes"]


@settings(max_examples=60, deadline=None)
@given(
    basis=st.decimals(min_value=0, max_value=99_999, places=2),
    per_persoon=st.one_of(st.none(), st.decimals(min_value=0, max_value=9_999, places=2)),
    vanaf=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))),
    minimum=st.integers(0, 130),
)
def test_sjablonen_heen_en_terug(basis, per_persoon, vanaf, minimum):
    parameters = {"basis": str(basis), "geldig_vanaf": vanaf.isoformat() if vanaf else None}
    if per_persoon is not None:
        parameters["per_persoon"] = str(per_persoon)
    for code, p in (("inkomensgrens", parameters), ("leeftijd-minstens", {"minimum": minimum})):
        voorwaarde = maak_voorwaarde(code, p)
        terug = herken(voorwaarde)
        assert terug is not None and terug[0] == code and maak_voorwaarde(*terug) == voorwaarde
