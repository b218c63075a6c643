"""Money rounds half-up to the cent, exactly (never through float)."""

from decimal import Decimal
from fractions import Fraction

import pytest

from rechten.geld import cent, maandbedrag


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [
        (Decimal("1.005"), "1.01"),
        (Decimal("1.0049"), "1.00"),
        (Fraction(1, 8), "0.13"),
        (Fraction(-1, 8), "-0.13"),
        (Fraction(2, 3), "0.67"),
        (Decimal("12"), "12.00"),
        (7, "7.00"),
    ],
)
def test_cent(waarde, verwacht):
    assert cent(waarde) == Decimal(verwacht)


@pytest.mark.parametrize(
    ("jaar", "maand"), [("7734.17", "644.51"), ("7068.60", "589.05"), ("0.06", "0.01"), ("0.18", "0.02")]
)
def test_maandbedrag_is_jaarbedrag_gedeeld_door_12_half_naar_boven(jaar, maand):
    assert maandbedrag(Decimal(jaar)) == Decimal(maand)
