"""The leefloon entries follow the real leefloon advice, and its pointer to the equivalent leefloon."""

from __future__ import annotations

from rechten.overzicht.leefloon import EQUIVALENT, LEEFLOON, uit_advies
from rechten.profiel import Profiel
from rules.leefloon import adviseer
from rules.voorwaarden import Status
from tests.support.profielen import profiel_data

VOLLEDIG = profiel_data()


def _vast(**aanvrager):
    advies = adviseer(Profiel.model_validate({**VOLLEDIG, "aanvrager": {**VOLLEDIG["aanvrager"], **aanvrager}}))
    return advies, uit_advies(advies)


def test_toekennen_is_waarschijnlijk_met_het_bedrag():
    advies, vast = _vast()
    assert advies.uitkomst == "toekennen"
    leefloon = vast[LEEFLOON]
    assert leefloon.uitkomst.status is Status.voldaan and leefloon.vragen == []
    assert leefloon.bedrag.bedrag == advies.bedrag.maand and leefloon.bedrag.per_jaar == advies.bedrag.jaar
    assert vast[EQUIVALENT].uitkomst.status is Status.niet_voldaan  # a Belgian gets the leefloon itself


def test_weigeren_is_niet_met_de_gefaalde_voorwaarden():
    advies, vast = _vast(rechten_uitgeput=False)
    assert advies.uitkomst == "weigeren"
    leefloon = vast[LEEFLOON]
    assert leefloon.uitkomst.status is Status.niet_voldaan
    gefaald = [v.uitleg for v in advies.voorwaarden if v.status == "niet_voldaan"]
    assert gefaald and leefloon.redenen[1:] == gefaald


def test_onvoldoende_gegevens_is_mogelijk_met_de_vragen_van_het_advies():
    advies, vast = _vast(werkbereid=None)
    assert advies.uitkomst == "onvoldoende_gegevens"
    leefloon = vast[LEEFLOON]
    assert leefloon.uitkomst.status is Status.onbekend
    assert [(v.veld, v.vraag) for v in leefloon.vragen] == [(v.veld, v.vraag) for v in advies.ontbrekende_gegevens]


def test_vreemdelingenregister_krijgt_equivalent_leefloon():
    advies, vast = _vast(verblijfsstatus="vreemdelingenregister")
    assert advies.equivalent_leefloon is not None
    assert vast[LEEFLOON].uitkomst.status is Status.niet_voldaan
    assert vast[EQUIVALENT].uitkomst.status is Status.voldaan
    assert vast[EQUIVALENT].bedrag.per_jaar == advies.equivalent_leefloon.bedrag.jaar


def test_onbekende_verblijfsstatus_laat_equivalent_leefloon_open():
    _, vast = _vast(verblijfsstatus=None)
    equivalent = vast[EQUIVALENT]
    assert equivalent.uitkomst.status is Status.onbekend
    assert [v.veld for v in equivalent.vragen] == ["aanvrager.verblijfsstatus"]


def test_zonder_wettig_verblijf_geen_equivalent_leefloon():
    _, vast = _vast(verblijfsstatus="zonder_wettig_verblijf")
    assert vast[EQUIVALENT].uitkomst.status is Status.niet_voldaan
