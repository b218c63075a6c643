"""KB art. 27: movable capital (savings, securities, current accounts, tax refunds).

K(c) = 6 % of the part of c between 6,200 and 12,500 plus 10 % of the part above 12,500, per year, the same for
every category. A joint account counts for the applicant's share: the balance divided by the number of holders
(an assumption the OCMW can change). The amounts are dated parameters.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from rechten.bronnen import kb
from rechten.geld import cent
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.leefloon.parameterset import Parameterset
    from rechten.profiel import HuisgenootVermogen

__all__ = ["BRON", "kapitaal", "opbrengst"]

BRON = kb("art. 27", url="https://www.bdas-wwsb.brussels/?p=3440")


def opbrengst(c: Decimal | Fraction, p: Parameterset) -> Decimal:
    """K(c): the yearly resource counted for a capital c, rounded half-up to the cent.

    A Decimal capital is computed in Decimal (percentages of a cent amount are exact); a Fraction (a share of a
    joint account or a good) stays exact as a Fraction.
    """
    if type(c) is Decimal:
        nul = Decimal(0)
        eerste = max(nul, min(c, p.kapitaal_bovengrens) - p.kapitaal_ondergrens) * p.kapitaal_pct_1 / 100
        tweede = max(nul, c - p.kapitaal_bovengrens) * p.kapitaal_pct_2 / 100
        return cent(eerste + tweede)
    c = Fraction(c)
    onder, boven = Fraction(p.kapitaal_ondergrens), Fraction(p.kapitaal_bovengrens)
    eerste = max(Fraction(0), min(c, boven) - onder) * Fraction(p.kapitaal_pct_1) / 100
    tweede = max(Fraction(0), c - boven) * Fraction(p.kapitaal_pct_2) / 100
    return cent(eerste + tweede)


def kapitaal(ev: LeefloonEvaluatie, vermogen: HuisgenootVermogen, pad: str) -> tuple[Decimal | Fraction, list[str]]:
    """The capital of one person (own savings plus their share of joint accounts) and how it was composed.

    Decimal while exact; a Fraction once a balance is divided over its holders.
    """
    totaal: Decimal | Fraction = Decimal(0)
    delen: list[str] = []
    if vermogen.spaargeld is None:
        ev.vragen.stel(
            f"{pad}.spaargeld", t("Hoeveel spaargeld en beleggingen zijn er (het saldo van alle rekeningen samen)?")
        )
    elif vermogen.spaargeld:
        totaal += vermogen.spaargeld
        delen.append(t("spaargeld {bedrag}", bedrag=vermogen.spaargeld))
    keuze = ev.profiel.ocmw_keuzes.gezamenlijke_rekening
    for i, rekening in enumerate(vermogen.gezamenlijke_rekeningen):
        if rekening.bedrag is None:
            ev.vragen.stel(
                f"{pad}.gezamenlijke_rekeningen.{i}.bedrag", t("Wat is het saldo van de gezamenlijke rekening?")
            )
            continue
        if keuze == "volledig":
            ev.aannames.keuze("gezamenlijke_rekening", t("een gezamenlijke rekening telt volledig mee."))
            totaal += rekening.bedrag
            delen.append(t("gezamenlijke rekening {bedrag}, volledig", bedrag=rekening.bedrag))
            continue
        if keuze == "per_houder":
            ev.aannames.keuze(
                "gezamenlijke_rekening", t("een gezamenlijke rekening telt voor het deel van de aanvrager per houder.")
            )
        else:
            ev.aannames.gebruik("gezamenlijke_rekening")
        if rekening.houders is None:
            ev.vragen.stel(
                f"{pad}.gezamenlijke_rekeningen.{i}.houders", t("Hoeveel houders heeft de gezamenlijke rekening?")
            )
            continue  # favourable until known: the share is unknown, count nothing
        totaal = Fraction(totaal) + Fraction(rekening.bedrag) / rekening.houders
        if rekening.houders == 1:
            delen.append(t("gezamenlijke rekening {bedrag} / 1 houder", bedrag=rekening.bedrag))
        else:
            delen.append(
                t(
                    "gezamenlijke rekening {bedrag} / {houders} houders",
                    bedrag=rekening.bedrag,
                    houders=rekening.houders,
                )
            )
    return totaal, delen
