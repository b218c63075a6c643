"""Every assumption (*aanname*) the engine makes where the law or the sources leave a gap (SPEC.md [A] and §7).

Kept apart from the law on purpose: each has a code, the sentence the advice shows ("aanname, niet uit de wet")
and the input through which the OCMW overrides it (an `ocmw_keuzes` field or a profile field). When the OCMW made
the choice itself, the advice says so instead. Only the assumptions an advice actually relied on are listed.
The sentences are translatable templates; the amounts they cite are the dated parameters, passed in by the rule
that relies on the assumption.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rechten.teksten import N_, t

__all__ = ["AANNAMES", "Aanname", "Aannames"]


@dataclass(frozen=True, slots=True)
class Aanname:
    code: str
    tekst: str  # a Dutch template (message id), filled in and translated when the advice uses it
    overschrijfbaar_via: str


_LIJST = [
    Aanname(
        "dagbedrag_omrekening",
        N_(
            "Een dagbedrag (werkloosheid, ziekte ...) is omgerekend naar een jaarbedrag met × {dagen_per_jaar} "
            "({dagen_per_maand} dagen per maand), zoals in de rekentools van de OCMW's; de wet schrijft geen "
            "omrekening voor."
        ),
        "ocmw_keuzes.dagbedrag_dagen_per_jaar",
    ),
    Aanname(
        "vrijstellingen_lijst",
        N_(
            "De lijst van vrijgestelde inkomsten (KB art. 22 §1) is niet volledig nagekeken; de Rechtenverkenner "
            "behandelt elke soort inkomen op een vaste manier (vrijgesteld of niet)."
        ),
        "aanvrager.inkomsten[].soort",
    ),
    Aanname(
        "integratietegemoetkoming",
        N_("De integratietegemoetkoming (IT) telt mee als bestaansmiddel; of ze vrijgesteld is, is niet nagekeken."),
        "ocmw_keuzes.integratietegemoetkoming_vrijgesteld",
    ),
    Aanname(
        "vrijwilligers_boven_plafond",
        N_(
            "Een vrijwilligersvergoeding boven het wettelijke jaarplafond valt buiten de vrijstelling en telt "
            "volledig mee."
        ),
        "ocmw_keuzes.vrijwilligersvergoeding_boven_plafond",
    ),
    Aanname(
        "gezamenlijke_rekening",
        N_(
            "Spaargeld op een gezamenlijke rekening telt mee voor het deel van de aanvrager: het saldo gedeeld door "
            "het aantal houders."
        ),
        "ocmw_keuzes.gezamenlijke_rekening",
    ),
    Aanname(
        "onbebouwd_vrijstelling",
        N_(
            "Voor onbebouwde goederen is de vrijstelling {bedrag} kadastraal inkomen (zoals in de rekentools; niet "
            "aan de tekst van het KB getoetst)."
        ),
        "ocmw_keuzes.vrijstelling_onbebouwd",
    ),
    Aanname(
        "interesten_aftrek",
        N_(
            "Hypothecaire interesten of een lijfrente mogen tot {percentage} % van het aangerekende bedrag van het "
            "goed afgetrokken worden (zoals in de rekentools; niet aan de tekst van het KB getoetst)."
        ),
        "ocmw_keuzes.interesten_max_percentage",
    ),
    Aanname(
        "kinderen_gezinsbijslag_afgeleid",
        N_(
            "Het aantal kinderen waarvoor de eigenaar gezinsbijslag ontvangt ({bedrag} vrijstelling per kind), is "
            "afgeleid uit de minderjarige kinderen ten laste in het huishouden."
        ),
        "vermogen.kinderen_met_gezinsbijslag",
    ),
    Aanname(
        "afstand_bedragen",
        N_(
            "Voor afgestane goederen gelden een vrijgestelde schijf van {woning} voor de enige woning en een "
            "vermindering van {categorie_1} / {categorie_2} / {categorie_3} (categorie 1 / 2 / 3) per jaar sinds "
            "de afstand, pro rata per volle maand (zoals in de rekentools; niet aan de tekst van het KB getoetst)."
        ),
        "ocmw_keuzes.afstand_vrijstelling_enige_woning, ocmw_keuzes.afstand_jaarlijkse_vermindering",
    ),
    Aanname(
        "afstand_kapitaalformule",
        N_(
            "Het aangerekende bedrag van afgestane goederen is samen met het spaargeld als één roerend kapitaal "
            "berekend (de schijven van KB art. 27 gelden één keer)."
        ),
        "ocmw_keuzes.afstand_kapitaalformule",
    ),
    Aanname(
        "eerstegraads_meetellen",
        N_(
            "Het deel van de bestaansmiddelen van meerderjarige ouders of kinderen boven het bedrag van categorie 1 "
            "telt volledig mee; het OCMW mag dat per persoon geheel, gedeeltelijk of niet doen."
        ),
        "huisgenoten[].meetellen of ocmw_keuzes.eerstegraads_meetellen",
    ),
    Aanname(
        "methode_2026",
        N_(
            "Vanaf 1 maart 2026 telt per onderhoudsplichtige het deel boven het bedrag van categorie 1 mee; de "
            "'gegroepeerde' methode van de omzendbrief van 16 januari 2026 is niet nagekeken."
        ),
        "ocmw_keuzes.methode_samenwonenden_2026",
    ),
    Aanname(
        "partner_gedeelde_huishouding",
        N_(
            "Wie met een partner samenwoont, regelt de huishouding vermoedelijk samen (categorie 1); het sociaal "
            "onderzoek kan dat weerleggen (gedeelde huishouding: nee)."
        ),
        "aanvrager.gedeelde_huishouding",
    ),
    Aanname(
        "minderjarig_kind_ongehuwd",
        N_("Een kind jonger dan 16 van wie de burgerlijke staat niet is opgegeven, is als ongehuwd beschouwd."),
        "huisgenoten[].ongehuwd",
    ),
    Aanname(
        "detentie_niet_opgegeven",
        N_(
            "Niet opgegeven of de aanvrager in de gevangenis verblijft: aangenomen van niet (na te gaan in het "
            "Rijksregister)."
        ),
        "aanvrager.gedetineerd",
    ),
    Aanname(
        "detentie_artikel",
        N_(
            "De uitsluiting tijdens een opsluiting in de gevangenis (de Staat voorziet in het onderhoud) is "
            "toegepast; het wetsartikel is niet nagekeken."
        ),
        "aanvrager.gedetineerd",
    ),
    Aanname(
        "vermogen_niet_opgegeven",
        N_(
            "Er is geen vermogen opgegeven: gerekend als geen spaargeld, geen onroerend goed en geen afgestane "
            "goederen (bankgegevens zitten niet in de KSZ; het sociaal onderzoek gaat dit na)."
        ),
        "aanvrager.vermogen",
    ),
    Aanname(
        "spi_artistiek",
        N_(
            "Artistieke inkomsten krijgen de jaarlijkse artistieke SPI-vrijstelling, andere inkomsten uit werk de "
            "maandelijkse; beide gelden naast elkaar."
        ),
        "aanvrager.inkomsten[].artistiek",
    ),
    Aanname(
        "spi_knelpuntberoep",
        N_(
            "Voor werk in een knelpuntberoep geldt de SPI-vrijstelling die het OCMW opgeeft (het bedrag en de duur "
            "zijn niet zeker); zonder opgave geldt de gewone SPI-vrijstelling."
        ),
        "ocmw_keuzes.spi_knelpuntberoep_maand",
    ),
    Aanname(
        "buitenland_weken",
        N_(
            "Elk verblijf in het buitenland gebruikt zoveel volle weken van de {weken} toegelaten weken als het "
            "telt; dagen boven wat er nog rest en alle dagen nadat de weken opgebruikt zijn, worden geschorst."
        ),
        "aanvrager.verblijven_buitenland[].uitzondering",
    ),
    Aanname(
        "buitenland_dagbedrag",
        N_("Een geschorste dag vermindert het leefloon met het jaarbedrag / {dagen}."),
        "ocmw_keuzes.buitenland_dagen_per_jaar",
    ),
    Aanname(
        "prorata_kalenderdagen",
        N_("De eerste maand is pro rata berekend op de kalenderdagen van die maand vanaf de peildatum."),
        "ocmw_keuzes.prorata_eerste_maand",
    ),
    Aanname(
        "dakloos_gpmi",
        N_(
            "Een dakloze krijgt het bedrag van categorie 2 op voorwaarde dat een GPMI gesloten wordt; dat is "
            "aangenomen."
        ),
        "aanvrager.dakloos",
    ),
    Aanname(
        "gezin_een_bedrag",
        N_(
            "De partner ontvangt zelf al een leefloon: één bedrag van categorie 3 dekt het hele gezin en wordt niet "
            "twee keer betaald (in de praktijk vaak de helft per partner)."
        ),
        "huisgenoten[].ontvangt_leefloon",
    ),
    Aanname(
        "afstand_maanden",
        N_("De jaren sinds een afstand tellen per volle maand."),
        "aanvrager.vermogen.afstand[].datum",
    ),
]

AANNAMES: dict[str, Aanname] = {a.code: a for a in _LIJST}


@dataclass
class Aannames:
    """The assumptions one advice relied on, in order of first use; OCMW choices replace their assumption.

    Texts are written when the assumption is first used, so in the language the advice is produced in.
    """

    _gebruikt: dict[str, dict] = field(default_factory=dict)

    def gebruik(self, code: str, **velden: object) -> None:
        """The engine relied on assumption `code`; `velden` fill in its template (the amounts it cites)."""
        if code not in self._gebruikt:
            a = AANNAMES[code]
            self._gebruikt[code] = {
                "code": a.code,
                "tekst": t(a.tekst, **velden),
                "overschrijfbaar_via": a.overschrijfbaar_via,
                "door_ocmw_gekozen": False,
            }

    def keuze(self, code: str, beschrijving: str) -> None:
        """The OCMW chose itself where assumption `code` would apply (`beschrijving`: what it chose, translated)."""
        a = AANNAMES[code]
        self._gebruikt[code] = {
            "code": a.code,
            "tekst": t("Keuze van het OCMW: {keuze}", keuze=beschrijving),
            "overschrijfbaar_via": a.overschrijfbaar_via,
            "door_ocmw_gekozen": True,
        }

    def details(self) -> list[dict]:
        """As `AannameDetail` dicts."""
        return list(self._gebruikt.values())

    def teksten(self) -> list[str]:
        return [
            d["tekst"] if d["door_ocmw_gekozen"] else t("Aanname (niet uit de wet): {tekst}", tekst=d["tekst"])
            for d in self._gebruikt.values()
        ]
