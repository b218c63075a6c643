"""KB art. 27: capital in two tranches; joint accounts per holder."""

from datetime import date
from decimal import Decimal

import pytest

from rechten.leefloon.kb27_kapitaal import kapitaal, opbrengst
from rechten.leefloon.parameterset import parameterset
from tests.rechten.leefloon.helpers import advies, evaluatie, profiel

P = parameterset(date(2025, 2, 15))


@pytest.mark.parametrize(
    ("c", "k"),
    [
        ("0", "0.00"),
        ("6200", "0.00"),
        ("6200.01", "0.00"),
        ("10500", "258.00"),
        ("12500", "378.00"),
        ("12500.05", "378.01"),
        ("20000", "1128.00"),
        ("100000", "9128.00"),
    ],
)
def test_twee_schijven(c, k):
    # 6 % of (min(c, 12500) − 6200) + 10 % of (c − 12500)
    assert opbrengst(Decimal(c), P) == Decimal(k)


def test_gezamenlijke_rekening_met_onbekend_aantal_houders_vraagt_het_aantal():
    ev = evaluatie(profiel(vermogen={"spaargeld": "1000", "gezamenlijke_rekeningen": [{"bedrag": "9000"}]}))
    c, _ = kapitaal(ev, ev.profiel.aanvrager.vermogen, "aanvrager.vermogen")
    assert c == 1000
    assert ("aanvrager.vermogen.gezamenlijke_rekeningen.0.houders") in dict(ev.vragen.items())


def test_onbekend_spaargeld_is_een_vraag_en_geen_nul():
    a = advies(vermogen={"spaargeld": None})
    assert a.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "aanvrager.vermogen.spaargeld" for o in a.ontbrekende_gegevens)


def test_geen_vermogen_opgegeven_is_een_aanname():
    a = advies(vermogen=None)
    assert a.uitkomst == "toekennen"
    assert "vermogen_niet_opgegeven" in {d.code for d in a.aannames_details}
