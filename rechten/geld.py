"""Money: exact `Decimal` euro amounts, rounded half-up to the cent only where the law rounds."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

__all__ = ["CENT", "NUL", "cent", "maandbedrag"]

CENT = Decimal("0.01")
NUL = Decimal("0.00")


def cent(bedrag: Decimal | Fraction | int) -> Decimal:
    """Round half-up (away from zero on a half) to the cent; a Fraction is rounded exactly, never via float."""
    if type(bedrag) is Decimal:
        return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)
    if isinstance(bedrag, Fraction):
        honderdsten = abs(bedrag) * 100
        afgerond = math.floor(honderdsten + Fraction(1, 2))
        return (Decimal(afgerond if bedrag >= 0 else -afgerond) / 100).quantize(CENT)
    return Decimal(bedrag).quantize(CENT, rounding=ROUND_HALF_UP)


def maandbedrag(jaarbedrag: Decimal) -> Decimal:
    """Monthly = yearly / 12, rounded half-up to the cent (SPEC.md §3).

    Exact: a cent amount / 12 is a multiple of 1/1200, and 28 significant digits decide every half-cent tie.
    """
    return (Decimal(jaarbedrag) / 12).quantize(CENT, rounding=ROUND_HALF_UP)
