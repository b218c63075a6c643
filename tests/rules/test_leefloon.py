"""The leefloon ruleset: for every combination of fact values one rule decides each condition and the category."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from rechten.leefloon import art03_voorwaarden, art14_categorie
from rechten.leefloon.evaluatie import LeefloonEvaluatie
from rechten.leefloon.feiten import SCHEMA, feiten
from rechten.leefloon.parameterset import parameterset
from rechten.profiel import Profiel
from rules.engine import evalueer
from rules.leefloon import LEEFLOON, NATIONALITEIT

J, N, ONB = "ja", "nee", "onbekend"
BASIS = Profiel.model_validate(
    {
        "peildatum": "2025-02-15",
        "aanvrager": {
            "geboortedatum": "1990-01-01",
            "verblijfsstatus": "belg",
            "woont_in_belgie": True,
            "werkbereid": True,
            "rechten_uitgeput": True,
            "gedetineerd": False,
            "inkomsten": [],
        },
        "huisgenoten": [],
    }
)


def _evaluatie() -> LeefloonEvaluatie:
    param = parameterset(BASIS.peildatum)
    return LeefloonEvaluatie(BASIS, param, art14_categorie.analyseer(BASIS, param))


def _standaard() -> tuple[dict, dict]:
    aanvrager, huishouden = feiten(_evaluatie())
    return aanvrager, huishouden


def _evalueer(*feitenlijst: dict) -> LeefloonEvaluatie:
    ev = _evaluatie()
    resultaat = evalueer(LEEFLOON, list(feitenlijst), ev)
    assert resultaat.onverwerkt == (), resultaat.onverwerkt
    # durable fires a rule once per satisfied OR-branch: every conclusion must come from exactly one firing.
    conclusies = [naam.split(".")[0] for naam in resultaat.gevuurd]
    assert len(conclusies) == len(set(conclusies)), resultaat.gevuurd
    return ev


CONDITIEVELDEN = {
    "verblijf": ("verblijf_belgie", "wettig_verblijf"),
    "leeftijd": ("meerderjarig", "gehuwd", "kind_ten_laste", "zwanger"),
    "werkbereidheid": ("werkbereid", "werkbereidheid_uitzondering"),
    "uitputting_rechten": ("rechten_uitgeput",),
    "detentie": ("gedetineerd", "elektronisch_toezicht"),
    "gpmi": ("jonger_dan_25", "student"),
}


@pytest.mark.parametrize("code", sorted(CONDITIEVELDEN))
def test_elke_combinatie_geeft_precies_een_status(code):
    aanvrager, huishouden = _standaard()
    velden = CONDITIEVELDEN[code]
    for waarden in itertools.product(*(SCHEMA["aanvrager"][v] for v in velden)):
        feit = {**aanvrager, **dict(zip(velden, waarden, strict=True))}
        ev = _evalueer(feit, huishouden)  # a second status for one condition raises in stel_vast
        assert set(ev.voorwaarden) == set(art03_voorwaarden.CODES), (code, waarden)


def test_elke_verblijfsstatus_geeft_precies_een_nationaliteitsstatus():
    aanvrager, huishouden = _standaard()
    for status in SCHEMA["aanvrager"]["verblijfsstatus"]:
        eu_waarden = (J, N, ONB) if status == "eu_burger" else ("nvt",)
        for eu in eu_waarden:
            ev = _evalueer({**aanvrager, "verblijfsstatus": status, "eu_langer_dan_3_maanden": eu}, huishouden)
            assert "nationaliteit" in ev.voorwaarden, (status, eu)


def _huishoudens():
    for bekend, partner, kind, andere, gedeeld, dakloos in itertools.product(
        (J, N), (J, N), (J, N, ONB), (J, N), (J, N, ONB), (J, N, ONB)
    ):
        if bekend == N and (partner == J or kind != ONB or andere == J):
            continue  # an unknown household has no known members
        for regeling in ("voltijds", "co_ouderschap") if kind == J else ("nvt",):
            yield {
                "feit": "huishouden",
                "bekend": bekend,
                "partner": partner,
                "kind_ten_laste": kind,
                "regeling": regeling,
                "andere": andere,
                "gedeeld": gedeeld,
                "dakloos": dakloos,
            }


def test_elk_huishouden_geeft_precies_een_categoriebepaling():
    aanvrager, _ = _standaard()
    gezien = 0
    for huishouden in _huishoudens():
        ev = _evalueer(aanvrager, huishouden)
        assert ev.categorie is not None, huishouden
        assert "bestaansmiddelen" in ev.voorwaarden
        gezien += 1
    assert gezien == 153  # 144 known households (2 regelingen for a child at charge) + 9 unknown ones


@pytest.mark.parametrize(
    ("huishouden", "kandidaten"),
    [
        ({"kind_ten_laste": J, "regeling": "voltijds"}, (3,)),
        ({"kind_ten_laste": J, "regeling": "co_ouderschap", "partner": J}, (3,)),
        ({"kind_ten_laste": N, "dakloos": J, "andere": J, "gedeeld": J}, (2,)),
        ({"kind_ten_laste": N}, (2,)),
        ({"kind_ten_laste": N, "partner": J, "gedeeld": N}, (2,)),
        ({"kind_ten_laste": N, "partner": J, "gedeeld": ONB}, (1,)),
        ({"kind_ten_laste": N, "andere": J, "gedeeld": J}, (1,)),
        ({"kind_ten_laste": N, "andere": J, "gedeeld": ONB}, (1, 2)),
        ({"kind_ten_laste": ONB, "andere": J, "gedeeld": ONB}, (1, 2, 3)),
        ({"kind_ten_laste": ONB, "partner": J, "gedeeld": J}, (1, 3)),
        ({"kind_ten_laste": ONB}, (2, 3)),
        ({"bekend": N, "kind_ten_laste": ONB}, (1, 2, 3)),
    ],
)
def test_categorie_volgt_art_14(huishouden, kandidaten):
    aanvrager, basis = _standaard()
    ev = _evalueer(aanvrager, {**basis, "regeling": "nvt", **huishouden})
    assert ev.categorie.kandidaten == kandidaten


@pytest.mark.parametrize(
    ("velden", "status", "reden"),
    [
        ({"verblijf_belgie": N, "wettig_verblijf": N}, "niet_voldaan", "woont_niet_in_belgie"),
        ({"verblijf_belgie": ONB, "wettig_verblijf": N}, "niet_voldaan", "geen_wettig_verblijf"),
        ({"verblijf_belgie": J, "wettig_verblijf": ONB}, "onbekend", "verblijfsstatus_onbekend"),
    ],
)
def test_verblijf(velden, status, reden):
    aanvrager, huishouden = _standaard()
    v = _evalueer({**aanvrager, **velden}, huishouden).voorwaarden["verblijf"]
    assert (v.status, v.reden) == (status, reden)


@pytest.mark.parametrize(
    ("velden", "status"),
    [
        ({"meerderjarig": N, "gehuwd": N, "kind_ten_laste": N, "zwanger": N}, "niet_voldaan"),
        ({"meerderjarig": N, "gehuwd": N, "kind_ten_laste": N, "zwanger": J}, "voldaan"),
        ({"meerderjarig": N, "gehuwd": J, "kind_ten_laste": ONB, "zwanger": ONB}, "voldaan"),
        ({"meerderjarig": N, "gehuwd": N, "kind_ten_laste": ONB, "zwanger": N}, "onbekend"),
        ({"meerderjarig": ONB, "gehuwd": N, "kind_ten_laste": N, "zwanger": N}, "onbekend"),
        ({"meerderjarig": ONB, "gehuwd": N, "kind_ten_laste": J, "zwanger": N}, "voldaan"),
    ],
)
def test_leeftijd_en_gelijkstelling_van_minderjarigen(velden, status):
    aanvrager, huishouden = _standaard()
    assert _evalueer({**aanvrager, **velden}, huishouden).voorwaarden["leeftijd"].status == status


@pytest.mark.parametrize(
    ("werkbereid", "uitzondering", "status"),
    [
        (J, "geen", "voldaan"),
        (N, "geen", "niet_voldaan"),
        (ONB, "geen", "onbekend"),
        (N, "studies", "voldaan"),
        (ONB, "gezondheid", "voldaan"),
        (N, "billijkheid", "voldaan"),
    ],
)
def test_werkbereidheid(werkbereid, uitzondering, status):
    aanvrager, huishouden = _standaard()
    feit = {**aanvrager, "werkbereid": werkbereid, "werkbereidheid_uitzondering": uitzondering}
    assert _evalueer(feit, huishouden).voorwaarden["werkbereidheid"].status == status


@pytest.mark.parametrize(("onder_drempel", "status"), [(J, "voldaan"), (N, "niet_voldaan"), (ONB, "onbekend")])
def test_bestaansmiddelen_uit_de_middelentoets(onder_drempel, status):
    aanvrager, _ = _standaard()
    ev = _evalueer(aanvrager, {"feit": "middelentoets", "onder_drempel": onder_drempel})
    assert ev.voorwaarden["bestaansmiddelen"].status == status


def test_nationaliteitstabel_dekt_elke_status_behalve_de_eu_burger():
    assert NATIONALITEIT["vreemdelingenregister"] == ("niet_voldaan", "vreemdelingenregister")
    assert NATIONALITEIT["subsidiaire_bescherming"][0] == "voldaan"


def test_elke_regel_heeft_een_bron_en_een_unieke_naam():
    namen = [r.naam for r in LEEFLOON.regels]
    assert all(r.bron.strip() for r in LEEFLOON.regels)
    assert len(namen) == len(set(namen))
    codes = {r.naam.split(".")[0] for r in LEEFLOON.regels}
    assert set(art03_voorwaarden.CODES) <= codes | {"gpmi"}
    assert "categorie" in codes


def test_regelversie_staat_in_het_advies():
    from rules.leefloon import REGELVERSIE, adviseer

    assert adviseer(BASIS).regelversie == REGELVERSIE
    assert LEEFLOON.naam in REGELVERSIE
    assert BASIS.peildatum == date(2025, 2, 15)
