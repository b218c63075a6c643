"""POST /api/v1/overzicht on the bundled catalogue (CONTRACT §6): chaining, the leefloon entry, order, errors."""

from __future__ import annotations

import copy

import pytest

from tests.support.overzicht import *  # noqa: F403  (fixtures)
from tests.support.profielen import profiel_data

URL = "/api/v1/overzicht"


def _rechten(body: dict) -> dict[str, dict]:
    return {r["code"]: r for r in body["rechten"]}


def test_leefloon_in_gent_opent_vt_en_uitpas(bundel_client):
    r = bundel_client.post(URL, json=profiel_data())
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["gemeente"] == {"nis": "44021", "naam": "Gent", "deelgemeente": None}
    assert body["peildatum"] == "2025-06-01"
    rechten = _rechten(body)
    assert rechten["leefloon"]["status"] == "waarschijnlijk"
    vt = rechten["verhoogde-tegemoetkoming"]
    assert vt["status"] == "waarschijnlijk" and vt["afgeleid_van"] == ["leefloon"]
    assert any("Leefloon" in reden for reden in vt["redenen"])
    uitpas = rechten["gent-uitpas-kansentarief"]
    assert uitpas["status"] == "waarschijnlijk"
    assert set(uitpas["afgeleid_van"]) >= {"leefloon"} and uitpas["niveau"] == "lokaal"
    for veld in ("id", "naam", "niveau", "status", "redenen", "ontbrekende_gegevens", "automatisch", "aanvragen_bij",
                 "afgeleid_van", "themas"):  # fmt: skip
        assert veld in uitpas
    # Rights of other cities are not in a Gent overview; equivalent leefloon is excluded by the leefloon.
    assert not any(code.startswith(("antwerpen-", "leuven-")) for code in rechten)
    assert "equivalent-leefloon" not in rechten
    assert all(r["status"] != "niet" for r in body["rechten"])


def test_leefloon_gelijk_aan_het_advies(bundel_client):
    for data in (
        profiel_data(),
        profiel_data(aanvrager={"geboortedatum": "1990-01-01", "verblijfsstatus": "belg"}),
        profiel_data(aanvrager={**profiel_data()["aanvrager"], "rechten_uitgeput": False}),
    ):
        advies = bundel_client.post("/api/v1/leefloon/advies", json=data).json()
        entry = _rechten(bundel_client.post(URL, json=data, params={"alles": "true"}).json())["leefloon"]
        verwacht = {"toekennen": "waarschijnlijk", "onvoldoende_gegevens": "mogelijk", "weigeren": "niet"}
        assert entry["status"] == verwacht[advies["uitkomst"]]
        if advies["uitkomst"] == "onvoldoende_gegevens":
            assert entry["ontbrekende_gegevens"] == advies["ontbrekende_gegevens"]
        if advies["uitkomst"] == "toekennen":
            assert entry["bedrag"]["bedrag"] == advies["bedrag"]["maand"]
            assert entry["bedrag"]["per_jaar"] == advies["bedrag"]["jaar"]
        if advies["uitkomst"] == "weigeren":
            gefaald = [v["uitleg"] for v in advies["voorwaarden"] if v["status"] == "niet_voldaan"]
            assert gefaald and all(u in entry["redenen"] for u in gefaald)


def test_zeventigjarige_met_laag_inkomen_krijgt_igo_als_vraag(bundel_client):
    data = {"peildatum": "2025-06-01", "gemeente": "44021",
            "aanvrager": {"geboortedatum": "1955-03-01", "verblijfsstatus": "belg"},
            "situatie": {"huishouden": {"inkomen_jaar": "14000"}}}  # fmt: skip
    body = bundel_client.post(URL, json=data).json()
    igo = _rechten(body)["inkomensgarantie-ouderen"]
    assert igo["status"] == "mogelijk"
    velden = [v["veld"] for v in igo["ontbrekende_gegevens"]]
    assert "situatie.huishouden.inkomen_netto_maand" in velden
    assert any("70 jaar" in reden for reden in igo["redenen"])
    # The yearly income under the VT ceiling makes VT likely whatever the household size.
    assert _rechten(body)["verhoogde-tegemoetkoming"]["status"] == "waarschijnlijk"


def test_volgorde_zekerst_en_meest_waard_eerst(bundel_client):
    body = bundel_client.post(URL, json=profiel_data(), params={"alles": "true"}).json()
    statussen = [r["status"] for r in body["rechten"]]
    rang = {"waarschijnlijk": 0, "mogelijk": 1, "niet": 2}
    assert statussen == sorted(statussen, key=rang.__getitem__)
    assert {"waarschijnlijk", "mogelijk", "niet"} <= set(statussen)
    assert body["rechten"][0]["code"] == "leefloon"  # the most valuable likely right
    for status in rang:
        waarden = [r["bedrag"]["per_jaar"] for r in body["rechten"] if r["status"] == status
                   and r["bedrag"] and r["bedrag"]["per_jaar"]]  # fmt: skip
        assert [float(w) for w in waarden] == sorted((float(w) for w in waarden), reverse=True)
    assert body["aantallen"]["niet"] == statussen.count("niet")


def test_vragen_gerangschikt(bundel_client):
    body = bundel_client.post(URL, json={"peildatum": "2025-06-01", "gemeente": "44021", "aanvrager": {}}).json()
    aantallen = [v["aantal"] for v in body["vragen"]]
    assert aantallen == sorted(aantallen, reverse=True) and aantallen[0] > 1
    mogelijk = {r["code"] for r in body["rechten"] if r["status"] == "mogelijk"}
    for vraag in body["vragen"]:
        assert set(vraag["rechten"]) <= mogelijk and vraag["aantal"] == len(vraag["rechten"])


def test_ontvangt_al(bundel_client):
    data = profiel_data(aanvrager={"geboortedatum": "1990-01-01"},
                        situatie={"ontvangt": ["verhoogde-tegemoetkoming"]})  # fmt: skip
    rechten = _rechten(bundel_client.post(URL, json=data).json())
    vt = rechten["verhoogde-tegemoetkoming"]
    assert vt["status"] == "waarschijnlijk" and vt["ontvangt_al"] is True
    assert vt["redenen"] == ["De persoon ontvangt dit al."]
    assert rechten["gent-uitpas-kansentarief"]["status"] == "waarschijnlijk"
    assert rechten["gent-uitpas-kansentarief"]["afgeleid_van"] == ["verhoogde-tegemoetkoming"]


def test_postcode_en_taal(bundel_client):
    body = bundel_client.post(URL, json=profiel_data(gemeente="9000"), params={"taal": "fr"}).json()
    assert body["gemeente"]["nis"] == "44021"
    leefloon = _rechten(body)["leefloon"]
    assert leefloon["status"] == "waarschijnlijk"
    nl = _rechten(bundel_client.post(URL, json=profiel_data()).json())
    en = _rechten(bundel_client.post(URL, json=profiel_data(), headers={"Accept-Language": "en"}).json())
    assert en.keys() == nl.keys()


@pytest.mark.parametrize(
    ("wijzig", "veld"),
    [
        (lambda d: d.pop("gemeente"), "gemeente"),
        (lambda d: d.update(gemeente="99999"), "gemeente"),
        (lambda d: d.update(gemeente="0001"), "gemeente"),
        (lambda d: d.update(situatie={"aanvrager": {"leeftijd": 20}}), "situatie.aanvrager.leeftijd"),
        (lambda d: d.update(situatie={"woning": {"huurder": "ja"}}), "situatie.woning.huurder"),
        (lambda d: d.update(situatie={"woning": {"tuin": True}}), "situatie.woning.tuin"),
        (lambda d: d.update(situatie={"ontvangt": ["bestaat-niet"]}), "situatie.ontvangt.0"),
        (lambda d: d.update(peildatum="gisteren"), "peildatum"),
    ],
)
def test_foute_invoer_is_422_met_het_veld(bundel_client, wijzig, veld):
    data = copy.deepcopy(profiel_data())
    wijzig(data)
    r = bundel_client.post(URL, json=data)
    assert r.status_code == 422, r.text
    fouten = r.json()["detail"]
    assert veld in [f["veld"] for f in fouten]
    assert all(f["fout"] and f["bron"] == "body" for f in fouten)


def test_geen_json_is_422(bundel_client):
    r = bundel_client.post(URL, content=b"{niet", headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert bundel_client.post(URL, json=profiel_data(), params={"taal": "de"}).status_code == 422
