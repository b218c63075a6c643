"""The Profiel refuses every bad value with the field path and a Dutch message (CONTRACT.md §4)."""

from __future__ import annotations

import copy
from fractions import Fraction

import pytest
from pydantic import ValidationError

from rechten.profiel import Profiel
from rechten.validatie import veldfouten

GOED = {
    "peildatum": "2025-02-15",
    "gemeente": "44021",
    "aanvrager": {
        "geboortedatum": "1990-03-03",
        "verblijfsstatus": "belg",
        "woont_in_belgie": True,
        "inkomsten": [{"soort": "loon", "bedrag": "1000.00", "per": "maand"}],
        "vermogen": {"spaargeld": "0", "onroerend": [{"kadastraal_inkomen": "900", "bebouwd": True, "aandeel": "1/3"}]},
    },
    "huisgenoten": [
        {"relatie": "kind", "geboortedatum": "2015-01-01", "verblijfsregeling": "voltijds", "meetellen": "nee"}
    ],
}


def _fouten(wijzig) -> list[dict]:
    data = copy.deepcopy(GOED)
    wijzig(data)
    with pytest.raises(ValidationError) as exc:
        Profiel.model_validate(data)
    return veldfouten(exc.value.errors())


def test_goed_profiel():
    p = Profiel.model_validate(GOED)
    assert p.aanvrager.vermogen.onroerend[0].aandeel == Fraction(1, 3)
    assert p.aanvrager.inkomsten[0].bedrag == 1000
    assert p.model_dump(mode="json")["aanvrager"]["vermogen"]["onroerend"][0]["aandeel"] == "1/3"


@pytest.mark.parametrize(
    ("wijzig", "veld", "melding"),
    [
        (lambda d: d["aanvrager"].update(verblijfsstatus="marsbewoner"), "aanvrager.verblijfsstatus", "toegestaan"),
        (lambda d: d["aanvrager"]["inkomsten"][0].update(soort="loterij"), "aanvrager.inkomsten.0.soort", "toegestaan"),
        (lambda d: d["aanvrager"]["inkomsten"][0].update(bedrag="-5"), "aanvrager.inkomsten.0.bedrag", "minstens 0"),
        (lambda d: d["aanvrager"]["inkomsten"][0].update(bedrag="10.005"), "aanvrager.inkomsten.0.bedrag", "2 cijfers"),
        (lambda d: d["aanvrager"]["inkomsten"][0].update(bedrag=True), "aanvrager.inkomsten.0.bedrag", "bedrag"),
        (lambda d: d["aanvrager"]["inkomsten"][0].update(per="eeuw"), "aanvrager.inkomsten.0.per", "toegestaan"),
        (lambda d: d["aanvrager"]["inkomsten"][0].update(soort="ander"), "aanvrager.inkomsten.0", "omschrijving"),
        (
            lambda d: d["aanvrager"]["inkomsten"][0].update(soort="pensioen", gestart_tijdens_leefloon=True),
            "aanvrager.inkomsten.0",
            "gestart",
        ),
        (lambda d: d["aanvrager"].update(geboortedatum="2030-01-01"), "aanvrager.geboortedatum", "na de peildatum"),
        (lambda d: d["aanvrager"].update(geboortedatum="1850-01-01"), "aanvrager.geboortedatum", "130"),
        (lambda d: d["aanvrager"].update(geboortedatum=20000101), "aanvrager.geboortedatum", "JJJJ-MM-DD"),
        (lambda d: d["aanvrager"].update(geboortedatum="01/02/2000"), "aanvrager.geboortedatum", "JJJJ-MM-DD"),
        (lambda d: d.update(peildatum="2021-12-31"), "peildatum", "1 januari 2022"),
        (lambda d: d.pop("peildatum"), "peildatum", "verplicht"),
        (lambda d: d.update(gemeente="Gent"), "gemeente", "vorm"),
        (lambda d: d["aanvrager"].update(woont_in_belgie="ja"), "aanvrager.woont_in_belgie", "ja of nee"),
        (lambda d: d["aanvrager"].update(werkbereid=1), "aanvrager.werkbereid", "ja of nee"),
        (lambda d: d["aanvrager"].update(werkbereidt=True), "aanvrager.werkbereidt", "onbekend"),
        (
            lambda d: d["huisgenoten"].extend([{"relatie": "partner"}, {"relatie": "partner"}]),
            "huisgenoten.2.relatie",
            "één partner",
        ),
        (lambda d: d["huisgenoten"][0].update(geboortedatum="1980-01-01"), "huisgenoten.0.geboortedatum", "kind"),
        (
            lambda d: d["huisgenoten"].append({"relatie": "ouder", "geboortedatum": "2000-01-01"}),
            "huisgenoten.1.geboortedatum",
            "ouder",
        ),
        (
            lambda d: d["huisgenoten"].append({"relatie": "ander", "verblijfsregeling": "voltijds"}),
            "huisgenoten.1.verblijfsregeling",
            "kind",
        ),
        (lambda d: d["huisgenoten"][0].update(relatie="neef"), "huisgenoten.0.relatie", "toegestaan"),
        (lambda d: d["huisgenoten"][0].update(meetellen="soms"), "huisgenoten.0.meetellen", "ja', 'nee' of een bedrag"),
        (lambda d: d["huisgenoten"][0].update(meetellen="-10"), "huisgenoten.0.meetellen", "niet negatief"),
        (
            lambda d: d["aanvrager"]["vermogen"]["onroerend"][0].update(aandeel="3/2"),
            "aanvrager.vermogen.onroerend.0.aandeel",
            "tussen 0",
        ),
        (
            lambda d: d["aanvrager"]["vermogen"]["onroerend"][0].update(aandeel="een derde"),
            "aanvrager.vermogen.onroerend.0.aandeel",
            "1/3",
        ),
        (
            lambda d: d["aanvrager"]["vermogen"].update(afstand=[{"datum": "2026-01-01"}]),
            "aanvrager.vermogen.afstand.0.datum",
            "na de peildatum",
        ),
        (
            lambda d: d["aanvrager"].update(verblijven_buitenland=[{"van": "2025-03-10", "tot": "2025-03-01"}]),
            "aanvrager.verblijven_buitenland.0",
            "vóór",
        ),
        (
            lambda d: d["aanvrager"].update(
                verblijven_buitenland=[
                    {"van": "2025-03-01", "tot": "2025-03-10"},
                    {"van": "2025-03-05", "tot": "2025-03-20"},
                ]
            ),
            "aanvrager.verblijven_buitenland.1.van",
            "overlapt",
        ),
        (
            lambda d: d["aanvrager"].update(gedeelde_huishouding=True) or d.update(huisgenoten=[]),
            "aanvrager.gedeelde_huishouding",
            "huisgenoten",
        ),
        (
            lambda d: d["aanvrager"]["inkomsten"][0].update(voor_aanvrager=True, soort="gezinsbijslag_kinderen"),
            "aanvrager.inkomsten.0.voor_aanvrager",
            "huisgenoot",
        ),
        (
            lambda d: d.update(ocmw_keuzes={"gezamenlijke_rekening": "soms"}),
            "ocmw_keuzes.gezamenlijke_rekening",
            "toegestaan",
        ),
        (
            lambda d: d.update(ocmw_keuzes={"dagbedrag_dagen_per_jaar": 0}),
            "ocmw_keuzes.dagbedrag_dagen_per_jaar",
            "minstens 1",
        ),
    ],
)
def test_elke_foute_waarde_geeft_een_nederlandse_melding_met_het_veld(wijzig, veld, melding):
    fouten = _fouten(wijzig)
    assert any(f["veld"] == veld and melding in f["fout"] for f in fouten), fouten


def test_meetellen_aanvaardt_ja_nee_en_een_bedrag():
    for waarde in ("ja", "nee", "1200", 1200, "99.50"):
        data = copy.deepcopy(GOED)
        data["huisgenoten"][0]["meetellen"] = waarde
        Profiel.model_validate(data)


def test_afwezig_is_onbekend_niet_nee():
    p = Profiel.model_validate({"peildatum": "2025-02-15", "aanvrager": {}})
    assert p.aanvrager.werkbereid is None and p.aanvrager.inkomsten is None and p.huisgenoten is None


def test_keuzelijsten_volgen_het_situatievocabularium():
    from rechten import situatie
    from rechten.profiel import BurgerlijkeStaat, Verblijfsstatus

    assert tuple(v.value for v in Verblijfsstatus) == situatie.VERBLIJFSSTATUSSEN
    assert tuple(b.value for b in BurgerlijkeStaat) == situatie.BURGERLIJKE_STATEN
