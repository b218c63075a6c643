"""The final formula (KB art. 22 §2 with RMI-wet art. 14) and the amounts derived from the yearly leefloon.

A = yearly category amount, R = counted resources, E = general exemption of the category
R >= A  → no leefloon
R <  A  → leefloon per year = A − max(0, R − E); per month = yearly / 12, rounded half-up to the cent
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from rechten.bronnen import kb, rmi
from rechten.geld import cent, maandbedrag

__all__ = ["BRON_BEDRAG", "BRON_FORMULE", "bedragpaar", "eerste_maand", "leefloon_jaar"]

BRON_BEDRAG = rmi("art. 14 §1")
BRON_FORMULE = kb("art. 22 §2", url="https://www.bdas-wwsb.brussels/?p=3321")
NUL = Decimal("0.00")


def leefloon_jaar(a: Decimal, r: Decimal, e: Decimal) -> tuple[Decimal | None, Decimal, Decimal]:
    """(yearly leefloon or None when R ≥ A, the exemption applied, the resources counted)."""
    r = cent(r)
    if r >= a:
        return None, NUL, r
    in_aanmerking = max(NUL, r - e)
    return cent(a - in_aanmerking), cent(e), cent(in_aanmerking)


def bedragpaar(jaar: Decimal) -> dict[str, Decimal]:
    """`{"jaar", "maand"}` for a yearly amount (a BedragPaar once validated)."""
    return {"jaar": cent(jaar), "maand": maandbedrag(jaar)}


def eerste_maand(maand: Decimal, peildatum: date, methode: str) -> dict | None:
    """The first month pro rata from the peildatum (no leefloon before the application); None on the 1st."""
    if peildatum.day == 1:
        return None
    lengte = calendar.monthrange(peildatum.year, peildatum.month)[1]
    if methode == "dertigsten":
        dagen, van = max(0, 30 - peildatum.day + 1), 30
    else:
        dagen, van = lengte - peildatum.day + 1, lengte
    return {"dagen": dagen, "van_dagen": van, "bedrag": cent(maand * dagen / van), "methode": methode}
