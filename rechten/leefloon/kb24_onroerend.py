"""KB art. 24-25: real estate in full ownership or usufruct, in Belgium or abroad.

Built: 3 × (non-indexed cadastral income − 750 − 125 per child for whom the owner receives family allowances).
Unbuilt: 3 × (cadastral income − 30) [assumption]. The owner's share counts; with several goods the exemption is
shared pro rata; mortgage interest or a life annuity paid may be deducted up to 50 % of a good's counted amount
[assumption]. Bare ownership (naakte eigendom) gives no income and does not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from rechten.bronnen import kb
from rechten.geld import cent
from rechten.leefloon.woorden import getal
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import HuisgenootVermogen, Onroerend

__all__ = ["BRON", "Onroerendregel", "onroerend"]

BRON = kb("art. 24-25", url="https://www.bdas-wwsb.brussels/?p=3425")


@dataclass(frozen=True, slots=True)
class Onroerendregel:
    """The yearly amount counted for one person's real estate, and how."""

    bedrag: Decimal
    uitleg: str


def _ki(ev: LeefloonEvaluatie, goed: Onroerend, pad: str) -> tuple[Fraction, bool] | None:
    """(the owner's share of the cadastral income, built?) — None when it cannot count (yet)."""
    if goed.zakelijk_recht == "naakte_eigendom":
        return None
    if goed.kadastraal_inkomen is None:
        ev.vragen.stel(f"{pad}.kadastraal_inkomen", t("Wat is het niet-geïndexeerde kadastraal inkomen van het goed?"))
        return None
    if goed.aandeel is None:
        ev.vragen.stel(f"{pad}.aandeel", t("Welk aandeel in het goed heeft de eigenaar (bijvoorbeeld 1 of 1/2)?"))
        return None
    bebouwd = goed.bebouwd
    if bebouwd is None:
        ev.vragen.stel(f"{pad}.bebouwd", t("Is het goed bebouwd (een woning, een gebouw) of onbebouwd (grond)?"))
        bebouwd = True  # the larger exemption, until known
    return Fraction(goed.kadastraal_inkomen) * goed.aandeel, bebouwd


def _kinderen(ev: LeefloonEvaluatie, vermogen: HuisgenootVermogen, eigenaar_is_gezin: bool) -> int:
    if vermogen.kinderen_met_gezinsbijslag is not None:
        return vermogen.kinderen_met_gezinsbijslag
    if not eigenaar_is_gezin:
        return 0
    ev.aannames.gebruik("kinderen_gezinsbijslag_afgeleid", bedrag=ev.param.onroerend_per_kind)
    return ev.huishouden.kinderen_ten_laste


def onroerend(
    ev: LeefloonEvaluatie, vermogen: HuisgenootVermogen, pad: str, *, eigenaar_is_gezin: bool
) -> Onroerendregel | None:
    """The counted yearly amount for the real estate in `vermogen` (None when there is none that counts)."""
    p, keuzes = ev.param, ev.profiel.ocmw_keuzes
    goederen = []
    for i, goed in enumerate(vermogen.onroerend):
        ki = _ki(ev, goed, f"{pad}.onroerend.{i}")
        if ki is not None:
            goederen.append((goed, *ki))
    if not goederen:
        return None
    vrij_onbebouwd = p.onroerend_vrijstelling_onbebouwd
    if any(not bebouwd for _, _, bebouwd in goederen):
        if keuzes.vrijstelling_onbebouwd is None:
            ev.aannames.gebruik("onbebouwd_vrijstelling", bedrag=vrij_onbebouwd)
        else:
            vrij_onbebouwd = keuzes.vrijstelling_onbebouwd
            ev.aannames.keuze(
                "onbebouwd_vrijstelling",
                t(
                    "de vrijstelling voor onbebouwde goederen is {bedrag} kadastraal inkomen.",
                    bedrag=vrij_onbebouwd,
                ),
            )
    kinderen = _kinderen(ev, vermogen, eigenaar_is_gezin) if any(b for _, _, b in goederen) else 0
    vrijstelling = {
        True: Fraction(p.onroerend_vrijstelling_bebouwd + p.onroerend_per_kind * kinderen),
        False: Fraction(vrij_onbebouwd),
    }
    totaal_ki = {soort: sum((ki for _, ki, b in goederen if b == soort), Fraction(0)) for soort in (True, False)}
    pct = p.onroerend_aftrek_pct if keuzes.interesten_max_percentage is None else keuzes.interesten_max_percentage
    totaal, aftrek_gebruikt = Fraction(0), False
    for goed, ki, bebouwd in goederen:
        som = totaal_ki[bebouwd]
        # The exemption is shared pro rata over the goods of the same kind.
        aangerekend = max(Fraction(0), ki - vrijstelling[bebouwd] * ki / som) * Fraction(p.onroerend_vermenigvuldiger)
        if goed.interesten:
            aftrek_gebruikt = True
            aangerekend -= min(Fraction(goed.interesten), aangerekend * Fraction(pct) / 100)
        totaal += aangerekend
    if aftrek_gebruikt:
        if keuzes.interesten_max_percentage is None:
            ev.aannames.gebruik("interesten_aftrek", percentage=getal(pct))
        else:
            ev.aannames.keuze(
                "interesten_aftrek",
                t(
                    "interesten zijn aftrekbaar tot {percentage} % van het aangerekende bedrag van het goed.",
                    percentage=getal(pct),
                ),
            )
    bedrag = cent(totaal)
    delen = []
    if totaal_ki[True]:
        delen.append(
            t(
                "bebouwd: KI {ki} − vrijstelling {vrijstelling}",
                ki=cent(totaal_ki[True]),
                vrijstelling=cent(vrijstelling[True]),
            )
        )
    if totaal_ki[False]:
        delen.append(
            t(
                "onbebouwd: KI {ki} − vrijstelling {vrijstelling}",
                ki=cent(totaal_ki[False]),
                vrijstelling=cent(vrijstelling[False]),
            )
        )
    factor = getal(p.onroerend_vermenigvuldiger)
    if aftrek_gebruikt:
        uitleg = t(
            "Onroerende goederen ({berekening}), × {factor}, min interesten (hoogstens {percentage} %)",
            berekening="; ".join(delen),
            factor=factor,
            percentage=getal(pct),
        )
    else:
        uitleg = t("Onroerende goederen ({berekening}), × {factor}", berekening="; ".join(delen), factor=factor)
    return Onroerendregel(bedrag, uitleg)
