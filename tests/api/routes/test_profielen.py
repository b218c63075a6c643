"""Saved client profiles over HTTP (CONTRACT.md §7), tested as an attacker would, plus history, export, erasure."""

import json
import uuid

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from catalogue.models import AuditRegel, Clientprofiel, ProfielAdvies
from tests.support.personeel import ANTWERPEN, GENT, gebruiker, token
from tests.support.profielen import ALLEENSTAANDE

PAD = "/api/v1/profielen"
INSZ = "85073003328"
PROFIEL = {"peildatum": "2025-01-15", **ALLEENSTAANDE}


@pytest.fixture
def wereld(client):
    app = client.app
    gebruiker(app, "mw.gent", GENT, "maatschappelijk_werker")
    gebruiker(app, "mw2.gent", GENT, "maatschappelijk_werker")
    gebruiker(app, "mw.antwerpen", ANTWERPEN, "maatschappelijk_werker")
    gebruiker(app, "red.gent", GENT, "redacteur", "beheerder")
    gebruiker(app, "platform", GENT, "admin")
    w = {n: token(client, n) for n in ("mw.gent", "mw2.gent", "mw.antwerpen", "red.gent", "platform")}
    r = client.post(PAD, json={"label": "Dossier 2025-0042", "insz": INSZ, "profiel": PROFIEL}, headers=w["mw.gent"])
    assert r.status_code == 201, r.text
    w["id"] = r.json()["id"]
    return w


def _bestaat(client, profiel_id) -> bool:
    with Session(client.app.state.engine) as s:
        return s.exec(select(Clientprofiel).where(Clientprofiel.id == profiel_id)).first() is not None


ENDPOINTS = [
    ("get", "/{id}"),
    ("get", "/{id}/export"),
    ("delete", "/{id}"),
    ("post", "/{id}/advies"),
    ("post", "/{id}/overzicht"),
    ("put", "/{id}"),
]


@pytest.mark.parametrize(("methode", "pad"), [("post", ""), ("get", ""), ("post", "/zoeken"), *ENDPOINTS])
def test_zonder_token_401(client, wereld, methode, pad):
    r = client.request(methode, PAD + pad.format(id=wereld["id"]), json={"label": "x", "profiel": PROFIEL})
    assert r.status_code == 401


@pytest.mark.parametrize(("methode", "pad"), ENDPOINTS)
def test_andere_organisatie_krijgt_404_zoals_onbestaand(client, wereld, methode, pad):
    body = {"label": "gestolen", "profiel": PROFIEL, "versie": 1}
    r = client.request(methode, PAD + pad.format(id=wereld["id"]), json=body, headers=wereld["mw.antwerpen"])
    onbekend = client.request(methode, PAD + pad.format(id=uuid.uuid4()), json=body, headers=wereld["mw.antwerpen"])
    assert r.status_code == onbekend.status_code == 404
    assert r.json() == onbekend.json()
    assert _bestaat(client, wereld["id"])


def test_andere_organisatie_ziet_het_profiel_niet_in_lijst_of_zoekresultaat(client, wereld):
    assert client.get(PAD, headers=wereld["mw.antwerpen"]).json()["totaal"] == 0
    r = client.post(f"{PAD}/zoeken", json={"insz": INSZ}, headers=wereld["mw.antwerpen"])
    assert r.json()["totaal"] == 0


@pytest.mark.parametrize("wie", ["red.gent", "platform"])
def test_redacteur_beheerder_en_admin_lezen_geen_clientgegevens(client, wereld, wie):
    assert client.get(f"{PAD}/{wereld['id']}", headers=wereld[wie]).status_code == 403
    assert client.get(PAD, headers=wereld[wie]).status_code == 403
    r = client.post(PAD, json={"label": "x", "profiel": PROFIEL}, headers=wereld[wie])
    assert r.status_code == 403


def test_collega_van_dezelfde_organisatie_leest_het_profiel(client, wereld):
    r = client.get(f"{PAD}/{wereld['id']}", headers=wereld["mw2.gent"])
    assert r.status_code == 200
    body = r.json()
    assert body["label"] == "Dossier 2025-0042" and body["insz_opgegeven"] is True
    assert body["profiel"]["aanvrager"]["geboortedatum"] == "1985-07-30"
    assert r.headers["cache-control"] == "no-store"
    assert uuid.UUID(wereld["id"]).version == 4


def test_ongeldig_insz_is_422_op_het_veld(client, wereld):
    r = client.post(PAD, json={"label": "x", "insz": "85073003329", "profiel": PROFIEL}, headers=wereld["mw.gent"])
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "insz"
    assert "controlegetal" in r.json()["detail"][0]["fout"]
    assert "85073003329" not in r.text


def test_ongeldig_profiel_is_422_met_pad(client, wereld):
    fout = {**PROFIEL, "aanvrager": {**PROFIEL["aanvrager"], "verblijfsstatus": "marsmannetje"}}
    r = client.post(PAD, json={"label": "x", "profiel": fout}, headers=wereld["mw.gent"])
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "profiel.aanvrager.verblijfsstatus"


def test_database_bevat_geen_leesbare_clientgegevens(client, wereld):
    """At rest: the label, the profile and the INSZ appear nowhere in plain text."""
    with client.app.state.engine.connect() as conn:
        rijen = conn.execute(text("SELECT * FROM clientprofiel")).fetchall()
        rijen += conn.execute(text("SELECT * FROM audit")).fetchall()
    inhoud = json.dumps([list(map(str, r)) for r in rijen])
    for geheim in ("Dossier 2025-0042", "1985-07-30", INSZ, "85.07.30"):
        assert geheim not in inhoud


def test_zoeken_op_insz_vindt_het_profiel(client, wereld):
    r = client.post(f"{PAD}/zoeken", json={"insz": "85.07.30-033.28"}, headers=wereld["mw2.gent"])
    assert [i["id"] for i in r.json()["items"]] == [wereld["id"]]


def test_advies_opnieuw_na_indexering_met_geschiedenis(client, wereld):
    kop = wereld["mw.gent"]
    eerste = client.post(f"{PAD}/{wereld['id']}/advies", headers=kop)
    tweede = client.post(f"{PAD}/{wereld['id']}/advies?peildatum=2025-02-15", headers=kop)
    assert eerste.status_code == tweede.status_code == 200
    a, b = eerste.json(), tweede.json()
    assert a["uitkomst"] == b["uitkomst"] == "toekennen"
    # The indexation of 1 February 2025 raised the amounts (Decimal strings, to the cent).
    assert float(b["bedrag"]["maand"]) > float(a["bedrag"]["maand"])
    historiek = client.get(f"{PAD}/{wereld['id']}", headers=kop).json()["adviezen"]
    assert [(h["soort"], h["peildatum"], h["bedrag_maand"]) for h in historiek] == [
        ("leefloon", "2025-02-15", b["bedrag"]["maand"]),
        ("leefloon", "2025-01-15", a["bedrag"]["maand"]),
    ]
    assert all(h["regelversie"] == a["regelversie"] and h["door"] == "mw.gent" for h in historiek)
    assert not any(h["profiel_gewijzigd_sinds"] for h in historiek)


def test_geschiedenis_toont_dat_het_profiel_sindsdien_wijzigde(client, wereld):
    kop = wereld["mw.gent"]
    client.post(f"{PAD}/{wereld['id']}/advies", headers=kop)
    gewijzigd = {**PROFIEL, "aanvrager": {**PROFIEL["aanvrager"], "student": True}}
    r = client.put(
        f"{PAD}/{wereld['id']}", json={"label": "Dossier 2025-0042", "profiel": gewijzigd, "versie": 1}, headers=kop
    )
    assert r.status_code == 200
    historiek = client.get(f"{PAD}/{wereld['id']}", headers=kop).json()["adviezen"]
    assert historiek[0]["profiel_gewijzigd_sinds"] is True
    r = client.put(f"{PAD}/{wereld['id']}", json={"label": "x", "profiel": gewijzigd, "versie": 1}, headers=kop)
    assert r.status_code == 409


def test_advies_en_export_staan_in_het_auditspoor_zonder_profiel(client, wereld):
    kop = wereld["mw.gent"]
    client.post(f"{PAD}/{wereld['id']}/advies", headers=kop)
    client.get(f"{PAD}/{wereld['id']}/export", headers=kop)
    with Session(client.app.state.engine) as s:
        regels = {a.actie: a for a in s.exec(select(AuditRegel)).all()}
    advies = regels["advies.gevraagd"]
    assert advies.onderwerp == wereld["id"] and advies.gebruikersnaam == "mw.gent"
    assert set(advies.details) == {"profiel_hash", "uitkomst", "regelversie", "peildatum"}
    assert len(advies.details["profiel_hash"]) == 64 and advies.details["uitkomst"] == "toekennen"
    assert "profiel.export" in regels and "profiel.bewaard" in regels


def test_export_bevat_alles_wat_bewaard_wordt(client, wereld):
    kop = wereld["mw.gent"]
    client.post(f"{PAD}/{wereld['id']}/advies", headers=kop)
    r = client.get(f"{PAD}/{wereld['id']}/export", headers=kop)
    assert r.status_code == 200
    assert r.headers["content-disposition"] == f'attachment; filename="profiel-{wereld["id"]}.json"'
    data = r.json()
    assert data["label"] == "Dossier 2025-0042" and data["profiel"]["gemeente"] == GENT
    assert data["insz_opgegeven"] is True and INSZ not in r.text
    assert len(data["adviezen"]) == 1 and data["bewaren_tot"]


def test_wissen_verwijdert_profiel_en_geschiedenis(client, wereld):
    kop = wereld["mw.gent"]
    client.post(f"{PAD}/{wereld['id']}/advies", headers=kop)
    assert client.delete(f"{PAD}/{wereld['id']}", headers=kop).status_code == 204
    assert client.get(f"{PAD}/{wereld['id']}", headers=kop).status_code == 404
    with Session(client.app.state.engine) as s:
        assert s.exec(select(ProfielAdvies)).all() == []
        gewist = s.exec(select(AuditRegel).where(AuditRegel.actie == "profiel.gewist")).one()
    assert gewist.onderwerp == wereld["id"]
