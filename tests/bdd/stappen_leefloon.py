"""Steps for features/leefloon/: build a client's situation in plain Dutch, ask the advice, check it to the cent.

The advice is asked the way `rechten advies` asks it (the profile is validated as JSON, then advised in-process):
fast enough to run every rule of SPEC.md as a scenario. The HTTP route is tested in tests/api/routes/.
Amounts are written the Dutch way in the features ("15.770,41 euro").
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from rechten.cli import ProfielFout, lees_profiel
from rules.leefloon import adviseer
from tests.rechten.leefloon.helpers import AANVRAGER


@dataclass
class Dossier:
    """The situation being described, and the answer."""

    profiel: dict[str, Any] = field(default_factory=dict)
    advies: dict[str, Any] | None = None
    fouten: list[dict] | None = None

    @property
    def aanvrager(self) -> dict[str, Any]:
        return self.profiel["aanvrager"]

    @property
    def peildatum(self) -> date:
        return date.fromisoformat(self.profiel["peildatum"])

    def geboren(self, jaren: int) -> str:
        """A birth date that makes someone `jaren` old on the peildatum (and not a birthday that day)."""
        p = self.peildatum
        return (date(p.year - jaren, p.month, min(p.day, 28)) - timedelta(days=40)).isoformat()


def bedrag(tekst: str) -> Decimal:
    """'15.770,41' or '300' → Decimal."""
    return Decimal(tekst.strip().replace(".", "").replace(",", "."))


def _ja_nee(tekst: str) -> bool | None:
    return {"ja": True, "nee": False, "": None, "onbekend": None}[tekst.strip()]


@pytest.fixture
def dossier() -> Dossier:
    return Dossier()


# ## Gegeven


@given(parsers.parse('de peildatum "{peildatum}"'))
def peildatum(dossier: Dossier, peildatum: str):
    """The reference date (normally the application date)."""
    dossier.profiel = {"peildatum": peildatum, "aanvrager": {}, "huisgenoten": []}


@given(parsers.parse("een Belgische aanvrager van {jaren:d} jaar die alleen woont, zonder inkomen of vermogen"))
def gewone_aanvrager(dossier: Dossier, jaren: int):
    """An applicant who meets every condition but the means test, living alone with no resources."""
    dossier.profiel["aanvrager"] = {**copy.deepcopy(AANVRAGER), "geboortedatum": dossier.geboren(jaren)}
    dossier.profiel["huisgenoten"] = []


@given(parsers.parse("van de aanvrager is alleen de leeftijd gekend: {jaren:d} jaar"))
def alleen_leeftijd(dossier: Dossier, jaren: int):
    """No birth date, only the age (as the overview's questionnaire asks it)."""
    dossier.aanvrager.pop("geboortedatum", None)
    dossier.profiel["situatie"] = {"aanvrager": {"leeftijd": jaren}}


@given(parsers.parse('de aanvrager heeft verblijfsstatus "{status}"'))
def verblijfsstatus(dossier: Dossier, status: str):
    dossier.aanvrager["verblijfsstatus"] = status


@given(parsers.parse('de aanvrager verblijft sinds "{datum}" in België'))
def verblijf_sinds(dossier: Dossier, datum: str):
    dossier.aanvrager["verblijf_sinds"] = datum


@given(parsers.parse('voor de aanvrager geldt "{veld}" is "{waarde}"'))
def veld_van_aanvrager(dossier: Dossier, veld: str, waarde: str):
    """Set one field of the applicant: ja / nee / onbekend, or a text value."""
    dossier.aanvrager[veld] = _ja_nee(waarde) if waarde in ("ja", "nee", "onbekend") else waarde


@given("de aanvrager is niet bereid om te werken")
def niet_werkbereid(dossier: Dossier):
    dossier.aanvrager["werkbereid"] = False


@given(parsers.parse('de aanvrager hoeft niet werkbereid te zijn om reden van "{reden}"'))
def werkbereidheid_uitzondering(dossier: Dossier, reden: str):
    dossier.aanvrager["werkbereid"] = False
    dossier.aanvrager["werkbereidheid_uitzondering"] = reden


@given("de aanvrager is voltijds student")
def student(dossier: Dossier):
    dossier.aanvrager.update(student=True, werkbereid=None, werkbereidheid_uitzondering="studies")


@given(parsers.parse("de aanvrager heeft deze inkomsten:"))
def inkomsten(dossier: Dossier, datatable):
    """Columns `soort`, `bedrag` (Dutch notation), `per`; optional `sinds`, `gestart tijdens leefloon`."""
    kop, *rijen = datatable
    for rij in rijen:
        r = dict(zip(kop, rij, strict=True))
        inkomen: dict[str, Any] = {"soort": r["soort"], "bedrag": str(bedrag(r["bedrag"])), "per": r["per"]}
        if r.get("sinds"):
            inkomen["sinds"] = r["sinds"]
        if r.get("gestart tijdens leefloon"):
            inkomen["gestart_tijdens_leefloon"] = _ja_nee(r["gestart tijdens leefloon"])
        if r["soort"] == "ander":
            inkomen["omschrijving"] = "ander inkomen"
        dossier.aanvrager.setdefault("inkomsten", []).append(inkomen)


@given("de inkomsten van de aanvrager zijn niet gekend")
def inkomsten_onbekend(dossier: Dossier):
    dossier.aanvrager["inkomsten"] = None


@given(parsers.parse("de aanvrager heeft {som} euro spaargeld"))
def spaargeld(dossier: Dossier, som: str):
    dossier.aanvrager["vermogen"]["spaargeld"] = str(bedrag(som))


@given(parsers.parse("de aanvrager heeft een gezamenlijke rekening van {som} euro met {houders:d} houders"))
def gezamenlijke_rekening(dossier: Dossier, som: str, houders: int):
    dossier.aanvrager["vermogen"].setdefault("gezamenlijke_rekeningen", []).append(
        {"bedrag": str(bedrag(som)), "houders": houders}
    )


@given(parsers.parse("de aanvrager bezit deze onroerende goederen:"))
def onroerend(dossier: Dossier, datatable):
    """Columns: `kadastraal inkomen`, `bebouwd` (ja/nee), `aandeel`; optional `recht`, `interesten per jaar`."""
    kop, *rijen = datatable
    for rij in rijen:
        r = dict(zip(kop, rij, strict=True))
        goed: dict[str, Any] = {
            "kadastraal_inkomen": str(bedrag(r["kadastraal inkomen"])),
            "bebouwd": _ja_nee(r["bebouwd"]),
            "aandeel": r["aandeel"],
        }
        if r.get("recht"):
            goed["zakelijk_recht"] = r["recht"]
        if r.get("interesten per jaar"):
            goed["interesten"] = str(bedrag(r["interesten per jaar"]))
        dossier.aanvrager["vermogen"].setdefault("onroerend", []).append(goed)


@given(parsers.parse("de aanvrager ontvangt gezinsbijslag voor {kinderen:d} kinderen"))
def kinderen_met_gezinsbijslag(dossier: Dossier, kinderen: int):
    dossier.aanvrager["vermogen"]["kinderen_met_gezinsbijslag"] = kinderen


@given(parsers.parse("de aanvrager heeft deze goederen afgestaan:"))
def afstand(dossier: Dossier, datatable):
    """Columns: `datum`, `waarde`, `aandeel`, `enige woning` (ja/nee); optional `recht`, `schulden`."""
    kop, *rijen = datatable
    for rij in rijen:
        r = dict(zip(kop, rij, strict=True))
        goed: dict[str, Any] = {
            "datum": r["datum"],
            "waarde": str(bedrag(r["waarde"])),
            "aandeel": r["aandeel"],
            "enige_woning": _ja_nee(r["enige woning"]),
        }
        if r.get("recht"):
            goed["zakelijk_recht"] = r["recht"]
        if r.get("schulden"):
            goed["schulden"] = str(bedrag(r["schulden"]))
        dossier.aanvrager["vermogen"].setdefault("afstand", []).append(goed)


@given(parsers.parse("de aanvrager woont samen met:"))
def huisgenoten(dossier: Dossier, datatable):
    """Columns: `relatie`, `leeftijd`; optional `loon per maand`, `pensioen per maand`, `verblijf`, `eigen leefloon`,
    `meetellen`, `ongehuwd`. An empty cell is unknown."""
    kop, *rijen = datatable
    for rij in rijen:
        r = {k: v.strip() for k, v in zip(kop, rij, strict=True)}
        h: dict[str, Any] = {"relatie": r["relatie"], "inkomsten": []}
        if r.get("leeftijd"):
            h["geboortedatum"] = dossier.geboren(int(r["leeftijd"]))
        for kolom, soort in (("loon per maand", "loon"), ("pensioen per maand", "pensioen")):
            if r.get(kolom):
                h["inkomsten"].append({"soort": soort, "bedrag": str(bedrag(r[kolom])), "per": "maand"})
        if r.get("verblijf"):
            h["verblijfsregeling"] = r["verblijf"]
        if r.get("eigen leefloon"):
            h["ontvangt_leefloon"] = _ja_nee(r["eigen leefloon"])
        elif r["relatie"] == "partner":
            h["ontvangt_leefloon"] = False
        if r.get("meetellen"):
            h["meetellen"] = r["meetellen"] if r["meetellen"] in ("ja", "nee") else str(bedrag(r["meetellen"]))
        if r["relatie"] == "kind":
            h["ongehuwd"] = _ja_nee(r.get("ongehuwd", "ja") or "ja")
        dossier.profiel["huisgenoten"].append(h)


@given("niet gekend is wie er met de aanvrager samenwoont")
def huishouden_onbekend(dossier: Dossier):
    dossier.profiel["huisgenoten"] = None


@given(parsers.parse("de aanvrager deelt de huishouding met de huisgenoten"))
def gedeeld(dossier: Dossier):
    dossier.aanvrager["gedeelde_huishouding"] = True


@given(parsers.parse("de aanvrager deelt de huishouding niet met de huisgenoten"))
def niet_gedeeld(dossier: Dossier):
    dossier.aanvrager["gedeelde_huishouding"] = False


@given(parsers.parse('de aanvrager verblijft in het buitenland van "{van}" tot "{tot}"'))
def buitenland(dossier: Dossier, van: str, tot: str):
    dossier.aanvrager.setdefault("verblijven_buitenland", []).append({"van": van, "tot": tot})


@given(parsers.parse('de aanvrager verblijft in het buitenland van "{van}" tot "{tot}" voor een studieprogramma'))
def buitenland_studie(dossier: Dossier, van: str, tot: str):
    dossier.aanvrager.setdefault("verblijven_buitenland", []).append(
        {"van": van, "tot": tot, "uitzondering": "studieprogramma"}
    )


@given(parsers.parse('het OCMW kiest "{keuze}" = "{waarde}"'))
def ocmw_keuze(dossier: Dossier, keuze: str, waarde: str):
    """An OCMW choice overriding an assumption (`ocmw_keuzes` in the profile)."""
    omgezet: Any = waarde
    if waarde in ("ja", "nee") and keuze.endswith("vrijgesteld"):
        omgezet = waarde == "ja"
    elif waarde.isdigit():
        omgezet = int(waarde)
    dossier.profiel.setdefault("ocmw_keuzes", {})[keuze] = omgezet


# ## Als


@when("het OCMW het leefloonadvies opvraagt")
def vraag_advies(dossier: Dossier):
    try:
        profiel = lees_profiel(json.dumps(dossier.profiel))
    except ProfielFout as fout:
        dossier.fouten = fout.fouten
        return
    dossier.advies = json.loads(adviseer(profiel).model_dump_json())


# ## Dan


def _advies(dossier: Dossier) -> dict:
    assert dossier.fouten is None, f"het profiel werd geweigerd: {dossier.fouten}"
    return dossier.advies


@then(parsers.parse('luidt het advies "{uitkomst}"'))
def uitkomst(dossier: Dossier, uitkomst: str):
    assert _advies(dossier)["uitkomst"] == uitkomst, _advies(dossier)["voorwaarden"]


@then(parsers.parse("is de categorie {categorie:d}"))
def categorie(dossier: Dossier, categorie: int):
    assert _advies(dossier)["categorie"] == categorie


@then("is de categorie nog niet gekend")
def categorie_onbekend(dossier: Dossier):
    assert _advies(dossier)["categorie"] is None


@then(parsers.parse("is het leefloon {jaar} euro per jaar en {maand} euro per maand"))
def leefloon(dossier: Dossier, jaar: str, maand: str):
    b = _advies(dossier)["bedrag"]
    assert b is not None, "geen bedrag"
    assert (Decimal(b["jaar"]), Decimal(b["maand"])) == (bedrag(jaar), bedrag(maand))


@then("is er geen leefloonbedrag")
def geen_bedrag(dossier: Dossier):
    assert _advies(dossier)["bedrag"] is None


@then(parsers.parse("is het voorlopige bedrag {jaar} euro per jaar en {maand} euro per maand"))
def voorlopig(dossier: Dossier, jaar: str, maand: str):
    b = _advies(dossier)["voorlopig_bedrag"]
    assert (Decimal(b["jaar"]), Decimal(b["maand"])) == (bedrag(jaar), bedrag(maand))


@then(parsers.parse("is het categoriebedrag {jaar} euro per jaar en {maand} euro per maand"))
def categoriebedrag(dossier: Dossier, jaar: str, maand: str):
    b = _advies(dossier)["categoriebedrag"]
    assert (Decimal(b["jaar"]), Decimal(b["maand"])) == (bedrag(jaar), bedrag(maand))


@then(parsers.parse("tellen de eigen bestaansmiddelen voor {som} euro per jaar"))
def eigen(dossier: Dossier, som: str):
    assert Decimal(_advies(dossier)["bestaansmiddelen"]["eigen"]) == bedrag(som)


@then(parsers.parse("tellen de bestaansmiddelen van de samenwonenden voor {som} euro per jaar"))
def samenwonenden(dossier: Dossier, som: str):
    assert Decimal(_advies(dossier)["bestaansmiddelen"]["samenwonenden"]) == bedrag(som)


@then(parsers.parse("wordt {som} euro in aanmerking genomen na de algemene vrijstelling van {vrij} euro"))
def in_aanmerking(dossier: Dossier, som: str, vrij: str):
    b = _advies(dossier)["bestaansmiddelen"]
    assert (Decimal(b["in_aanmerking"]), Decimal(b["vrijstelling"])) == (bedrag(som), bedrag(vrij))


@then(parsers.parse('is de voorwaarde "{code}" {status}'))
def voorwaarde(dossier: Dossier, code: str, status: str):
    statussen = {v["code"]: v["status"] for v in _advies(dossier)["voorwaarden"]}
    assert statussen[code] == status.replace(" ", "_"), statussen


@then(parsers.parse('vraagt het advies naar "{veld}"'))
def vraagt(dossier: Dossier, veld: str):
    vragen = [o["veld"] for o in _advies(dossier)["ontbrekende_gegevens"]]
    assert veld in vragen, vragen


@then(parsers.parse('vermeldt het advies de aanname "{code}"'))
def aanname(dossier: Dossier, code: str):
    details = {d["code"]: d for d in _advies(dossier)["aannames_details"]}
    assert code in details and not details[code]["door_ocmw_gekozen"], sorted(details)


@then(parsers.parse('vermeldt het advies de keuze van het OCMW voor "{code}"'))
def keuze(dossier: Dossier, code: str):
    details = {d["code"]: d for d in _advies(dossier)["aannames_details"]}
    assert details[code]["door_ocmw_gekozen"]


@then(parsers.parse('verwijst het advies naar "{tekst}"'))
def verwijst(dossier: Dossier, tekst: str):
    assert any(tekst in v for v in _advies(dossier)["verwijzingen"]), _advies(dossier)["verwijzingen"]


@then(parsers.parse('waarschuwt het advies "{tekst}"'))
def waarschuwt(dossier: Dossier, tekst: str):
    assert any(tekst in w for w in _advies(dossier)["waarschuwingen"]), _advies(dossier)["waarschuwingen"]


@then(parsers.parse("wordt het leefloon {dagen:d} dagen geschorst, een vermindering van {som} euro"))
def geschorst(dossier: Dossier, dagen: int, som: str):
    vb = _advies(dossier)["verblijf_buitenland"]
    assert (vb["dagen_geschorst"], Decimal(vb["vermindering"])) == (dagen, bedrag(som))


@then(parsers.parse("is er een equivalent leefloon van {jaar} euro per jaar"))
def equivalent(dossier: Dossier, jaar: str):
    eq = _advies(dossier)["equivalent_leefloon"]
    assert eq["uitkomst"] == "toekennen" and Decimal(eq["bedrag"]["jaar"]) == bedrag(jaar)


@then(parsers.parse('wordt het profiel geweigerd met een fout op "{veld}"'))
def geweigerd(dossier: Dossier, veld: str):
    assert dossier.fouten, "het profiel werd aanvaard"
    assert any(f["veld"] == veld for f in dossier.fouten), dossier.fouten
