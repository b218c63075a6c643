"""The Profiel: a client's situation as input for the leefloon advice and the rights overview (CONTRACT.md §4).

Strict on purpose: unknown fields and enumeration values are errors (a typo must not silently mean "unknown"),
booleans are JSON booleans, money is an exact decimal with at most two decimals and never negative, dates are
ISO `YYYY-MM-DD`. `null` or an absent field means *unknown*: the advice turns it into a question, never "no".
Cross-field checks (household consistency, dates relative to the `peildatum`) live in `rechten.samenhang`
and report the exact field path. `ocmw_keuzes` lets an OCMW override each assumption (*aanname*) the engine makes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    Strict,
    WithJsonSchema,
    model_validator,
)

from rechten.keuzelijsten import (
    BurgerlijkeStaat,
    Gegevensbron,
    InkomenSoort,
    Periode,
    Relatie,
    Verblijfsregeling,
    Verblijfsstatus,
    VerblijfUitzondering,
    WerkbereidheidUitzondering,
    ZakelijkRecht,
)
from rechten.profiel_situatie import Situatie
from rechten.teksten import t

__all__ = [
    "Aandeel",
    "Aanvrager",
    "Afstand",
    "Bedrag",
    "BurgerlijkeStaat",
    "Datum",
    "Gegevensbron",
    "Huisgenoot",
    "HuisgenootVermogen",
    "Inkomen",
    "InkomenSoort",
    "OcmwKeuzes",
    "Onroerend",
    "Periode",
    "Profiel",
    "Relatie",
    "Situatie",
    "Spaarrekening",
    "VerblijfBuitenland",
    "VerblijfUitzondering",
    "Verblijfsregeling",
    "Verblijfsstatus",
    "Vermogen",
    "WerkbereidheidUitzondering",
    "ZakelijkRecht",
]


# ---- value types -------------------------------------------------------------------------------------------


def _iso_datum(waarde: Any) -> Any:
    """Dates only as `date` objects or ISO strings: never numbers (pydantic's lax mode would read timestamps)."""
    if isinstance(waarde, date) or waarde is None:
        return waarde
    if isinstance(waarde, str):
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            raise ValueError(t("Verwacht een datum in de vorm JJJJ-MM-DD.")) from None
    raise ValueError(t("Verwacht een datum in de vorm JJJJ-MM-DD."))


def _aandeel(waarde: Any) -> Any:
    """A share in (0, 1]: a decimal ("0.5", 0.5) or a fraction ("1/3"), kept exact as a Fraction."""
    if waarde is None or isinstance(waarde, Fraction):
        return waarde
    if isinstance(waarde, bool):
        raise ValueError(t("Verwacht een aandeel zoals 1, 0.5 of 1/3."))
    try:
        if isinstance(waarde, str) and "/" in waarde:
            teller, noemer = waarde.split("/", 1)
            breuk = Fraction(int(teller.strip()), int(noemer.strip()))
        elif isinstance(waarde, float):
            breuk = Fraction(Decimal(str(waarde)))
        else:
            breuk = Fraction(Decimal(str(waarde).strip()))
    except (ValueError, ArithmeticError, TypeError):
        raise ValueError(t("Verwacht een aandeel zoals 1, 0.5 of 1/3.")) from None
    if not 0 < breuk <= 1:
        raise ValueError(t("Een aandeel ligt tussen 0 (niet inbegrepen) en 1."))
    return breuk


Datum = Annotated[date, BeforeValidator(_iso_datum)]
# pydantic itself refuses booleans, NaN and infinity for a Decimal.
Bedrag = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2, allow_inf_nan=False)]
Aandeel = Annotated[
    Fraction,
    BeforeValidator(_aandeel),
    PlainSerializer(lambda b: str(b.numerator) if b.denominator == 1 else f"{b.numerator}/{b.denominator}"),
    WithJsonSchema(
        {
            "type": ["string", "number"],
            "description": "Aandeel tussen 0 en 1: een decimaal getal (0.5) of een breuk ('1/3').",
        }
    ),
]
JaNee = Annotated[bool, Strict()]
Aantal = Annotated[int, Strict(), Field(ge=0, le=30)]
Tekst = Annotated[str, Field(min_length=1, max_length=200)]


def _meetellen(waarde: Any) -> Any:
    if waarde is None or waarde in ("ja", "nee") or isinstance(waarde, Decimal):
        return waarde
    if isinstance(waarde, bool):
        raise ValueError(t("Verwacht 'ja', 'nee' of een bedrag per jaar."))
    try:
        bedrag = Decimal(str(waarde).strip())
    except ArithmeticError:
        raise ValueError(t("Verwacht 'ja', 'nee' of een bedrag per jaar.")) from None
    if not bedrag.is_finite() or bedrag < 0 or bedrag.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError(t("Verwacht 'ja', 'nee' of een bedrag per jaar (niet negatief, hoogstens 2 decimalen)."))
    return bedrag


Meetellen = Annotated[
    Literal["ja", "nee"] | Decimal,
    BeforeValidator(_meetellen),
    WithJsonSchema(
        {
            "anyOf": [{"enum": ["ja", "nee"]}, {"type": "string", "pattern": r"^\d+(\.\d{1,2})?$"}, {"type": "number"}],
            "description": "OCMW-keuze: 'ja' (volledig meetellen), 'nee', of het bedrag per jaar dat meetelt.",
        }
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ---- the parts of a profile --------------------------------------------------------------------------------


class Inkomen(_Model):
    """One income, net, as actually received (a garnished income counts as before the garnishment)."""

    soort: InkomenSoort
    bedrag: Bedrag | None = Field(
        None,
        description="Netto bedrag dat werkelijk ontvangen wordt (onbetaald onderhoudsgeld telt niet; een beslagen "
        "inkomen telt zoals vóór het beslag).",
    )
    per: Periode | None = None
    sinds: Datum | None = None
    gestart_tijdens_leefloon: JaNee | None = Field(
        None, description="Werk of opleiding begonnen tijdens of bij de aanvraag van het leefloon (SPI-vrijstelling)."
    )
    artistiek: JaNee | None = Field(None, description="Inkomen uit een artistieke activiteit (jaarlijkse SPI).")
    knelpuntberoep: JaNee | None = Field(
        None, description="Werk in een knelpuntberoep (SPI met het bedrag dat het OCMW opgeeft in ocmw_keuzes)."
    )
    voor_aanvrager: JaNee | None = Field(
        None, description="Alleen bij een huisgenoot: gezinsbijslag die de huisgenoot ontvangt vóór de aanvrager."
    )
    omschrijving: Tekst | None = None
    bron: Gegevensbron | None = None

    @model_validator(mode="after")
    def _samenhang(self) -> Inkomen:
        if self.soort is InkomenSoort.ander and not self.omschrijving:
            raise ValueError(t("Een inkomen van soort 'ander' heeft een omschrijving nodig."))
        werk = self.soort in (InkomenSoort.loon, InkomenSoort.zelfstandige, InkomenSoort.opleiding)
        if self.gestart_tijdens_leefloon is not None and not werk:
            raise ValueError(t("'gestart_tijdens_leefloon' geldt alleen voor loon, zelfstandige of opleiding."))
        if self.artistiek and self.soort not in (InkomenSoort.loon, InkomenSoort.zelfstandige):
            raise ValueError(t("'artistiek' geldt alleen voor loon of zelfstandige activiteit."))
        if self.knelpuntberoep and self.soort is not InkomenSoort.loon:
            raise ValueError(t("'knelpuntberoep' geldt alleen voor loon."))
        if self.voor_aanvrager and self.soort is not InkomenSoort.gezinsbijslag_kinderen:
            raise ValueError(t("'voor_aanvrager' geldt alleen voor gezinsbijslag_kinderen van een huisgenoot."))
        return self


class Spaarrekening(_Model):
    """A joint account: its balance and the number of holders."""

    bedrag: Bedrag | None = None
    houders: Annotated[int, Strict(), Field(ge=1, le=20)] | None = None


class Onroerend(_Model):
    """Real estate in full ownership or usufruct, in Belgium or abroad."""

    kadastraal_inkomen: Bedrag | None = Field(None, description="Niet-geïndexeerd kadastraal inkomen (geheel goed).")
    bebouwd: JaNee | None = None
    aandeel: Aandeel | None = None
    zakelijk_recht: ZakelijkRecht = ZakelijkRecht.volle_eigendom
    eigen_woning: JaNee | None = None
    interesten: Bedrag | None = Field(
        None, description="Hypothecaire interesten of lijfrente die de aanvrager voor dit goed betaalt, per jaar."
    )


class Afstand(_Model):
    """A good given away or sold in the 10 years before the application."""

    datum: Datum | None = None
    waarde: Bedrag | None = Field(None, description="Verkoopwaarde van het volle goed op het moment van de afstand.")
    aandeel: Aandeel | None = None
    zakelijk_recht: ZakelijkRecht = ZakelijkRecht.volle_eigendom
    enige_woning: JaNee | None = None
    schulden: Bedrag | None = Field(
        None, description="Persoonlijke schulden, aangegaan vóór de afstand en betaald met de opbrengst."
    )


class HuisgenootVermogen(_Model):
    spaargeld: Bedrag | None = None
    kinderen_met_gezinsbijslag: Aantal | None = Field(
        None, description="Aantal kinderen voor wie deze persoon de gezinsbijslag ontvangt (vrijstelling onroerend)."
    )
    gezamenlijke_rekeningen: list[Spaarrekening] = Field(default_factory=list, max_length=20)
    onroerend: list[Onroerend] = Field(default_factory=list, max_length=50)


class Vermogen(HuisgenootVermogen):
    afstand: list[Afstand] = Field(default_factory=list, max_length=50)


class VerblijfBuitenland(_Model):
    van: Datum
    tot: Datum
    uitzondering: VerblijfUitzondering | None = None

    @model_validator(mode="after")
    def _volgorde(self) -> VerblijfBuitenland:
        if self.tot < self.van:
            raise ValueError(t("'tot' ligt vóór 'van'."))
        return self


class Aanvrager(_Model):
    """The person who applies."""

    geboortedatum: Datum | None = None
    verblijfsstatus: Verblijfsstatus | None = None
    verblijf_sinds: Datum | None = Field(None, description="Voor EU-burgers: sinds wanneer verblijft de persoon hier.")
    woont_in_belgie: JaNee | None = None
    burgerlijke_staat: BurgerlijkeStaat | None = None
    zwanger: JaNee | None = None
    student: JaNee | None = None
    werkbereid: JaNee | None = None
    werkbereidheid_uitzondering: WerkbereidheidUitzondering | None = None
    rechten_uitgeput: JaNee | None = None
    gedetineerd: JaNee | None = None
    elektronisch_toezicht: JaNee | None = None
    dakloos: JaNee | None = None
    gedeelde_huishouding: JaNee | None = None
    betaalt_onderhoudsgeld_kinderen: JaNee | None = None
    inkomsten: list[Inkomen] | None = Field(None, max_length=100)
    vermogen: Vermogen | None = None
    verblijven_buitenland: list[VerblijfBuitenland] = Field(default_factory=list, max_length=100)


class Huisgenoot(_Model):
    """Someone living under the same roof as the applicant. `kind`: any child the applicant raises."""

    relatie: Relatie
    geboortedatum: Datum | None = None
    ongehuwd: JaNee | None = None
    ontvangt_leefloon: JaNee | None = None
    verblijfsregeling: Verblijfsregeling | None = None
    meetellen: Meetellen | None = None
    inkomsten: list[Inkomen] | None = Field(None, max_length=100)
    vermogen: HuisgenootVermogen | None = None


class OcmwKeuzes(_Model):
    """An OCMW's choices where the law leaves room (each overrides one *aanname* of the engine)."""

    dagbedrag_dagen_per_jaar: Annotated[int, Strict(), Field(ge=1, le=366)] | None = None
    buitenland_dagen_per_jaar: Annotated[int, Strict(), Field(ge=360, le=366)] | None = None
    gezamenlijke_rekening: Literal["per_houder", "volledig"] | None = None
    integratietegemoetkoming_vrijgesteld: JaNee | None = None
    vrijwilligersvergoeding_boven_plafond: Literal["volledig", "deel_boven_plafond"] | None = None
    vrijstelling_onbebouwd: Bedrag | None = None
    interesten_max_percentage: Annotated[Decimal, Field(ge=0, le=100, decimal_places=2)] | None = None
    afstand_vrijstelling_enige_woning: Bedrag | None = None
    afstand_jaarlijkse_vermindering: Bedrag | None = None
    afstand_kapitaalformule: Literal["samen_met_spaargeld", "per_afstand"] | None = None
    eerstegraads_meetellen: Literal["ja", "nee"] | None = None
    methode_samenwonenden_2026: Literal["per_schuldenaar", "gegroepeerd"] | None = None
    prorata_eerste_maand: Literal["kalenderdagen", "dertigsten"] | None = None
    spi_knelpuntberoep_maand: Bedrag | None = Field(
        None, description="SPI-vrijstelling per maand voor werk in een knelpuntberoep (bedrag niet zeker, aanname)."
    )


class Profiel(_Model):
    """A client's situation on a reference date (`peildatum`, normally the application date)."""

    peildatum: Datum
    gemeente: Annotated[str, Field(pattern=r"^\d{4,5}$")] | None = Field(
        None,
        description="NIS-code (5 cijfers) of postcode (4 cijfers) van de woonplaats; nodig voor het rechtenoverzicht.",
    )
    aanvrager: Aanvrager
    huisgenoten: list[Huisgenoot] | None = Field(None, max_length=30)
    ocmw_keuzes: OcmwKeuzes = Field(default_factory=OcmwKeuzes)
    situatie: Situatie | None = Field(
        None,
        description="Feiten voor het rechtenoverzicht (rechten.situatie) en de rechten die de persoon al ontvangt. "
        "Wat de rest van het profiel al zegt (leeftijd, huishouden, inkomen...) wordt afgeleid; een tegenstrijdige "
        "waarde is een fout.",
    )

    @model_validator(mode="after")
    def _samenhang(self) -> Profiel:
        from rechten.samenhang import controleer  # local: samenhang imports this module

        controleer(self)
        if self.situatie is not None:
            from rechten.overzicht.feiten import controleer_situatie

            controleer_situatie(self)
        return self
