"""`GET /api/v1/parameters/leefloon?peildatum=`: the amounts and exemptions in force, with their sources."""

from __future__ import annotations


def test_bedragen_op_een_peildatum(client):
    r = client.get("/api/v1/parameters/leefloon", params={"peildatum": "2025-03-01"})
    assert r.status_code == 200
    data = r.json()
    assert data["categorieen"]["2"] == {"jaar": "15770.41", "maand": "1314.20"}
    assert data["algemene_vrijstelling"] == {"1": "155.00", "2": "250.00", "3": "310.00"}
    reeksen = {r["naam"]: r for r in data["reeksen"]}
    assert reeksen["leefloon.spi"]["waarde"]["algemeen_maand"] == "309.48"
    assert reeksen["leefloon.spi"]["vanaf"] == "2025-02-01"
    assert all(r["bron"] and r["bron_waarde"] and r["laatst_gecontroleerd"] for r in data["reeksen"])
    assert data["waarschuwingen"] == []


def test_de_dag_van_een_indexering_gebruikt_het_nieuwe_bedrag(client):
    data = client.get("/api/v1/parameters/leefloon", params={"peildatum": "2026-03-01"}).json()
    assert data["categorieen"]["1"] == {"jaar": "10723.75", "maand": "893.65"}
    voor = client.get("/api/v1/parameters/leefloon", params={"peildatum": "2026-02-28"}).json()
    assert voor["categorieen"]["1"] == {"jaar": "10513.60", "maand": "876.13"}


def test_na_de_laatste_controle_komt_een_waarschuwing(client):
    data = client.get("/api/v1/parameters/leefloon", params={"peildatum": "2027-01-01"}).json()
    assert data["categorieen"]["3"]["jaar"] == "21738.88"
    assert any("latere indexering" in w for w in data["waarschuwingen"])


def test_peildatum_voor_2022_geeft_422(client):
    r = client.get("/api/v1/parameters/leefloon", params={"peildatum": "2021-12-31"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "peildatum"
    assert "2022-01-01" in r.json()["detail"][0]["fout"]


def test_peildatum_is_verplicht_en_moet_een_datum_zijn(client):
    assert client.get("/api/v1/parameters/leefloon").status_code == 422
    r = client.get("/api/v1/parameters/leefloon", params={"peildatum": "gisteren"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "peildatum"
