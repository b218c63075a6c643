"""Every assumption (*aanname*) the engine makes where the law or the sources leave a gap (SPEC.md [A] and §7).

Kept apart from the law on purpose: each has a code, the sentence the advice shows ("aanname, niet uit de wet")
and the input through which the OCMW overrides it (an `ocmw_keuzes` field or a profile field). When the OCMW made
the choice itself, the advice says so instead. Only the assumptions an advice actually relied on are listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["AANNAMES", "Aanname", "Aannames"]


@dataclass(frozen=True, slots=True)
class Aanname:
    code: str
    tekst: str
    overschrijfbaar_via: str


_LIJST = [
    Aanname(
        "dagbedrag_omrekening",
        "Dagbedragen (werkloosheid, ziekte, ...) zijn omgerekend met 26 dagen per maand, dus × 312 per jaar, "
        "zoals de rekentools van de OCMW's; de wet schrijft geen omrekening voor.",
        "ocmw_keuzes.dagbedrag_dagen_per_jaar",
    ),
    Aanname(
        "vrijstellingen_lijst",
        "De lijst van vrijgestelde inkomsten (KB art. 22 §1) is niet volledig nagekeken; de Rechtenverkenner "
        "volgt per soort inkomen een vaste keuze (vrijgesteld of niet).",
        "aanvrager.inkomsten[].soort",
    ),
    Aanname(
        "integratietegemoetkoming",
        "De integratietegemoetkoming (IT) telt mee als bestaansmiddel; of ze vrijgesteld is, is niet nagekeken.",
        "ocmw_keuzes.integratietegemoetkoming_vrijgesteld",
    ),
    Aanname(
        "vrijwilligers_boven_plafond",
        "Een vrijwilligersvergoeding boven het wettelijke jaarplafond valt buiten de vrijstelling en telt volledig "
        "mee.",
        "ocmw_keuzes.vrijwilligersvergoeding_boven_plafond",
    ),
    Aanname(
        "gezamenlijke_rekening",
        "Spaargeld op een gezamenlijke rekening telt mee voor het deel van de aanvrager: het saldo gedeeld door het "
        "aantal houders.",
        "ocmw_keuzes.gezamenlijke_rekening",
    ),
    Aanname(
        "onbebouwd_vrijstelling",
        "Voor onbebouwde goederen is de vrijstelling 30 EUR kadastraal inkomen (rekentool; niet aan de KB-tekst "
        "getoetst).",
        "ocmw_keuzes.vrijstelling_onbebouwd",
    ),
    Aanname(
        "interesten_aftrek",
        "Hypothecaire interesten of lijfrente mogen tot 50 % van het aangerekende bedrag van het goed afgetrokken "
        "worden (rekentool; niet aan de KB-tekst getoetst).",
        "ocmw_keuzes.interesten_max_percentage",
    ),
    Aanname(
        "kinderen_gezinsbijslag_afgeleid",
        "Het aantal kinderen waarvoor de eigenaar de gezinsbijslag ontvangt (125 EUR vrijstelling per kind) is "
        "afgeleid uit de minderjarige kinderen ten laste in het huishouden.",
        "vermogen.kinderen_met_gezinsbijslag",
    ),
    Aanname(
        "afstand_bedragen",
        "Voor afgestane goederen gelden een vrijgestelde schijf van 37.200 EUR voor de enige woning en een "
        "vermindering van 1.250 / 2.000 / 2.500 EUR (categorie 1 / 2 / 3) per jaar sinds de afstand, pro rata per "
        "volle maand (rekentool; niet aan de KB-tekst getoetst).",
        "ocmw_keuzes.afstand_vrijstelling_enige_woning, ocmw_keuzes.afstand_jaarlijkse_vermindering",
    ),
    Aanname(
        "afstand_kapitaalformule",
        "Het aangerekende bedrag van afgestane goederen wordt samen met het spaargeld als één roerend kapitaal "
        "berekend (de schijven van KB art. 27 gelden één keer).",
        "ocmw_keuzes.afstand_kapitaalformule",
    ),
    Aanname(
        "eerstegraads_meetellen",
        "Het deel van de bestaansmiddelen van meerderjarige ouders of kinderen boven het bedrag van categorie 1 "
        "telt volledig mee; het OCMW mag dat per persoon geheel, gedeeltelijk of niet doen.",
        "huisgenoten[].meetellen of ocmw_keuzes.eerstegraads_meetellen",
    ),
    Aanname(
        "methode_2026",
        "Vanaf 1 maart 2026 telt per onderhoudsplichtige het deel boven het bedrag van categorie 1 mee; de "
        "'gegroepeerde' methode van de omzendbrief van 16 januari 2026 is niet nagekeken.",
        "ocmw_keuzes.methode_samenwonenden_2026",
    ),
    Aanname(
        "partner_gedeelde_huishouding",
        "Wie met een partner samenwoont, regelt de huishouding vermoedelijk samen (categorie 1); dat weerlegt het "
        "sociaal onderzoek door gedeelde_huishouding op nee te zetten.",
        "aanvrager.gedeelde_huishouding",
    ),
    Aanname(
        "minderjarig_kind_ongehuwd",
        "Een kind jonger dan 16 van wie de burgerlijke staat niet is opgegeven, is als ongehuwd beschouwd.",
        "huisgenoten[].ongehuwd",
    ),
    Aanname(
        "detentie_niet_opgegeven",
        "Niet opgegeven of de aanvrager in de gevangenis verblijft: aangenomen van niet (na te gaan in het "
        "Rijksregister).",
        "aanvrager.gedetineerd",
    ),
    Aanname(
        "detentie_artikel",
        "De uitsluiting tijdens een opsluiting in de gevangenis (de Staat voorziet in het onderhoud) is toegepast; "
        "het wetsartikel is niet nagekeken.",
        "aanvrager.gedetineerd",
    ),
    Aanname(
        "vermogen_niet_opgegeven",
        "Er is geen vermogen opgegeven: gerekend als geen spaargeld, geen onroerend goed en geen afgestane goederen "
        "(bankgegevens zitten niet in de KSZ; het sociaal onderzoek gaat dit na).",
        "aanvrager.vermogen",
    ),
    Aanname(
        "spi_artistiek",
        "Artistieke inkomsten krijgen de jaarlijkse artistieke SPI-vrijstelling, andere inkomsten uit werk de "
        "maandelijkse; beide naast elkaar.",
        "aanvrager.inkomsten[].artistiek",
    ),
    Aanname(
        "spi_knelpuntberoep",
        "Voor werk in een knelpuntberoep geldt de SPI-vrijstelling die het OCMW opgeeft (het bedrag en de duur zijn "
        "niet zeker); zonder opgave geldt de gewone SPI-vrijstelling.",
        "ocmw_keuzes.spi_knelpuntberoep_maand",
    ),
    Aanname(
        "buitenland_weken",
        "Elk verblijf in het buitenland gebruikt zoveel volle weken van de 4 toegelaten weken als het telt; dagen "
        "boven wat er nog rest en alle dagen na uitputting zijn geschorst.",
        "aanvrager.verblijven_buitenland[].uitzondering",
    ),
    Aanname(
        "buitenland_dagbedrag",
        "Een geschorste dag vermindert het leefloon met het jaarbedrag / 365.",
        "ocmw_keuzes.buitenland_dagen_per_jaar",
    ),
    Aanname(
        "prorata_kalenderdagen",
        "De eerste maand is pro rata berekend op de kalenderdagen van die maand vanaf de peildatum.",
        "ocmw_keuzes.prorata_eerste_maand",
    ),
    Aanname(
        "dakloos_gpmi",
        "Een dakloze krijgt het bedrag van categorie 2 op voorwaarde dat een GPMI gesloten wordt; dat is aangenomen.",
        "aanvrager.dakloos",
    ),
    Aanname(
        "gezin_een_bedrag",
        "De partner ontvangt zelf al een leefloon: één bedrag van categorie 3 dekt het hele gezin en wordt niet twee "
        "keer betaald (in de praktijk vaak de helft per partner).",
        "huisgenoten[].ontvangt_leefloon",
    ),
    Aanname(
        "afstand_maanden",
        "De jaren sinds een afstand tellen per volle maand.",
        "aanvrager.vermogen.afstand[].datum",
    ),
]

AANNAMES: dict[str, Aanname] = {a.code: a for a in _LIJST}


@dataclass
class Aannames:
    """The assumptions one advice relied on, in order of first use; OCMW choices replace their assumption."""

    _gebruikt: dict[str, dict] = field(default_factory=dict)

    def gebruik(self, code: str) -> None:
        """The engine relied on assumption `code`."""
        if code not in self._gebruikt:
            a = AANNAMES[code]
            self._gebruikt[code] = {
                "code": a.code,
                "tekst": a.tekst,
                "overschrijfbaar_via": a.overschrijfbaar_via,
                "door_ocmw_gekozen": False,
            }

    def keuze(self, code: str, beschrijving: str) -> None:
        """The OCMW chose itself where assumption `code` would apply (`beschrijving` says what it chose)."""
        a = AANNAMES[code]
        self._gebruikt[code] = {
            "code": a.code,
            "tekst": f"OCMW-keuze: {beschrijving}",
            "overschrijfbaar_via": a.overschrijfbaar_via,
            "door_ocmw_gekozen": True,
        }

    def details(self) -> list[dict]:
        """As `AannameDetail` dicts."""
        return list(self._gebruikt.values())

    def teksten(self) -> list[str]:
        return [
            d["tekst"] if d.get("door_ocmw_gekozen") else f"Aanname (niet uit de wet): {d['tekst']}"
            for d in self._gebruikt.values()
        ]
