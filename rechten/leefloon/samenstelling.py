"""Builds the Advies (CONTRACT.md §5) from an evaluation the rules engine completed.

The parts are plain dicts validated once at the end: one pass of pydantic-core is several times faster than
building dozens of small models one by one, and the hot path matters (bench/leefloon.py).
"""

from __future__ import annotations

from rechten.advies import Advies, Status, Uitkomst
from rechten.bronnen import OCMW_WET
from rechten.geld import maandbedrag
from rechten.leefloon import art03_voorwaarden, art14_categorie, art23_buitenland
from rechten.leefloon.art16_bestaansmiddelen import BRON as BRON_MIDDELEN
from rechten.leefloon.art16_bestaansmiddelen import Categorieberekening
from rechten.leefloon.berekening import BRON_BEDRAG, BRON_FORMULE, bedragpaar, eerste_maand
from rechten.leefloon.evaluatie import LeefloonEvaluatie
from rechten.leefloon.kb34_samenwonenden import BRON_2002, BRON_2026
from rechten.leefloon.parameterset import verouderd
from rechten.teksten import t

__all__ = ["EQUIVALENT", "advies_data", "samenstellen"]

EQUIVALENT = ("vreemdelingenregister", "tijdelijke_bescherming")
_BRONNEN = {code: (str(b), b.url) for code, b in ((c, art03_voorwaarden.BRONNEN[c]) for c in art03_voorwaarden.CODES)}
_BEDRAG, _FORMULE, _MIDDELEN = str(BRON_BEDRAG), str(BRON_FORMULE), str(BRON_MIDDELEN)


def _stappen(ev: LeefloonEvaluatie, b: Categorieberekening) -> list[dict]:
    stappen = [
        {
            "stap": t(
                "Bedrag van categorie {categorie} per jaar op {peildatum}",
                categorie=b.categorie,
                peildatum=ev.param.peildatum,
            ),
            "bedrag": b.categoriebedrag,
            "bron": _BEDRAG,
        }
    ]
    cohab = ev.param.stelsel_samenwonenden == "art34_2026"
    for post in b.posten:
        stappen.append({"stap": post.omschrijving, "bedrag": post.bedrag, "bron": post.bron})
    stappen.append({"stap": t("Eigen bestaansmiddelen per jaar"), "bedrag": b.eigen, "bron": _MIDDELEN})
    if b.samenwonenden:
        stappen.append(
            {
                "stap": t("Bestaansmiddelen van huisgenoten die meetellen, per jaar"),
                "bedrag": b.samenwonenden,
                "bron": str(BRON_2026 if cohab else BRON_2002),
            }
        )
    stappen.append({"stap": t("Totaal van de bestaansmiddelen per jaar"), "bedrag": b.totaal, "bron": _MIDDELEN})
    if b.leefloon_jaar is None:
        geen = t("De bestaansmiddelen bereiken het bedrag van de categorie: geen leefloon")
        stappen.append({"stap": geen, "bedrag": None, "bron": _MIDDELEN})
        return stappen
    stappen += [
        {
            "stap": t("Algemene vrijstelling voor categorie {categorie} (niet geïndexeerd)", categorie=b.categorie),
            "bedrag": b.vrijstelling,
            "bron": _FORMULE,
        },
        {
            "stap": t("In aanmerking genomen bestaansmiddelen: het totaal min de vrijstelling (niet minder dan nul)"),
            "bedrag": b.in_aanmerking,
            "bron": _FORMULE,
        },
        {
            "stap": t("Leefloon per jaar: het bedrag van de categorie min de in aanmerking genomen bestaansmiddelen"),
            "bedrag": b.leefloon_jaar,
            "bron": _FORMULE,
        },
        {
            "stap": t("Leefloon per maand: het jaarbedrag gedeeld door 12, half naar boven afgerond op de cent"),
            "bedrag": maandbedrag(b.leefloon_jaar),
            "bron": _BEDRAG,
        },
    ]
    return stappen


def _vragen(ev: LeefloonEvaluatie) -> list[dict]:
    gezien: dict[str, str] = {}
    for code in art03_voorwaarden.CODES:
        for veld, vraag in art03_voorwaarden.vragen(ev, ev.voorwaarden[code]):
            gezien.setdefault(veld, vraag)
    for veld, vraag in art14_categorie.vragen(ev):
        gezien.setdefault(veld, vraag)
    for veld, vraag in ev.vragen.items():
        gezien.setdefault(veld, vraag)
    return [{"veld": v, "vraag": q} for v, q in gezien.items()]


def _bronnen_invoer(ev: LeefloonEvaluatie) -> list[dict]:
    uit = []
    for i, inkomen in enumerate(ev.profiel.aanvrager.inkomsten or ()):
        if inkomen.bron is not None:
            uit.append({"veld": f"aanvrager.inkomsten.{i}", "bron": inkomen.bron.value})
    for j, h in enumerate(ev.profiel.huisgenoten or ()):
        for i, inkomen in enumerate(h.inkomsten or ()):
            if inkomen.bron is not None:
                uit.append({"veld": f"huisgenoten.{j}.inkomsten.{i}", "bron": inkomen.bron.value})
    return uit


def _equivalent(ev: LeefloonEvaluatie, statussen: dict[str, Status], b: Categorieberekening) -> dict:
    zonder = [s for code, s in statussen.items() if code != "nationaliteit"]
    uitkomst = art03_voorwaarden.uitkomst(zonder, ev.categorie.zeker is not None)
    bedrag = bedragpaar(b.leefloon_jaar) if uitkomst is Uitkomst.toekennen else None
    return {
        "uitkomst": uitkomst,
        "categorie": ev.categorie.zeker,
        "bedrag": bedrag,
        "wettelijke_basis": f"{OCMW_WET}, art. 1 en 57 §1 (maatschappelijke dienstverlening)",
        "uitleg": t(
            "Wie wettig verblijft maar wegens de nationaliteit geen recht op leefloon heeft, kan bij het OCMW een "
            "equivalent leefloon krijgen: dezelfde categorieën, bedragen en berekening. De andere voorwaarden zijn "
            "vervuld."
        )
        if uitkomst is Uitkomst.toekennen
        else t(
            "Wie wettig verblijft maar wegens de nationaliteit geen recht op leefloon heeft, kan bij het OCMW een "
            "equivalent leefloon krijgen: dezelfde categorieën, bedragen en berekening. Niet alle andere voorwaarden "
            "zijn (al) vervuld."
        ),
    }


def samenstellen(ev: LeefloonEvaluatie, regelversie: str) -> Advies:
    """The Advies for a completed evaluation."""
    return Advies.model_validate(advies_data(ev, regelversie))


def advies_data(ev: LeefloonEvaluatie, regelversie: str) -> dict:
    """The Advies as plain data, validated once by `samenstellen` (faster than building each part as a model)."""
    p = ev.param
    statussen = {code: ev.voorwaarden[code].status for code in art03_voorwaarden.CODES}
    uitkomst = art03_voorwaarden.uitkomst(list(statussen.values()), ev.categorie.zeker is not None)
    toets = ev.middelentoets
    # The favourable candidate: the highest leefloon (with one candidate, the category itself).
    b = max(
        toets.per_categorie.values(), key=lambda x: (x.leefloon_jaar is not None, x.leefloon_jaar or 0, x.categorie)
    )
    bedrag = bedragpaar(b.leefloon_jaar) if uitkomst is Uitkomst.toekennen else None
    voorlopig = None
    if uitkomst is Uitkomst.onvoldoende_gegevens and b.leefloon_jaar is not None:
        voorlopig = bedragpaar(b.leefloon_jaar)
        ev.waarschuw(
            t(
                "Voorlopig bedrag: zo hoog wordt het leefloon als alle open vragen gunstig uitvallen; het is geen "
                "advies tot toekenning."
            )
        )
    getoond = bedrag or voorlopig
    buitenland = art23_buitenland.verblijven(ev, getoond["jaar"] if getoond else None)
    eerste = None
    if bedrag is not None:
        methode = ev.profiel.ocmw_keuzes.prorata_eerste_maand
        eerste = eerste_maand(bedrag["maand"], p.peildatum, methode or "kalenderdagen")
        if eerste is not None:
            if methode == "dertigsten":
                ev.aannames.keuze("prorata_kalenderdagen", t("de eerste maand is pro rata in dertigsten berekend."))
            elif methode:
                ev.aannames.keuze(
                    "prorata_kalenderdagen", t("de eerste maand is pro rata op de kalenderdagen van de maand berekend.")
                )
            else:
                ev.aannames.gebruik("prorata_kalenderdagen")
    for melding in verouderd(p, tuple(sorted(ev.gebruikte_reeksen))):
        ev.waarschuw(melding)
    voorwaarden = [
        {"code": code, "status": v.status, "uitleg": art03_voorwaarden.uitleg(ev, v), "bron": tekst, "bron_url": url}
        for code, (tekst, url) in _BRONNEN.items()
        for v in (ev.voorwaarden[code],)
    ]
    verwijzingen = art03_voorwaarden.verwijzingen(ev)
    nat = ev.voorwaarden["nationaliteit"]
    equivalent = _equivalent(ev, statussen, b) if nat.reden in EQUIVALENT else None
    return {
        "uitkomst": uitkomst,
        "categorie": ev.categorie.zeker,
        "bedrag": bedrag,
        "categoriebedrag": bedragpaar(b.categoriebedrag),
        "bestaansmiddelen": {
            "eigen": b.eigen,
            "samenwonenden": b.samenwonenden,
            "vrijstelling": b.vrijstelling,
            "in_aanmerking": b.in_aanmerking,
        },
        "berekening": _stappen(ev, b),
        "voorwaarden": voorwaarden,
        "ontbrekende_gegevens": _vragen(ev),
        "aannames": ev.aannames.teksten(),
        "verwijzingen": verwijzingen,
        "peildatum": p.peildatum,
        "regelversie": regelversie,
        "voorlopig_bedrag": voorlopig,
        "voorlopige_categorie": b.categorie if ev.categorie.zeker is None else None,
        "aannames_details": ev.aannames.details(),
        "waarschuwingen": list(ev.waarschuwingen),
        "verblijf_buitenland": buitenland,
        "equivalent_leefloon": equivalent,
        "eerste_maand": eerste,
        "bronnen_invoer": _bronnen_invoer(ev),
    }
