"""The facts about a person's situation that standardised conditions may test (the condition vocabulary).

Each fact has a stable dotted name, a kind, a plain-Dutch label and the question a social worker asks when
it is unknown. A missing fact is *unknown*, never "no": conditions on it evaluate to `onbekend` and its
question is asked. Rights a person already receives are not facts here: conditions test them with
`heeft_recht` (chaining), see `rules.voorwaarden`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["VELDEN", "Soort", "Veld", "veld"]


class Soort(StrEnum):
    """Kinds of fact values."""

    geheel = "geheel"  # int
    bedrag = "bedrag"  # Decimal, euro
    ja_nee = "ja_nee"  # bool
    keuze = "keuze"  # one of `keuzes`


@dataclass(frozen=True, slots=True)
class Veld:
    """One fact of the situation vocabulary."""

    naam: str
    soort: Soort
    label: str
    vraag: str
    keuzes: tuple[str, ...] = ()
    eenheid: str = ""
    minimum: int | None = None
    maximum: int | None = None


VERBLIJFSSTATUSSEN = (
    "belg",
    "eu_burger",
    "eu_werknemer",
    "eu_werkzoekende",
    "familielid_belg",
    "bevolkingsregister",
    "vreemdelingenregister",
    "staatloos",
    "erkend_vluchteling",
    "subsidiaire_bescherming",
    "tijdelijke_bescherming",
    "verzoeker_internationale_bescherming",
    "zonder_wettig_verblijf",
)
BURGERLIJKE_STATEN = ("ongehuwd", "gehuwd", "wettelijk_samenwonend", "gescheiden", "weduwe")
ONDERWIJS = ("geen", "kleuter", "lager", "secundair", "hoger", "volwassenenonderwijs")
VERWARMING = ("stookolie", "verwarmingspetroleum", "propaan_bulk", "aardgas", "elektriciteit", "andere")

_LIJST = [
    # De aanvrager
    Veld(
        "aanvrager.leeftijd", Soort.geheel, "leeftijd", "Hoe oud is de persoon?", eenheid="jaar", minimum=0, maximum=130
    ),
    Veld(
        "aanvrager.verblijfsstatus",
        Soort.keuze,
        "verblijfsstatus",
        "Wat is de verblijfsstatus van de persoon?",
        keuzes=VERBLIJFSSTATUSSEN,
    ),
    Veld(
        "aanvrager.burgerlijke_staat",
        Soort.keuze,
        "burgerlijke staat",
        "Wat is de burgerlijke staat?",
        keuzes=BURGERLIJKE_STATEN,
    ),
    Veld("aanvrager.student", Soort.ja_nee, "student", "Studeert de persoon voltijds?"),
    Veld(
        "aanvrager.onderwijs", Soort.keuze, "onderwijsniveau", "Welk onderwijs volgt de persoon nu?", keuzes=ONDERWIJS
    ),
    Veld("aanvrager.zwanger", Soort.ja_nee, "zwanger", "Is de persoon zwanger?"),
    Veld("aanvrager.werkend", Soort.ja_nee, "werkt", "Werkt de persoon (als werknemer of zelfstandige)?"),
    Veld(
        "aanvrager.werkzoekend",
        Soort.ja_nee,
        "ingeschreven werkzoekende",
        "Is de persoon ingeschreven als werkzoekende (VDAB)?",
    ),
    Veld("aanvrager.gepensioneerd", Soort.ja_nee, "gepensioneerd", "Is de persoon met pensioen?"),
    Veld(
        "aanvrager.arbeidsongeschikt",
        Soort.ja_nee,
        "arbeidsongeschikt",
        "Is de persoon erkend arbeidsongeschikt (ziekte of invaliditeit via het ziekenfonds)?",
    ),
    Veld(
        "aanvrager.erkende_handicap",
        Soort.ja_nee,
        "erkende handicap",
        "Heeft de persoon een erkende handicap (FOD Sociale Zekerheid of VAPH)?",
    ),
    Veld(
        "aanvrager.handicap_percentage",
        Soort.geheel,
        "graad van handicap of arbeidsongeschiktheid",
        "Voor hoeveel procent is de handicap of arbeidsongeschiktheid erkend?",
        eenheid="%",
        minimum=0,
        maximum=100,
    ),
    Veld(
        "aanvrager.zelfredzaamheidspunten",
        Soort.geheel,
        "punten zelfredzaamheid",
        "Hoeveel punten zelfredzaamheid kreeg de persoon bij de medische evaluatie (0 tot 18)?",
        minimum=0,
        maximum=18,
    ),
    Veld(
        "aanvrager.bel_score",
        Soort.geheel,
        "BEL-score (zorgnood)",
        "Wat is de BEL-score of gelijkwaardige zorgscore van de persoon?",
        minimum=0,
        maximum=100,
    ),
    Veld(
        "aanvrager.schuldhulp",
        Soort.ja_nee,
        "in schuldhulpverlening",
        "Zit de persoon in collectieve schuldenregeling, schuldbemiddeling of budgetbeheer?",
    ),
    Veld(
        "aanvrager.ocmw_begeleiding",
        Soort.ja_nee,
        "begeleid door het OCMW",
        "Wordt de persoon begeleid door het OCMW of sociaal huis?",
    ),
    Veld("aanvrager.dakloos", Soort.ja_nee, "dakloos", "Is de persoon dakloos?"),
    # Het huishouden
    Veld(
        "huishouden.grootte",
        Soort.geheel,
        "aantal personen in het huishouden",
        "Hoeveel personen wonen er in het huishouden (de persoon zelf inbegrepen)?",
        minimum=1,
        maximum=30,
    ),
    Veld(
        "huishouden.personen_ten_laste",
        Soort.geheel,
        "personen ten laste",
        "Hoeveel personen zijn ten laste van de persoon?",
        minimum=0,
        maximum=30,
    ),
    Veld(
        "huishouden.kinderen",
        Soort.geheel,
        "minderjarige kinderen",
        "Hoeveel minderjarige kinderen wonen in het huishouden?",
        minimum=0,
        maximum=30,
    ),
    Veld(
        "huishouden.jongste_kind_leeftijd",
        Soort.geheel,
        "leeftijd van het jongste kind",
        "Hoe oud is het jongste kind?",
        eenheid="jaar",
        minimum=0,
        maximum=30,
    ),
    Veld(
        "huishouden.alleenstaande_ouder",
        Soort.ja_nee,
        "alleenstaande ouder",
        "Voedt de persoon alleen (zonder partner) kinderen op?",
    ),
    Veld(
        "huishouden.inkomen_jaar",
        Soort.bedrag,
        "bruto belastbaar gezinsinkomen per jaar",
        "Wat is het bruto belastbaar inkomen van het hele huishouden per jaar?",
        eenheid="euro per jaar",
    ),
    Veld(
        "huishouden.inkomen_netto_maand",
        Soort.bedrag,
        "netto gezinsinkomen per maand",
        "Wat is het netto inkomen van het hele huishouden per maand?",
        eenheid="euro per maand",
    ),
    Veld(
        "huishouden.vermogen",
        Soort.bedrag,
        "spaargeld en beleggingen van het huishouden",
        "Hoeveel spaargeld en beleggingen heeft het huishouden samen?",
        eenheid="euro",
    ),
    # De woning
    Veld("woning.huurder", Soort.ja_nee, "huurt de woning", "Huurt de persoon de woning?"),
    Veld("woning.sociale_huurder", Soort.ja_nee, "huurt sociaal", "Huurt de persoon een sociale woning?"),
    Veld("woning.eigenaar", Soort.ja_nee, "eigenaar van de woning", "Is de persoon eigenaar van de woning?"),
    Veld(
        "woning.huurprijs_maand",
        Soort.bedrag,
        "huurprijs per maand",
        "Hoeveel huur betaalt de persoon per maand (zonder kosten)?",
        eenheid="euro per maand",
    ),
    Veld(
        "woning.wachtlijst_sociale_huur_jaren",
        Soort.geheel,
        "jaren op de wachtlijst voor een sociale woning",
        "Hoeveel jaar staat de persoon al ingeschreven voor een sociale huurwoning?",
        eenheid="jaar",
        minimum=0,
        maximum=50,
    ),
    Veld("woning.verwarming", Soort.keuze, "verwarming", "Hoe wordt de woning verwarmd?", keuzes=VERWARMING),
    # Mantelzorg
    Veld(
        "mantelzorg.geeft_mantelzorg",
        Soort.ja_nee,
        "mantelzorger",
        "Zorgt de persoon langdurig en onbetaald voor een zorgbehoevende naaste?",
    ),
    Veld(
        "mantelzorg.zorgvrager_leeftijd",
        Soort.geheel,
        "leeftijd van de zorgvrager",
        "Hoe oud is de persoon voor wie gezorgd wordt?",
        eenheid="jaar",
        minimum=0,
        maximum=130,
    ),
    Veld(
        "mantelzorg.zorgvrager_zorgbehoevend",
        Soort.ja_nee,
        "zorgvrager erkend zorgbehoevend",
        "Is de zorgvrager erkend zorgbehoevend (zorgbudget, BEL-score of zorgpunten)?",
    ),
    Veld(
        "mantelzorg.zelfde_adres",
        Soort.ja_nee,
        "woont samen met de zorgvrager",
        "Woont de mantelzorger op hetzelfde adres als de zorgvrager?",
    ),
]

VELDEN: dict[str, Veld] = {v.naam: v for v in _LIJST}


def veld(naam: str) -> Veld:
    """The vocabulary entry for `naam`; KeyError names the unknown field."""
    try:
        return VELDEN[naam]
    except KeyError:
        raise KeyError(f"onbekend veld {naam!r}") from None
