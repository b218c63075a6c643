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
from rechten.leefloon.woorden import getal
from rechten.profiel import InkomenSoort as S
from rechten.teksten import N_, t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import Inkomen

__all__ = ["SOORTEN", "Soortregel", "jaarbedrag", "telt_mee"]

_TELT = kb("art. 16 §1")
_VRIJ = kb("art. 22 §1")


@dataclass(frozen=True, slots=True)
class Soortregel:
    """How one kind of income is treated."""

    naam: str  # a Dutch message id: translate with t(naam)
    vrijgesteld: bool
    bron: Bron
    werk: bool = False  # income from work or training: SPI exemption possible (KB art. 35)


SOORTEN: dict[S, Soortregel] = {
    S.loon: Soortregel(N_("loon"), False, _TELT, werk=True),
    S.zelfstandige: Soortregel(N_("inkomen als zelfstandige"), False, _TELT, werk=True),
    S.opleiding: Soortregel(N_("vergoeding voor een beroepsopleiding"), False, _TELT, werk=True),
    S.werkloosheid: Soortregel(N_("werkloosheidsuitkering"), False, _TELT),
    S.ziekte_invaliditeit: Soortregel(N_("ziekte- of invaliditeitsuitkering"), False, _TELT),
    S.pensioen: Soortregel(N_("pensioen"), False, _TELT),
    S.igo: Soortregel(N_("inkomensgarantie voor ouderen"), False, _TELT),
    S.ivt: Soortregel(N_("inkomensvervangende tegemoetkoming"), False, _TELT),
    S.it: Soortregel(N_("integratietegemoetkoming"), False, _TELT),
    S.onderhoudsgeld: Soortregel(N_("onderhoudsgeld voor de aanvrager zelf"), False, _TELT),
    S.onderhoudsgeld_kinderen: Soortregel(N_("onderhoudsgeld voor de kinderen"), True, _VRIJ),
    S.gezinsbijslag_kinderen: Soortregel(N_("gezinsbijslag voor de kinderen die men opvoedt"), True, _VRIJ),
    S.gezinsbijslag_zelf: Soortregel(N_("gezinsbijslag ontvangen voor zichzelf"), False, _TELT),
    S.studietoelage: Soortregel(N_("studietoelage"), True, _VRIJ),
    S.pleegzorgvergoeding: Soortregel(N_("pleegzorgvergoeding"), True, _VRIJ),
    S.geboortepremie: Soortregel(N_("geboorte- of adoptiepremie"), True, _VRIJ),
    S.thab: Soortregel(N_("tegemoetkoming voor hulp aan bejaarden"), True, _VRIJ),
    S.gift_occasioneel: Soortregel(
        N_("occasionele gift van iemand die niet samenwoont en niet onderhoudsplichtig is"), True, _VRIJ
    ),
    S.steun_regelmatig: Soortregel(N_("regelmatige steun"), False, _TELT),
    S.vrijwilligersvergoeding: Soortregel(
        N_("vrijwilligersvergoeding"), True, kb("art. 22 §1 (binnen het jaarplafond)")
    ),
    S.huurinkomsten: Soortregel(N_("huurinkomsten"), False, _TELT),
    S.ander: Soortregel(N_("ander inkomen"), False, _TELT),
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
            "integratietegemoetkoming",
            t("de integratietegemoetkoming is vrijgesteld.") if keuze else t("de integratietegemoetkoming telt mee."),
        )
        return not keuze
    if huisgenoot and inkomen.soort is S.gezinsbijslag_kinderen and inkomen.voor_aanvrager:
        return True  # family allowance a cohabitant receives for the applicant is that person's resource
    if regel.vrijgesteld:
        ev.aannames.gebruik("vrijstellingen_lijst")
    return not regel.vrijgesteld


_BEREKENING = {
    "maand": N_("{bedrag} per maand × {factor}"),
    "week": N_("{bedrag} per week × {factor}"),
    "dag": N_("{bedrag} per dag × {factor}"),
}


def jaarbedrag(ev: LeefloonEvaluatie, inkomen: Inkomen, pad: str) -> tuple[Decimal, str | None]:
    """(yearly amount, how it was computed); an unknown amount or period asks a question and counts 0."""
    if inkomen.bedrag is None:
        ev.vragen.stel(
            f"{pad}.bedrag",
            t("Hoeveel bedraagt dit inkomen ({inkomen}) netto?", inkomen=t(SOORTEN[inkomen.soort].naam)),
        )
        return Decimal(0), None
    if inkomen.per is None:
        ev.vragen.stel(
            f"{pad}.per",
            t(
                "Is {bedrag} ({inkomen}) een bedrag per jaar, per maand, per week of per dag?",
                bedrag=inkomen.bedrag,
                inkomen=t(SOORTEN[inkomen.soort].naam),
            ),
        )
        return cent(inkomen.bedrag), None
    factor = ev.param.omrekening[inkomen.per.value]
    if inkomen.per.value == "dag":
        eigen = ev.profiel.ocmw_keuzes.dagbedrag_dagen_per_jaar
        if eigen is None:
            per_maand = (factor / 12).quantize(Decimal("0.01"))
            ev.aannames.gebruik("dagbedrag_omrekening", dagen_per_jaar=getal(factor), dagen_per_maand=getal(per_maand))
        else:
            factor = Decimal(eigen)
            ev.aannames.keuze(
                "dagbedrag_omrekening", t("een dagbedrag is omgerekend met × {dagen} per jaar.", dagen=eigen)
            )
    jaar = cent(inkomen.bedrag * factor)
    if factor == 1:
        return jaar, t("{bedrag} per jaar", bedrag=inkomen.bedrag)
    return jaar, t(_BEREKENING[inkomen.per.value], bedrag=inkomen.bedrag, factor=getal(factor))
