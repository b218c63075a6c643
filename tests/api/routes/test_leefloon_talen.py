"""`POST /api/v1/leefloon/advies?taal=fr|en` (or Accept-Language): the advice's texts and the 422 messages are
translated; codes, statuses and amounts are the same in every language, and without a choice the JSON is Dutch."""

from __future__ import annotations

import copy

import pytest

from tests.rechten.gevallen import CASES, lees_gevallen
from tests.support.vertalingen import adviesteksten, nederlandse_resten, zonder_teksten

GEVALLEN = [(naam, g["profiel"]) for naam, g in lees_gevallen(CASES / "publiek") if not g["verwacht"].get("fout")]
TE_VROEG = next(g["profiel"] for _, g in lees_gevallen(CASES / "publiek") if g["verwacht"].get("fout"))
URL = "/api/v1/leefloon/advies"


@pytest.mark.parametrize("taal", ["fr", "en"])
def test_publieke_gevallen_in_het_frans_en_engels_zonder_nederlandse_resten(client, taal):
    resten = []
    for naam, profiel in GEVALLEN:
        nederlands = client.post(URL, json=profiel)
        vertaald = client.post(f"{URL}?taal={taal}", json=profiel)
        assert vertaald.status_code == nederlands.status_code == 200, naam
        assert vertaald.headers["content-language"] == taal
        assert zonder_teksten(vertaald.json()) == zonder_teksten(nederlands.json()), naam
        for nl, tekst in zip(adviesteksten(nederlands.json()), adviesteksten(vertaald.json()), strict=True):
            if tekst == nl or nederlandse_resten(tekst, taal):
                resten.append(f"{naam}: {tekst}")
    assert resten == []


def test_zonder_taalkeuze_blijft_het_advies_nederlands(client):
    r = client.post(URL, json=GEVALLEN[0][1])
    assert r.headers["content-language"] == "nl"
    assert r.json()["voorwaarden"][0]["uitleg"].startswith("De aanvrager")


def test_de_taal_volgt_accept_language_en_de_parameter_gaat_voor(client):
    profiel = dict(GEVALLEN[0][1])
    frans = client.post(URL, json=profiel, headers={"accept-language": "fr-BE,fr;q=0.9"}).json()
    assert frans["voorwaarden"][0]["uitleg"].startswith("Le demandeur")
    engels = client.post(f"{URL}?taal=en", json=profiel, headers={"accept-language": "fr-BE"}).json()
    assert engels["voorwaarden"][0]["uitleg"].startswith("The applicant")


def test_bedragen_en_datums_in_de_teksten_volgen_de_taal(client):
    profiel = next(p for naam, p in GEVALLEN if naam.startswith("06-"))
    stappen = {
        taal: client.post(f"{URL}?taal={taal}", json=profiel).json()["berekening"] for taal in ("nl", "fr", "en")
    }
    assert stappen["nl"][0]["stap"] == "Bedrag van categorie 2 per jaar op 1 maart 2025"
    assert stappen["fr"][0]["stap"] == "Montant de la catégorie 2 par an au 1er mars 2025"
    assert stappen["en"][1]["stap"] == "Wages: €1,000.00 a month × 12"
    assert stappen["nl"][1]["stap"] == "Loon: € 1.000,00 per maand × 12"
    assert stappen["fr"][1]["bedrag"] == stappen["nl"][1]["bedrag"] == "12000.00"


def test_onbekende_taal_geeft_422_op_de_parameter(client):
    r = client.post(f"{URL}?taal=de", json=GEVALLEN[0][1])
    assert r.status_code == 422
    assert r.json()["detail"] == [
        {
            "veld": "taal",
            "bron": "query",
            "fout": "Ongeldige waarde; toegestaan: 'nl', 'fr' of 'en'.",
            "type": "literal_error",
        }
    ]


@pytest.mark.parametrize(
    ("taal", "verwacht"),
    [
        ("nl", "De peildatum ligt vóór 1 januari 2022"),
        ("fr", "La date de référence est antérieure au 1er janvier 2022"),
        ("en", "The reference date is before 1 January 2022"),
    ],
)
def test_een_422_spreekt_de_taal_van_de_aanvraag(client, taal, verwacht):
    r = client.post(f"{URL}?taal={taal}", json=TE_VROEG)
    assert r.status_code == 422 and r.headers["content-language"] == taal
    (fout,) = r.json()["detail"]
    assert fout["veld"] == "peildatum" and fout["bron"] == "body" and fout["fout"].startswith(verwacht)


def test_ook_de_meldingen_van_pydantic_en_van_het_profiel_zijn_vertaald(client):
    profiel = copy.deepcopy(GEVALLEN[0][1])
    profiel["aanvrager"].update(werkbereid="ja", geboortedatum="gisteren", verblijfsstatus="marsbewoner")
    fouten = {f["veld"]: f["fout"] for f in client.post(f"{URL}?taal=fr", json=profiel).json()["detail"]}
    assert fouten["aanvrager.werkbereid"] == "Oui ou non (true/false) est attendu."
    assert fouten["aanvrager.geboortedatum"] == "Une date au format AAAA-MM-JJ est attendue."
    assert fouten["aanvrager.verblijfsstatus"].startswith("Valeur non valable ; valeurs autorisées : 'belg'")
    assert "' ou '" in fouten["aanvrager.verblijfsstatus"]
