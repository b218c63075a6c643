"""The editor's form of a right (`RechtRecord`), section by section, in the schema of `api.beheer.formulier`, and
the code lists it needs besides those of `api.web.labels` (product types, units, periods).

Dutch texts go in the main sections; French and English versions of the texts sit together under "Vertalingen".
The machine-readable condition is not here: the form builder (`api.beheer.bouwer`) edits it in its section.
"""

from __future__ import annotations

from api.beheer.formulier import Groep, Lijst, Sectie, Veld
from api.i18n import N_
from api.web.labels import LABELS

__all__ = ["EENHEDEN", "PERIODES", "PRODUCTTYPES", "RECHT_FORMULIER"]

PRODUCTTYPES = {
    "FinancieelVoordeel": N_("Financieel voordeel"),
    "AdviesBegeleiding": N_("Advies en begeleiding"),
    "InfrastructuurMateriaal": N_("Infrastructuur en materiaal"),
    "Voorwerp": N_("Voorwerp"),
    "Bewijs": N_("Bewijs of attest"),
    "Toelating": N_("Toelating"),
    "FinancieleVerplichting": N_("Financiële verplichting"),
}
EENHEDEN = {
    "euro": N_("euro"),
    "procent": N_("procent"),
    "euro_per_liter": N_("euro per liter"),
    "liter": N_("liter"),
    "uur": N_("uur"),
    "stuk": N_("stuks"),
}
# The periods of an amount are the ones the public fiche shows (one list, one set of translations).
PERIODES = LABELS["periode_bedrag"]


def _talen(naam: str, label: str, *, soort: str = "tekst", verplicht: bool = False) -> tuple[Groep, Groep]:
    """The Dutch text in the main part, French and English under "Vertalingen"."""
    return (
        Groep(naam, label, (Veld("nl", label, soort, verplicht=verplicht),), optioneel=not verplicht),
        Groep(naam, label, (Veld("fr", N_("Frans"), soort), Veld("en", N_("Engels"), soort)), optioneel=True),
    )


_NAAM, _NAAM_VERT = _talen("naam", N_("Naam"), verplicht=True)
_SAMENVATTING, _SAMENVATTING_VERT = _talen("samenvatting", N_("Samenvatting in eenvoudige taal"), soort="tekstvak")
_BESCHRIJVING, _BESCHRIJVING_VERT = _talen("beschrijving", N_("Beschrijving"), soort="tekstvak", verplicht=True)
_AANVULLEND, _AANVULLEND_VERT = _talen("aanvullende_beschrijving", N_("Aanvullende beschrijving"), soort="tekstvak")
_UITZONDERINGEN, _UITZONDERINGEN_VERT = _talen("uitzonderingen", N_("Uitzonderingen"), soort="tekstvak")
_WEBSITE = (
    Veld("naam", N_("Naam"), verplicht=True),
    Veld("url", N_("Webadres"), "url", verplicht=True),
    Veld("beschrijving", N_("Beschrijving")),
)

RECHT_FORMULIER: tuple[Sectie, ...] = (
    Sectie(
        "basis",
        N_("Basisgegevens"),
        (
            _NAAM,
            _SAMENVATTING,
            _BESCHRIJVING,
            _AANVULLEND,
            _UITZONDERINGEN,
            Veld("themas", N_("Thema's"), "vinkjes", keuzes="thema", verplicht=True),
            Veld("doelgroepen", N_("Doelgroepen"), "vinkjes", keuzes="doelgroep", verplicht=True),
            Veld("sociale_doelgroepen", N_("Sociale doelgroepen"), "vinkjes", keuzes="sociale_doelgroep"),
            Veld("type", N_("Soort product"), "keuze", keuzes="producttype"),
            Veld("zoektermen", N_("Zoektermen"), "komma", hint=N_("Gescheiden door komma's, bv. maaltijd, eten")),
            Veld(
                "automatisch",
                N_("Wordt automatisch toegekend"),
                "janee",
                hint=N_("Ja als de persoon niets hoeft aan te vragen."),
            ),
            Veld("aanvragen_bij", N_("Waar en hoe aanvragen (één zin)"), "tekstvak"),
        ),
    ),
    Sectie(
        "vertalingen",
        N_("Vertalingen (Frans en Engels)"),
        (
            _NAAM_VERT,
            _SAMENVATTING_VERT,
            _BESCHRIJVING_VERT,
            _AANVULLEND_VERT,
            _UITZONDERINGEN_VERT,
        ),
        uitleg=N_("Niet vertaald? Dan toont de site de Nederlandse tekst."),
        dicht=True,
    ),
    Sectie(
        "bevoegdheid",
        N_("Bevoegdheid en gebied"),
        (
            Veld("niveau", N_("Bevoegd bestuursniveau"), "keuze", keuzes="niveau", verplicht=True),
            Veld("uitvoerend_niveau", N_("Uitgevoerd door"), "vinkjes", keuzes="uitvoerend_niveau", verplicht=True),
            Groep(
                "bevoegde_overheid",
                N_("Bevoegde overheid"),
                (
                    Veld("naam", N_("Naam van de bevoegde overheid"), verplicht=True),
                    Veld("uri", N_("Identificator (URI) van de bevoegde overheid"), "url"),
                ),
                optioneel=False,
            ),
            Lijst(
                "uitvoerende_overheden",
                N_("Uitvoerende organisaties"),
                N_("Organisatie %(n)d"),
                (
                    Veld("naam", N_("Naam"), verplicht=True),
                    Veld("uri", N_("Identificator (URI)"), "url"),
                ),
                N_("Organisatie toevoegen"),
            ),
            Veld(
                "gebied",
                N_("Gebied (NIS-codes)"),
                "komma",
                hint=N_("De gemeente(n) waar het recht geldt, als NIS-code, bv. 44021 voor Gent."),
            ),
        ),
    ),
    Sectie(
        "voorwaarden",
        N_("Voorwaarden in gewone taal"),
        (
            Lijst(
                "voorwaarden",
                N_("Voorwaarden"),
                N_("Voorwaarde %(n)d"),
                (
                    Veld("naam", N_("Korte naam"), verplicht=True),
                    Veld("beschrijving", N_("Uitleg"), "tekstvak", verplicht=True),
                    Groep(
                        "bewijs",
                        N_("Bewijsstuk"),
                        (
                            Veld("naam", N_("Bewijsstuk")),
                            Veld("beschrijving", N_("Uitleg bij het bewijsstuk"), "tekstvak"),
                        ),
                    ),
                ),
                N_("Voorwaarde in gewone taal toevoegen"),
            ),
        ),
    ),
    # The condition itself is built with the form builder (api.beheer.bouwer), shown in this section.
    Sectie(
        "voorwaarde",
        N_("Machineleesbare voorwaarde"),
        (
            Veld(
                "voorwaarde_toelichting",
                N_("Toelichting bij de voorwaarde"),
                "tekstvak",
                hint=N_("Verplicht als de voorwaarde niet machineleesbaar kan: leg uit waarom."),
            ),
        ),
        uitleg=N_("Zo rekent de Rechtenverkenner uit of iemand dit recht waarschijnlijk heeft."),
    ),
    Sectie(
        "aanvragen",
        N_("Aanvragen"),
        (
            Lijst(
                "procedures",
                N_("Procedures"),
                N_("Procedure %(n)d"),
                (
                    Veld("naam", N_("Naam"), verplicht=True),
                    Veld("beschrijving", N_("Hoe het gaat"), "tekstvak", verplicht=True),
                    Lijst(
                        "websites",
                        N_("Websites van de procedure"),
                        N_("Website %(n)d"),
                        _WEBSITE,
                        N_("Website toevoegen"),
                    ),
                ),
                N_("Procedure toevoegen"),
            ),
            Veld("documenten", N_("Mee te brengen documenten"), "regels", hint=N_("Eén document per regel.")),
        ),
    ),
    Sectie(
        "bedragen",
        N_("Kosten, voordelen en bedragen"),
        (
            Lijst(
                "kosten",
                N_("Kosten"),
                N_("Kost %(n)d"),
                (
                    Veld("naam", N_("Naam"), verplicht=True),
                    Veld("beschrijving", N_("Uitleg"), "tekstvak", verplicht=True),
                ),
                N_("Kost toevoegen"),
            ),
            Lijst(
                "financiele_voordelen",
                N_("Financiële voordelen"),
                N_("Voordeel %(n)d"),
                (
                    Veld("naam", N_("Naam"), verplicht=True),
                    Veld("beschrijving", N_("Uitleg"), "tekstvak", verplicht=True),
                ),
                N_("Voordeel toevoegen"),
            ),
            Lijst(
                "bedragen",
                N_("Bedragen met hun geldigheid"),
                N_("Bedrag %(n)d"),
                (
                    Veld("omschrijving", N_("Omschrijving"), verplicht=True),
                    Veld("waarde", N_("Waarde"), "bedrag", verplicht=True),
                    Veld("eenheid", N_("Eenheid"), "keuze", keuzes="eenheid_bedrag", verplicht=True),
                    Veld("periode", N_("Per"), "keuze", keuzes="periode", verplicht=True),
                    Veld("geldig_vanaf", N_("Geldig vanaf"), "datum", verplicht=True),
                    Veld("geldig_tot", N_("Geldig tot en met"), "datum"),
                    Veld("bron", N_("Bron (webadres)"), "url"),
                ),
                N_("Bedrag toevoegen"),
                hint=N_("Bij een indexering: voeg een nieuw bedrag toe met zijn datum."),
            ),
        ),
    ),
    Sectie(
        "contact",
        N_("Contact en websites"),
        (
            Lijst(
                "contact",
                N_("Contactpunten"),
                N_("Contactpunt %(n)d"),
                (
                    Veld("naam", N_("Naam")),
                    Veld("email", N_("E-mail"), "email"),
                    Veld("telefoon", N_("Telefoon")),
                    Veld("url", N_("Website"), "url"),
                    Veld("openingsuren", N_("Openingsuren"), "tekstvak"),
                    Groep(
                        "adres",
                        N_("Adres"),
                        (
                            Veld("straat", N_("Straat")),
                            Veld("huisnummer", N_("Huisnummer")),
                            Veld("bus", N_("Bus")),
                            Veld("postcode", N_("Postcode")),
                            Veld("gemeente", N_("Gemeente")),
                            Veld("land", N_("Land")),
                        ),
                    ),
                ),
                N_("Contactpunt toevoegen"),
            ),
            Lijst("websites", N_("Websites"), N_("Website %(n)d"), _WEBSITE, N_("Website toevoegen")),
        ),
    ),
    Sectie(
        "regelgeving",
        N_("Regelgeving en verbanden met andere rechten"),
        (
            Lijst(
                "regelgeving",
                N_("Regelgeving"),
                N_("Regelgeving %(n)d"),
                (
                    Veld("naam", N_("Naam"), verplicht=True),
                    Veld("url", N_("Webadres"), "url", verplicht=True),
                    Veld("beschrijving", N_("Beschrijving")),
                ),
                N_("Regelgeving toevoegen"),
            ),
            Groep(
                "relaties",
                N_("Verbanden"),
                (
                    Veld("geeft_recht_op", N_("Geeft recht op (codes)"), "komma"),
                    Veld("vereist", N_("Vereist (codes)"), "komma"),
                    Veld("sluit_uit", N_("Niet samen met (codes)"), "komma"),
                ),
                optioneel=False,
            ),
        ),
    ),
    Sectie(
        "beheer",
        N_("Bron, controle en geldigheid"),
        (
            Veld("bron_url", N_("Officiële bron (webadres)"), "url", verplicht=True),
            Veld("laatst_geverifieerd", N_("Laatst nagekeken op"), "datum", verplicht=True),
            Veld("verificatie_opmerking", N_("Opmerking bij de controle"), "tekstvak"),
            Veld("productnummer", N_("IPDC-productnummer")),
            Veld("start", N_("Geldig vanaf"), "datum"),
            Veld("einde", N_("Geldig tot en met"), "datum"),
        ),
    ),
)
