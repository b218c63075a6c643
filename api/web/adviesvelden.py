"""The fields of the leefloon advice form (`/advies`): the Profiel of CONTRACT §4 as a form schema.

Sections only group fields on the screen; groups (`vermogen`, `ocmw_keuzes`) and lists (`inkomsten`,
`huisgenoten`, ...) follow the Profiel. `LIJSTEN` names every list generically (`huisgenoten.*.inkomsten`) for
the add/remove buttons. Labels and hints are Dutch message ids, translated where they are shown.
"""

from __future__ import annotations

from typing import Any

from api.i18n import N_
from api.web.formulierschema import Groep, Lijst, Sectie, Veld

__all__ = ["FORMULIER", "LIJSTEN"]

JA_NEE = "janee"


def _inkomen(huisgenoot: bool) -> tuple[Any, ...]:
    velden: list[Any] = [
        Veld("soort", "keuze", N_("Soort inkomen"), keuzes="inkomen_soort"),
        Veld("bedrag", "bedrag", N_("Netto bedrag"), N_("Wat werkelijk ontvangen wordt, in euro.")),
        Veld("per", "keuze", N_("Per"), keuzes="per"),
        Veld("sinds", "datum", N_("Sinds")),
        Veld("bron", "keuze", N_("Bron van het gegeven"), keuzes="bron"),
        Veld("omschrijving", "tekst", N_("Omschrijving"), N_("Alleen nodig bij 'ander inkomen'.")),
    ]
    if not huisgenoot:
        velden += [
            Veld(
                "gestart_tijdens_leefloon",
                JA_NEE,
                N_("Werk of opleiding gestart tijdens het leefloon"),
                N_("Voor de SPI-vrijstelling; alleen bij loon, zelfstandige of opleiding."),
            ),
            Veld("artistiek", JA_NEE, N_("Artistieke activiteit"), N_("Alleen bij loon of zelfstandige.")),
            Veld("knelpuntberoep", JA_NEE, N_("Knelpuntberoep"), N_("Alleen bij loon.")),
        ]
    else:
        velden.append(
            Veld(
                "voor_aanvrager",
                JA_NEE,
                N_("Gezinsbijslag ontvangen voor de aanvrager"),
                N_("Alleen bij groeipakket voor de kinderen."),
            )
        )
    return tuple(velden)


def _inkomsten(huisgenoot: bool) -> Lijst:
    return Lijst(
        "inkomsten",
        N_("Inkomsten"),
        N_("Inkomen %(n)d"),
        _inkomen(huisgenoot),
        N_("Inkomen toevoegen"),
        driewaardig=True,
        vraag=N_("Heeft deze persoon inkomsten?"),
        geen_label=N_("Nee, geen inkomsten"),
        ja_label=N_("Ja, de inkomsten hieronder"),
        hint=N_(
            "Netto bedragen. Onbetaald onderhoudsgeld telt niet; een inkomen met beslag telt zoals vóór het beslag."
        ),
    )


REKENINGEN = Lijst(
    "gezamenlijke_rekeningen",
    N_("Gezamenlijke rekeningen"),
    N_("Rekening %(n)d"),
    (
        Veld("bedrag", "bedrag", N_("Saldo")),
        Veld("houders", "geheel", N_("Aantal houders")),
    ),
    N_("Rekening toevoegen"),
)
ONROEREND = Lijst(
    "onroerend",
    N_("Onroerende goederen"),
    N_("Goed %(n)d"),
    (
        Veld("kadastraal_inkomen", "bedrag", N_("Kadastraal inkomen"), N_("Niet geïndexeerd, van het hele goed.")),
        Veld("bebouwd", JA_NEE, N_("Bebouwd")),
        Veld("aandeel", "aandeel", N_("Aandeel"), N_("Bijvoorbeeld 1, 0,5 of 1/3.")),
        Veld("zakelijk_recht", "keuze", N_("Zakelijk recht"), keuzes="zakelijk_recht", standaard="volle_eigendom"),
        Veld("eigen_woning", JA_NEE, N_("Eigen woning")),
        Veld("interesten", "bedrag", N_("Hypothecaire interesten of lijfrente per jaar")),
    ),
    N_("Onroerend goed toevoegen"),
)
AFSTAND = Lijst(
    "afstand",
    N_("Afgestane goederen (laatste 10 jaar)"),
    N_("Afstand %(n)d"),
    (
        Veld("datum", "datum", N_("Datum van de afstand")),
        Veld("waarde", "bedrag", N_("Verkoopwaarde van het volle goed")),
        Veld("aandeel", "aandeel", N_("Aandeel"), N_("Bijvoorbeeld 1, 0,5 of 1/3.")),
        Veld("zakelijk_recht", "keuze", N_("Zakelijk recht"), keuzes="zakelijk_recht", standaard="volle_eigendom"),
        Veld("enige_woning", JA_NEE, N_("Was het de enige woning")),
        Veld(
            "schulden",
            "bedrag",
            N_("Schulden betaald met de opbrengst"),
            N_("Persoonlijke schulden van vóór de afstand."),
        ),
    ),
    N_("Afstand toevoegen"),
)
BUITENLAND = Lijst(
    "verblijven_buitenland",
    N_("Verblijven in het buitenland"),
    N_("Verblijf %(n)d"),
    (
        Veld("van", "datum", N_("Van")),
        Veld("tot", "datum", N_("Tot en met")),
        Veld("uitzondering", "keuze", N_("Uitzondering"), keuzes="verblijf_uitzondering"),
    ),
    N_("Verblijf toevoegen"),
    hint=N_("Vier weken per jaar zijn toegelaten; langer schorst het leefloon."),
)

AANVRAGER = Groep(
    "aanvrager",
    N_("Aanvrager"),
    (
        Sectie(
            "sectie-persoon",
            N_("Persoon"),
            (
                Veld("geboortedatum", "datum", N_("Geboortedatum")),
                Veld("burgerlijke_staat", "keuze", N_("Burgerlijke staat"), keuzes="burgerlijke_staat"),
                Veld("zwanger", JA_NEE, N_("Zwanger"), N_("Met een medisch attest.")),
                Veld("student", JA_NEE, N_("Student (voltijds)")),
            ),
        ),
        Sectie(
            "sectie-verblijf",
            N_("Verblijf"),
            (
                Veld("verblijfsstatus", "keuze", N_("Nationaliteit of verblijfsstatus"), keuzes="verblijfsstatus"),
                Veld("verblijf_sinds", "datum", N_("Verblijft in België sinds"), N_("Alleen voor EU-burgers.")),
                Veld("woont_in_belgie", JA_NEE, N_("Verblijft gewoonlijk en daadwerkelijk in België")),
                Veld("dakloos", JA_NEE, N_("Dakloos")),
                Veld("gedetineerd", JA_NEE, N_("In de gevangenis")),
                Veld("elektronisch_toezicht", JA_NEE, N_("Onder elektronisch toezicht")),
            ),
        ),
        Sectie(
            "sectie-werk",
            N_("Werk en andere rechten"),
            (
                Veld("werkbereid", JA_NEE, N_("Bereid om te werken")),
                Veld(
                    "werkbereidheid_uitzondering",
                    "keuze",
                    N_("Uitzondering op de werkbereidheid"),
                    keuzes="werkbereidheid_uitzondering",
                ),
                Veld(
                    "rechten_uitgeput",
                    JA_NEE,
                    N_("Rechten op andere uitkeringen laten gelden"),
                    N_("Werkloosheid, ziekte, gezinsbijslag, pensioen, tegemoetkomingen en zo nodig onderhoudsgeld."),
                ),
            ),
        ),
        Sectie(
            "sectie-huishouding",
            N_("Huishouding"),
            (
                Veld(
                    "gedeelde_huishouding",
                    JA_NEE,
                    N_("Regelt de huishouding samen met een huisgenoot"),
                    N_("Hoofdzakelijk gemeenschappelijk: bepaalt of de aanvrager samenwonend is."),
                ),
                Veld("betaalt_onderhoudsgeld_kinderen", JA_NEE, N_("Betaalt onderhoudsgeld voor de kinderen")),
            ),
        ),
        _inkomsten(huisgenoot=False),
        Groep(
            "vermogen",
            N_("Vermogen"),
            (
                Veld("spaargeld", "bedrag", N_("Spaargeld op eigen naam")),
                REKENINGEN,
                ONROEREND,
                AFSTAND,
            ),
            hint=N_("Leeg laten als het niet gekend is: het advies vermeldt dan dat vermogen niet is nagegaan."),
        ),
        BUITENLAND,
    ),
)

HUISGENOTEN = Lijst(
    "huisgenoten",
    N_("Huisgenoten"),
    N_("Huisgenoot %(n)d"),
    (
        Veld("relatie", "keuze", N_("Relatie tot de aanvrager"), keuzes="relatie"),
        Veld("geboortedatum", "datum", N_("Geboortedatum")),
        Veld("ongehuwd", JA_NEE, N_("Ongehuwd")),
        Veld("ontvangt_leefloon", JA_NEE, N_("Ontvangt zelf een leefloon")),
        Veld("verblijfsregeling", "keuze", N_("Verblijfsregeling (kinderen)"), keuzes="verblijfsregeling"),
        Veld(
            "meetellen",
            "meetellen",
            N_("Keuze van het OCMW: bestaansmiddelen meetellen"),
            N_("Leeg = volgens de regel (ouders en kinderen: naar keuze, partner: altijd)."),
            keuzes="meetellen",
        ),
        Veld("meetellen_bedrag", "hulp", N_("Bedrag dat meetelt, per jaar"), N_("Alleen bij 'een bedrag per jaar'.")),
        _inkomsten(huisgenoot=True),
        Groep(
            "vermogen",
            N_("Vermogen van deze huisgenoot"),
            (
                Veld("spaargeld", "bedrag", N_("Spaargeld")),
                Veld(
                    "kinderen_met_gezinsbijslag",
                    "geheel",
                    N_("Aantal kinderen waarvoor deze persoon gezinsbijslag ontvangt"),
                ),
                REKENINGEN,
                ONROEREND,
            ),
        ),
    ),
    N_("Huisgenoot toevoegen"),
    driewaardig=True,
    vraag=N_("Woont de aanvrager samen met anderen?"),
    geen_label=N_("Nee, de aanvrager woont alleen"),
    ja_label=N_("Ja, de huisgenoten hieronder"),
    hint=N_("Iedereen die onder hetzelfde dak woont: partner, kinderen, ouders, anderen."),
    maximum=30,
)

OCMW_KEUZES = Groep(
    "ocmw_keuzes",
    N_("Keuzes van het OCMW"),
    (
        Veld("dagbedrag_dagen_per_jaar", "geheel", N_("Dagbedragen omrekenen met dit aantal dagen per jaar"),
             N_("Leeg = 312 (26 dagen per maand).")),
        Veld("gezamenlijke_rekening", "keuze", N_("Spaargeld op een gezamenlijke rekening"),
             keuzes="gezamenlijke_rekening"),
        Veld("integratietegemoetkoming_vrijgesteld", JA_NEE, N_("Integratietegemoetkoming vrijstellen")),
        Veld("vrijwilligersvergoeding_boven_plafond", "keuze", N_("Vrijwilligersvergoeding boven het plafond"),
             keuzes="vrijwilligersvergoeding_boven_plafond"),
        Veld("vrijstelling_onbebouwd", "bedrag", N_("Vrijstelling kadastraal inkomen onbebouwd goed"),
             N_("Leeg = 30 euro.")),
        Veld("interesten_max_percentage", "getal", N_("Aftrek interesten: hoogstens dit percentage"),
             N_("Leeg = 50.")),
        Veld("afstand_vrijstelling_enige_woning", "bedrag", N_("Vrijgestelde schijf bij afstand van de enige woning")),
        Veld("afstand_jaarlijkse_vermindering", "bedrag", N_("Jaarlijkse vermindering bij afstand")),
        Veld("afstand_kapitaalformule", "keuze", N_("Afgestane goederen berekenen"), keuzes="afstand_kapitaalformule"),
        Veld("eerstegraads_meetellen", "keuze", N_("Bestaansmiddelen van ouders en meerderjarige kinderen meetellen"),
             keuzes="eerstegraads_meetellen"),
        Veld("methode_samenwonenden_2026", "keuze", N_("Methode samenwonenden vanaf maart 2026"),
             keuzes="methode_samenwonenden_2026"),
        Veld("prorata_eerste_maand", "keuze", N_("Eerste maand pro rata"), keuzes="prorata_eerste_maand"),
        Veld("spi_knelpuntberoep_maand", "bedrag", N_("SPI-vrijstelling knelpuntberoep per maand")),
        Veld("buitenland_dagen_per_jaar", "geheel", N_("Dagen per jaar voor een geschorste dag"),
             N_("Leeg = 365.")),
    ),
    hint=N_("Waar de wet ruimte laat, maakt het advies een aanname. Hier kiest het OCMW zelf; leeg = de aanname."),
)  # fmt: skip

FORMULIER: tuple[Any, ...] = (
    Veld("peildatum", "datum", N_("Peildatum"), N_("Meestal de datum van de aanvraag.")),
    AANVRAGER,
    HUISGENOTEN,
    OCMW_KEUZES,
)


def _lijsten(delen: tuple[Any, ...], prefix: str = "") -> dict[str, Lijst]:
    """Every list by its generic name (`huisgenoten.*.inkomsten`), for the add/remove buttons."""
    uit: dict[str, Lijst] = {}
    for deel in delen:
        if isinstance(deel, Sectie):
            uit.update(_lijsten(deel.delen, prefix))
        elif isinstance(deel, Groep):
            uit.update(_lijsten(deel.delen, f"{prefix}{deel.naam}."))
        elif isinstance(deel, Lijst):
            naam = f"{prefix}{deel.naam}"
            uit[naam] = deel
            uit.update(_lijsten(deel.delen, f"{naam}.*."))
    return uit


LIJSTEN = _lijsten(FORMULIER)
