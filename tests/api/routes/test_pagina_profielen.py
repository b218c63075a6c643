"""Pages of the saved client profiles: save with the advice form, re-run advice and overview, change, export, erase;
another organisation's profile is a 404; an INSZ is never sent back to the page or put in a URL."""

import json

import pytest
from sqlmodel import Session, select

from catalogue.models import Clientprofiel
from tests.support.formulier import lees_formulier
from tests.support.html import controleer_pagina
from tests.support.personeel import ANTWERPEN, GENT, aanmelden, csrf_van, gebruiker, tweede_client

INSZ = "85073003328"


@pytest.fixture
def mw(client):
    gebruiker(client.app, "mw.gent", GENT, "maatschappelijk_werker")
    aanmelden(client, "mw.gent", volgende="/profielen")
    return client


def _nieuw(client, **extra):
    form = lees_formulier(client.get("/profielen/nieuw").text, "formulier")
    form.zet("label", "Dossier 2025-0042").zet("insz", INSZ).zet("peildatum", "2025-01-15")
    for naam, waarde in {
        "aanvrager.geboortedatum": "1985-07-30",
        "aanvrager.verblijfsstatus": "belg",
        "aanvrager.woont_in_belgie": "ja",
        "aanvrager.burgerlijke_staat": "ongehuwd",
        "aanvrager.werkbereid": "ja",
        "aanvrager.rechten_uitgeput": "ja",
        "aanvrager.gedetineerd": "nee",
        "aanvrager.dakloos": "nee",
        "aanvrager.student": "nee",
        "aanvrager.gedeelde_huishouding": "nee",
        "aanvrager.inkomsten": "geen",
        "aanvrager.vermogen.spaargeld": "0",
        "huisgenoten": "geen",
        "gemeente": GENT,
        **extra,
    }.items():
        form.zet(naam, waarde)
    return client.post("/profielen/nieuw", data=form.data("bewaar"))


def test_profiel_bewaren_met_het_adviesformulier(mw):
    r = mw.get("/profielen/nieuw")
    controleer_pagina(r.text)
    r = _nieuw(mw)
    assert r.status_code == 200 and "/profielen/" in str(r.url), r.text[:3000]
    controleer_pagina(r.text)
    assert "Dossier 2025-0042" in r.text and "met INSZ" in r.text
    assert INSZ not in r.text and "85.07.30" not in r.text


def test_ongeldig_insz_wordt_niet_teruggestuurd(mw):
    form = lees_formulier(mw.get("/profielen/nieuw").text, "formulier")
    r = mw.post("/profielen/nieuw", data=form.zet("label", "X").zet("insz", "85073003329").data("bewaar"))
    assert r.status_code == 422
    assert "controlegetal" in r.text and "85073003329" not in r.text


def test_zoeken_op_insz_gaat_via_post(mw):
    _nieuw(mw)
    lijst = mw.get("/profielen")
    controleer_pagina(lijst.text)
    assert 'method="post" action="/profielen/zoeken"' in lijst.text
    r = mw.post("/profielen/zoeken", data={"csrf_token": csrf_van(lijst.text), "insz": "85.07.30-033.28"})
    assert "Dossier 2025-0042" in r.text
    r = mw.post("/profielen/zoeken", data={"csrf_token": csrf_van(lijst.text), "insz": "01020300170"})
    assert "Dossier 2025-0042" not in r.text


def test_advies_opnieuw_op_een_andere_peildatum_met_geschiedenis(mw):
    pagina = _nieuw(mw)
    pid = str(pagina.url).split("/profielen/")[1].split("?")[0]
    r = mw.post(f"/profielen/{pid}/advies", data={"csrf_token": csrf_van(pagina.text), "peildatum": "2025-01-15"})
    controleer_pagina(r.text)
    assert "Advies op 15 januari 2025" in r.text
    r = mw.post(f"/profielen/{pid}/advies", data={"csrf_token": csrf_van(r.text), "peildatum": "2025-02-15"})
    assert "Advies op 15 februari 2025" in r.text
    geschiedenis = r.text.split('id="geschiedenis-kop"')[1]
    assert geschiedenis.count("leefloonadvies") == 2
    assert "€ 1.314,20" in geschiedenis and "€ 1.288,46" in geschiedenis


def test_rechtenoverzicht_op_het_profiel(mw):
    pagina = _nieuw(mw)
    pid = str(pagina.url).split("/profielen/")[1].split("?")[0]
    r = mw.post(f"/profielen/{pid}/overzicht", data={"csrf_token": csrf_van(pagina.text), "peildatum": "2025-02-15"})
    assert r.status_code == 200
    controleer_pagina(r.text)
    assert "Rechtenoverzicht op 15 februari 2025 in Gent" in r.text


def test_situatie_wijzigen(mw):
    pagina = _nieuw(mw)
    pid = str(pagina.url).split("/profielen/")[1].split("?")[0]
    form = lees_formulier(mw.get(f"/profielen/{pid}/wijzigen").text, "formulier")
    assert form.waarde("aanvrager.geboortedatum") == "1985-07-30"
    r = mw.post(f"/profielen/{pid}/wijzigen", data=form.zet("aanvrager.student", "ja").data("bewaar"))
    assert "Het cliëntenprofiel is bewaard" in r.text
    data = mw.get(f"/profielen/{pid}/export").json()
    assert data["profiel"]["aanvrager"]["student"] is True and data["versie"] == 2


def test_exporteren_en_wissen(mw):
    pagina = _nieuw(mw)
    pid = str(pagina.url).split("/profielen/")[1].split("?")[0]
    export = mw.get(f"/profielen/{pid}/export")
    assert export.headers["content-disposition"].startswith("attachment")
    assert json.loads(export.text)["label"] == "Dossier 2025-0042"
    token = csrf_van(pagina.text)
    r = mw.post(f"/profielen/{pid}/wissen", data={"csrf_token": token}, follow_redirects=False)
    assert r.headers["location"].endswith("#wissen"), "zonder bevestiging wordt niets gewist"
    r = mw.post(f"/profielen/{pid}/wissen", data={"csrf_token": token, "bevestig": "ja"})
    assert "zijn geschiedenis zijn gewist" in r.text
    assert mw.get(f"/profielen/{pid}").status_code == 404


def test_profiel_van_een_andere_organisatie_is_404(mw):
    pagina = _nieuw(mw)
    pid = str(pagina.url).split("/profielen/")[1].split("?")[0]
    gebruiker(mw.app, "mw.antwerpen", ANTWERPEN, "maatschappelijk_werker")
    ander = tweede_client(mw)
    aanmelden(ander, "mw.antwerpen", volgende="/profielen")
    token = csrf_van(ander.get("/profielen").text)
    assert "Dossier 2025-0042" not in ander.get("/profielen").text
    for methode, pad in [
        ("get", ""),
        ("get", "/export"),
        ("get", "/wijzigen"),
        ("post", "/advies"),
        ("post", "/overzicht"),
        ("post", "/wissen"),
        ("post", "/wijzigen"),
    ]:
        r = ander.request(
            methode,
            f"/profielen/{pid}{pad}",
            data={"csrf_token": token, "bevestig": "ja"} if methode == "post" else None,
        )
        assert r.status_code == 404, pad
    with Session(mw.app.state.engine) as s:
        assert s.exec(select(Clientprofiel)).one().id == pid


def test_redacteur_ziet_geen_clientprofielen(client):
    gebruiker(client.app, "red.gent", GENT, "redacteur")
    aanmelden(client, "red.gent")
    assert client.get("/profielen").status_code == 403
    assert "Cliëntenprofielen" not in client.get("/beheer").text
