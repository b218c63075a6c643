"""Translatable labels for the code lists shown on the pages (themes, levels, enumerations of the Profiel).

Message ids are Dutch (`N_`); `label(groep, code)` translates at display time. A code without a label is shown
as is (never an error: a new code in the data must not break a page).
"""

from __future__ import annotations

from api.i18n import N_, gettext
from rules.voorwaarden.weergave import NUTS_NAMEN

__all__ = ["LABELS", "keuzes", "label"]

LABELS: dict[str, dict[str, str]] = {
    "niveau": {
        "europees": N_("Europees"),
        "federaal": N_("Federaal"),
        "vlaams": N_("Vlaams"),
        "provinciaal": N_("Provinciaal"),
        "lokaal": N_("Lokaal"),
        "derden": N_("Andere organisatie"),
    },
    "thema": {
        "WelzijnGezondheid": N_("Welzijn en gezondheid"),
        "BouwenWonen": N_("Bouwen en wonen"),
        "MilieuEnergie": N_("Milieu en energie"),
        "OnderwijsWetenschap": N_("Onderwijs en wetenschap"),
        "EconomieWerk": N_("Economie en werk"),
        "CultuurSportVrijeTijd": N_("Cultuur, sport en vrije tijd"),
        "MobiliteitOpenbareWerken": N_("Mobiliteit en openbare werken"),
        "BurgerOverheid": N_("Burger en overheid"),
    },
    "doelgroep": {
        "Burger": N_("Burgers"),
        "Onderneming": N_("Ondernemingen"),
        "Organisatie": N_("Organisaties"),
        "Vereniging": N_("Verenigingen"),
        "LokaalBestuur": N_("Lokale besturen"),
        "VlaamseOverheid": N_("Vlaamse overheid"),
    },
    # The finer social target groups of catalogue/data/FORMAAT.md.
    "sociale_doelgroep": {
        "laag-inkomen": N_("Mensen met een laag inkomen"),
        "leefloners": N_("Mensen met een leefloon"),
        "senioren": N_("Senioren"),
        "gezinnen-met-kinderen": N_("Gezinnen met kinderen"),
        "alleenstaande-ouders": N_("Alleenstaande ouders"),
        "personen-met-handicap": N_("Personen met een handicap"),
        "chronisch-zieken": N_("Chronisch zieken"),
        "mantelzorgers": N_("Mantelzorgers"),
        "werkzoekenden": N_("Werkzoekenden"),
        "studenten": N_("Studenten"),
        "jongeren": N_("Jongeren"),
        "huurders": N_("Huurders"),
        "eigenaars": N_("Eigenaars"),
        "dak-en-thuislozen": N_("Dak- en thuislozen"),
        "nieuwkomers": N_("Nieuwkomers"),
        "schuldenproblemen": N_("Mensen met schulden"),
    },
    # NUTS areas (Belgium, regions, provinces): the same names as the plain-language conditions use.
    "gebied": NUTS_NAMEN,
    "periode_bedrag": {
        "eenmalig": N_("eenmalig"),
        "dag": N_("per dag"),
        "week": N_("per week"),
        "maand": N_("per maand"),
        "kwartaal": N_("per kwartaal"),
        "jaar": N_("per jaar"),
        "schooljaar": N_("per schooljaar"),
    },
    "eenheid": {
        "procent": N_("procent"),
        "euro_per_liter": N_("per liter"),
        "liter": N_("liter"),
        "uur": N_("uur"),
        "stuk": N_("stuks"),
    },
    # ---- the Profiel's enumerations (CONTRACT §4) ----
    "verblijfsstatus": {
        "belg": N_("Belg"),
        "eu_burger": N_("EU-burger (of EER, Zwitserland)"),
        "eu_werknemer": N_("EU-burger met werk (werknemer of zelfstandige)"),
        "eu_werkzoekende": N_("EU-burger die werk zoekt"),
        "familielid_belg": N_("Familielid van een Belg"),
        "bevolkingsregister": N_("Vreemdeling ingeschreven in het bevolkingsregister"),
        "vreemdelingenregister": N_("Vreemdeling ingeschreven in het vreemdelingenregister"),
        "staatloos": N_("Staatloos (erkend)"),
        "erkend_vluchteling": N_("Erkend vluchteling"),
        "subsidiaire_bescherming": N_("Subsidiair beschermd"),
        "tijdelijke_bescherming": N_("Tijdelijke bescherming (bv. Oekraïne)"),
        "verzoeker_internationale_bescherming": N_("Verzoeker om internationale bescherming"),
        "zonder_wettig_verblijf": N_("Zonder wettig verblijf"),
    },
    "burgerlijke_staat": {
        "ongehuwd": N_("Ongehuwd"),
        "gehuwd": N_("Gehuwd"),
        "wettelijk_samenwonend": N_("Wettelijk samenwonend"),
        "gescheiden": N_("Gescheiden"),
        "weduwe": N_("Weduwe of weduwnaar"),
    },
    "werkbereidheid_uitzondering": {
        "gezondheid": N_("Redenen van gezondheid"),
        "billijkheid": N_("Redenen van billijkheid"),
        "studies": N_("Studies (billijkheid)"),
    },
    "relatie": {
        "partner": N_("Partner"),
        "kind": N_("Kind"),
        "ouder": N_("Ouder"),
        "grootouder": N_("Grootouder"),
        "kleinkind": N_("Kleinkind"),
        "broer_zus": N_("Broer of zus"),
        "schoonouder": N_("Schoonouder"),
        "schoonkind": N_("Schoonzoon of schoondochter"),
        "ex_partner": N_("Ex-partner"),
        "ander": N_("Iemand anders"),
    },
    "verblijfsregeling": {
        "voltijds": N_("Voltijds"),
        "co_ouderschap": N_("Co-ouderschap (bv. week om week)"),
        "occasioneel": N_("Af en toe"),
    },
    "per": {"maand": N_("per maand"), "jaar": N_("per jaar"), "week": N_("per week"), "dag": N_("per dag")},
    "bron": {"ksz": N_("KSZ (Kruispuntbank)"), "client": N_("De cliënt"), "onderzoek": N_("Sociaal onderzoek")},
    "inkomen_soort": {
        "loon": N_("Loon (werknemer)"),
        "zelfstandige": N_("Inkomen als zelfstandige"),
        "opleiding": N_("Beroepsopleiding"),
        "werkloosheid": N_("Werkloosheidsuitkering"),
        "ziekte_invaliditeit": N_("Ziekte- of invaliditeitsuitkering"),
        "pensioen": N_("Pensioen"),
        "igo": N_("Inkomensgarantie voor ouderen (IGO)"),
        "ivt": N_("Inkomensvervangende tegemoetkoming (IVT)"),
        "it": N_("Integratietegemoetkoming (IT)"),
        "onderhoudsgeld": N_("Onderhoudsgeld voor zichzelf"),
        "onderhoudsgeld_kinderen": N_("Onderhoudsgeld voor de kinderen"),
        "gezinsbijslag_kinderen": N_("Groeipakket of kinderbijslag voor de kinderen"),
        "gezinsbijslag_zelf": N_("Groeipakket of kinderbijslag voor zichzelf"),
        "studietoelage": N_("Studietoelage"),
        "pleegzorgvergoeding": N_("Pleegzorgvergoeding"),
        "geboortepremie": N_("Geboortepremie"),
        "thab": N_("Tegemoetkoming hulp aan bejaarden (THAB)"),
        "gift_occasioneel": N_("Occasionele gift"),
        "steun_regelmatig": N_("Regelmatige steun (bv. van familie)"),
        "vrijwilligersvergoeding": N_("Vrijwilligersvergoeding"),
        "huurinkomsten": N_("Huurinkomsten"),
        "ander": N_("Ander inkomen (omschrijf)"),
    },
    "zakelijk_recht": {
        "volle_eigendom": N_("Volle eigendom"),
        "vruchtgebruik": N_("Vruchtgebruik"),
        "naakte_eigendom": N_("Naakte eigendom"),
    },
    "verblijf_uitzondering": {
        "studieprogramma": N_("Deel van een Belgisch studieprogramma"),
        "uitzonderlijke_omstandigheden": N_("Uitzonderlijke omstandigheden (aanvaard door het OCMW)"),
    },
    "meetellen": {
        "ja": N_("Ja, volledig meetellen"),
        "nee": N_("Nee, niet meetellen"),
        "bedrag": N_("Een bedrag per jaar"),
    },
    "gezamenlijke_rekening": {"per_houder": N_("Gedeeld door het aantal houders"), "volledig": N_("Volledig")},
    "vrijwilligersvergoeding_boven_plafond": {
        "volledig": N_("Telt volledig mee"),
        "deel_boven_plafond": N_("Alleen het deel boven het plafond telt mee"),
    },
    "afstand_kapitaalformule": {
        "samen_met_spaargeld": N_("Samen met het spaargeld"),
        "per_afstand": N_("Per afstand apart"),
    },
    "eerstegraads_meetellen": {"ja": N_("Ja"), "nee": N_("Nee")},
    "methode_samenwonenden_2026": {
        "per_schuldenaar": N_("Per onderhoudsplichtige"),
        "gegroepeerd": N_("Gegroepeerd"),
    },
    "prorata_eerste_maand": {"kalenderdagen": N_("Kalenderdagen"), "dertigsten": N_("Dertigsten")},
    # ---- the situation vocabulary (rechten.situatie) ----
    "onderwijs": {
        "geen": N_("Geen onderwijs"),
        "kleuter": N_("Kleuteronderwijs"),
        "lager": N_("Lager onderwijs"),
        "secundair": N_("Secundair onderwijs"),
        "hoger": N_("Hoger onderwijs"),
        "volwassenenonderwijs": N_("Volwassenenonderwijs"),
    },
    "verwarming": {
        "aardgas": N_("Aardgas"),
        "elektriciteit": N_("Elektriciteit"),
        "stookolie": N_("Stookolie (mazout)"),
        "verwarmingspetroleum": N_("Verwarmingspetroleum"),
        "propaan_bulk": N_("Propaan in bulk"),
        "andere": N_("Iets anders"),
    },
    # ---- the advice ----
    "uitkomst": {
        "toekennen": N_("Recht op leefloon"),
        "weigeren": N_("Geen recht op leefloon"),
        "onvoldoende_gegevens": N_("Nog onvoldoende gegevens"),
    },
    "status": {"voldaan": N_("Voldaan"), "niet_voldaan": N_("Niet voldaan"), "onbekend": N_("Nog onbekend")},
    "categorie": {
        "1": N_("Categorie 1: samenwonende"),
        "2": N_("Categorie 2: alleenstaande"),
        "3": N_("Categorie 3: met gezin ten laste"),
    },
    "voorwaarde": {
        "verblijf": N_("Verblijf in België"),
        "leeftijd": N_("Leeftijd (meerderjarig of gelijkgesteld)"),
        "nationaliteit": N_("Nationaliteit of verblijfsstatus"),
        "bestaansmiddelen": N_("Onvoldoende bestaansmiddelen"),
        "werkbereidheid": N_("Werkbereidheid"),
        "uitputting_rechten": N_("Rechten op andere uitkeringen laten gelden"),
        "gpmi": N_("Geïndividualiseerd project (GPMI)"),
        "detentie": N_("Niet in de gevangenis"),
    },
    # ---- the overview ----
    "overzicht_status": {
        "waarschijnlijk": N_("Waarschijnlijk recht"),
        "mogelijk": N_("Mogelijk recht"),
        "niet": N_("Waarschijnlijk geen recht"),
    },
}


def label(groep: str, code: object) -> str:
    """The label of `code` in code list `groep`, in the current language (the code itself if unknown)."""
    if code is None:
        return ""
    tekst = LABELS.get(groep, {}).get(str(code))
    return gettext(tekst) if tekst else str(code)


def keuzes(groep: str) -> list[tuple[str, str]]:
    """(code, label) pairs of a code list, in the listed order, labels in the current language."""
    return [(code, gettext(tekst)) for code, tekst in LABELS.get(groep, {}).items()]
