"""GET /api/v1/gemeenten?q=: by name prefix (NL/FR), postcode or NIS code, with province and merger links."""

import pytest


@pytest.mark.parametrize(
    ("q", "nis"),
    [
        ("Gent", ["44021"]),
        ("gand", ["44021"]),
        ("gan", ["21008", "44021"]),
        ("9000", ["44021"]),
        ("44021", ["44021"]),
        ("bastogne", ["82039", "82003"]),
    ],
)
def test_opzoeken(client, q, nis):
    r = client.get("/api/v1/gemeenten", params={"q": q})
    assert r.status_code == 200
    assert [g["nis"] for g in r.json()] == nis


def test_velden_met_provincie_postcodes_en_fusie(client):
    (kortessem,) = [g for g in client.get("/api/v1/gemeenten", params={"q": "3720"}).json() if g["nis"] == "73040"]
    assert kortessem["naam"] == "Kortessem" and kortessem["provincie"] == "Limburg"
    assert kortessem["provincie_nuts"] == "BE22" and kortessem["gewest"] == "Vlaams Gewest"
    assert kortessem["hoofdpostcode"] == "3720" and kortessem["opgegaan_in"] == "71072"
    assert kortessem["geldig_tot"] == "2024-12-31"
    (hasselt,) = client.get("/api/v1/gemeenten", params={"q": "71072"}).json()
    assert hasselt["samengesteld_uit"] == ["71022", "73040"] and hasselt["geldig_vanaf"] == "2025-01-01"


def test_zonder_zoekterm_alfabetisch_en_begrensd(client):
    r = client.get("/api/v1/gemeenten", params={"limit": 3}).json()
    assert [g["naam"] for g in r] == ["Aalst", "Aalter", "Aalter"]
    assert len(client.get("/api/v1/gemeenten", params={"limit": 700}).json()) == 609


@pytest.mark.parametrize(("params", "veld"), [({"q": "x" * 101}, "q"), ({"limit": 0}, "limit")])
def test_ongeldige_invoer(client, params, veld):
    r = client.get("/api/v1/gemeenten", params=params)
    assert r.status_code == 422 and r.json()["detail"][0]["veld"] == veld
