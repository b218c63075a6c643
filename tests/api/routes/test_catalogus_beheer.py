"""Catalogue maintenance API (CONTRACT.md §7), tested as an attacker would: one test per authorisation rule.

Gent's redacteur must not create, change, publish, take offline, archive or even see Antwerpen's rights; the
answer for someone else's right is the 404 of an id that does not exist; every endpoint refuses anonymous calls.
"""

import uuid

import pytest
from sqlmodel import Session, select

from catalogue.models import Recht, RechtPublicatie
from tests.support.personeel import ANTWERPEN, GENT, gebruiker, lokaal_recht, token

LIJST = "/api/v1/catalogus/rechten"


@pytest.fixture
def wereld(client):
    """Two municipalities, each with a draft and a published right, a redacteur each, a social worker, an admin."""
    app = client.app
    w = {
        "gent_ontwerp": lokaal_recht(app, "gent-ontwerp", GENT),
        "gent_publiek": lokaal_recht(app, "gent-publiek", GENT, status="gepubliceerd"),
        "antw_ontwerp": lokaal_recht(app, "antwerpen-ontwerp", ANTWERPEN),
        "antw_publiek": lokaal_recht(app, "antwerpen-publiek", ANTWERPEN, status="gepubliceerd"),
    }
    gebruiker(app, "red.gent", GENT, "redacteur")
    gebruiker(app, "red.antwerpen", ANTWERPEN, "redacteur")
    gebruiker(app, "mw.gent", GENT, "maatschappelijk_werker")
    gebruiker(app, "platform", GENT, "admin")
    w["gent"] = token(client, "red.gent")
    w["antwerpen"] = token(client, "red.antwerpen")
    w["mw"] = token(client, "mw.gent")
    w["admin"] = token(client, "platform")
    return w


def _rij(client, recht_id) -> Recht:
    with Session(client.app.state.engine) as s:
        return s.exec(select(Recht).where(Recht.id == recht_id)).one()


def _publiek(client, recht_id) -> bool:
    with Session(client.app.state.engine) as s:
        return s.exec(select(RechtPublicatie).where(RechtPublicatie.id == recht_id)).first() is not None


def _body(client, kop, recht_id, **wijziging):
    huidig = client.get(f"{LIJST}/{recht_id}", headers=kop).json()
    return {**huidig, **wijziging}


# ## Anonymous: 401 everywhere


@pytest.mark.parametrize(
    ("methode", "pad"),
    [
        ("get", ""),
        ("post", ""),
        ("get", "/{id}"),
        ("put", "/{id}"),
        ("post", "/{id}/publiceren"),
        ("post", "/{id}/depubliceren"),
        ("post", "/{id}/archiveren"),
    ],
)
def test_zonder_token_401(client, wereld, methode, pad):
    r = client.request(methode, LIJST + pad.format(id=wereld["gent_ontwerp"]), json={"naam": "x"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")


def test_vals_token_401(client, wereld):
    r = client.get(LIJST, headers={"Authorization": "Bearer " + "A" * 43})
    assert r.status_code == 401


# ## Another municipality's rights do not exist for you


def test_ontwerp_van_een_andere_gemeente_is_onzichtbaar(client, wereld):
    r = client.get(f"{LIJST}/{wereld['antw_ontwerp']}", headers=wereld["gent"])
    onbekend = client.get(f"{LIJST}/{uuid.uuid4()}", headers=wereld["gent"])
    assert r.status_code == onbekend.status_code == 404
    assert r.json() == onbekend.json(), "hetzelfde antwoord: niet te onderscheiden van een onbestaande id"


def test_ongeldige_id_geeft_dezelfde_404(client, wereld):
    for sleutel in ("1", "antwerpen-ontwerp", "' or 1=1 --", str(uuid.uuid4()).upper()):
        r = client.get(f"{LIJST}/{sleutel}", headers=wereld["gent"])
        assert r.status_code == 404
        assert r.json() == {"detail": "Geen recht met deze id in uw beheer."}


def test_lijst_toont_alleen_eigen_rechten(client, wereld):
    codes = {i["code"] for i in client.get(LIJST, headers=wereld["gent"]).json()["items"]}
    assert codes == {"gent-ontwerp", "gent-publiek"}
    codes = {i["code"] for i in client.get(LIJST, headers=wereld["antwerpen"]).json()["items"]}
    assert codes == {"antwerpen-ontwerp", "antwerpen-publiek"}


def test_kan_recht_van_andere_gemeente_niet_wijzigen(client, wereld):
    body = _body(client, wereld["antwerpen"], wereld["antw_ontwerp"], beschrijving={"nl": "Overgenomen door Gent"})
    r = client.put(f"{LIJST}/{wereld['antw_ontwerp']}", json=body, headers=wereld["gent"])
    assert r.status_code == 404
    assert _rij(client, wereld["antw_ontwerp"]).versie == 1
    assert "Gent" not in _rij(client, wereld["antw_ontwerp"]).record["beschrijving"]["nl"]


@pytest.mark.parametrize("actie", ["publiceren", "depubliceren", "archiveren"])
def test_kan_recht_van_andere_gemeente_niet_publiceren_of_archiveren(client, wereld, actie):
    for sleutel in ("antw_ontwerp", "antw_publiek"):
        voor = (_rij(client, wereld[sleutel]).status, _publiek(client, wereld[sleutel]))
        r = client.post(f"{LIJST}/{wereld[sleutel]}/{actie}", headers=wereld["gent"])
        assert r.status_code == 404
        assert (_rij(client, wereld[sleutel]).status, _publiek(client, wereld[sleutel])) == voor


def test_kan_geen_recht_voor_een_andere_gemeente_aanmaken(client, wereld):
    r = client.post(
        LIJST,
        headers=wereld["gent"],
        json={"naam": "Antwerpse premie", "beschrijving": "x", "niveau": "lokaal", "gebied": [ANTWERPEN]},
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["veld"] == "gebied"
    r = client.post(
        LIJST, headers=wereld["gent"], json={"naam": "Federale premie", "beschrijving": "x", "niveau": "federaal"}
    )
    assert r.status_code == 422
    with Session(client.app.state.engine) as s:
        assert s.exec(select(Recht).where(Recht.naam.in_(["Antwerpse premie", "Federale premie"]))).all() == []


def test_kan_eigen_recht_niet_naar_een_andere_gemeente_verhuizen(client, wereld):
    body = _body(client, wereld["gent"], wereld["gent_ontwerp"], gebied=[ANTWERPEN])
    r = client.put(f"{LIJST}/{wereld['gent_ontwerp']}", json=body, headers=wereld["gent"])
    assert r.status_code == 422 and r.json()["detail"][0]["veld"] == "gebied"
    assert _rij(client, wereld["gent_ontwerp"]).organisatie == GENT


def test_maatschappelijk_werker_is_geen_redacteur(client, wereld):
    assert client.get(LIJST, headers=wereld["mw"]).status_code == 403
    assert client.get(f"{LIJST}/{wereld['gent_ontwerp']}", headers=wereld["mw"]).status_code == 403
    r = client.post(LIJST, headers=wereld["mw"], json={"naam": "x", "beschrijving": "y", "niveau": "lokaal"})
    assert r.status_code == 403


def test_ontwerp_is_niet_publiek(client, wereld):
    assert client.get(f"/api/v1/rechten/{wereld['gent_ontwerp']}").status_code == 404
    assert client.get(f"/api/v1/rechten/{wereld['gent_publiek']}").status_code == 200


def test_admin_beheert_alle_rechten(client, wereld):
    codes = {i["code"] for i in client.get(LIJST, headers=wereld["admin"]).json()["items"]}
    assert {"gent-ontwerp", "antwerpen-ontwerp"} <= codes
    assert client.get(f"{LIJST}/{wereld['antw_ontwerp']}", headers=wereld["admin"]).status_code == 200


# ## The editor's own work


def test_nieuw_ontwerp_met_minimale_velden(client, wereld):
    r = client.post(
        LIJST,
        headers=wereld["gent"],
        json={"naam": "Sociaal restaurant De Tafel", "beschrijving": "Warme maaltijden.", "niveau": "lokaal"},
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert uuid.UUID(body["id"]).version == 4
    assert r.headers["location"] == f"{LIJST}/{body['id']}"
    assert (body["code"], body["gebied"], body["status"], body["versie"]) == (
        "gent-sociaal-restaurant-de-tafel",
        [GENT],
        "ontwerp",
        1,
    )
    assert {p["veld"] for p in body["beheer"]["onvolledig"]} == {"bron_url", "voorwaarde"}
    assert client.get(f"/api/v1/rechten/{body['id']}").status_code == 404


def test_nieuw_ontwerp_zonder_naam_422(client, wereld):
    r = client.post(LIJST, headers=wereld["gent"], json={"beschrijving": "x", "niveau": "lokaal"})
    assert r.status_code == 422 and r.json()["detail"][0]["veld"] == "naam"


def test_ongeldige_voorwaarde_wordt_geweigerd_met_het_pad(client, wereld):
    body = _body(
        client,
        wereld["gent"],
        wereld["gent_ontwerp"],
        voorwaarde={"alle": [{"woont_in": ["44021"]}, {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": "vijftig"}]},
    )
    r = client.put(f"{LIJST}/{wereld['gent_ontwerp']}", json=body, headers=wereld["gent"])
    assert r.status_code == 422
    assert r.json()["detail"] == [
        {
            "veld": "voorwaarde.alle.1.waarde",
            "bron": "body",
            "fout": "leeftijd: verwacht een geheel getal",
            "type": "value_error",
        }
    ]
    assert _rij(client, wereld["gent_ontwerp"]).versie == 1


def test_verouderde_versie_geeft_409_en_overschrijft_niets(client, wereld):
    basis = client.get(f"{LIJST}/{wereld['gent_ontwerp']}", headers=wereld["gent"]).json()
    eerste = {**basis, "beschrijving": {"nl": "Eerste redacteur."}}
    tweede = {**basis, "beschrijving": {"nl": "Tweede redacteur."}}
    assert client.put(f"{LIJST}/{basis['id']}", json=eerste, headers=wereld["gent"]).status_code == 200
    r = client.put(f"{LIJST}/{basis['id']}", json=tweede, headers=wereld["gent"])
    assert r.status_code == 409
    assert "huidige versie is 2" in r.json()["detail"]
    assert _rij(client, basis["id"]).record["beschrijving"]["nl"] == "Eerste redacteur."


def test_put_zonder_versie_422(client, wereld):
    body = _body(client, wereld["gent"], wereld["gent_ontwerp"])
    del body["versie"]
    r = client.put(f"{LIJST}/{wereld['gent_ontwerp']}", json=body, headers=wereld["gent"])
    assert r.status_code == 422 and r.json()["detail"][0]["veld"] == "versie"


def test_publiceren_depubliceren_archiveren(client, wereld):
    rid = wereld["gent_ontwerp"]
    r = client.post(f"{LIJST}/{rid}/publiceren", headers=wereld["gent"], json={"versie": 1})
    assert r.status_code == 200 and r.json()["beheer"]["publiek"] is True
    assert client.get(f"/api/v1/rechten/{rid}").status_code == 200
    r = client.post(f"{LIJST}/{rid}/depubliceren", headers=wereld["gent"])
    assert r.status_code == 200 and r.json()["status"] == "ontwerp" and r.json()["beheer"]["publiek"] is False
    assert client.get(f"/api/v1/rechten/{rid}").status_code == 404
    r = client.post(f"{LIJST}/{rid}/archiveren", headers=wereld["gent"])
    assert r.status_code == 200 and r.json()["status"] == "gearchiveerd"


def test_publiceren_met_verouderde_versie_409(client, wereld):
    r = client.post(f"{LIJST}/{wereld['gent_ontwerp']}/publiceren", headers=wereld["gent"], json={"versie": 7})
    assert r.status_code == 409
    assert not _publiek(client, wereld["gent_ontwerp"])


def test_onvolledig_ontwerp_kan_niet_gepubliceerd_worden(client, wereld):
    nieuw = client.post(LIJST, headers=wereld["gent"], json={"naam": "Nieuw", "beschrijving": "x", "niveau": "lokaal"})
    r = client.post(f"{LIJST}/{nieuw.json()['id']}/publiceren", headers=wereld["gent"])
    assert r.status_code == 422
    assert {f["veld"] for f in r.json()["detail"]} == {"bron_url", "voorwaarde"}


def test_elke_wijziging_staat_in_het_auditspoor(client, wereld):
    from catalogue.models import AuditRegel

    rid = wereld["gent_ontwerp"]
    client.put(
        f"{LIJST}/{rid}", json=_body(client, wereld["gent"], rid, beschrijving={"nl": "Nieuw."}), headers=wereld["gent"]
    )
    client.post(f"{LIJST}/{rid}/publiceren", headers=wereld["gent"])
    with Session(client.app.state.engine) as s:
        acties = [(a.actie, a.gebruikersnaam, a.onderwerp) for a in s.exec(select(AuditRegel)).all()]
    assert ("recht.gewijzigd", "red.gent", rid) in acties
    assert ("recht.gepubliceerd", "red.gent", rid) in acties
