"""Words the leefloon texts share."""

from decimal import Decimal

from rechten.leefloon.woorden import dagen, getal, hoofdletter, relatie
from rechten.teksten import met_taal


def test_getallen_die_geen_geld_zijn_per_taal():
    assert getal(Decimal("312")) == "312"
    assert getal(Decimal("50.50")) == "50,5"
    with met_taal("en"):
        assert getal(Decimal("50.50")) == "50.5"


def test_dagen_enkelvoud_en_meervoud():
    assert (dagen(1), dagen(12)) == ("1 dag", "12 dagen")


def test_relatie_in_woorden_en_een_onbekende_code_blijft_staan():
    assert relatie("broer_zus") == "broer of zus"
    assert relatie("buurman") == "buurman"


def test_hoofdletter_laat_de_rest_staan():
    assert hoofdletter("ocmw-steun van het OCMW") == "Ocmw-steun van het OCMW"
    assert hoofdletter("") == ""
