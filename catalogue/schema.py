"""The record of one right (`RechtRecord`): the format of the bundled YAML files, of import/export and of the store.

It follows the IPDC-LPDC implementation model (instance fields) and adds what the IPDC lacks: machine-evaluable
conditions, dated numeric amounts, automatic vs on request, links between rights, last-verified date and source.
See `catalogue/data/FORMAAT.md` for a field-by-field description with an example.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from rules.voorwaarden import VoorwaardeFout, naar_json, parse_voorwaarde

__all__ = [
    "Adres",
    "Bedrag",
    "Bestuursniveau",
    "Bewijs",
    "ConceptRecord",
    "Contact",
    "Doelgroep",
    "Organisatie",
    "Procedure",
    "ProductType",
    "RechtRecord",
    "Regelgeving",
    "Relaties",
    "Status",
    "Tekst",
    "Thema",
    "UitvoerendNiveau",
    "VoorwaardeTekst",
    "Website",
]

CODE_PATROON = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
GEBIED_RE = re.compile(r"^(?:\d{5}|BE(?:[1-3](?:[0-9A-Z](?:\d{1,2})?)?)?)$")


class Bestuursniveau(StrEnum):
    """Competent authority level (IPDC BevoegdBestuursniveau)."""

    europees = "europees"
    federaal = "federaal"
    vlaams = "vlaams"
    provinciaal = "provinciaal"
    lokaal = "lokaal"


class UitvoerendNiveau(StrEnum):
    """Executing authority level (IPDC UitvoerendBestuursniveau): the competent levels plus third parties."""

    europees = "europees"
    federaal = "federaal"
    vlaams = "vlaams"
    provinciaal = "provinciaal"
    lokaal = "lokaal"
    derden = "derden"


class Thema(StrEnum):
    """IPDC Thema code list (8 concepts)."""

    BurgerOverheid = "BurgerOverheid"
    CultuurSportVrijeTijd = "CultuurSportVrijeTijd"
    EconomieWerk = "EconomieWerk"
    MilieuEnergie = "MilieuEnergie"
    MobiliteitOpenbareWerken = "MobiliteitOpenbareWerken"
    OnderwijsWetenschap = "OnderwijsWetenschap"
    WelzijnGezondheid = "WelzijnGezondheid"
    BouwenWonen = "BouwenWonen"


class Doelgroep(StrEnum):
    """IPDC Doelgroep code list (6 concepts)."""

    Burger = "Burger"
    Onderneming = "Onderneming"
    Organisatie = "Organisatie"
    VlaamseOverheid = "VlaamseOverheid"
    LokaalBestuur = "LokaalBestuur"
    Vereniging = "Vereniging"


class ProductType(StrEnum):
    """IPDC Type code list (7 concepts)."""

    FinancieleVerplichting = "FinancieleVerplichting"
    Toelating = "Toelating"
    Bewijs = "Bewijs"
    Voorwerp = "Voorwerp"
    AdviesBegeleiding = "AdviesBegeleiding"
    InfrastructuurMateriaal = "InfrastructuurMateriaal"
    FinancieelVoordeel = "FinancieelVoordeel"


class Status(StrEnum):
    """Workflow state of an instance."""

    ontwerp = "ontwerp"
    gepubliceerd = "gepubliceerd"
    gearchiveerd = "gearchiveerd"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# Text in several languages; Dutch is required, French and English optional.
class Tekst(_Model):
    nl: str = Field(min_length=1, max_length=20_000)
    fr: str | None = Field(None, max_length=20_000)
    en: str | None = Field(None, max_length=20_000)


def _tekst(value: Any) -> Any:
    """Accept a plain string as Dutch text."""
    return {"nl": value} if isinstance(value, str) else value


class Website(_Model):
    naam: str = Field(min_length=1, max_length=300)
    url: HttpUrl
    beschrijving: str | None = Field(None, max_length=2000)


class Bewijs(_Model):
    naam: str = Field(min_length=1, max_length=300)
    beschrijving: str = Field(min_length=1, max_length=5000)


# A condition in prose (IPDC m8g:Requirement), optionally with the evidence to bring.
class VoorwaardeTekst(_Model):
    naam: str = Field(min_length=1, max_length=300)
    beschrijving: str = Field(min_length=1, max_length=5000)
    bewijs: Bewijs | None = None


# How to apply (IPDC cpsv:Rule).
class Procedure(_Model):
    naam: str = Field(min_length=1, max_length=300)
    beschrijving: str = Field(min_length=1, max_length=5000)
    websites: list[Website] = []


# A cost or a financial advantage in prose (IPDC has no numeric amount; see `bedragen` for those).
class Omschrijving(_Model):
    naam: str = Field(min_length=1, max_length=300)
    beschrijving: str = Field(min_length=1, max_length=5000)


class Regelgeving(_Model):
    naam: str = Field(min_length=1, max_length=500)
    url: HttpUrl
    beschrijving: str | None = Field(None, max_length=2000)


class Adres(_Model):
    straat: str = Field(min_length=1, max_length=200)
    huisnummer: str = Field(min_length=1, max_length=20)
    bus: str | None = Field(None, max_length=20)
    postcode: str = Field(pattern=r"^\d{4}$")
    gemeente: str = Field(min_length=1, max_length=100)
    land: str = "België"


class Contact(_Model):
    naam: str | None = Field(None, max_length=300)
    email: str | None = Field(None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=300)
    telefoon: str | None = Field(None, max_length=50)
    url: HttpUrl | None = None
    openingsuren: str | None = Field(None, max_length=2000)
    adres: Adres | None = None

    @model_validator(mode="after")
    def _iets(self) -> Contact:
        if not any((self.email, self.telefoon, self.url, self.adres)):
            raise ValueError("een contactpunt heeft minstens een e-mail, telefoon, website of adres")
        return self


class Organisatie(_Model):
    naam: str = Field(min_length=1, max_length=300)
    # IRI of the organisation (lblod bestuurseenheid, OVO code, KBO); generated from the name when absent.
    uri: HttpUrl | None = None


class Periode(StrEnum):
    eenmalig = "eenmalig"
    dag = "dag"
    week = "week"
    maand = "maand"
    kwartaal = "kwartaal"
    jaar = "jaar"
    schooljaar = "schooljaar"


class Eenheid(StrEnum):
    euro = "euro"
    procent = "procent"
    euro_per_liter = "euro_per_liter"
    liter = "liter"
    uur = "uur"
    stuk = "stuk"


# A dated numeric amount (an extension: IPDC keeps amounts in prose).
class Bedrag(_Model):
    omschrijving: str = Field(min_length=1, max_length=300)
    waarde: Decimal = Field(ge=0, max_digits=14, decimal_places=4)
    eenheid: Eenheid = Eenheid.euro
    periode: Periode = Periode.eenmalig
    geldig_vanaf: date
    geldig_tot: date | None = None
    bron: HttpUrl | None = None

    @model_validator(mode="after")
    def _periode(self) -> Bedrag:
        if self.geldig_tot and self.geldig_tot < self.geldig_vanaf:
            raise ValueError("geldig_tot ligt voor geldig_vanaf")
        return self


class Relaties(_Model):
    """Links between rights, by code."""

    geeft_recht_op: list[str] = []  # having this right makes the person (likely) entitled to those
    vereist: list[str] = []  # this right can only be had together with those
    sluit_uit: list[str] = []  # cannot be combined with those

    @field_validator("geeft_recht_op", "vereist", "sluit_uit")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        for code in v:
            if not re.match(CODE_PATROON, code):
                raise ValueError(f"{code!r} is geen geldige code van een recht")
        if len(set(v)) != len(v):
            raise ValueError("dubbele code")
        return v


class RechtRecord(_Model):
    """One right as stored, bundled, imported and exported."""

    code: str = Field(pattern=CODE_PATROON, min_length=2, max_length=100)
    naam: Tekst
    beschrijving: Tekst
    aanvullende_beschrijving: Tekst | None = None
    uitzonderingen: Tekst | None = None
    # Plain-language summary (taalniveau B1) for the fiche and the overview.
    samenvatting: Tekst | None = None

    niveau: Bestuursniveau
    uitvoerend_niveau: list[UitvoerendNiveau] = Field(min_length=1)
    bevoegde_overheid: Organisatie
    uitvoerende_overheden: list[Organisatie] = []
    # Where it applies: NIS codes of municipalities and/or NUTS codes (BE, BE2, BE21...). Empty = the whole
    # territory of its level (federaal/europees: Belgium; vlaams: the Flemish Region). Required for
    # provinciaal and lokaal rights.
    gebied: list[str] = []

    type: ProductType | None = None
    themas: list[Thema] = Field(min_length=1)
    doelgroepen: list[Doelgroep] = Field(default_factory=lambda: [Doelgroep.Burger], min_length=1)
    # Finer social target groups (Rechtenverkenner tags): senioren, gezinnen-met-kinderen, ...
    sociale_doelgroepen: list[str] = []
    zoektermen: list[str] = []

    voorwaarden: list[VoorwaardeTekst] = []
    # Machine-evaluable condition in the standardised language (rules.voorwaarden); null when the
    # conditions cannot be expressed (say why in `voorwaarde_toelichting`).
    voorwaarde: dict | None = None
    voorwaarde_toelichting: str | None = Field(None, max_length=2000)
    procedures: list[Procedure] = []
    kosten: list[Omschrijving] = []
    financiele_voordelen: list[Omschrijving] = []
    bedragen: list[Bedrag] = []
    regelgeving: list[Regelgeving] = []
    contact: list[Contact] = []
    websites: list[Website] = []
    documenten: list[str] = []  # documents to bring

    automatisch: bool = False
    aanvragen_bij: str | None = Field(None, max_length=2000)  # where and how to apply, one sentence
    relaties: Relaties = Relaties()

    concept: str | None = Field(None, pattern=CODE_PATROON)  # code of the concept (template) it follows
    productnummer: str | None = Field(None, max_length=50)  # IPDC product number
    start: date | None = None
    einde: date | None = None
    bron_url: HttpUrl
    laatst_geverifieerd: date
    # Honest notes on verification: what could not be confirmed ("exact bedrag niet bevestigd ...").
    verificatie_opmerking: str | None = Field(None, max_length=2000)
    status: Status = Status.gepubliceerd

    _tekst_velden = field_validator(
        "naam", "beschrijving", "aanvullende_beschrijving", "uitzonderingen", "samenvatting", mode="before"
    )(_tekst)

    @field_validator("gebied")
    @classmethod
    def _gebied(cls, v: list[str]) -> list[str]:
        for code in v:
            if not GEBIED_RE.match(code):
                raise ValueError(f"{code!r} is geen NIS-code (5 cijfers) of NUTS-code (BE…)")
        if len(set(v)) != len(v):
            raise ValueError("dubbele code in gebied")
        return v

    @field_validator("voorwaarde")
    @classmethod
    def _voorwaarde(cls, v: dict | None) -> dict | None:
        if v is None:
            return None
        try:
            return naar_json(parse_voorwaarde(v))  # normalised form
        except VoorwaardeFout as fout:
            raise ValueError(f"ongeldige voorwaarde op {fout.pad or '(top)'}: {fout.melding}") from None

    @model_validator(mode="after")
    def _samenhang(self) -> RechtRecord:
        if self.niveau in (Bestuursniveau.provinciaal, Bestuursniveau.lokaal) and not self.gebied:
            raise ValueError(f"een {self.niveau.value} recht heeft een gebied nodig (NIS- of NUTS-codes)")
        if self.start and self.einde and self.einde < self.start:
            raise ValueError("einde ligt voor start")
        if self.voorwaarde is None and not self.voorwaarde_toelichting:
            raise ValueError("zonder machineleesbare voorwaarde is een voorwaarde_toelichting nodig (waarom niet)")
        eigen = {self.code}
        for lijst in (self.relaties.geeft_recht_op, self.relaties.vereist, self.relaties.sluit_uit):
            if eigen & set(lijst):
                raise ValueError("een recht kan niet naar zichzelf verwijzen")
        return self


class ConceptRecord(RechtRecord):
    """A concept (IPDC template a government copies into its own instance): the same shape as a right, but it
    applies nowhere yet, so a local or provincial concept needs no `gebied` (and usually has no contact)."""

    @model_validator(mode="after")
    def _samenhang(self) -> ConceptRecord:
        if self.start and self.einde and self.einde < self.start:
            raise ValueError("einde ligt voor start")
        if self.voorwaarde is None and not self.voorwaarde_toelichting:
            raise ValueError("zonder machineleesbare voorwaarde is een voorwaarde_toelichting nodig (waarom niet)")
        eigen = {self.code}
        for lijst in (self.relaties.geeft_recht_op, self.relaties.vereist, self.relaties.sluit_uit):
            if eigen & set(lijst):
                raise ValueError("een recht kan niet naar zichzelf verwijzen")
        return self
