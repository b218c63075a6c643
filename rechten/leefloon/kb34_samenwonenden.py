"""KB art. 34: the resources of the people the applicant lives with.

Reference date before 1 March 2026:
- spouse or partner who does not receive a leefloon: counted in full when the applicant is in cat. 3 (one
  cat. 3 amount covers the family), the part above the cat. 1 amount when the applicant is in cat. 1 (mandatory);
- adult parents and children (first degree): the part above the cat. 1 amount may be counted, wholly or partly,
  per person (OCMW choice `meetellen`, default: wholly — an assumption the advice states);
- anyone else (siblings, friends, grandparents...): never.
From 1 March 2026 (KB 7/01/2026): every adult maintenance debtor under the same roof (partner, ascendants and
descendants of any degree, parents- and children-in-law, ex-spouse) counts as the rule, each for the part above the
cat. 1 amount, with an equity opt-out per person; the circular's "grouped" method is available as an OCMW choice.
Only people who share the household count (cat. 2 applicants live alone in law, so nothing counts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from rechten.bronnen import kb
from rechten.geld import cent
from rechten.leefloon import woorden
from rechten.leefloon.driewaardig import JA, NEE, ONBEKEND
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie

__all__ = ["BRON_2002", "BRON_2026", "Samenwonenden", "samenwonenden"]

BRON_2002 = kb("art. 34")
BRON_2026 = kb("art. 34 (gewijzigd bij KB 7/01/2026)")
EERSTE_GRAAD = ("ouder", "kind")
ONDERHOUDSPLICHTIG = ("partner", "ouder", "grootouder", "kind", "kleinkind", "schoonouder", "schoonkind", "ex_partner")


@dataclass
class Samenwonenden:
    """The cohabitants' counted resources for one category, with one line per person."""

    totaal: Decimal = Decimal("0.00")
    posten: list[tuple[str, Decimal, str]] = field(default_factory=list)


def _meetellen(ev: LeefloonEvaluatie, i: int, overschot: Decimal, stelsel_2026: bool) -> tuple[Decimal, str]:
    """The part of `overschot` the OCMW counts for housemate i (its `meetellen` choice), and how, in words."""
    keuze = ev.profiel.huisgenoten[i].meetellen
    if keuze is None and stelsel_2026:
        return overschot, t("telt volledig mee (regel vanaf 1 maart 2026)")
    if keuze is None:
        algemeen = ev.profiel.ocmw_keuzes.eerstegraads_meetellen
        if algemeen is None:
            ev.aannames.gebruik("eerstegraads_meetellen")
            return overschot, t("telt volledig mee (aanname)")
        ev.aannames.keuze(
            "eerstegraads_meetellen",
            t("de bestaansmiddelen van meerderjarige ouders en kinderen tellen mee (het deel boven categorie 1).")
            if algemeen == "ja"
            else t("de bestaansmiddelen van meerderjarige ouders en kinderen tellen niet mee."),
        )
        keuze = algemeen
    if keuze == "ja":
        return overschot, t("telt volledig mee (keuze van het OCMW)")
    if keuze == "nee":
        if stelsel_2026:
            return Decimal("0.00"), t("telt niet mee (keuze van het OCMW om redenen van billijkheid)")
        return Decimal("0.00"), t("telt niet mee (keuze van het OCMW)")
    return min(overschot, cent(keuze)), t("telt mee voor {bedrag} per jaar (keuze van het OCMW)", bedrag=cent(keuze))


def samenwonenden(ev: LeefloonEvaluatie, categorie: int, middelen: Callable[[int], Decimal | None]) -> Samenwonenden:
    """Counted cohabitant resources for `categorie`; `middelen(i)` gives housemate i's yearly resources
    (None when unknown: a question was asked and nothing counts until it is answered)."""
    uit = Samenwonenden()
    hh, p = ev.huishouden, ev.param
    if not hh.bekend or categorie == 2:
        return uit
    stelsel_2026 = p.stelsel_samenwonenden == "art34_2026"
    bron = BRON_2026 if stelsel_2026 else BRON_2002
    a1 = p.categoriebedrag[1]
    groep: list[tuple[int, Decimal]] = []
    for persoon in hh.personen:
        i, relatie, h = persoon.index, persoon.relatie, ev.profiel.huisgenoten[persoon.index]
        if relatie == "partner":
            if h.meetellen is not None:
                ev.waarschuw(
                    t("De bestaansmiddelen van een partner tellen verplicht mee: de keuze 'meetellen' is genegeerd.")
                )
            if h.ontvangt_leefloon:
                continue
            bedrag = middelen(i)
            if bedrag is None:
                continue
            if h.ontvangt_leefloon is None and bedrag > 0:
                ev.vragen.stel(f"huisgenoten.{i}.ontvangt_leefloon", t("Ontvangt de partner zelf een leefloon?"))
                continue
            if categorie == 3:
                omschrijving = t(
                    "Bestaansmiddelen van de partner, volledig (gezin in categorie 3): {bedrag}", bedrag=bedrag
                )
                uit.posten.append((omschrijving, bedrag, str(bron) + " §1"))
                uit.totaal += bedrag
            else:
                deel = max(Decimal("0.00"), bedrag - a1)
                if deel:
                    omschrijving = t(
                        "Deel van de bestaansmiddelen van de partner boven het bedrag van categorie 1 "
                        "({bedrag} − {grens})",
                        bedrag=bedrag,
                        grens=a1,
                    )
                else:
                    omschrijving = t(
                        "Bestaansmiddelen van de partner ({bedrag}) onder het bedrag van categorie 1 ({grens}): "
                        "niets telt mee",
                        bedrag=bedrag,
                        grens=a1,
                    )
                uit.posten.append((omschrijving, deel, str(bron) + " §1"))
                uit.totaal += deel
            continue
        kring = ONDERHOUDSPLICHTIG if stelsel_2026 else EERSTE_GRAAD
        if relatie not in kring and h.meetellen is not None:
            ev.waarschuw(
                t(
                    "Huisgenoot {nummer} ({relatie}): de bestaansmiddelen tellen niet mee, dus de keuze 'meetellen' is "
                    "genegeerd.",
                    nummer=i + 1,
                    relatie=woorden.relatie(relatie),
                )
            )
        if relatie not in kring or persoon.meerderjarig == NEE or persoon.occasioneel or h.ontvangt_leefloon:
            continue
        bedrag = middelen(i)
        if bedrag is None or bedrag <= a1:
            continue
        if persoon.meerderjarig == ONBEKEND:
            ev.vragen.stel(
                f"huisgenoten.{i}.geboortedatum",
                t(
                    "Wat is de geboortedatum van huisgenoot {nummer} ({relatie})?",
                    nummer=i + 1,
                    relatie=woorden.relatie(relatie),
                ),
            )
            continue
        if hh.gedeeld == ONBEKEND and categorie == 3:
            ev.vragen.stel(
                "aanvrager.gedeelde_huishouding",
                t("Regelt de aanvrager de huishouding hoofdzakelijk samen met de huisgenoten?"),
            )
            continue
        if hh.gedeeld != JA and categorie == 3:
            continue
        if stelsel_2026 and ev.profiel.ocmw_keuzes.methode_samenwonenden_2026 == "gegroepeerd":
            groep.append((i, bedrag))
            continue
        deel, hoe = _meetellen(ev, i, bedrag - a1, stelsel_2026)
        if stelsel_2026 and ev.profiel.ocmw_keuzes.methode_samenwonenden_2026 is None:
            ev.aannames.gebruik("methode_2026")
        omschrijving = t(
            "Deel van de bestaansmiddelen van huisgenoot {nummer} ({relatie}) boven het bedrag van categorie 1 "
            "({bedrag} − {grens}): {hoe}",
            nummer=i + 1,
            relatie=woorden.relatie(relatie),
            bedrag=bedrag,
            grens=a1,
            hoe=hoe,
        )
        uit.posten.append((omschrijving, deel, str(bron)))
        uit.totaal += deel
    if groep:
        _gegroepeerd(ev, groep, uit, a1)
    return uit


def _gegroepeerd(ev: LeefloonEvaluatie, groep: list[tuple[int, Decimal]], uit: Samenwonenden, a1: Decimal) -> None:
    """Circular of 16/01/2026, OCMW choice: (Σ debtors' resources − cat. 1 per adult cohabitant) / leefloners."""
    ev.aannames.keuze("methode_2026", t("de gegroepeerde methode van de omzendbrief van 16 januari 2026."))
    volwassenen = sum(
        1 for p in ev.huishouden.personen if p.meerderjarig == JA and p.relatie != "partner" and not p.occasioneel
    )
    leefloners = 1 + sum(1 for h in ev.profiel.huisgenoten if h.ontvangt_leefloon)
    som = sum((b for _, b in groep), Decimal(0))
    deel = cent(max(Decimal(0), som - a1 * volwassenen) / leefloners)
    if leefloners == 1:
        omschrijving = t(
            "Gegroepeerde berekening: {som} − {volwassenen} × {grens}, voor 1 leefloner",
            som=som,
            volwassenen=volwassenen,
            grens=a1,
        )
    else:
        omschrijving = t(
            "Gegroepeerde berekening: ({som} − {volwassenen} × {grens}) gedeeld door {leefloners} leefloners",
            som=som,
            volwassenen=volwassenen,
            grens=a1,
            leefloners=leefloners,
        )
    uit.posten.append((omschrijving, deel, str(BRON_2026) + " en omzendbrief 16/01/2026"))
    uit.totaal += deel
