"""KB art. 28-32: goods given away or sold in the 10 years before the application.

Market value at the time × the applicant's share (usufruct 40 %, bare ownership 60 % of full ownership), minus
personal debts contracted before and paid with the proceeds; for the only built dwelling minus 37,200 and minus
1,250 / 2,000 / 2,500 (cat. 1 / 2 / 3) per year since the transfer, pro rata per full month [assumptions for the
figures]. The remainder is treated as movable capital (KB art. 27).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from rechten.bronnen import PRIMABOOK_BESTAANSMIDDELEN, kb
from rechten.geld import cent
from rechten.leefloon.datums import volle_maanden
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import Afstand

__all__ = ["BRON", "Afstandregel", "afstanden"]

BRON = kb("art. 28-32", url=PRIMABOOK_BESTAANSMIDDELEN)


@dataclass(frozen=True, slots=True)
class Afstandregel:
    """The part of one cession that counts as capital."""

    rest: Fraction
    uitleg: str


def _binnen_termijn(datum: date, peildatum: date, jaren: int) -> bool:
    return volle_maanden(datum, peildatum) < jaren * 12


def _rest(ev: LeefloonEvaluatie, a: Afstand, pad: str, categorie: int) -> Afstandregel | None:
    p, keuzes = ev.param, ev.profiel.ocmw_keuzes
    if a.datum is None:
        ev.vragen.stel(f"{pad}.datum", t("Wanneer werd het goed afgestaan of verkocht?"))
        return None
    if not _binnen_termijn(a.datum, p.peildatum, p.afstand_termijn_jaren):
        return None
    if a.waarde is None or a.aandeel is None:
        veld = "waarde" if a.waarde is None else "aandeel"
        vraag = (
            t("Wat was de verkoopwaarde van het goed op het moment van de afstand?")
            if a.waarde is None
            else t("Welk aandeel in het goed werd afgestaan?")
        )
        ev.vragen.stel(f"{pad}.{veld}", vraag)
        return None
    procent = {
        "volle_eigendom": Fraction(100),
        "vruchtgebruik": Fraction(p.afstand_pct_vruchtgebruik),
        "naakte_eigendom": Fraction(p.afstand_pct_naakte_eigendom),
    }[a.zakelijk_recht]
    waarde = Fraction(a.waarde) * a.aandeel * procent / 100
    delen = [t("waarde {bedrag}", bedrag=cent(waarde))]
    if a.schulden:
        waarde -= Fraction(a.schulden)
        delen.append(t("min schulden {bedrag}", bedrag=a.schulden))
    enige = a.enige_woning
    if enige is None:
        ev.vragen.stel(f"{pad}.enige_woning", t("Was het afgestane goed de enige bebouwde woning van de aanvrager?"))
        enige = True  # the larger deduction, until known
    if enige:
        vrij = (
            p.afstand_vrijstelling_woning
            if keuzes.afstand_vrijstelling_enige_woning is None
            else keuzes.afstand_vrijstelling_enige_woning
        )
        per_jaar = p.afstand_vermindering[categorie]
        if keuzes.afstand_jaarlijkse_vermindering is not None:
            per_jaar = keuzes.afstand_jaarlijkse_vermindering
        maanden = volle_maanden(a.datum, p.peildatum)
        vermindering = Fraction(per_jaar) * maanden / 12
        waarde -= Fraction(vrij) + vermindering
        delen.append(
            t(
                "min {vrijstelling} (enige woning) en {vermindering} ({per_jaar} per jaar × {maanden}/12)",
                vrijstelling=vrij,
                vermindering=cent(vermindering),
                per_jaar=per_jaar,
                maanden=maanden,
            )
        )
        if keuzes.afstand_vrijstelling_enige_woning is None and keuzes.afstand_jaarlijkse_vermindering is None:
            ev.aannames.gebruik(
                "afstand_bedragen",
                woning=p.afstand_vrijstelling_woning,
                categorie_1=p.afstand_vermindering[1],
                categorie_2=p.afstand_vermindering[2],
                categorie_3=p.afstand_vermindering[3],
            )
        else:
            ev.aannames.keuze(
                "afstand_bedragen",
                t(
                    "voor de enige woning is {vrijstelling} vrijgesteld en de vermindering is {per_jaar} per jaar.",
                    vrijstelling=vrij,
                    per_jaar=per_jaar,
                ),
            )
        ev.aannames.gebruik("afstand_maanden")
    rest = max(Fraction(0), waarde)
    uitleg = t(
        "Afgestaan op {datum}: {berekening} = {bedrag}", datum=a.datum, berekening=", ".join(delen), bedrag=cent(rest)
    )
    return Afstandregel(rest, uitleg)


def afstanden(ev: LeefloonEvaluatie, lijst: list[Afstand], pad: str, categorie: int) -> list[Afstandregel]:
    """The counted remainder of each cession within the 10-year period, for category `categorie`."""
    regels = []
    for i, a in enumerate(lijst):
        r = _rest(ev, a, f"{pad}.afstand.{i}", categorie)
        if r is not None:
            regels.append(r)
    return regels
