"""Plain-Dutch rendering: the sentences a social worker reads, and it never fails."""

from datetime import date

import pytest
from hypothesis import given, settings

from rules.voorwaarden import Weergave, beschrijf, beschrijf_regels, parse_voorwaarde
from rules.voorwaarden.weergave import datum_tekst, euro
from tests.rules.voorwaarden.strategieen import voorwaarden

GENT = Weergave(gebiedsnaam={"44021": "Gent", "71072": "Hasselt"}.get, rechtnaam={"leefloon": "het leefloon"}.get)


def tekst(v: dict, w: Weergave = GENT) -> str:
    return beschrijf(parse_voorwaarde(v), w)


@pytest.mark.parametrize(
    ("voorwaarde", "verwacht"),
    [
        ({"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, "leeftijd is minstens 65 jaar"),
        ({"woont_in": ["44021"]}, "woont in Gent"),
        ({"woont_in": ["44021", "71072", "BE23"]}, "woont in Gent, Hasselt of de provincie Oost-Vlaanderen"),
        (
            {"inkomensgrens": {"basis": 26000, "per_persoon": 4812, "inkomen": "huishouden.inkomen_jaar",
                               "personen": "huishouden.personen_ten_laste"}},
            "bruto belastbaar gezinsinkomen per jaar is hoogstens € 26.000,00 + € 4.812,00 per persoon ten laste",
        ),
        (
            {"inkomensgrens": {"tabel": {"1": 1500, "3": "2400.5"}, "inkomen": "huishouden.inkomen_netto_maand",
                               "personen": "huishouden.grootte"}},
            "netto gezinsinkomen per maand is hoogstens € 1.500,00 bij 1 persoon en € 2.400,50 bij 3 of meer personen",
        ),
        ({"heeft_recht": "leefloon"}, "heeft recht op het leefloon"),
        ({"niet": {"heeft_recht": "verhoogde-tegemoetkoming"}}, "heeft geen recht op verhoogde tegemoetkoming"),
        ({"niet": {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 18}}, "leeftijd is minder dan 18 jaar"),
        ({"niet": {"woont_in": ["BE2"]}}, "woont niet in het Vlaams Gewest"),
        ({"veld": "woning.huurder", "op": "=", "waarde": True}, "huurt de woning: ja"),
        ({"veld": "woning.eigenaar", "op": "!=", "waarde": True}, "eigenaar van de woning: nee"),
        (
            {"veld": "aanvrager.handicap_percentage", "op": ">=", "waarde": 66},
            "graad van handicap of arbeidsongeschiktheid is minstens 66 %",
        ),
        (
            {"veld": "aanvrager.verblijfsstatus", "op": "in", "waarde": ["belg", "erkend_vluchteling"]},
            "verblijfsstatus is een van: belg of erkend vluchteling",
        ),
        (
            {"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65},
                      {"een_van": [{"heeft_recht": "leefloon"}, {"woont_in": ["44021"]}]}]},
            "leeftijd is minstens 65 jaar en (heeft recht op het leefloon of woont in Gent)",
        ),
    ],
)  # fmt: skip
def test_zinnen(voorwaarde, verwacht):
    assert tekst(voorwaarde) == verwacht


def test_gedateerde_waarde_op_de_peildatum_of_de_laatste_met_datum():
    v = {"veld": "woning.huurprijs_maand", "op": "<=", "waarde": {"gedateerd": [
        {"vanaf": "2024-01-01", "waarde": "590"}, {"vanaf": "2025-01-01", "waarde": "612.50"}]}}  # fmt: skip
    assert tekst(v, Weergave(peildatum=date(2024, 7, 1))) == "huurprijs per maand is hoogstens € 590,00"
    assert tekst(v) == "huurprijs per maand is hoogstens € 612,50 (sinds 1 januari 2025)"
    assert (
        tekst(v, Weergave(peildatum=date(2023, 1, 1)))
        == "huurprijs per maand is hoogstens € 590,00 (vanaf 1 januari 2024)"
    )


def test_onbekende_gemeente_en_falende_opzoeking_breken_de_tekst_niet():
    def stuk(code):
        raise RuntimeError("database weg")

    assert tekst({"woont_in": ["99999"]}, Weergave(gebiedsnaam=stuk)) == "woont in gemeente 99999"


def test_regels_tonen_de_structuur():
    v = {"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65},
                  {"een_van": [{"heeft_recht": "leefloon"}, {"woont_in": ["44021"]}]}]}  # fmt: skip
    assert beschrijf_regels(parse_voorwaarde(v), GENT) == [
        (0, "alle volgende voorwaarden:"),
        (1, "leeftijd is minstens 65 jaar"),
        (1, "minstens één van deze voorwaarden:"),
        (2, "heeft recht op het leefloon"),
        (2, "woont in Gent"),
    ]


def test_euro_en_datum():
    assert euro("1214.125") == "€ 1.214,13"
    assert euro(0) == "€ 0,00"
    assert euro("1234567.8") == "€ 1.234.567,80"
    assert datum_tekst(date(2025, 3, 9)) == "9 maart 2025"


@settings(max_examples=150, deadline=None)
@given(v=voorwaarden)
def test_weergave_faalt_nooit(v):
    voorwaarde = parse_voorwaarde(v)
    zin = beschrijf(voorwaarde)
    assert zin and "{" not in zin and "None" not in zin
    assert all(t for _, t in beschrijf_regels(voorwaarde, Weergave(peildatum=date(2025, 1, 1))))
