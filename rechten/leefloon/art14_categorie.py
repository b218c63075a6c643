"""RMI-wet art. 14 §1: the three categories, from the factual household (facts over domicile).

- Cat. 1, samenwonende: under the same roof with one or more persons, settling household matters mainly in common,
  with a real economic-financial advantage (Cass. 21/11/2011 S.11.0067.F; 4/11/2013 S.12.0014.N).
- Cat. 2, alleenstaande: lives alone; co-housing without economic advantage; a homeless person with a GPMI.
- Cat. 3, with a family at charge: at least one unmarried minor child at charge; family = spouse, life partner,
  unmarried minor children. Regular (also alternating) residence suffices (Cass. 27/06/2022 S.20.0015.F).

`analyseer` turns the profile into household facts; the rules engine infers the category from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rechten.bronnen import PRIMABOOK_CATEGORIEEN, rmi
from rechten.leefloon.datums import leeftijd
from rechten.leefloon.driewaardig import JA, NEE, ONBEKEND, en, of, uit_bool
from rechten.leefloon.evaluatie import Categoriebepaling
from rechten.teksten import N_, t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie
    from rechten.leefloon.parameterset import Parameterset
    from rechten.profiel import Profiel

__all__ = ["BRON", "Huishouden", "Persoon", "analyseer", "bepaal", "uitleg", "vragen"]

BRON = rmi("art. 14 §1", url=PRIMABOOK_CATEGORIEEN)
ONGEHUWD_VERMOED_ONDER = 16  # marriage before 16 is not possible: no question for younger children


@dataclass(frozen=True, slots=True)
class Persoon:
    """A housemate as the law sees him or her."""

    index: int
    relatie: str
    leeftijd: int | None
    meerderjarig: str
    ten_laste: str  # a child at charge for cat. 3: "ja" / "nee" / "onbekend"
    occasioneel: bool


@dataclass(frozen=True)
class Huishouden:
    """Household facts (tri-state strings) and what they were derived from."""

    bekend: bool
    partner: int | None
    kind_ten_laste: str
    regeling: str  # "voltijds" / "co_ouderschap" / "nvt"
    andere: str
    gedeeld: str
    dakloos: str
    personen: tuple[Persoon, ...] = ()
    kindvragen: list[tuple[str, str]] = field(default_factory=list)
    kinderen_ten_laste: int = 0
    ongehuwd_aangenomen: bool = False


def _kind(i: int, h, peil, grens: int, vragen: list) -> tuple[str, bool, bool]:
    """(at charge, occasional, unmarried-assumed) for a child housemate."""
    jaren = leeftijd(h.geboortedatum, peil) if h.geboortedatum else None
    minderjarig = ONBEKEND if jaren is None else (JA if jaren < grens else NEE)
    ongehuwd, aangenomen = uit_bool(h.ongehuwd), False
    if ongehuwd == ONBEKEND and jaren is not None and jaren < ONGEHUWD_VERMOED_ONDER:
        ongehuwd, aangenomen = JA, True
    regeling = {"voltijds": JA, "co_ouderschap": JA, "occasioneel": NEE, None: ONBEKEND}[h.verblijfsregeling]
    ten_laste = en(minderjarig, ongehuwd, regeling)
    if ten_laste == ONBEKEND:
        if minderjarig == ONBEKEND:
            vraag = t("Wat is de geboortedatum van het kind (huisgenoot {nummer})?", nummer=i + 1)
            vragen.append((f"huisgenoten.{i}.geboortedatum", vraag))
        if ongehuwd == ONBEKEND:
            vragen.append((f"huisgenoten.{i}.ongehuwd", t("Is het kind (huisgenoot {nummer}) ongehuwd?", nummer=i + 1)))
        if regeling == ONBEKEND:
            vraag = t(
                "Woont het kind (huisgenoot {nummer}) voltijds, in co-ouderschap (ook week om week) of maar af en toe "
                "bij de aanvrager?",
                nummer=i + 1,
            )
            vragen.append((f"huisgenoten.{i}.verblijfsregeling", vraag))
    return ten_laste, h.verblijfsregeling == "occasioneel", aangenomen and ten_laste == JA


def analyseer(profiel: Profiel, param: Parameterset) -> Huishouden:
    """The household facts of `profiel` on its peildatum."""
    a, peil = profiel.aanvrager, profiel.peildatum
    if profiel.huisgenoten is None:
        return Huishouden(False, None, ONBEKEND, "nvt", NEE, uit_bool(a.gedeelde_huishouding), uit_bool(a.dakloos))
    personen, kindvragen, partner, aangenomen = [], [], None, False
    for i, h in enumerate(profiel.huisgenoten):
        jaren = leeftijd(h.geboortedatum, peil) if h.geboortedatum else None
        meerderjarig = ONBEKEND if jaren is None else (JA if jaren >= param.meerderjarig else NEE)
        ten_laste, occasioneel = NEE, False
        if h.relatie == "kind":
            ten_laste, occasioneel, vermoed = _kind(i, h, peil, param.meerderjarig, kindvragen)
            aangenomen |= vermoed
        if h.relatie == "partner":
            partner = i
        personen.append(Persoon(i, str(h.relatie), jaren, meerderjarig, ten_laste, occasioneel))
    kind = of(p.ten_laste for p in personen)
    regeling = "nvt"
    if kind == JA:
        voltijds = any(
            p.ten_laste == JA and profiel.huisgenoten[p.index].verblijfsregeling == "voltijds" for p in personen
        )
        regeling = "voltijds" if voltijds else "co_ouderschap"
    # Others: everyone who is not the partner, not a child at charge and not an occasional visitor. A child whose
    # status is unknown may turn out to be an adult housemate, so it counts here too (the category stays open).
    andere = JA if any(p.index != partner and p.ten_laste != JA and not p.occasioneel for p in personen) else NEE
    return Huishouden(
        bekend=True,
        partner=partner,
        kind_ten_laste=kind,
        regeling=regeling,
        andere=andere,
        gedeeld=uit_bool(a.gedeelde_huishouding),
        dakloos=uit_bool(a.dakloos),
        personen=tuple(personen),
        kindvragen=kindvragen,
        kinderen_ten_laste=sum(p.ten_laste == JA for p in personen),
        ongehuwd_aangenomen=aangenomen,
    )


def bepaal(ev: LeefloonEvaluatie, kandidaten: str, reden: str) -> LeefloonEvaluatie:
    """Record the category the rules inferred (`kandidaten` like "3" or "1|2") and its side notes."""
    ev.categorie = Categoriebepaling(tuple(sorted(int(c) for c in kandidaten.split("|"))), reden)
    hh = ev.huishouden
    if reden == "partner_vermoeden":
        ev.aannames.gebruik("partner_gedeelde_huishouding")
    if reden == "dakloos":
        ev.aannames.gebruik("dakloos_gpmi")
    if hh.ongehuwd_aangenomen:
        ev.aannames.gebruik("minderjarig_kind_ongehuwd")
    if reden == "co_ouderschap":
        ev.waarschuw(
            t(
                "Co-ouderschap: categorie 3 geldt voor de hele periode, ook in de weken zonder de kinderen "
                "(Cass. 27/06/2022, S.20.0015.F). Het OCMW gaat na of de kinderen regelmatig bij de aanvrager "
                "verblijven."
            )
        )
    if 3 in ev.categorie.kandidaten and hh.partner is not None and ev.profiel.huisgenoten[hh.partner].ontvangt_leefloon:
        ev.aannames.gebruik("gezin_een_bedrag")
    return ev


_UITLEG = {
    "gezin_ten_laste": N_(
        "De aanvrager woont samen met een gezin ten laste: minstens één ongehuwd minderjarig kind woont bij hem of "
        "haar. Eén bedrag van categorie 3 dekt het hele gezin (ook een partner)."
    ),
    "co_ouderschap": N_(
        "Een ongehuwd minderjarig kind verblijft regelmatig bij de aanvrager (co-ouderschap, ook week om week): "
        "categorie 3 voor de hele periode, niet maand per maand (Cass. 27/06/2022, S.20.0015.F)."
    ),
    "dakloos": N_("De aanvrager is dakloos: hij of zij krijgt het bedrag van categorie 2, mits een GPMI."),
    "alleenstaand": N_("De aanvrager woont alleen: categorie 2."),
    "geen_gedeelde_huishouding": N_(
        "De aanvrager woont onder hetzelfde dak met anderen, maar regelt de huishouding niet hoofdzakelijk samen met "
        "hen en heeft er geen economisch-financieel voordeel van: categorie 2 (Cass. 21/11/2011)."
    ),
    "partner": N_("De aanvrager woont samen met een partner en regelt de huishouding samen: categorie 1."),
    "partner_vermoeden": N_(
        "De aanvrager woont samen met een partner; vermoedelijk regelen zij de huishouding samen: categorie 1 "
        "(aanname, te bevestigen in het sociaal onderzoek)."
    ),
    "samenwonend": N_(
        "De aanvrager woont onder hetzelfde dak met anderen en regelt de huishouding hoofdzakelijk samen met hen, "
        "met een economisch-financieel voordeel: categorie 1 (Cass. 21/11/2011; 4/11/2013)."
    ),
    "huishouden_onbekend": N_("Niet gekend wie er onder hetzelfde dak woont: de categorie hangt daarvan af."),
    "gedeelde_huishouding_onbekend": N_(
        "De aanvrager woont met anderen onder hetzelfde dak; nog niet gekend of de huishouding hoofdzakelijk samen "
        "geregeld wordt (categorie 1) of niet (categorie 2)."
    ),
    "kind_onbekend": N_(
        "Nog niet gekend of een kind ten laste is (minderjarig, ongehuwd, regelmatig verblijf bij de aanvrager): dat "
        "bepaalt of categorie 3 geldt."
    ),
}


def uitleg(c: Categoriebepaling) -> str:
    return t(_UITLEG[c.reden])


def vragen(ev: LeefloonEvaluatie) -> list[tuple[str, str]]:
    """Questions that settle an unknown category."""
    c, hh = ev.categorie, ev.huishouden
    if c is None or c.zeker is not None:
        return []
    gevraagd = []
    if not hh.bekend:
        gevraagd.append(
            ("huisgenoten", t("Wie woont er onder hetzelfde dak als de aanvrager (relatie, geboortedatum)?"))
        )
    gevraagd += hh.kindvragen
    if 1 in c.kandidaten and 2 in c.kandidaten and hh.bekend:
        gevraagd.append(
            (
                "aanvrager.gedeelde_huishouding",
                t(
                    "Regelt de aanvrager de huishouding hoofdzakelijk samen met de huisgenoten, met een "
                    "economisch-financieel voordeel?"
                ),
            )
        )
    return gevraagd
