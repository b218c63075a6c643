"""`/overzicht`: municipality first, then only the questions that matter, then the overview grouped by status and
theme, with a printable handout. Answers travel in the form; nothing is stored."""

from __future__ import annotations

import re

from tests.api.paginas.conftest import token
from tests.support.html import controleer_pagina

NS = "{http://www.w3.org/1999/xhtml}"


def stap(client, **velden):
    data = {"csrf_token": token(client, "/overzicht"), "actie": "volgende", "stap": "0", **velden}
    return client.post("/overzicht", data=data)


def verborgen(html: str) -> dict[str, list[str]]:
    uit: dict[str, list[str]] = {}
    for naam, waarde in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        uit.setdefault(naam, []).append(waarde)
    return uit


def test_begint_met_de_gemeente(catalogus):
    r = catalogus.get("/overzicht")
    doc = controleer_pagina(r.text)
    veld = doc.find(f".//{NS}input[@id='gemeente']")
    assert veld.get("required") is not None and veld.get("autocomplete") == "address-level2"


def test_zonder_of_met_onbekende_gemeente_fout_bij_het_veld(catalogus):
    for invoer, melding in (("", "Vul de gemeente of de postcode in."), ("Atlantis", "Geen Belgische gemeente")):
        r = stap(catalogus, gemeente=invoer)
        assert r.status_code == 422
        doc = controleer_pagina(r.text)
        assert doc.find(f".//{NS}input[@id='gemeente']").get("aria-invalid") == "true"
        assert melding in r.text and 'href="#gemeente"' in r.text


def test_meerdere_gemeenten_kies_er_een(catalogus):
    r = stap(catalogus, gemeente="Bru")
    doc = controleer_pagina(r.text)
    keuzes = doc.findall(f".//{NS}fieldset[@id='gemeente_nis']//{NS}input")
    assert "31005" in [k.get("value") for k in keuzes]
    r = stap(catalogus, gemeente="Bru", gemeente_nis="31005")
    assert r.status_code == 200 and "Gemeente: Brugge." in r.text


def test_eerste_stap_vraagt_wat_ertoe_doet_met_ik_weet_het_niet(catalogus):
    r = stap(catalogus, gemeente="9000")
    doc = controleer_pagina(r.text)
    assert "Stap 1" in r.text and "Gemeente: Gent." in r.text
    h = verborgen(r.text)
    assert h["gemeente_nis"] == ["44021"]
    # The overview's open questions, most deciding first; a birth date is asked as an age.
    assert "situatie.aanvrager.leeftijd" in h["getoond"] and len(h["getoond"]) <= 6
    assert "situatie.ontvangt" in h["gevraagd"]
    ontvangt = [i.get("value") for i in doc.findall(f".//{NS}fieldset[@id='situatie-ontvangt']//{NS}input")]
    assert ontvangt == ["leefloon", "verhoogde-tegemoetkoming"]  # the rights other rights follow from
    leeftijd = doc.find(f".//{NS}input[@id='situatie-aanvrager-leeftijd']")
    assert "situatie-aanvrager-leeftijd-hint" in leeftijd.get("aria-describedby")
    assert "Leeg laten als u het niet weet." in r.text


def antwoorden(client, **antwoord):
    eerste = stap(client, gemeente="Gent")
    h = verborgen(eerste.text)
    data = {"stap": "1", "gemeente": "Gent", "gemeente_nis": "44021", "gevraagd": h["gevraagd"], **antwoord}
    return data


def test_overzicht_gegroepeerd_per_status_en_thema_zoals_de_api(catalogus):
    data = antwoorden(catalogus, **{"situatie.aanvrager.leeftijd": "40", "situatie.ontvangt": ["leefloon"]})
    r = stap(catalogus, **data, actie="overzicht")
    assert r.status_code == 200
    doc = controleer_pagina(r.text)
    api = catalogus.post("/api/v1/overzicht", json={"peildatum": __import__("datetime").date.today().isoformat(),
                                                    "gemeente": "44021", "aanvrager": {},
                                                    "situatie": {"aanvrager": {"leeftijd": 40},
                                                                 "ontvangt": ["leefloon"]}}).json()  # fmt: skip
    waarschijnlijk = doc.find(f".//{NS}section[@aria-labelledby='groep-waarschijnlijk']")
    namen = [a.text for a in waarschijnlijk.findall(f".//{NS}h4/{NS}a")]
    assert sorted(namen) == sorted(x["naam"] for x in api["rechten"] if x["status"] == "waarschijnlijk")
    assert "UiTPAS Gent met kansentarief" in namen
    themas = [h.text for h in waarschijnlijk.findall(f"./{NS}h3")]
    assert themas == ["Welzijn en gezondheid", "Cultuur, sport en vrije tijd"]
    tekst = "".join(waarschijnlijk.itertext())
    assert "Automatisch toegekend" in tekst and "Aanvragen:" in tekst and "Waarom:" in tekst
    # The handout: the same rights with where to apply, and no answers in it.
    handout = doc.find(f".//{NS}section[@class='handout']")
    assert "UiTPAS Gent met kansentarief" in "".join(handout.itertext())
    assert "40" not in "".join(handout.itertext())


def test_antwoorden_blijven_in_het_formulier_en_niets_wordt_bewaard(catalogus):
    data = antwoorden(catalogus, **{"situatie.aanvrager.leeftijd": "67"})
    r = stap(catalogus, **data, actie="overzicht")
    doc = controleer_pagina(r.text)
    assert doc.find(f".//{NS}input[@id='situatie-aanvrager-leeftijd']").get("value") == "67"
    assert set(r.cookies.keys()) <= {"csrf", "taal"}


def test_ongeldig_antwoord_fout_bij_de_vraag_en_niets_kwijt(catalogus):
    data = antwoorden(catalogus, **{"situatie.aanvrager.leeftijd": "200", "aanvrager.verblijfsstatus": "belg"})
    data["getoond"] = ["situatie.aanvrager.leeftijd", "aanvrager.verblijfsstatus"]
    assert set(data["getoond"]) <= set(data["gevraagd"])
    r = stap(catalogus, **data)
    assert r.status_code == 422
    doc = controleer_pagina(r.text)
    veld = doc.find(f".//{NS}input[@id='situatie-aanvrager-leeftijd']")
    assert veld.get("value") == "200" and veld.get("aria-invalid") == "true"
    assert "Dit mag hoogstens 130 zijn." in r.text and 'href="#situatie-aanvrager-leeftijd"' in r.text
    gekozen = doc.find(f".//{NS}select[@id='aanvrager-verblijfsstatus']/{NS}option[@selected]")
    assert gekozen.get("value") == "belg"


def test_geen_geheel_getal_is_een_fout_bij_de_vraag_geen_crash(catalogus):
    for getypt in ("--5", "²"):
        data = antwoorden(catalogus, **{"situatie.aanvrager.leeftijd": getypt})
        data["getoond"] = ["situatie.aanvrager.leeftijd"]
        r = stap(catalogus, **data)
        assert r.status_code == 422
        veld = controleer_pagina(r.text).find(f".//{NS}input[@id='situatie-aanvrager-leeftijd']")
        assert veld.get("value") == getypt and veld.get("aria-invalid") == "true"


def test_ja_nee_vraag_heeft_ik_weet_het_niet(catalogus):
    r = stap(catalogus, **antwoorden(catalogus, **{"situatie.aanvrager.leeftijd": "30"}))
    for m in re.finditer(r'<fieldset class="veld rondjes vraag" id="([^"]+)"', r.text):
        blok = r.text[m.start() : r.text.index("</fieldset>", m.start())]
        assert 'value=""' in blok and "Ik weet het niet" in blok


def test_zonder_csrf_geweigerd(catalogus):
    catalogus.get("/overzicht")
    assert catalogus.post("/overzicht", data={"gemeente": "Gent"}).status_code == 403


def test_onbekende_code_bij_ontvangt_fout_bij_de_vraag(catalogus):
    data = antwoorden(catalogus, **{"situatie.ontvangt": ["bestaat-niet"]})
    r = stap(catalogus, **data, actie="overzicht")
    assert r.status_code == 422
    doc = controleer_pagina(r.text)
    assert doc.find(f".//{NS}p[@id='situatie-ontvangt-fout']") is not None
    assert 'href="#situatie-ontvangt"' in r.text
