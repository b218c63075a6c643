"""RMI-wet art. 16 and KB art. 16-35: the means test.

All resources count, net, yearly, except what the King exempted. R = the applicant's own counted resources (after
the exemptions of KB art. 22 §1, SPI, capital, real estate and cessions) + the counted cohabitant resources (art. 34).
Unknown inputs ask a question and count at their most favourable value, so the result is a lower bound: when even
that reaches the category amount the condition fails for sure; otherwise it stays unknown until answered.
The test runs for every candidate category (one when the category is known).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from rechten.bronnen import kb, rmi
from rechten.geld import cent
from rechten.leefloon import kb22_vrijstellingen, kb24_onroerend, kb27_kapitaal, kb28_afstand, kb34_samenwonenden
from rechten.leefloon.berekening import leefloon_jaar
from rechten.leefloon.driewaardig import JA, NEE, ONBEKEND
from rechten.leefloon.evaluatie import Vragen
from rechten.leefloon.kb35_spi import BRON as SPI_BRON
from rechten.leefloon.kb35_spi import spi_vrijstelling
from rechten.leefloon.woorden import getal, hoofdletter, relatie
from rechten.profiel import InkomenSoort
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.profiel import HuisgenootVermogen, Inkomen

__all__ = ["BRON", "BRON_VRIJSTELLING", "Categorieberekening", "Middelentoets", "Post", "middelentoets"]

BRON = rmi("art. 16")
BRON_VRIJSTELLING = kb("art. 22 §2", url="https://www.bdas-wwsb.brussels/?p=3321")
NUL = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Post:
    """One line of the means test."""

    omschrijving: str
    bedrag: Decimal | None
    bron: str


@dataclass
class Categorieberekening:
    """The means test and the amount for one category."""

    categorie: int
    categoriebedrag: Decimal
    eigen: Decimal
    samenwonenden: Decimal
    vrijstelling: Decimal
    in_aanmerking: Decimal
    leefloon_jaar: Decimal | None
    posten: list[Post]
    onzeker: bool

    @property
    def totaal(self) -> Decimal:
        return self.eigen + self.samenwonenden


@dataclass
class Middelentoets:
    per_categorie: dict[int, Categorieberekening] = field(default_factory=dict)
    onder_drempel: str = ONBEKEND


def _inkomsten(
    ev: LeefloonEvaluatie, inkomsten: list[Inkomen], pad: str, *, huisgenoot: bool
) -> tuple[Decimal, list[Post], list[tuple[Inkomen, Decimal, str]]]:
    """Counted yearly income of one person, its lines, and the work income (for SPI)."""
    totaal, posten, werk, vrijwilliger = NUL, [], [], NUL
    for i, inkomen in enumerate(inkomsten):
        ipad = f"{pad}.{i}"
        regel = kb22_vrijstellingen.SOORTEN[inkomen.soort]
        if inkomen.sinds and inkomen.sinds > ev.param.peildatum:
            ev.waarschuw(
                t(
                    "{veld}: dit inkomen begint pas op {sinds}, na de peildatum, en telt nog niet mee; herzie het "
                    "advies vanaf die datum.",
                    veld=ipad,
                    sinds=inkomen.sinds,
                )
            )
            continue
        jaar, hoe = kb22_vrijstellingen.jaarbedrag(ev, inkomen, ipad)
        if inkomen.soort is InkomenSoort.vrijwilligersvergoeding:
            vrijwilliger += jaar
            continue
        if not kb22_vrijstellingen.telt_mee(ev, inkomen, huisgenoot=huisgenoot):
            posten.append(Post(t("{inkomen}: vrijgesteld", inkomen=hoofdletter(t(regel.naam))), NUL, str(regel.bron)))
            continue
        naam = hoofdletter(inkomen.omschrijving or t(regel.naam))
        omschrijving = t("{inkomen}: {berekening}", inkomen=naam, berekening=hoe) if hoe else naam
        posten.append(Post(omschrijving, jaar, str(regel.bron)))
        totaal += jaar
        if regel.werk and not huisgenoot:
            werk.append((inkomen, jaar, ipad))
    if vrijwilliger:
        totaal += _vrijwilliger(ev, vrijwilliger, posten)
    return totaal, posten, werk


def _vrijwilliger(ev: LeefloonEvaluatie, jaar: Decimal, posten: list[Post]) -> Decimal:
    ev.gebruikte_reeksen.add("vrijwilligers")
    plafond = ev.param.vrijwilligers_jaarplafond
    bron = str(kb22_vrijstellingen.SOORTEN[InkomenSoort.vrijwilligersvergoeding].bron)
    if jaar <= plafond:
        omschrijving = t(
            "Vrijwilligersvergoeding {bedrag}, binnen het jaarplafond van {plafond}: vrijgesteld",
            bedrag=jaar,
            plafond=plafond,
        )
        posten.append(Post(omschrijving, NUL, bron))
        return NUL
    keuze = ev.profiel.ocmw_keuzes.vrijwilligersvergoeding_boven_plafond
    alleen_deel = keuze == "deel_boven_plafond"
    if keuze is None:
        ev.aannames.gebruik("vrijwilligers_boven_plafond")
    else:
        ev.aannames.keuze(
            "vrijwilligers_boven_plafond",
            t("alleen het deel van een vrijwilligersvergoeding boven het plafond telt mee.")
            if alleen_deel
            else t("een vrijwilligersvergoeding boven het plafond telt volledig mee."),
        )
    telt = jaar - plafond if alleen_deel else jaar
    omschrijving = (
        t(
            "Vrijwilligersvergoeding {bedrag}, boven het jaarplafond van {plafond}: het deel erboven telt mee",
            bedrag=jaar,
            plafond=plafond,
        )
        if alleen_deel
        else t(
            "Vrijwilligersvergoeding {bedrag}, boven het jaarplafond van {plafond}: telt volledig mee",
            bedrag=jaar,
            plafond=plafond,
        )
    )
    posten.append(Post(omschrijving, telt, bron))
    return telt


def _vermogen(
    ev: LeefloonEvaluatie, vermogen: HuisgenootVermogen, pad: str, afstand: list, *, gezin: bool
) -> tuple[Decimal, list[Post]]:
    """Capital (with cessions, KB art. 27-32) and real estate (art. 24-25) of one person."""
    posten = []
    c, delen = kb27_kapitaal.kapitaal(ev, vermogen, pad)
    totaal = NUL
    samen = ev.profiel.ocmw_keuzes.afstand_kapitaalformule != "per_afstand"
    for a in afstand:
        posten.append(Post(a.uitleg, None, str(kb28_afstand.BRON)))
        if samen:
            c = Fraction(c) + a.rest
            delen.append(t("afgestaan goed {bedrag}", bedrag=cent(a.rest)))
        else:
            k = kb27_kapitaal.opbrengst(a.rest, ev.param)
            posten.append(
                Post(t("Afgestaan goed als kapitaal: {bedrag}", bedrag=cent(a.rest)), k, str(kb27_kapitaal.BRON))
            )
            totaal += k
    if afstand:
        formule = ev.profiel.ocmw_keuzes.afstand_kapitaalformule
        if formule is None:
            ev.aannames.gebruik("afstand_kapitaalformule")
        elif formule == "per_afstand":
            ev.aannames.keuze("afstand_kapitaalformule", t("elk afgestaan goed is apart als kapitaal berekend."))
        else:
            ev.aannames.keuze(
                "afstand_kapitaalformule",
                t("afgestane goederen zijn samen met het spaargeld als één kapitaal berekend."),
            )
    if c:
        k = kb27_kapitaal.opbrengst(c, ev.param)
        p = ev.param
        omschrijving = t(
            "Roerend kapitaal {kapitaal} ({samenstelling}): {percentage_1} % van het deel tussen {ondergrens} en "
            "{bovengrens}, {percentage_2} % van het deel daarboven",
            kapitaal=cent(c),
            samenstelling="; ".join(delen),
            percentage_1=getal(p.kapitaal_pct_1),
            ondergrens=p.kapitaal_ondergrens,
            bovengrens=p.kapitaal_bovengrens,
            percentage_2=getal(p.kapitaal_pct_2),
        )
        posten.append(Post(omschrijving, k, str(kb27_kapitaal.BRON)))
        totaal += k
    onr = kb24_onroerend.onroerend(ev, vermogen, pad, eigenaar_is_gezin=gezin)
    if onr is not None:
        posten.append(Post(onr.uitleg, onr.bedrag, str(kb24_onroerend.BRON)))
        totaal += onr.bedrag
    return totaal, posten


def _eigen(ev: LeefloonEvaluatie, categorie: int) -> tuple[Decimal, list[Post]]:
    a = ev.profiel.aanvrager
    if a.inkomsten is None:
        ev.vragen.stel(
            "aanvrager.inkomsten",
            t("Welke inkomsten heeft de aanvrager (soort, netto bedrag, per maand of per jaar)?"),
        )
    totaal, posten, werk = _inkomsten(ev, a.inkomsten or [], "aanvrager.inkomsten", huisgenoot=False)
    spi = spi_vrijstelling(ev, werk) if werk else None
    if spi is not None and spi.vrijstelling:
        posten.append(Post(spi.uitleg, -spi.vrijstelling, str(SPI_BRON)))
        totaal -= spi.vrijstelling
    if a.vermogen is None:
        ev.aannames.gebruik("vermogen_niet_opgegeven")
    else:
        afstand = kb28_afstand.afstanden(ev, a.vermogen.afstand, "aanvrager.vermogen", categorie)
        bedrag, vposten = _vermogen(ev, a.vermogen, "aanvrager.vermogen", afstand, gezin=True)
        totaal += bedrag
        posten += vposten
    return totaal, posten


def _huisgenoot(ev: LeefloonEvaluatie, i: int) -> tuple[Decimal, list[Post]]:
    h = ev.profiel.huisgenoten[i]
    pad = f"huisgenoten.{i}"
    if h.inkomsten is None:
        vraag = t(
            "Welke inkomsten heeft huisgenoot {nummer} ({relatie}), netto?", nummer=i + 1, relatie=relatie(h.relatie)
        )
        ev.vragen.stel(f"{pad}.inkomsten", vraag)
    totaal, posten, _ = _inkomsten(ev, h.inkomsten or [], f"{pad}.inkomsten", huisgenoot=True)
    if h.vermogen is not None:
        gezin = h.relatie == "partner"
        bedrag, vposten = _vermogen(ev, h.vermogen, f"{pad}.vermogen", [], gezin=gezin)
        totaal += bedrag
        posten += vposten
    return totaal, posten


def _categorie(ev: LeefloonEvaluatie, categorie: int, huisgenoten: dict) -> Categorieberekening:
    p = ev.param
    a, e = p.categoriebedrag[categorie], p.algemene_vrijstelling[categorie]
    eigen, posten = _eigen(ev, categorie)
    eigen = cent(max(NUL, eigen))

    def middelen(i: int) -> Decimal:
        if i not in huisgenoten:  # category-independent: compute once, replay its questions per category
            eigen_vragen, buiten = Vragen(), ev.vragen
            ev.vragen = eigen_vragen
            try:
                bedrag, _ = _huisgenoot(ev, i)
            finally:
                ev.vragen = buiten
            huisgenoten[i] = (bedrag, eigen_vragen.items())
        bedrag, vragen = huisgenoten[i]
        for veld, vraag in vragen:
            ev.vragen.stel(veld, vraag)
        return bedrag

    samen = kb34_samenwonenden.samenwonenden(ev, categorie, middelen)
    posten += [Post(o, b, bron) for o, b, bron in samen.posten]
    r = eigen + samen.totaal
    jaar, vrijstelling, in_aanmerking = leefloon_jaar(a, r, e)
    return Categorieberekening(
        categorie, a, eigen, cent(samen.totaal), vrijstelling, in_aanmerking, jaar, posten, False
    )


def middelentoets(ev: LeefloonEvaluatie) -> dict[str, str]:
    """Run the means test for every candidate category; return the fact for the rules engine."""
    toets = Middelentoets()
    huisgenoten: dict[int, tuple[Decimal, list]] = {}
    statussen = []
    for categorie in ev.categorie.kandidaten:
        eigen_vragen, buiten = Vragen(), ev.vragen
        ev.vragen = eigen_vragen
        try:
            b = _categorie(ev, categorie, huisgenoten)
        finally:
            ev.vragen = buiten
        for veld, vraag in eigen_vragen.items():
            buiten.stel(veld, vraag)
        b.onzeker = bool(eigen_vragen)
        toets.per_categorie[categorie] = b
        statussen.append(NEE if b.leefloon_jaar is None else (ONBEKEND if b.onzeker else JA))
    if all(s == NEE for s in statussen):
        toets.onder_drempel = NEE
    elif all(s == JA for s in statussen):
        toets.onder_drempel = JA
    else:
        toets.onder_drempel = ONBEKEND
    ev.middelentoets = toets
    return {"feit": "middelentoets", "onder_drempel": toets.onder_drempel}
