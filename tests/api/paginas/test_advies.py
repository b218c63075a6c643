"""`/advies`: the leefloon advice form → the advice, rows added and removed without JavaScript, errors on the
fields with nothing lost, and "what if" against the previous submission."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from api.config import Omgeving, Settings
from api.main import create_app
from api.web.adviesformulier import LIJSTEN
from api.web.formulier import verwerk_actie
from rechten.teksten import bedrag_tekst
from tests.api.paginas.conftest import token
from tests.api.paginas.formulier import als_formulier
from tests.rechten.gevallen import CASES, lees_gevallen
from tests.support.html import controleer_pagina

NS = "{http://www.w3.org/1999/xhtml}"
GEVALLEN = [(n, g) for m in ("publiek", "eigen") for n, g in lees_gevallen(CASES / m) if "onbekend-veld" not in n]
CO_OUDER = {
    "peildatum": "2025-02-15",
    "aanvrager": {"geboortedatum": "1988-07-07", "verblijfsstatus": "belg", "woont_in_belgie": True,
                  "burgerlijke_staat": "gescheiden", "werkbereid": True, "rechten_uitgeput": True, "inkomsten": []},
    "huisgenoten": [{"relatie": "kind", "geboortedatum": "2017-04-12", "ongehuwd": True,
                     "verblijfsregeling": "co_ouderschap", "inkomsten": []}],
}  # fmt: skip


@pytest.fixture(scope="module")
def gedeeld(tmp_path_factory):
    """One app for the many worked cases (the advice page keeps no state between requests)."""
    settings = Settings(omgeving=Omgeving.test, database_url="sqlite://", data_dir=tmp_path_factory.mktemp("advies"),
                        laad_catalogus=False)  # fmt: skip
    with TestClient(create_app(settings)) as c:
        yield c


def post(client, velden: dict, **extra) -> object:
    return client.post("/advies", data={"csrf_token": token(client, "/advies"), "actie": "bereken", **velden, **extra})


def tekst_van(html_: str, id_: str) -> str | None:
    m = re.search(rf'id="{id_}"[^>]*>(.*?)</dd>', html_, re.S)
    return re.sub(r"<[^>]+>", "", m.group(1)).split("(")[0].strip() if m else None


def test_leeg_formulier_met_peildatum_vandaag(client):
    r = client.get("/advies")
    doc = controleer_pagina(r.text)
    peildatum = doc.find(f".//{NS}input[@id='peildatum']")
    assert peildatum.get("value") == date.today().isoformat() and peildatum.get("type") == "date"
    assert 'name="csrf_token" value="' in r.text and 'value=""' not in r.text.split('name="csrf_token"')[1][:10]
    # Every question can stay unknown: yes/no questions offer "Ik weet het niet" and start there.
    werkbereid = doc.find(f".//{NS}select[@id='aanvrager-werkbereid']")
    assert [o.text for o in werkbereid] == ["Ik weet het niet", "Ja", "Nee"]


@pytest.mark.parametrize(("naam", "geval"), GEVALLEN, ids=[n for n, _ in GEVALLEN])
def test_elk_geval_via_het_formulier_geeft_hetzelfde_advies_als_de_api(gedeeld, naam, geval):
    """The form expresses every worked case; the page shows the API's advice, amounts to the cent."""
    client = gedeeld
    api = client.post("/api/v1/leefloon/advies", json=geval["profiel"])
    r = post(client, als_formulier(geval["profiel"]))
    controleer_pagina(r.text)
    if api.status_code == 422:
        assert r.status_code == 422
        for fout in api.json()["detail"]:
            assert f'href="#{fout["veld"].replace(".", "-")}"' in r.text
        return
    assert r.status_code == 200
    a = api.json()
    uitkomst = {"toekennen": "Recht op leefloon", "weigeren": "Geen recht op leefloon",
                "onvoldoende_gegevens": "Nog onvoldoende gegevens"}[a["uitkomst"]]  # fmt: skip
    assert f'id="uitkomst">{uitkomst}<' in r.text
    bedrag = a["bedrag"] or a["voorlopig_bedrag"]
    if bedrag:
        assert tekst_van(r.text, "bedrag-maand") == bedrag_tekst(Decimal(bedrag["maand"]), "nl")
        assert tekst_van(r.text, "bedrag-jaar") == bedrag_tekst(Decimal(bedrag["jaar"]), "nl")
    else:
        assert 'id="bedrag-maand"' not in r.text
    for v in a["voorwaarden"]:
        rij = r.text[r.text.index(f'id="voorwaarde-{v["code"]}"') :].split("</tr>")[0]
        assert f"status-{v['status']}" in rij and html.escape(v["uitleg"], quote=False) in rij


def test_huisgenoot_toevoegen_zonder_javascript(client):
    r = client.post("/advies", data={"csrf_token": token(client, "/advies"), "actie": "toevoegen:huisgenoten",
                                     "peildatum": "2025-02-15", "aanvrager.geboortedatum": "1990-01-01"})  # fmt: skip
    doc = controleer_pagina(r.text)
    assert doc.find(f".//{NS}select[@id='huisgenoten-0-relatie']").get("autofocus") is not None
    assert doc.find(f".//{NS}input[@id='aanvrager-geboortedatum']").get("value") == "1990-01-01"
    gekozen = doc.find(f".//{NS}select[@id='huisgenoten']/{NS}option[@selected]")
    assert gekozen.get("value") == "lijst"  # adding a row means: the rows below count
    assert "Advies op" not in r.text  # nothing computed yet


def test_rij_verwijderen_hernummert_de_rest_met_hun_inkomsten(client):
    velden = {"peildatum": "2025-02-15", "huisgenoten": "lijst",
              "huisgenoten.0._rij": "1", "huisgenoten.0.relatie": "partner",
              "huisgenoten.1._rij": "1", "huisgenoten.1.relatie": "kind", "huisgenoten.1.geboortedatum": "2015-05-05",
              "huisgenoten.1.inkomsten": "lijst", "huisgenoten.1.inkomsten.0._rij": "1",
              "huisgenoten.1.inkomsten.0.soort": "gezinsbijslag_zelf"}  # fmt: skip
    r = post(client, velden, actie="verwijderen:huisgenoten.0")
    doc = controleer_pagina(r.text)
    assert doc.find(f".//{NS}select[@id='huisgenoten-1-relatie']") is None
    gekozen = doc.find(f".//{NS}select[@id='huisgenoten-0-relatie']/{NS}option[@selected]")
    assert gekozen.get("value") == "kind"
    assert doc.find(f".//{NS}input[@id='huisgenoten-0-geboortedatum']").get("value") == "2015-05-05"
    soort = doc.find(f".//{NS}select[@id='huisgenoten-0-inkomsten-0-soort']/{NS}option[@selected]")
    assert soort.get("value") == "gezinsbijslag_zelf"


def test_ongeldige_waarde_fout_bij_het_veld_en_niets_kwijt(client):
    velden = als_formulier(CO_OUDER) | {"aanvrager.inkomsten": "lijst", "aanvrager.inkomsten.0._rij": "1",
                                        "aanvrager.inkomsten.0.soort": "loon", "aanvrager.inkomsten.0.bedrag": "12,3,4",
                                        "aanvrager.inkomsten.0.per": "maand"}  # fmt: skip
    r = post(client, velden)
    assert r.status_code == 422
    doc = controleer_pagina(r.text)
    invoer = doc.find(f".//{NS}input[@id='aanvrager-inkomsten-0-bedrag']")
    assert invoer.get("value") == "12,3,4" and invoer.get("aria-invalid") == "true"
    beschreven = invoer.get("aria-describedby").split()
    assert "aanvrager-inkomsten-0-bedrag-fout" in beschreven
    fout = doc.find(f".//{NS}p[@id='aanvrager-inkomsten-0-bedrag-fout']")
    assert "Vul een bedrag in" in "".join(fout.itertext())
    samenvatting = doc.find(f".//{NS}div[@id='foutsamenvatting']")
    assert samenvatting.get("role") == "alert"
    link = samenvatting.find(f".//{NS}a")
    assert link.get("href") == "#aanvrager-inkomsten-0-bedrag"
    assert link.text.startswith("Aanvrager › Inkomsten › Inkomen 1 › Netto bedrag:")
    # Everything else typed is still there.
    assert doc.find(f".//{NS}input[@id='huisgenoten-0-geboortedatum']").get("value") == "2017-04-12"
    regeling = doc.find(f".//{NS}select[@id='huisgenoten-0-verblijfsregeling']/{NS}option[@selected]")
    assert regeling.get("value") == "co_ouderschap"
    assert "Advies op" not in r.text


def test_keuze_geen_met_toch_rijen_is_een_fout(client):
    velden = als_formulier(CO_OUDER) | {"aanvrager.inkomsten.0._rij": "1", "aanvrager.inkomsten.0.soort": "loon"}
    r = post(client, velden)
    assert r.status_code == 422
    assert 'id="aanvrager-inkomsten-fout"' in r.text and "U koos &#39;geen&#39;" in r.text


def test_lege_rij_telt_niet_mee_en_onbekend_blijft_onbekend(client):
    velden = als_formulier(CO_OUDER) | {"aanvrager.vermogen.onroerend.0._rij": "1",
                                        "aanvrager.vermogen.onroerend.0.zakelijk_recht": "volle_eigendom"}  # fmt: skip
    r = post(client, velden)
    assert r.status_code == 200 and tekst_van(r.text, "bedrag-maand") == "€ 1.776,07"


def test_ocmw_bedrag_voor_meetellen(client):
    profiel = json.loads(json.dumps(CO_OUDER))
    profiel["aanvrager"]["gedeelde_huishouding"] = True
    profiel["huisgenoten"].append({"relatie": "ouder", "geboortedatum": "1960-01-01", "meetellen": "1200",
                                   "inkomsten": [{"soort": "pensioen", "bedrag": "2500", "per": "maand"}]})  # fmt: skip
    api = client.post("/api/v1/leefloon/advies", json=profiel).json()
    assert api["uitkomst"] == "toekennen" and api["bedrag"]["maand"] != "1776.07"  # the 1200 a year counts
    r = post(client, als_formulier(profiel))
    assert tekst_van(r.text, "bedrag-maand") == bedrag_tekst(Decimal(api["bedrag"]["maand"]), "nl")
    zonder = als_formulier(profiel) | {"huisgenoten.1.meetellen_bedrag": ""}
    r = post(client, zonder)
    assert r.status_code == 422 and 'href="#huisgenoten-1-meetellen_bedrag"' in r.text


def test_wat_als_toont_vorige_en_nieuwe_uitkomst(client):
    eerste = post(client, als_formulier(CO_OUDER))
    vorig = html.unescape(re.search(r'name="vorig_profiel" value="([^"]+)"', eerste.text).group(1))
    assert json.loads(vorig)["huisgenoten"][0]["verblijfsregeling"] == "co_ouderschap"
    gewijzigd = als_formulier(CO_OUDER) | {"huisgenoten.0.verblijfsregeling": "occasioneel"}
    r = post(client, gewijzigd, vorig_profiel=vorig)
    controleer_pagina(r.text)
    watals = r.text[r.text.index('class="watals"') : r.text.index("</section>", r.text.index('class="watals"'))]
    tekst = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", watals))
    assert "Categorie Categorie 3: met gezin ten laste Categorie 2: alleenstaande" in tekst
    assert "Leefloon per maand € 1.776,07 € 1.314,20" in tekst
    assert (
        "Huisgenoten › Huisgenoot 1 › Verblijfsregeling (kinderen) Co-ouderschap (bv. week om week) Af en toe" in tekst
    )
    # The new profile becomes the previous one for the next submission.
    assert "occasioneel" in html.unescape(re.search(r'name="vorig_profiel" value="([^"]+)"', r.text).group(1))


def test_zelfde_gegevens_opnieuw_geeft_geen_vergelijking_en_vervalst_vorig_wordt_genegeerd(client):
    eerste = post(client, als_formulier(CO_OUDER))
    vorig = html.unescape(re.search(r'name="vorig_profiel" value="([^"]+)"', eerste.text).group(1))
    assert 'class="watals"' not in post(client, als_formulier(CO_OUDER), vorig_profiel=vorig).text
    r = post(client, als_formulier(CO_OUDER), vorig_profiel='{"peildatum": "nee"}')
    assert r.status_code == 200 and 'class="watals"' not in r.text


def test_zonder_csrf_geweigerd(client):
    client.get("/advies")
    r = client.post("/advies", data={"actie": "bereken", **als_formulier(CO_OUDER)})
    assert r.status_code == 403


def test_advies_in_het_frans(client):
    client.get("/advies?taal=fr")
    r = post(client, als_formulier(CO_OUDER))
    controleer_pagina(r.text, taal="fr")
    assert tekst_van(r.text, "bedrag-maand") == "1\u202f776,07\u00a0€"


def test_open_vraag_linkt_naar_het_veld(client):
    r = post(client, {"peildatum": "2025-02-15"})
    assert r.status_code == 200
    assert '<a href="#aanvrager-werkbereid">Is de aanvrager bereid om te werken?</a>' in r.text


def test_acties_op_onbekende_lijsten_doen_niets():
    waarden = {"peildatum": "2025-01-01"}
    assert verwerk_actie("toevoegen:bestaat.niet", waarden, LIJSTEN) is None
    assert verwerk_actie("verwijderen:huisgenoten.x", waarden, LIJSTEN) is None
    assert verwerk_actie("iets", waarden, LIJSTEN) is None
    assert waarden == {"peildatum": "2025-01-01"}
