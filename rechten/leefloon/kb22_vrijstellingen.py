"""KB art. 16 and 22 §1: which incomes count, converted to a yearly net amount.

Every kind of income carries an explicit `vrijgesteld` flag (SPEC.md §4.1: the list is not exhaustive, so an
unknown kind is an input error, never silently counted). Amounts are net and yearly: monthly × 12, weekly × 52,
daily × 312 (26 days a month, an assumption the OCMW can change).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from rechten.bronnen import Bron, kb
from rechten.geld import cent
from rechten.profiel import InkomenSoort as S

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import Inkomen

__all__ = ["SOORTEN", "Soortregel", "jaarbedrag", "telt_mee"]

_TELT = kb("art. 16 §1")
_VRIJ = kb("art. 22 §1")


@dataclass(frozen=True, slots=True)
class Soortregel:
    """How one kind of income is treated."""

    naam: str
    vrijgesteld: bool
    bron: Bron
    werk: bool = False  # income from work or training: SPI exemption possible (KB art. 35)


SOORTEN: dict[S, Soortregel] = {
    S.loon: Soortregel("loon", False, _TELT, werk=True),
    S.zelfstandige: Soortregel("inkomen als zelfstandige", False, _TELT, werk=True),
    S.opleiding: Soortregel("vergoeding voor een beroepsopleiding", False, _TELT, werk=True),
    S.werkloosheid: Soortregel("werkloosheidsuitkering", False, _TELT),
    S.ziekte_invaliditeit: Soortregel("ziekte- of invaliditeitsuitkering", False, _TELT),
    S.pensioen: Soortregel("pensioen", False, _TELT),
    S.igo: Soortregel("inkomensgarantie voor ouderen", False, _TELT),
    S.ivt: Soortregel("inkomensvervangende tegemoetkoming", False, _TELT),
    S.it: Soortregel("integratietegemoetkoming", False, _TELT),
    S.onderhoudsgeld: Soortregel("onderhoudsgeld voor de aanvrager zelf", False, _TELT),
    S.onderhoudsgeld_kinderen: Soortregel("onderhoudsgeld voor de kinderen", True, _VRIJ),
    S.gezinsbijslag_kinderen: Soortregel("gezinsbijslag voor de kinderen die men opvoedt", True, _VRIJ),
    S.gezinsbijslag_zelf: Soortregel("gezinsbijslag ontvangen voor zichzelf", False, _TELT),
    S.studietoelage: Soortregel("studietoelage", True, _VRIJ),
    S.pleegzorgvergoeding: Soortregel("pleegzorgvergoeding", True, _VRIJ),
    S.geboortepremie: Soortregel("geboorte- of adoptiepremie", True, _VRIJ),
    S.thab: Soortregel("tegemoetkoming voor hulp aan bejaarden", True, _VRIJ),
    S.gift_occasioneel: Soortregel(
        "occasionele gift van iemand die niet samenwoont en niet onderhoudsplichtig is", True, _VRIJ
    ),
    S.steun_regelmatig: Soortregel("regelmatige steun", False, _TELT),
    S.vrijwilligersvergoeding: Soortregel("vrijwilligersvergoeding", True, kb("art. 22 §1 (binnen het jaarplafond)")),
    S.huurinkomsten: Soortregel("huurinkomsten", False, _TELT),
    S.ander: Soortregel("ander inkomen", False, _TELT),
}


def telt_mee(ev: LeefloonEvaluatie, inkomen: Inkomen, *, huisgenoot: bool) -> bool:
    """Whether this income counts (volunteer allowances are settled per person against the yearly ceiling)."""
    regel = SOORTEN[inkomen.soort]
    if inkomen.soort is S.it:
        keuze = ev.profiel.ocmw_keuzes.integratietegemoetkoming_vrijgesteld
        if keuze is None:
            ev.aannames.gebruik("integratietegemoetkoming")
            return True
        ev.aannames.keuze(
            "integratietegemoetkoming", "de integratietegemoetkoming is " + ("vrijgesteld." if keuze else "meegeteld.")
        )
        return not keuze
    if huisgenoot and inkomen.soort is S.gezinsbijslag_kinderen and inkomen.voor_aanvrager:
        return True  # family allowance a cohabitant receives for the applicant is that person's resource
    if regel.vrijgesteld:
        ev.aannames.gebruik("vrijstellingen_lijst")
    return not regel.vrijgesteld


def jaarbedrag(ev: LeefloonEvaluatie, inkomen: Inkomen, pad: str) -> tuple[Decimal, str | None]:
    """(yearly amount, how it was computed); an unknown amount or period asks a question and counts 0."""
    if inkomen.bedrag is None:
        ev.vragen.stel(f"{pad}.bedrag", f"Hoeveel bedraagt dit inkomen ({SOORTEN[inkomen.soort].naam}), netto?")
        return Decimal(0), None
    if inkomen.per is None:
        ev.vragen.stel(
            f"{pad}.per", f"Is {inkomen.bedrag} EUR ({SOORTEN[inkomen.soort].naam}) per jaar, maand, week of dag?"
        )
        return cent(inkomen.bedrag), None
    factor = ev.param.omrekening[inkomen.per.value]
    if inkomen.per.value == "dag":
        eigen = ev.profiel.ocmw_keuzes.dagbedrag_dagen_per_jaar
        if eigen is None:
            ev.aannames.gebruik("dagbedrag_omrekening")
        else:
            factor = Decimal(eigen)
            ev.aannames.keuze("dagbedrag_omrekening", f"dagbedragen × {eigen} dagen per jaar.")
    jaar = cent(inkomen.bedrag * factor)
    if factor == 1:
        return jaar, f"{inkomen.bedrag:.2f} per jaar"
    return jaar, f"{inkomen.bedrag:.2f} per {inkomen.per.value} × {factor}"
