"""The enumerations of the Profiel (CONTRACT.md §4): fixed legal sets, so an unknown value is an input error."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "BurgerlijkeStaat",
    "Gegevensbron",
    "InkomenSoort",
    "Periode",
    "Relatie",
    "VerblijfUitzondering",
    "Verblijfsregeling",
    "Verblijfsstatus",
    "WerkbereidheidUitzondering",
    "ZakelijkRecht",
]


class Verblijfsstatus(StrEnum):
    """Nationality or residence status (RMI-wet art. 3, 3°)."""

    belg = "belg"
    eu_burger = "eu_burger"
    eu_werknemer = "eu_werknemer"
    eu_werkzoekende = "eu_werkzoekende"
    familielid_belg = "familielid_belg"
    bevolkingsregister = "bevolkingsregister"
    vreemdelingenregister = "vreemdelingenregister"
    staatloos = "staatloos"
    erkend_vluchteling = "erkend_vluchteling"
    subsidiaire_bescherming = "subsidiaire_bescherming"
    tijdelijke_bescherming = "tijdelijke_bescherming"
    verzoeker_internationale_bescherming = "verzoeker_internationale_bescherming"
    zonder_wettig_verblijf = "zonder_wettig_verblijf"


class BurgerlijkeStaat(StrEnum):
    ongehuwd = "ongehuwd"
    gehuwd = "gehuwd"
    wettelijk_samenwonend = "wettelijk_samenwonend"
    gescheiden = "gescheiden"
    weduwe = "weduwe"


class WerkbereidheidUitzondering(StrEnum):
    """Health or equity reasons that lift the willingness-to-work condition (studies are an equity reason)."""

    gezondheid = "gezondheid"
    billijkheid = "billijkheid"
    studies = "studies"


class Relatie(StrEnum):
    """What a housemate is to the applicant."""

    partner = "partner"
    kind = "kind"
    ouder = "ouder"
    grootouder = "grootouder"
    kleinkind = "kleinkind"
    broer_zus = "broer_zus"
    schoonouder = "schoonouder"
    schoonkind = "schoonkind"
    ex_partner = "ex_partner"
    ander = "ander"


class Verblijfsregeling(StrEnum):
    """How a child lives with the applicant: full-time, co-parenting (regular, also week-on/week-off), occasionally."""

    voltijds = "voltijds"
    co_ouderschap = "co_ouderschap"
    occasioneel = "occasioneel"


class Periode(StrEnum):
    jaar = "jaar"
    maand = "maand"
    week = "week"
    dag = "dag"


class Gegevensbron(StrEnum):
    """Where an input came from: the social-security network, the client, or the social inquiry."""

    ksz = "ksz"
    client = "client"
    onderzoek = "onderzoek"


class InkomenSoort(StrEnum):
    """Kinds of income; whether a kind is exempt is decided in `rechten.leefloon.kb22_vrijstellingen`."""

    loon = "loon"
    zelfstandige = "zelfstandige"
    opleiding = "opleiding"
    werkloosheid = "werkloosheid"
    ziekte_invaliditeit = "ziekte_invaliditeit"
    pensioen = "pensioen"
    igo = "igo"
    ivt = "ivt"
    it = "it"
    onderhoudsgeld = "onderhoudsgeld"
    onderhoudsgeld_kinderen = "onderhoudsgeld_kinderen"
    gezinsbijslag_kinderen = "gezinsbijslag_kinderen"
    gezinsbijslag_zelf = "gezinsbijslag_zelf"
    studietoelage = "studietoelage"
    pleegzorgvergoeding = "pleegzorgvergoeding"
    geboortepremie = "geboortepremie"
    thab = "thab"
    gift_occasioneel = "gift_occasioneel"
    steun_regelmatig = "steun_regelmatig"
    vrijwilligersvergoeding = "vrijwilligersvergoeding"
    huurinkomsten = "huurinkomsten"
    ander = "ander"


class ZakelijkRecht(StrEnum):
    volle_eigendom = "volle_eigendom"
    vruchtgebruik = "vruchtgebruik"
    naakte_eigendom = "naakte_eigendom"


class VerblijfUitzondering(StrEnum):
    """Stays abroad that do not use the 4-week allowance."""

    studieprogramma = "studieprogramma"  # Erasmus, internship... part of a Belgian study programme
    uitzonderlijke_omstandigheden = "uitzonderlijke_omstandigheden"  # accepted by the OCMW
