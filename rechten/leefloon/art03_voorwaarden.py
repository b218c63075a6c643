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
from rechten.teksten import N_, t

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
    ("verblijf", "in_belgie"): N_(
        "De aanvrager verblijft gewoonlijk en daadwerkelijk in België en mag hier wettig verblijven. Inschrijving in "
        "het bevolkingsregister is niet nodig; een dakloze kan een referentieadres hebben."
    ),
    ("verblijf", "woont_niet_in_belgie"): N_(
        "De aanvrager verblijft niet gewoonlijk en daadwerkelijk in België; het leefloon kan niet naar het "
        "buitenland meegenomen worden."
    ),
    ("verblijf", "geen_wettig_verblijf"): N_("De aanvrager mag niet wettig in België verblijven."),
    ("verblijf", "woonplaats_onbekend"): N_(
        "Niet gekend of de aanvrager gewoonlijk en daadwerkelijk in België verblijft."
    ),
    ("verblijf", "verblijfsstatus_onbekend"): N_(
        "De verblijfsstatus is niet gekend: mag de aanvrager wettig in België verblijven?"
    ),
    ("nationaliteit", "belg"): N_("De aanvrager is Belg."),
    ("nationaliteit", "eu_werknemer"): N_(
        "De aanvrager is EU-werknemer of -zelfstandige (of een familielid van hen): recht vanaf de eerste dag."
    ),
    ("nationaliteit", "familielid_belg"): N_("De aanvrager is familielid van een Belg."),
    ("nationaliteit", "bevolkingsregister"): N_(
        "De aanvrager is een vreemdeling ingeschreven in het bevolkingsregister."
    ),
    ("nationaliteit", "staatloos"): N_("De aanvrager is erkend staatloos."),
    ("nationaliteit", "erkend_vluchteling"): N_("De aanvrager is erkend vluchteling."),
    ("nationaliteit", "subsidiaire_bescherming"): N_(
        "De aanvrager geniet subsidiaire bescherming (recht op leefloon sinds de wet van 21 juli 2016)."
    ),
    ("nationaliteit", "eu_burger_na_3_maanden"): N_(
        "De aanvrager is EU-burger met een verblijfsrecht van meer dan 3 maanden."
    ),
    ("nationaliteit", "eu_burger_eerste_3_maanden"): N_(
        "De aanvrager is EU-burger en zit in de eerste 3 maanden van het verblijf: nog geen recht op leefloon "
        "(wel voor een werknemer, een zelfstandige of hun familie)."
    ),
    ("nationaliteit", "eu_verblijf_sinds_onbekend"): N_(
        "De aanvrager is EU-burger; niet gekend of de eerste 3 maanden van het verblijf voorbij zijn."
    ),
    ("nationaliteit", "eu_werkzoekende"): N_("Een EU-burger die in België werk zoekt, heeft geen recht op leefloon."),
    ("nationaliteit", "vreemdelingenregister"): N_(
        "De aanvrager is alleen ingeschreven in het vreemdelingenregister: geen recht op leefloon, wel op een "
        "equivalent leefloon (maatschappelijke dienstverlening met dezelfde bedragen)."
    ),
    ("nationaliteit", "tijdelijke_bescherming"): N_(
        "De aanvrager geniet tijdelijke bescherming (A-kaart): geen recht op leefloon, wel op een equivalent "
        "leefloon (maatschappelijke dienstverlening met dezelfde bedragen)."
    ),
    ("nationaliteit", "verzoeker_internationale_bescherming"): N_(
        "De aanvrager is verzoeker om internationale bescherming: geen leefloon; Fedasil voorziet in materiële opvang."
    ),
    ("nationaliteit", "zonder_wettig_verblijf"): N_(
        "De aanvrager verblijft hier zonder wettig verblijf: geen leefloon, alleen dringende medische hulp."
    ),
    ("nationaliteit", "onbekend"): N_("De nationaliteit of de verblijfsstatus van de aanvrager is niet gekend."),
    ("werkbereidheid", "werkbereid"): N_("De aanvrager is bereid om te werken."),
    ("werkbereidheid", "gezondheid"): N_("De aanvrager hoeft om gezondheidsredenen niet werkbereid te zijn."),
    ("werkbereidheid", "billijkheid"): N_(
        "De aanvrager hoeft om redenen van billijkheid, aanvaard door het OCMW, niet werkbereid te zijn."
    ),
    ("werkbereidheid", "studies"): N_(
        "De aanvrager volgt voltijds studies; het OCMW aanvaardt dat als reden van billijkheid (GPMI-studies)."
    ),
    ("werkbereidheid", "niet_werkbereid"): N_(
        "De aanvrager is niet bereid om te werken en heeft daar geen reden van gezondheid of billijkheid voor."
    ),
    ("werkbereidheid", "onbekend"): N_(
        "Nog niet onderzocht of de aanvrager bereid is om te werken (of een reden van gezondheid of billijkheid heeft)."
    ),
    ("uitputting_rechten", "uitgeput"): N_("De aanvrager heeft de rechten op andere sociale uitkeringen laten gelden."),
    ("uitputting_rechten", "niet_uitgeput"): N_(
        "De aanvrager heeft nog niet alle rechten op andere uitkeringen laten gelden (werkloosheid, ziekte, "
        "gezinsbijslag, pensioen, tegemoetkomingen): het leefloon komt pas daarna."
    ),
    ("uitputting_rechten", "onbekend"): N_(
        "Niet gekend of de aanvrager de rechten op andere uitkeringen heeft laten gelden."
    ),
    ("detentie", "niet_gedetineerd"): N_("De aanvrager verblijft niet in de gevangenis."),
    ("detentie", "niet_opgegeven"): N_(
        "Niet opgegeven of de aanvrager in de gevangenis verblijft; aangenomen van niet."
    ),
    ("detentie", "gedetineerd"): N_(
        "De aanvrager verblijft in de gevangenis: de Staat voorziet in het onderhoud, dus geen leefloon."
    ),
    ("detentie", "elektronisch_toezicht"): N_(
        "De aanvrager staat onder elektronisch toezicht: het OCMW onderzoekt of het leefloon verschuldigd is."
    ),
    ("gpmi", "jonger_dan_25"): N_(
        "Geen voorwaarde bij de aanvraag, wel een verplichting erna: de aanvrager is jonger dan 25, dus binnen "
        "3 maanden wordt een geïndividualiseerd project voor maatschappelijke integratie (GPMI) gesloten."
    ),
    ("gpmi", "student"): N_(
        "Geen voorwaarde bij de aanvraag, wel een verplichting erna: een voltijdse student sluit binnen 3 maanden "
        "een GPMI-studies."
    ),
    ("gpmi", "nieuwe_rechthebbende"): N_(
        "Geen voorwaarde bij de aanvraag, wel een verplichting erna: sinds 1 november 2016 sluit elke nieuwe "
        "rechthebbende binnen 3 maanden een GPMI (tenzij het OCMW er om redenen van gezondheid of billijkheid van "
        "afziet)."
    ),
}

_VRAAG_STATUS = N_("Wat is de nationaliteit of de verblijfsstatus van de aanvrager?")
_VRAGEN: dict[str, tuple[tuple[str, str, str], ...]] = {
    # condition → (fact field, profile field, question) asked when that fact is "onbekend"
    "verblijf": (
        (
            "verblijf_belgie",
            "aanvrager.woont_in_belgie",
            N_("Verblijft de aanvrager gewoonlijk en daadwerkelijk in België?"),
        ),
        ("wettig_verblijf", "aanvrager.verblijfsstatus", _VRAAG_STATUS),
    ),
    "nationaliteit": (
        ("verblijfsstatus", "aanvrager.verblijfsstatus", _VRAAG_STATUS),
        (
            "eu_langer_dan_3_maanden",
            "aanvrager.verblijf_sinds",
            N_("Sinds wanneer verblijft de aanvrager (EU-burger) in België?"),
        ),
    ),
    "werkbereidheid": (("werkbereid", "aanvrager.werkbereid", N_("Is de aanvrager bereid om te werken?")),),
    "uitputting_rechten": (
        (
            "rechten_uitgeput",
            "aanvrager.rechten_uitgeput",
            N_(
                "Heeft de aanvrager de rechten op andere uitkeringen (werkloosheid, ziekte, gezinsbijslag, pensioen, "
                "tegemoetkomingen) laten gelden en, als het OCMW dat vraagt, ook het recht op onderhoudsgeld?"
            ),
        ),
    ),
    "detentie": (
        (
            "elektronisch_toezicht",
            "aanvrager.elektronisch_toezicht",
            N_("Onder welke vorm van elektronisch toezicht staat de aanvrager (sociaal onderzoek)?"),
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
    """The explanation of condition `v` in the current language."""
    if v.code == "leeftijd":
        return art07_leeftijd.uitleg(ev, v)
    if v.code == "bestaansmiddelen":
        return _uitleg_middelen(ev, v)
    return t(_UITLEG[(v.code, v.reden)])


def _uitleg_middelen(ev: LeefloonEvaluatie, v: Vaststelling) -> str:
    toets = ev.middelentoets
    if v.status is Status.onbekend:
        return t(
            "Nog niet alle bestaansmiddelen of de categorie zijn gekend; de open vragen beslissen of de "
            "bestaansmiddelen onvoldoende zijn."
        )
    b = max(toets.per_categorie.values(), key=lambda b: b.leefloon_jaar or 0)
    if v.status is Status.voldaan:
        return t(
            "De bestaansmiddelen ({bestaansmiddelen} per jaar) liggen onder het bedrag van categorie {categorie} "
            "({categoriebedrag} per jaar): de aanvrager heeft onvoldoende bestaansmiddelen.",
            bestaansmiddelen=b.totaal,
            categorie=b.categorie,
            categoriebedrag=b.categoriebedrag,
        )
    return t(
        "De bestaansmiddelen ({bestaansmiddelen} per jaar) bereiken het bedrag van categorie {categorie} "
        "({categoriebedrag} per jaar): geen leefloon.",
        bestaansmiddelen=b.totaal,
        categorie=b.categorie,
        categoriebedrag=b.categoriebedrag,
    )


def vragen(ev: LeefloonEvaluatie, v: Vaststelling) -> list[tuple[str, str]]:
    """The questions that would settle condition `v` (empty unless it is unknown)."""
    if v.status is not Status.onbekend:
        return []
    if v.code == "leeftijd":
        return art07_leeftijd.vragen(ev, v)
    return [(veld, t(vraag)) for feitveld, veld, vraag in _VRAGEN.get(v.code, ()) if v.feit.get(feitveld) == "onbekend"]


def verwijzingen(ev: LeefloonEvaluatie) -> list[str]:
    """Referrals that follow from the conditions."""
    uit = []
    nat = ev.voorwaarden.get("nationaliteit")
    if nat and nat.reden in ("vreemdelingenregister", "tijdelijke_bescherming"):
        uit.append(
            t(
                "Equivalent leefloon: maatschappelijke dienstverlening van het OCMW met dezelfde bedragen en dezelfde "
                "berekening (OCMW-wet van 8 juli 1976, art. 1 en 57 §1)."
            )
        )
    if nat and nat.reden == "verzoeker_internationale_bescherming":
        uit.append(t("Materiële opvang via Fedasil (opvangwet van 12 januari 2007)."))
    if nat and nat.reden == "zonder_wettig_verblijf":
        uit.append(t("Dringende medische hulp via het OCMW (OCMW-wet van 8 juli 1976, art. 57 §2)."))
    leeftijd = ev.voorwaarden.get("leeftijd")
    if leeftijd and leeftijd.status is Status.niet_voldaan:
        uit.append(
            t(
                "Maatschappelijke dienstverlening voor minderjarigen via het OCMW (OCMW-wet van 8 juli 1976, art. 1 "
                "en 57)."
            )
        )
    if ev.profiel.aanvrager.betaalt_onderhoudsgeld_kinderen:
        uit.append(
            t(
                "Wie onderhoudsgeld betaalt voor kinderen die elders wonen, kan van het OCMW specifieke steun krijgen "
                "om dat onderhoudsgeld te betalen (OCMW-wet van 8 juli 1976, art. 68quinquies); die steun is hier "
                "niet berekend."
            )
        )
    if ev.voorwaarden.get("gpmi"):
        uit.append(
            t(
                "Opvolging: binnen 3 maanden een GPMI sluiten, dat minstens elk kwartaal geëvalueerd wordt "
                "(RMI-wet art. 11)."
            )
        )
    uit.append(
        t(
            "Procedure: het OCMW beslist binnen 30 dagen na de aanvraag en meldt de beslissing binnen 8 dagen; "
            "beroep bij de arbeidsrechtbank kan binnen 3 maanden (RMI-wet art. 21 en 47). Het leefloon wordt "
            "minstens elk jaar en bij elke wijziging herzien."
        )
    )
    return uit


def uitkomst(statussen: list[Status], categorie_zeker: bool) -> Uitkomst:
    """Any failure refuses; otherwise any unknown (also an unknown category) asks for data; else grant."""
    if Status.niet_voldaan in statussen:
        return Uitkomst.weigeren
    if Status.onbekend in statussen or not categorie_zeker:
        return Uitkomst.onvoldoende_gegevens
    return Uitkomst.toekennen
