"""The questions of the situation vocabulary and the condition evaluator, marked for translation.

`rechten.situatie.VELDEN` and `rules.voorwaarden.evaluatie` keep their questions as plain Dutch constants; the
overview asks them through `rechten.teksten.t`, so the message catalogues need them as message ids. Marking them
here lets `make vertalingen` extract them; a test checks this list matches the vocabulary.
"""

from __future__ import annotations

__all__ = ["EENHEDEN", "KEUZES", "LABELS", "VRAGEN"]


def N_(tekst: str) -> str:  # noqa: N802  (the gettext convention: mark for extraction, translate where shown)
    return tekst


VRAGEN = (
    N_("Hoe oud is de persoon?"),
    N_("Wat is de verblijfsstatus van de persoon?"),
    N_("Wat is de burgerlijke staat?"),
    N_("Studeert de persoon voltijds?"),
    N_("Welk onderwijs volgt de persoon nu?"),
    N_("Is de persoon zwanger?"),
    N_("Werkt de persoon (als werknemer of zelfstandige)?"),
    N_("Is de persoon ingeschreven als werkzoekende (VDAB)?"),
    N_("Is de persoon met pensioen?"),
    N_("Is de persoon erkend arbeidsongeschikt (ziekte of invaliditeit via het ziekenfonds)?"),
    N_("Heeft de persoon een erkende handicap (FOD Sociale Zekerheid of VAPH)?"),
    N_("Voor hoeveel procent is de handicap of arbeidsongeschiktheid erkend?"),
    N_("Hoeveel punten zelfredzaamheid kreeg de persoon bij de medische evaluatie (0 tot 18)?"),
    N_("Wat is de BEL-score of gelijkwaardige zorgscore van de persoon?"),
    N_("Zit de persoon in collectieve schuldenregeling, schuldbemiddeling of budgetbeheer?"),
    N_("Wordt de persoon begeleid door het OCMW of sociaal huis?"),
    N_("Is de persoon dakloos?"),
    N_("Hoeveel personen wonen er in het huishouden (de persoon zelf inbegrepen)?"),
    N_("Hoeveel personen zijn ten laste van de persoon?"),
    N_("Hoeveel minderjarige kinderen wonen in het huishouden?"),
    N_("Hoe oud is het jongste kind?"),
    N_("Voedt de persoon alleen (zonder partner) kinderen op?"),
    N_("Wat is het bruto belastbaar inkomen van het hele huishouden per jaar?"),
    N_("Wat is het netto inkomen van het hele huishouden per maand?"),
    N_("Hoeveel spaargeld en beleggingen heeft het huishouden samen?"),
    N_("Huurt de persoon de woning?"),
    N_("Huurt de persoon een sociale woning?"),
    N_("Is de persoon eigenaar van de woning?"),
    N_("Hoeveel huur betaalt de persoon per maand (zonder kosten)?"),
    N_("Hoeveel jaar staat de persoon al ingeschreven voor een sociale huurwoning?"),
    N_("Hoe wordt de woning verwarmd?"),
    N_("Zorgt de persoon langdurig en onbetaald voor een zorgbehoevende naaste?"),
    N_("Hoe oud is de persoon voor wie gezorgd wordt?"),
    N_("Is de zorgvrager erkend zorgbehoevend (zorgbudget, BEL-score of zorgpunten)?"),
    N_("Woont de mantelzorger op hetzelfde adres als de zorgvrager?"),
    N_("In welke gemeente woont de persoon (officieel adres of referentieadres)?"),
    N_(
        "In welke deelgemeente woont de persoon (postcode of vroegere gemeente)? Een regel van een vroegere gemeente geldt na de fusie enkel op haar oude grondgebied."  # noqa: E501
    ),
)

# The labels of the vocabulary, as conditions are rendered (`leeftijd is minstens 65 jaar`).
LABELS = (
    N_("BEL-score (zorgnood)"),
    N_("aantal personen in het huishouden"),
    N_("alleenstaande ouder"),
    N_("arbeidsongeschikt"),
    N_("begeleid door het OCMW"),
    N_("bruto belastbaar gezinsinkomen per jaar"),
    N_("burgerlijke staat"),
    N_("dakloos"),
    N_("eigenaar van de woning"),
    N_("erkende handicap"),
    N_("gepensioneerd"),
    N_("graad van handicap of arbeidsongeschiktheid"),
    N_("huurprijs per maand"),
    N_("huurt de woning"),
    N_("huurt sociaal"),
    N_("in schuldhulpverlening"),
    N_("ingeschreven werkzoekende"),
    N_("jaren op de wachtlijst voor een sociale woning"),
    N_("leeftijd"),
    N_("leeftijd van de zorgvrager"),
    N_("leeftijd van het jongste kind"),
    N_("mantelzorger"),
    N_("minderjarige kinderen"),
    N_("netto gezinsinkomen per maand"),
    N_("onderwijsniveau"),
    N_("personen ten laste"),
    N_("punten zelfredzaamheid"),
    N_("spaargeld en beleggingen van het huishouden"),
    N_("student"),
    N_("verblijfsstatus"),
    N_("verwarming"),
    N_("werkt"),
    N_("woont samen met de zorgvrager"),
    N_("zorgvrager erkend zorgbehoevend"),
    N_("zwanger"),
)

# Choice values as rendered: the code with spaces (`erkend vluchteling`).
KEUZES = (
    N_("aardgas"),
    N_("andere"),
    N_("belg"),
    N_("bevolkingsregister"),
    N_("elektriciteit"),
    N_("erkend vluchteling"),
    N_("eu burger"),
    N_("eu werknemer"),
    N_("eu werkzoekende"),
    N_("familielid belg"),
    N_("geen"),
    N_("gehuwd"),
    N_("gescheiden"),
    N_("hoger"),
    N_("kleuter"),
    N_("lager"),
    N_("ongehuwd"),
    N_("propaan bulk"),
    N_("secundair"),
    N_("staatloos"),
    N_("stookolie"),
    N_("subsidiaire bescherming"),
    N_("tijdelijke bescherming"),
    N_("verwarmingspetroleum"),
    N_("verzoeker internationale bescherming"),
    N_("volwassenenonderwijs"),
    N_("vreemdelingenregister"),
    N_("weduwe"),
    N_("wettelijk samenwonend"),
    N_("zonder wettig verblijf"),
)

# Units written after a value (`65 jaar`).
EENHEDEN = (
    N_("euro"),
    N_("euro per jaar"),
    N_("euro per maand"),
    N_("jaar"),
)
