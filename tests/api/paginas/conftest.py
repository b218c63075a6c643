"""Fixtures for the web page tests: a small catalogue in the store and the form's CSRF token."""

from __future__ import annotations

import re

import pytest
from sqlmodel import Session

from catalogue import store
from tests.catalogue.maak import recht

LEEFTIJD_18 = {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 18}


def records():
    return [
        recht("leefloon", naam="Leefloon", niveau="federaal", uitvoerend_niveau=["lokaal"], automatisch=False,
              themas=["WelzijnGezondheid"], sociale_doelgroepen=["laag-inkomen", "leefloners"],
              samenvatting="Een minimuminkomen van het OCMW.", voorwaarde=LEEFTIJD_18,
              bevoegde_overheid={"naam": "POD Maatschappelijke Integratie"},
              relaties={"geeft_recht_op": ["verhoogde-tegemoetkoming"]},
              aanvragen_bij="Bij het OCMW van je gemeente.", documenten=["identiteitskaart", "rekeninguittreksels"],
              bedragen=[
                  {"omschrijving": "Categorie 2 — alleenstaande", "waarde": "1314.20", "periode": "maand",
                   "geldig_vanaf": "2025-02-01", "geldig_tot": "2026-02-28", "bron": "https://www.mi-is.be/nl"},
                  {"omschrijving": "Categorie 2 — alleenstaande", "waarde": "1340.47", "periode": "maand",
                   "geldig_vanaf": "2026-03-01", "bron": "https://www.mi-is.be/nl"}],
              laatst_geverifieerd="2020-01-01",
              verificatie_opmerking="Bedrag 2026 niet officieel bevestigd."),
        recht("verhoogde-tegemoetkoming", naam="Verhoogde tegemoetkoming", niveau="federaal",
              uitvoerend_niveau=["derden"], bevoegde_overheid={"naam": "RIZIV"}, automatisch=True,
              sociale_doelgroepen=["laag-inkomen"], zoektermen=["VT", "remgeld"],
              voorwaarde={"een_van": [{"heeft_recht": "leefloon"},
                                      {"veld": "huishouden.inkomen_jaar", "op": "<=", "waarde": 26000}]},
              contact=[{"naam": "Ziekenfonds", "telefoon": "02 123 45 67", "url": "https://www.riziv.fgov.be/nl"}]),
        recht("gent-uitpas-kansentarief", naam="UiTPAS Gent met kansentarief", themas=["CultuurSportVrijeTijd"],
              sociale_doelgroepen=["laag-inkomen"],
              voorwaarde={"alle": [{"woont_in": ["44021"]}, {"heeft_recht": "verhoogde-tegemoetkoming"}]},
              procedures=[{"naam": "Aanvragen", "beschrijving": "Aan de balie van de UiTPAS-verkooppunten."}]),
        recht("hasselt-huurpremie", naam="Huurpremie Hasselt", gebied=["71072"], themas=["BouwenWonen"],
              bevoegde_overheid={"naam": "Stad Hasselt"}, sociale_doelgroepen=["huurders"]),
        recht("gent-ontwerp", naam="Nog niet klaar", status="ontwerp"),
    ]  # fmt: skip


@pytest.fixture
def catalogus(client):
    """The client with a small published catalogue (federal, Ghent, Hasselt, a draft)."""
    with Session(client.app.state.engine) as sessie:
        for record in records():
            store.bewaar_record(sessie, record, door="test", reden="")
        sessie.commit()
    return client


def token(client, pad: str = "/") -> str:
    """The CSRF token of the form on `pad` (the GET also sets the cookie)."""
    r = client.get(pad)
    gevonden = re.search(r'name="csrf_token" value="([^"]+)"', r.text)
    assert gevonden, f"geen csrf_token op {pad}"
    return gevonden.group(1)


def recht_id(client, code: str) -> str:
    return client.get(f"/api/v1/rechten/{code}").json()["id"]
