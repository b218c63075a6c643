"""KB art. 35: the socio-professional integration exemption (SPI / ISP).

Net income from work or vocational training that the beneficiary starts while receiving or applying for the
leefloon (not a job held before) is exempt up to a monthly amount, for at most 3 years; students keep it for the
whole GPMI-studies period. Artistic income has a yearly exemption. It only matters when some leefloon remains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from rechten.bronnen import PRIMABOOK_BESTAANSMIDDELEN, kb
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import Inkomen

__all__ = ["BRON", "SpiRegel", "binnen_termijn", "spi_vrijstelling"]

BRON = kb("art. 35", url=PRIMABOOK_BESTAANSMIDDELEN)


@dataclass(frozen=True, slots=True)
class SpiRegel:
    """The exemption granted on one year's work income."""

    vrijstelling: Decimal
    uitleg: str


def binnen_termijn(sinds: date, peildatum: date, jaren: int) -> bool:
    """True while `peildatum` is less than `jaren` years after `sinds`."""
    try:
        einde = sinds.replace(year=sinds.year + jaren)
    except ValueError:  # 29 February
        einde = date(sinds.year + jaren, 3, 1)
    return peildatum < einde


def _komt_in_aanmerking(ev: LeefloonEvaluatie, inkomen: Inkomen, pad: str) -> bool:
    """Started during the leefloon and within the period; unknowns ask a question and count favourably."""
    if inkomen.gestart_tijdens_leefloon is None:
        ev.vragen.stel(
            f"{pad}.gestart_tijdens_leefloon",
            t("Begon de aanvrager dit werk of deze opleiding tijdens het leefloon (of bij de aanvraag ervan)?"),
        )
    elif not inkomen.gestart_tijdens_leefloon:
        return False
    if ev.profiel.aanvrager.student:
        return True  # students: the whole GPMI-studies period, no 3-year limit
    if inkomen.sinds is None:
        ev.vragen.stel(
            f"{pad}.sinds",
            t(
                "Sinds wanneer werkt de aanvrager of volgt hij of zij de opleiding (de SPI-vrijstelling geldt "
                "hoogstens {jaren} jaar)?",
                jaren=ev.param.spi_duur_jaren,
            ),
        )
        return True
    return binnen_termijn(inkomen.sinds, ev.param.peildatum, ev.param.spi_duur_jaren)


def spi_vrijstelling(ev: LeefloonEvaluatie, werk: list[tuple[Inkomen, Decimal, str]]) -> SpiRegel | None:
    """The yearly SPI exemption on the applicant's work income (`werk`: income, yearly amount, field path)."""
    gewoon = artistiek = knelpunt = Decimal(0)
    knelpunt_maand = ev.profiel.ocmw_keuzes.spi_knelpuntberoep_maand
    for inkomen, jaar, pad in werk:
        if not _komt_in_aanmerking(ev, inkomen, pad):
            continue
        if inkomen.artistiek:
            artistiek += jaar
        elif inkomen.knelpuntberoep and knelpunt_maand is not None:
            knelpunt += jaar
        else:
            gewoon += jaar
        if inkomen.knelpuntberoep:
            ev.aannames.gebruik("spi_knelpuntberoep")
    if not gewoon and not artistiek and not knelpunt:
        return None
    ev.gebruikte_reeksen.add("spi")
    p = ev.param
    plafond = p.spi_maand * 12
    vrij = min(gewoon, plafond) + min(artistiek, p.spi_artistiek_jaar)
    if knelpunt:
        vrij += min(knelpunt, knelpunt_maand * 12)
    delen = []
    if gewoon:
        delen.append(t("tot {bedrag} per maand ({jaarbedrag} per jaar)", bedrag=p.spi_maand, jaarbedrag=plafond))
    if knelpunt:
        delen.append(t("knelpuntberoep: tot {bedrag} per maand (opgegeven door het OCMW)", bedrag=knelpunt_maand))
    if artistiek:
        delen.append(t("artistieke activiteit: tot {bedrag} per jaar", bedrag=p.spi_artistiek_jaar))
        if gewoon:
            ev.aannames.gebruik("spi_artistiek")
    if ev.profiel.aanvrager.student:
        uitleg = t(
            "SPI-vrijstelling op inkomen uit werk dat begon tijdens het leefloon, voor een student zolang het "
            "GPMI-studies loopt: {vrijstelling}",
            vrijstelling="; ".join(delen),
        )
    else:
        uitleg = t(
            "SPI-vrijstelling op inkomen uit werk dat begon tijdens het leefloon, hoogstens {jaren} jaar lang: "
            "{vrijstelling}",
            vrijstelling="; ".join(delen),
            jaren=p.spi_duur_jaren,
        )
    return SpiRegel(vrij, uitleg)
