"""`/overzicht` and the leefloon entry: living alone and having no income of one's own are asked as yes/no, so
the questionnaire can settle the leefloon (and the rights that follow from it) without the full advice form."""

from __future__ import annotations

import re

from tests.api.paginas.conftest import token
from tests.support.html import controleer_pagina

NS = "{http://www.w3.org/1999/xhtml}"
LEEFLOON = {
    "situatie.aanvrager.leeftijd": "30",
    "aanvrager.verblijfsstatus": "belg",
    "aanvrager.woont_in_belgie": "ja",
    "aanvrager.werkbereid": "ja",
    "aanvrager.rechten_uitgeput": "ja",
}


def post(client, **velden):
    data = {"csrf_token": token(client, "/overzicht"), "gemeente": "Gent", "gemeente_nis": "44021", **velden}
    return client.post("/overzicht", data=data)


def antwoorden(**antwoord: str) -> dict:
    return {**antwoord, "gevraagd": list(antwoord), "stap": "2"}


def leefloon_status(html: str) -> str:
    """The status group the leefloon's entry is listed under on the result page."""
    plek = html.index(">Leefloon<")
    koppen = [(m.start(), m.group(1)) for m in re.finditer(r'<h2 id="groep-(\w+)"', html)]
    return [status for begin, status in koppen if begin < plek][-1]


def test_de_vragen_komen_in_de_vragenlijst(catalogus):
    """Asked when the overview needs them, as yes/no with 'Ik weet het niet', never as 'list them'."""
    data = antwoorden(**LEEFLOON)
    r = post(catalogus, **data, actie="volgende")
    gevraagd = re.findall(r'name="getoond" value="([^"]+)"', r.text)
    assert {"huisgenoten", "aanvrager.inkomsten"} <= set(gevraagd)
    doc = controleer_pagina(r.text)
    alleen = doc.find(f".//{NS}fieldset[@id='huisgenoten']")
    assert alleen is not None and "Woont de persoon alleen" in r.text
    assert [i.get("value") for i in alleen.findall(f".//{NS}input")] == ["ja", "nee", ""]
    assert "Wie woont er onder hetzelfde dak" not in r.text


def test_alleen_en_zonder_inkomsten_maakt_het_leefloon_waarschijnlijk(catalogus):
    data = antwoorden(**LEEFLOON, huisgenoten="ja", **{"aanvrager.inkomsten": "nee"})
    r = post(catalogus, **data, actie="overzicht")
    assert r.status_code == 200, r.text
    controleer_pagina(r.text)
    assert leefloon_status(r.text) == "waarschijnlijk"
    api = catalogus.post("/api/v1/leefloon/advies", json={
        "peildatum": __import__("datetime").date.today().isoformat(), "huisgenoten": [],
        "aanvrager": {"geboortedatum": "1990-01-01", "verblijfsstatus": "belg", "woont_in_belgie": True,
                      "werkbereid": True, "rechten_uitgeput": True, "inkomsten": []}}).json()  # fmt: skip
    assert api["uitkomst"] == "toekennen" and api["categorie"] == 2
    bedrag = api["bedrag"]["maand"].replace(".", ",")
    assert bedrag in r.text.replace(".", "")  # the category 2 amount of today, as the advice computes it


def test_samenwonen_of_inkomsten_laten_het_advies_open(catalogus):
    """'nee' to living alone or 'ja' to incomes cannot be computed here: the entry stays 'mogelijk'."""
    for antwoord in (
        {"huisgenoten": "nee", "aanvrager.inkomsten": "nee"},
        {"huisgenoten": "ja", "aanvrager.inkomsten": "ja"},
    ):
        r = post(catalogus, **antwoorden(**LEEFLOON, **antwoord), actie="overzicht")
        assert r.status_code == 200 and leefloon_status(r.text) == "mogelijk"


def test_ander_antwoord_is_een_fout_bij_de_vraag_en_niets_kwijt(catalogus):
    data = antwoorden(**LEEFLOON, huisgenoten="misschien", **{"aanvrager.inkomsten": "nee"})
    data["getoond"] = ["huisgenoten", "aanvrager.inkomsten"]
    r = post(catalogus, **data, actie="overzicht")
    assert r.status_code == 422
    doc = controleer_pagina(r.text)
    assert "Kies ja, nee of" in r.text and 'href="#huisgenoten"' in r.text
    nee = doc.find(f".//{NS}fieldset[@id='aanvrager-inkomsten']//{NS}input[@value='nee']")
    assert nee.get("checked") is not None


def test_een_huishouden_van_een_persoon_is_alleen_wonen(catalogus):
    data = antwoorden(**LEEFLOON, **{"situatie.huishouden.grootte": "1", "aanvrager.inkomsten": "nee"})
    r = post(catalogus, **data, actie="overzicht")
    assert r.status_code == 200 and leefloon_status(r.text) == "waarschijnlijk"


def test_wie_met_meer_woont_krijgt_de_vraag_alleen_wonen_niet(catalogus):
    data = antwoorden(**LEEFLOON, **{"situatie.huishouden.grootte": "3"})
    r = post(catalogus, **data, actie="volgende")
    getoond = re.findall(r'name="getoond" value="([^"]+)"', r.text)
    assert "aanvrager.inkomsten" in getoond and "huisgenoten" not in getoond


def test_alleen_wonen_en_een_huishouden_van_drie_is_tegenstrijdig(catalogus):
    data = antwoorden(**LEEFLOON, huisgenoten="ja", **{"situatie.huishouden.grootte": "3"})
    data["getoond"] = ["huisgenoten", "situatie.huishouden.grootte"]
    r = post(catalogus, **data, actie="overzicht")
    assert r.status_code == 422 and "Tegenstrijdig" in r.text
    controleer_pagina(r.text)


def test_niet_alleen_en_een_huishouden_van_een_is_tegenstrijdig(catalogus):
    data = antwoorden(**LEEFLOON, huisgenoten="nee", **{"situatie.huishouden.grootte": "1"})
    data["getoond"] = ["huisgenoten", "situatie.huishouden.grootte"]
    r = post(catalogus, **data, actie="overzicht")
    assert r.status_code == 422 and 'href="#huisgenoten"' in r.text
    assert "het huishouden telt één persoon" in r.text
    controleer_pagina(r.text)
