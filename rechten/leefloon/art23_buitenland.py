"""Stays abroad (RMI-wet art. 3, 1° with art. 23, as amended by the programme law of 26/12/2015, since 9/01/2016).

A beneficiary may spend 4 weeks per calendar year abroad without losing the leefloon; once that allowance is used
up, the leefloon is suspended for every further day abroad. Stays within a study programme (Erasmus...) and stays
the OCMW accepts for exceptional circumstances do not count. POD MI worked example: 10, 17 and 9 days use 1 + 2 + 1
weeks; the allowance is exhausted, so a further stay of 5 days is suspended for 5 days.
[A] A stay uses floor(days / 7) weeks while the allowance lasts; days beyond what is left of it, and every day
after it is exhausted, are suspended; a stay over New Year is split per calendar year; a suspended day costs
yearly amount / 365.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from rechten.advies import VerblijfBuitenlandAdvies, VerblijfBuitenlandRegel
from rechten.bronnen import rmi
from rechten.geld import cent

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import VerblijfBuitenland

__all__ = ["BRON", "per_jaar_gesplitst", "verblijven"]

BRON = rmi(
    "art. 3, 1° en art. 23 (programmawet 26/12/2015)",
    url="https://www.mi-is.be/nl/faq/hoe-gebeurt-de-schorsing-van-de-uitbetaling-van-het-leefloon-nadat-betrokkene-het-totaal-van-4",
)


def per_jaar_gesplitst(lijst: list[VerblijfBuitenland]) -> list[tuple[date, date, str | None]]:
    """The stays sorted by start, each split at New Year."""
    stukken = []
    for v in sorted(lijst, key=lambda v: v.van):
        van = v.van
        while van.year < v.tot.year:
            einde = date(van.year, 12, 31)
            stukken.append((van, einde, v.uitzondering))
            van = einde + timedelta(days=1)
        stukken.append((van, v.tot, v.uitzondering))
    return stukken


def verblijven(ev: LeefloonEvaluatie, jaarbedrag: Decimal | None) -> VerblijfBuitenlandAdvies | None:
    """Days suspended per stay and the reduction of the yearly leefloon (`jaarbedrag`, None when not granted)."""
    lijst = ev.profiel.aanvrager.verblijven_buitenland
    if not lijst:
        return None
    ev.aannames.gebruik("buitenland_weken")
    toegelaten = ev.param.buitenland_weken
    rest: dict[int, int] = {}
    regels, geschorst_totaal = [], 0
    for van, tot, uitzondering in per_jaar_gesplitst(lijst):
        dagen = (tot - van).days + 1
        over = rest.setdefault(van.year, toegelaten)
        if uitzondering is not None:
            reden = "studieprogramma" if uitzondering == "studieprogramma" else "uitzonderlijke omstandigheden"
            regels.append(
                VerblijfBuitenlandRegel(
                    van=van,
                    tot=tot,
                    dagen=dagen,
                    weken_aangerekend=0,
                    dagen_geschorst=0,
                    uitleg=f"Telt niet mee ({reden}, aanvaard door het OCMW).",
                )
            )
            continue
        weken = dagen // 7
        if over == 0:
            weken, geschorst = 0, dagen
            uitleg = f"De 4 weken van {van.year} zijn opgebruikt: alle {dagen} dagen geschorst."
        elif weken <= over:
            geschorst = 0
            uitleg = f"{dagen} dagen: {weken} week/weken aangerekend, nog {over - weken} van de 4 over in {van.year}."
        else:
            geschorst, weken = dagen - over * 7, over
            uitleg = (
                f"{dagen} dagen: de laatste {over} week/weken van {van.year} aangerekend, {geschorst} dagen geschorst."
            )
        rest[van.year] = over - weken
        geschorst_totaal += geschorst
        regels.append(
            VerblijfBuitenlandRegel(
                van=van, tot=tot, dagen=dagen, weken_aangerekend=weken, dagen_geschorst=geschorst, uitleg=uitleg
            )
        )
    vermindering = None
    if jaarbedrag is not None:
        dagen_jaar = ev.profiel.ocmw_keuzes.buitenland_dagen_per_jaar
        if dagen_jaar is None:
            dagen_jaar = ev.param.buitenland_dagen_per_jaar
            if geschorst_totaal:
                ev.aannames.gebruik("buitenland_dagbedrag")
        elif geschorst_totaal:
            ev.aannames.keuze("buitenland_dagbedrag", f"een geschorste dag kost het jaarbedrag / {dagen_jaar}.")
        vermindering = cent(Fraction(jaarbedrag) * geschorst_totaal / dagen_jaar)
    return VerblijfBuitenlandAdvies(
        verblijven=regels, dagen_geschorst=geschorst_totaal, vermindering=vermindering, bron=str(BRON)
    )
