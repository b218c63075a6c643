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
from rechten.leefloon import woorden
from rechten.teksten import N_, t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import VerblijfBuitenland

__all__ = ["BRON", "per_jaar_gesplitst", "verblijven"]

BRON = rmi(
    "art. 3, 1° en art. 23 (programmawet 26/12/2015)",
    url="https://www.mi-is.be/nl/faq/hoe-gebeurt-de-schorsing-van-de-uitbetaling-van-het-leefloon-nadat-betrokkene-het-totaal-van-4",
)


_UITZONDERING = {
    "studieprogramma": N_("Telt niet mee: een verblijf voor een studieprogramma, aanvaard door het OCMW."),
    "uitzonderlijke_omstandigheden": N_("Telt niet mee: uitzonderlijke omstandigheden, aanvaard door het OCMW."),
}


def _uitleg(dagen: int, weken: int, geschorst: int, over: int, toegelaten: int, jaar: int) -> str:
    """What one stay used of the year's weeks and how many days were suspended, in two short sentences."""
    duur = woorden.dagen(dagen)
    if over == 0:
        if dagen == 1:
            return t(
                "De {toegelaten} weken van {jaar} zijn al opgebruikt: deze dag is geschorst.",
                toegelaten=toegelaten,
                jaar=jaar,
            )
        return t(
            "De {toegelaten} weken van {jaar} zijn al opgebruikt: alle {dagen} dagen zijn geschorst.",
            toegelaten=toegelaten,
            jaar=jaar,
            dagen=dagen,
        )
    if geschorst:
        if weken == 1:
            eerste = t("{duur}: de laatste week van {jaar} is aangerekend.", duur=duur, jaar=jaar)
        else:
            eerste = t(
                "{duur}: de laatste {weken} weken van {jaar} zijn aangerekend.", duur=duur, weken=weken, jaar=jaar
            )
        # More days than the weeks left: at least a week's worth (7 days or more) is suspended.
        return eerste + " " + t("De overige {dagen} dagen zijn geschorst.", dagen=geschorst)
    if weken == 0:
        eerste = t("{duur}: korter dan een volle week, dus geen week aangerekend.", duur=duur)
    elif weken == 1:
        eerste = t("{duur}: 1 week aangerekend.", duur=duur)
    else:
        eerste = t("{duur}: {weken} weken aangerekend.", duur=duur, weken=weken)
    resterend = over - weken
    if resterend == 0:
        tweede = t("Daarmee zijn de {toegelaten} weken van {jaar} opgebruikt.", toegelaten=toegelaten, jaar=jaar)
    elif resterend == 1:
        tweede = t("Nog 1 van de {toegelaten} weken over in {jaar}.", toegelaten=toegelaten, jaar=jaar)
    else:
        tweede = t(
            "Nog {weken} van de {toegelaten} weken over in {jaar}.", weken=resterend, toegelaten=toegelaten, jaar=jaar
        )
    return eerste + " " + tweede


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
    ev.aannames.gebruik("buitenland_weken", weken=ev.param.buitenland_weken)
    toegelaten = ev.param.buitenland_weken
    rest: dict[int, int] = {}
    regels, geschorst_totaal = [], 0
    for van, tot, uitzondering in per_jaar_gesplitst(lijst):
        dagen = (tot - van).days + 1
        over = rest.setdefault(van.year, toegelaten)
        if uitzondering is not None:
            regels.append(
                VerblijfBuitenlandRegel(
                    van=van,
                    tot=tot,
                    dagen=dagen,
                    weken_aangerekend=0,
                    dagen_geschorst=0,
                    uitleg=t(_UITZONDERING[uitzondering]),
                )
            )
            continue
        weken = dagen // 7
        if over == 0:
            weken, geschorst = 0, dagen
        elif weken <= over:
            geschorst = 0
        else:
            geschorst, weken = dagen - over * 7, over
        rest[van.year] = over - weken
        geschorst_totaal += geschorst
        regels.append(
            VerblijfBuitenlandRegel(
                van=van,
                tot=tot,
                dagen=dagen,
                weken_aangerekend=weken,
                dagen_geschorst=geschorst,
                uitleg=_uitleg(dagen, weken, geschorst, over, toegelaten, van.year),
            )
        )
    vermindering = None
    if jaarbedrag is not None:
        dagen_jaar = ev.profiel.ocmw_keuzes.buitenland_dagen_per_jaar
        if dagen_jaar is None:
            dagen_jaar = ev.param.buitenland_dagen_per_jaar
            if geschorst_totaal:
                ev.aannames.gebruik("buitenland_dagbedrag", dagen=dagen_jaar)
        elif geschorst_totaal:
            ev.aannames.keuze(
                "buitenland_dagbedrag", t("een geschorste dag kost het jaarbedrag / {dagen}.", dagen=dagen_jaar)
            )
        vermindering = cent(Fraction(jaarbedrag) * geschorst_totaal / dagen_jaar)
    return VerblijfBuitenlandAdvies(
        verblijven=regels, dagen_geschorst=geschorst_totaal, vermindering=vermindering, bron=str(BRON)
    )
