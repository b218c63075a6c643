"""The situation facts of a profile: the strict `situatie` block, what is derived, and contradictions."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from pydantic import ValidationError

from rechten.overzicht.feiten import afgeleide_feiten, leeftijd, situatie_feiten
from rechten.profiel import Profiel
from rechten.situatie import VELDEN
from rechten.validatie import veldfouten

BASIS = {
    "peildatum": "2025-06-01",
    "gemeente": "44021",
    "aanvrager": {
        "geboortedatum": "1990-06-02",
        "verblijfsstatus": "belg",
        "burgerlijke_staat": "gescheiden",
        "student": False,
        "zwanger": False,
        "dakloos": False,
        "inkomsten": [
            {"soort": "loon", "bedrag": "1200.00", "per": "maand"},
            {"soort": "werkloosheid", "bedrag": "10.00", "per": "dag"},
            {"soort": "geboortepremie", "bedrag": "1000.00", "per": "jaar"},
        ],
        "vermogen": {"spaargeld": "1500", "gezamenlijke_rekeningen": [{"bedrag": "1000", "houders": 2}]},
    },
    "huisgenoten": [
        {"relatie": "kind", "geboortedatum": "2020-01-01", "inkomsten": [], "vermogen": {"spaargeld": "100"}},
        {"relatie": "kind", "geboortedatum": "2012-01-01", "inkomsten": [], "vermogen": {"spaargeld": "0"}},
        {"relatie": "kind", "geboortedatum": "2024-01-01", "verblijfsregeling": "occasioneel"},
    ],
}


def _profiel(**wijzig) -> Profiel:
    data = copy.deepcopy(BASIS)
    data.update(wijzig)
    return Profiel.model_validate(data)


def _fouten(data: dict) -> list[dict]:
    with pytest.raises(ValidationError) as exc:
        Profiel.model_validate(data)
    return veldfouten(exc.value.errors())


def test_leeftijd_in_volle_jaren():
    from datetime import date

    assert leeftijd(date(1990, 6, 2), date(2025, 6, 1)) == 34
    assert leeftijd(date(1990, 6, 1), date(2025, 6, 1)) == 35
    assert leeftijd(date(2000, 2, 29), date(2025, 2, 28)) == 24


def test_afgeleid_uit_het_profiel():
    feiten = situatie_feiten(_profiel())
    assert feiten["aanvrager.leeftijd"] == 34
    assert feiten["aanvrager.verblijfsstatus"] == "belg"
    assert feiten["aanvrager.burgerlijke_staat"] == "gescheiden"
    assert feiten["aanvrager.student"] is False and feiten["aanvrager.dakloos"] is False
    # The occasional visitor does not live here: the applicant and two children.
    assert feiten["huishouden.grootte"] == 3
    assert feiten["huishouden.kinderen"] == 2
    assert feiten["huishouden.jongste_kind_leeftijd"] == 5
    assert feiten["huishouden.alleenstaande_ouder"] is True
    # 1200 + 10 × 312 / 12 = 1460; the birth premium is one-off, not monthly income.
    assert feiten["huishouden.inkomen_netto_maand"] == Decimal("1460.00")
    # 1500 + half of the joint 1000 + 100 + 0.
    assert feiten["huishouden.vermogen"] == Decimal("2100.00")


def test_onbekend_blijft_onbekend():
    data = copy.deepcopy(BASIS)
    data["huisgenoten"][0]["inkomsten"] = None  # one housemate's income unknown → household income unknown
    data["huisgenoten"][1]["geboortedatum"] = None
    feiten = situatie_feiten(Profiel.model_validate(data))
    assert "huishouden.inkomen_netto_maand" not in feiten
    assert "huishouden.kinderen" not in feiten and "huishouden.jongste_kind_leeftijd" not in feiten
    assert feiten["huishouden.grootte"] == 3

    zonder_huisgenoten = situatie_feiten(_profiel(huisgenoten=None))
    for naam in ("huishouden.grootte", "huishouden.kinderen", "huishouden.inkomen_netto_maand", "huishouden.vermogen"):
        assert naam not in zonder_huisgenoten

    a = copy.deepcopy(BASIS["aanvrager"])
    a["inkomsten"][0]["bedrag"] = None
    assert "huishouden.inkomen_netto_maand" not in situatie_feiten(_profiel(aanvrager=a))


def test_alleen_wonen_met_partner_is_geen_alleenstaande_ouder():
    feiten = situatie_feiten(
        _profiel(huisgenoten=[{"relatie": "partner", "geboortedatum": "1989-01-01", "inkomsten": []}])
    )
    assert feiten["huishouden.grootte"] == 2 and feiten["huishouden.kinderen"] == 0
    assert feiten["huishouden.alleenstaande_ouder"] is False
    assert "huishouden.jongste_kind_leeftijd" not in feiten
    assert "huishouden.vermogen" not in feiten  # the partner's savings are unknown


def test_situatie_vult_aan_en_wint():
    p = _profiel(
        situatie={
            "aanvrager": {"erkende_handicap": True, "leeftijd": 34},
            "huishouden": {"inkomen_jaar": "21000.50"},
            "woning": {"huurder": True, "verwarming": "stookolie"},
            "mantelzorg": {"geeft_mantelzorg": False},
            "ontvangt": ["verhoogde-tegemoetkoming"],
        }
    )
    feiten = situatie_feiten(p)
    assert feiten["aanvrager.erkende_handicap"] is True
    assert feiten["huishouden.inkomen_jaar"] == Decimal("21000.50")
    assert feiten["woning.verwarming"] == "stookolie" and feiten["mantelzorg.geeft_mantelzorg"] is False
    assert p.situatie.ontvangt == ["verhoogde-tegemoetkoming"]
    assert set(afgeleide_feiten(p)) <= set(VELDEN)


@pytest.mark.parametrize(
    ("situatie", "veld", "melding"),
    [
        ({"aanvrager": {"kleur": "blauw"}}, "situatie.aanvrager.kleur", "onbekend"),
        ({"tuin": {}}, "situatie.tuin", "onbekend"),
        ({"aanvrager": {"erkende_handicap": "ja"}}, "situatie.aanvrager.erkende_handicap", "ja of nee"),
        ({"aanvrager": {"handicap_percentage": 120}}, "situatie.aanvrager.handicap_percentage", "hoogstens 100"),
        ({"aanvrager": {"leeftijd": "70"}}, "situatie.aanvrager.leeftijd", "geheel getal"),
        ({"huishouden": {"inkomen_jaar": "-1"}}, "situatie.huishouden.inkomen_jaar", "minstens 0"),
        ({"huishouden": {"inkomen_jaar": "1.234"}}, "situatie.huishouden.inkomen_jaar", "2 cijfers"),
        ({"woning": {"verwarming": "hout"}}, "situatie.woning.verwarming", "toegestaan"),
        ({"ontvangt": ["Leefloon!"]}, "situatie.ontvangt.0", "vorm"),
    ],
)
def test_situatie_is_streng(situatie, veld, melding):
    data = copy.deepcopy(BASIS)
    data["situatie"] = situatie
    fouten = _fouten(data)
    assert [f["veld"] for f in fouten] == [veld]
    assert melding in fouten[0]["fout"].lower()


def test_tegenstrijdigheid_noemt_beide_velden():
    data = copy.deepcopy(BASIS)
    data["situatie"] = {"aanvrager": {"leeftijd": 70}, "huishouden": {"grootte": 3}}
    fouten = _fouten(data)
    velden = {f["veld"]: f["fout"] for f in fouten}
    assert set(velden) == {"situatie.aanvrager.leeftijd", "aanvrager.geboortedatum"}
    assert "aanvrager.geboortedatum" in velden["situatie.aanvrager.leeftijd"]
    assert "34" in velden["situatie.aanvrager.leeftijd"] and "70" in velden["situatie.aanvrager.leeftijd"]
    assert "situatie.aanvrager.leeftijd" in velden["aanvrager.geboortedatum"]


def test_tegenstrijdig_inkomen():
    data = copy.deepcopy(BASIS)
    data["situatie"] = {"huishouden": {"inkomen_netto_maand": "900"}}
    velden = [f["veld"] for f in _fouten(data)]
    assert velden == ["situatie.huishouden.inkomen_netto_maand", "aanvrager.inkomsten"]


def test_gemeente_mag_een_postcode_zijn():
    assert _profiel(gemeente="9000").gemeente == "9000"
    assert [f["veld"] for f in _fouten({**BASIS, "gemeente": "Gent"})] == ["gemeente"]
