"""RMI-wet art. 3: the conditions, all of which must hold, and the overall outcome.

1° habitual, effective and legal residence in Belgium; 2° adult or assimilated (art. 7, see `art07_leeftijd`);
3° nationality or residence status (Belgian, EU citizen with a residence right of more than 3 months, family of a
Belgian, population register, stateless, refugee, subsidiary protection); 4° insufficient resources (art. 16);
5° willing to work unless health or equity reasons; 6° having claimed other social benefits (and maintenance, art. 4).
Plus the GPMI (art. 11, a follow-up obligation) and no detention. Each condition is `voldaan`, `niet_voldaan` or
`onbekend`: any failure refuses, otherwise any unknown asks for more data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rechten.advies import Status, Uitkomst
from rechten.bronnen import PRIMABOOK_BESTAANSMIDDELEN, RMI_WET, Bron, rmi
from rechten.leefloon import art07_leeftijd
from rechten.leefloon.evaluatie import Vaststelling

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie

__all__ = ["BRONNEN", "CODES", "stel_vast", "uitkomst", "uitleg", "verwijzingen", "vragen"]

CODES = (
    "verblijf",
    "leeftijd",
    "nationaliteit",
    "bestaansmiddelen",
    "werkbereidheid",
    "uitputting_rechten",
    "gpmi",
    "detentie",
)

BRONNEN: dict[str, Bron] = {
    "verblijf": rmi("art. 3, 1°"),
    "leeftijd": art07_leeftijd.BRON,
    "nationaliteit": rmi("art. 3, 3°", noot="subsidiaire bescherming: wet 21/07/2016"),
    "bestaansmiddelen": rmi("art. 3, 4° en art. 16", url=PRIMABOOK_BESTAANSMIDDELEN),
    "werkbereidheid": rmi("art. 3, 5°"),
    "uitputting_rechten": rmi("art. 3, 6° en art. 4"),
    "gpmi": rmi("art. 11 en art. 13 §2", noot="verplicht voor elke nieuwe rechthebbende sinds 1/11/2016"),
    "detentie": Bron(RMI_WET, "art. 3", noot="uitsluiting tijdens detentie; artikel niet nagekeken, aanname"),
}

_UITLEG: dict[tuple[str, str], str] = {
    ("verblijf", "in_belgie"): "De aanvrager verblijft gewoonlijk en daadwerkelijk in België en mag hier wettig "
    "verblijven. Inschrijving in het bevolkingsregister is niet nodig; een dakloze kan een referentieadres hebben.",
    ("verblijf", "woont_niet_in_belgie"): "De aanvrager verblijft niet gewoonlijk en daadwerkelijk in België; het "
    "leefloon kan niet naar het buitenland meegenomen worden.",
    ("verblijf", "geen_wettig_verblijf"): "De aanvrager mag niet wettig in België verblijven.",
    ("verblijf", "woonplaats_onbekend"): "Niet gekend of de aanvrager gewoonlijk en daadwerkelijk in België verblijft.",
    (
        "verblijf",
        "verblijfsstatus_onbekend",
    ): "De verblijfsstatus is niet gekend: mag de aanvrager wettig in België verblijven?",
    ("nationaliteit", "belg"): "De aanvrager is Belg.",
    (
        "nationaliteit",
        "eu_werknemer",
    ): "De aanvrager is EU-werknemer of -zelfstandige (of familielid): recht vanaf de eerste dag.",
    ("nationaliteit", "familielid_belg"): "De aanvrager is familielid van een Belg.",
    ("nationaliteit", "bevolkingsregister"): "De aanvrager is een vreemdeling ingeschreven in het bevolkingsregister.",
    ("nationaliteit", "staatloos"): "De aanvrager is erkend staatloos.",
    ("nationaliteit", "erkend_vluchteling"): "De aanvrager is erkend vluchteling.",
    (
        "nationaliteit",
        "subsidiaire_bescherming",
    ): "De aanvrager geniet subsidiaire bescherming (sinds de wet van 21 juli 2016).",
    (
        "nationaliteit",
        "eu_burger_na_3_maanden",
    ): "De aanvrager is EU-burger met een verblijfsrecht van meer dan 3 maanden.",
    (
        "nationaliteit",
        "eu_burger_eerste_3_maanden",
    ): "De aanvrager is EU-burger in de eerste 3 maanden van het verblijf: "
    "nog geen recht op leefloon (wel als werknemer, zelfstandige of hun familielid).",
    (
        "nationaliteit",
        "eu_verblijf_sinds_onbekend",
    ): "De aanvrager is EU-burger; niet gekend of de eerste 3 maanden van het verblijf voorbij zijn.",
    ("nationaliteit", "eu_werkzoekende"): "Een EU-burger die in België werk zoekt, heeft geen recht op leefloon.",
    (
        "nationaliteit",
        "vreemdelingenregister",
    ): "De aanvrager is alleen ingeschreven in het vreemdelingenregister: geen "
    "recht op leefloon, wel op een equivalent leefloon (maatschappelijke dienstverlening, zelfde bedragen).",
    ("nationaliteit", "tijdelijke_bescherming"): "De aanvrager geniet tijdelijke bescherming (A-kaart): geen recht op "
    "leefloon, wel op een equivalent leefloon (maatschappelijke dienstverlening, zelfde bedragen).",
    (
        "nationaliteit",
        "verzoeker_internationale_bescherming",
    ): "De aanvrager is verzoeker om internationale bescherming: geen leefloon; Fedasil voorziet in materiële opvang.",
    ("nationaliteit", "zonder_wettig_verblijf"): "De aanvrager verblijft zonder wettig verblijf: geen leefloon, alleen "
    "dringende medische hulp.",
    ("nationaliteit", "onbekend"): "De nationaliteit of verblijfsstatus is niet gekend.",
    ("werkbereidheid", "werkbereid"): "De aanvrager is bereid om te werken.",
    ("werkbereidheid", "gezondheid"): "De aanvrager hoeft niet werkbereid te zijn om redenen van gezondheid.",
    (
        "werkbereidheid",
        "billijkheid",
    ): "De aanvrager hoeft niet werkbereid te zijn om redenen van billijkheid, aanvaard door het OCMW.",
    ("werkbereidheid", "studies"): "De aanvrager volgt voltijds studies; het OCMW aanvaardt dat als billijkheidsreden "
    "(GPMI-studies).",
    (
        "werkbereidheid",
        "niet_werkbereid",
    ): "De aanvrager is niet bereid om te werken en er is geen reden van gezondheid of billijkheid.",
    ("werkbereidheid", "onbekend"): "Nog niet onderzocht of de aanvrager bereid is om te werken (of een reden van "
    "gezondheid of billijkheid heeft).",
    ("uitputting_rechten", "uitgeput"): "De aanvrager heeft de rechten op andere sociale uitkeringen laten gelden.",
    ("uitputting_rechten", "niet_uitgeput"): "De aanvrager heeft nog niet alle rechten op andere uitkeringen laten "
    "gelden (werkloosheid, ziekte, gezinsbijslag, pensioen, tegemoetkomingen): het leefloon komt pas daarna.",
    (
        "uitputting_rechten",
        "onbekend",
    ): "Niet gekend of de aanvrager de rechten op andere uitkeringen heeft laten gelden.",
    ("detentie", "niet_gedetineerd"): "De aanvrager verblijft niet in de gevangenis.",
    ("detentie", "niet_opgegeven"): "Niet opgegeven of de aanvrager in de gevangenis verblijft; aangenomen van niet.",
    (
        "detentie",
        "gedetineerd",
    ): "De aanvrager verblijft in de gevangenis: de Staat voorziet in het onderhoud, geen leefloon.",
    ("detentie", "elektronisch_toezicht"): "De aanvrager staat onder elektronisch toezicht: het OCMW onderzoekt of het "
    "leefloon verschuldigd is.",
    ("gpmi", "jonger_dan_25"): "Geen voorwaarde bij de aanvraag, wel een verplichting erna: de aanvrager is jonger dan "
    "25, dus binnen 3 maanden wordt een geïndividualiseerd project voor maatschappelijke integratie (GPMI) gesloten.",
    (
        "gpmi",
        "student",
    ): "Geen voorwaarde bij de aanvraag, wel een verplichting erna: een voltijdse student sluit binnen "
    "3 maanden een GPMI-studies.",
    (
        "gpmi",
        "nieuwe_rechthebbende",
    ): "Geen voorwaarde bij de aanvraag, wel een verplichting erna: sinds 1 november 2016 "
    "sluit elke nieuwe rechthebbende binnen 3 maanden een GPMI (tenzij het OCMW er om redenen van gezondheid of "
    "billijkheid van afziet).",
}

_VRAGEN: dict[str, tuple[tuple[str, str, str], ...]] = {
    # condition → (fact field, profile field, question) asked when that fact is "onbekend"
    "verblijf": (
        (
            "verblijf_belgie",
            "aanvrager.woont_in_belgie",
            "Verblijft de aanvrager gewoonlijk en daadwerkelijk in België?",
        ),
        (
            "wettig_verblijf",
            "aanvrager.verblijfsstatus",
            "Wat is de nationaliteit of verblijfsstatus van de aanvrager?",
        ),
    ),
    "nationaliteit": (
        (
            "verblijfsstatus",
            "aanvrager.verblijfsstatus",
            "Wat is de nationaliteit of verblijfsstatus van de aanvrager?",
        ),
        ("eu_langer_dan_3_maanden", "aanvrager.verblijf_sinds", "Sinds wanneer verblijft de EU-burger in België?"),
    ),
    "werkbereidheid": (("werkbereid", "aanvrager.werkbereid", "Is de aanvrager bereid om te werken?"),),
    "uitputting_rechten": (
        (
            "rechten_uitgeput",
            "aanvrager.rechten_uitgeput",
            "Heeft de aanvrager de rechten op andere uitkeringen (werkloosheid, ziekte, gezinsbijslag, pensioen, "
            "tegemoetkomingen) en, als het OCMW dat vraagt, op onderhoudsgeld laten gelden?",
        ),
    ),
    "detentie": (
        (
            "elektronisch_toezicht",
            "aanvrager.elektronisch_toezicht",
            "Onder welke vorm van elektronisch toezicht staat de aanvrager (sociaal onderzoek)?",
        ),
    ),
}


_STATUS = {s.value: s for s in Status}


def stel_vast(ev: LeefloonEvaluatie, code: str, status: str, reden: str, feit: Mapping[str, str]) -> None:
    """Record what a rule inferred for condition `code` (called from a rule action)."""
    if code in ev.voorwaarden:
        raise RuntimeError(f"voorwaarde {code} werd twee keer vastgesteld ({ev.voorwaarden[code].reden}, {reden})")
    ev.voorwaarden[code] = Vaststelling(code, _STATUS[status], reden, feit)
    if code == "detentie" and reden == "niet_opgegeven":
        ev.aannames.gebruik("detentie_niet_opgegeven")
    if code == "detentie" and reden == "gedetineerd":
        ev.aannames.gebruik("detentie_artikel")


def uitleg(ev: LeefloonEvaluatie, v: Vaststelling) -> str:
    if v.code == "leeftijd":
        return art07_leeftijd.uitleg(ev, v)
    if v.code == "bestaansmiddelen":
        return _uitleg_middelen(ev, v)
    return _UITLEG[(v.code, v.reden)]


def _uitleg_middelen(ev: LeefloonEvaluatie, v: Vaststelling) -> str:
    toets = ev.middelentoets
    if v.status is Status.onbekend:
        return "Nog niet alle bestaansmiddelen of de categorie zijn gekend; de vragen hieronder beslissen het."
    b = max(toets.per_categorie.values(), key=lambda b: b.leefloon_jaar or 0)
    if v.status is Status.voldaan:
        return (
            f"De bestaansmiddelen ({b.totaal:.2f} per jaar) liggen onder het bedrag van categorie {b.categorie} "
            f"({b.categoriebedrag:.2f} per jaar): de aanvrager heeft onvoldoende bestaansmiddelen."
        )
    return (
        f"De bestaansmiddelen ({b.totaal:.2f} per jaar) bereiken het bedrag van categorie {b.categorie} "
        f"({b.categoriebedrag:.2f} per jaar): geen leefloon."
    )


def vragen(ev: LeefloonEvaluatie, v: Vaststelling) -> list[tuple[str, str]]:
    """The questions that would settle condition `v` (empty unless it is unknown)."""
    if v.status is not Status.onbekend:
        return []
    if v.code == "leeftijd":
        return art07_leeftijd.vragen(ev, v)
    return [(veld, vraag) for feitveld, veld, vraag in _VRAGEN.get(v.code, ()) if v.feit.get(feitveld) == "onbekend"]


def verwijzingen(ev: LeefloonEvaluatie) -> list[str]:
    """Referrals that follow from the conditions."""
    uit = []
    nat = ev.voorwaarden.get("nationaliteit")
    if nat and nat.reden in ("vreemdelingenregister", "tijdelijke_bescherming"):
        uit.append(
            "Equivalent leefloon: maatschappelijke dienstverlening van het OCMW met dezelfde bedragen en dezelfde "
            "berekening (OCMW-wet 8/07/1976, art. 1 en 57 §1)."
        )
    if nat and nat.reden == "verzoeker_internationale_bescherming":
        uit.append("Materiële opvang via Fedasil (opvangwet van 12/01/2007).")
    if nat and nat.reden == "zonder_wettig_verblijf":
        uit.append("Dringende medische hulp via het OCMW (OCMW-wet 8/07/1976, art. 57 §2).")
    leeftijd = ev.voorwaarden.get("leeftijd")
    if leeftijd and leeftijd.status is Status.niet_voldaan:
        uit.append(
            "Maatschappelijke dienstverlening voor minderjarigen via het OCMW (OCMW-wet 8/07/1976, art. 1 en 57)."
        )
    if ev.profiel.aanvrager.betaalt_onderhoudsgeld_kinderen:
        uit.append(
            "Wie onderhoudsgeld betaalt voor kinderen die elders wonen, kan specifieke steun van het OCMW krijgen voor "
            "de betaling van dat onderhoudsgeld (OCMW-wet 8/07/1976, art. 68quinquies); die steun is hier niet "
            "berekend."
        )
    gpmi = ev.voorwaarden.get("gpmi")
    if gpmi:
        uit.append("Opvolging: binnen 3 maanden een GPMI sluiten, minstens elk kwartaal geëvalueerd (RMI-wet art. 11).")
    uit.append(
        "Procedure: het OCMW beslist binnen 30 dagen na de aanvraag en meldt de beslissing binnen 8 dagen; beroep bij "
        "de arbeidsrechtbank binnen 3 maanden (RMI-wet art. 21 en 47). Herziening minstens elk jaar en bij elke "
        "wijziging."
    )
    return uit


def uitkomst(statussen: list[Status], categorie_zeker: bool) -> Uitkomst:
    """Any failure refuses; otherwise any unknown (also an unknown category) asks for data; else grant."""
    if Status.niet_voldaan in statussen:
        return Uitkomst.weigeren
    if Status.onbekend in statussen or not categorie_zeker:
        return Uitkomst.onvoldoende_gegevens
    return Uitkomst.toekennen
