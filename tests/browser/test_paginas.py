"""Every page in a real browser (Debian's Chromium) passes axe-core (WCAG 2.1 AA), also filled in: search
results, a fiche, an advice with a household, an overview, error states and the print view."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.axe import controleer_toegankelijkheid


def axe(page, context: str) -> None:
    controleer_toegankelijkheid(page, context=context)
    # Focus order follows the document: nothing jumps the queue with a positive tabindex.
    assert page.evaluate("[...document.querySelectorAll('[tabindex]')].every(e => e.tabIndex <= 0)"), context


@pytest.mark.parametrize(
    "pad",
    [
        "/rechten?q=premie&gemeente=Gent",
        "/rechten?gemeente=Bru",
        "/rechten?gemeente=Atlantis",
        "/rechten?thema=WelzijnGezondheid&pagina=2",
        "/rechten/verhoogde-tegemoetkoming",
        "/rechten/gent-uitpas-kansentarief",
        "/rechten/leefloon?taal=fr",
        "/rechten?q=energie&taal=en",
        "/advies?taal=en",
        "/overzicht?taal=fr",
        "/rechten/bestaat-niet",
    ],
)
def test_gevulde_paginas_zonder_wcag_schendingen(page, pad):
    page.goto(pad)
    axe(page, pad)


def test_zoeken_en_dan_de_fiche(page):
    page.goto("/")
    page.fill("#q", "huurpremie")
    page.fill("#gemeente", "9000")
    page.click("form[role=search] button[type=submit]")
    assert re.search(r"\d+ rechten? voor Gent", page.inner_text("#resultaten-titel"))
    eerste = page.locator(".resultaat h3 a").first
    naam = eerste.inner_text()
    axe(page, "zoekresultaten")
    eerste.click()
    assert page.inner_text("h1") == naam
    for kop in ("Wat is het?", "Voorwaarden", "Aanvragen", "Regelgeving en bronnen", "Een fout gevonden?"):
        assert page.locator("h2", has_text=kop).count() == 1, kop
    assert "Laatst nagekeken:" in page.inner_text(".verificatie")
    axe(page, "fiche")


def test_fout_melden_op_de_fiche(page):
    page.goto("/rechten/verhoogde-tegemoetkoming")
    page.fill("#bericht", "kort")
    page.fill("#email", "geen-adres")
    page.click("#melding button[type=submit]")
    assert page.get_attribute("#bericht", "aria-invalid") == "true"
    assert page.input_value("#bericht") == "kort" and page.input_value("#email") == "geen-adres"
    assert page.evaluate("document.activeElement.id") == "foutsamenvatting"
    axe(page, "foutmelding met fouten")
    page.fill("#bericht", "Het grensbedrag voor 2026 is intussen gepubliceerd.")
    page.fill("#email", "")
    page.click("#melding button[type=submit]")
    assert "Bedankt, uw melding is verstuurd." in page.inner_text("#melding")
    axe(page, "foutmelding verstuurd")


def test_vragenlijst_overzicht_en_afdruk(page):
    page.goto("/overzicht")
    axe(page, "overzicht stap 0")
    page.fill("#gemeente", "9000")
    page.click("button[value=volgende]")
    assert "Gemeente: Gent." in page.inner_text(".stapinfo")
    axe(page, "overzicht stap 1")
    page.check("#ontvangt-leefloon")
    page.fill("#situatie-aanvrager-leeftijd", "42")
    page.click("button[value=volgende]")
    assert "Stap 2" in page.inner_text(".stapinfo")
    page.click("button[value=overzicht]")
    waarschijnlijk = page.locator("section[aria-labelledby=groep-waarschijnlijk]")
    assert "Verhoogde tegemoetkoming" in waarschijnlijk.inner_text()
    assert "UiTPAS Gent met kansentarief" in waarschijnlijk.inner_text()
    assert page.locator(".handout").is_hidden()
    assert page.locator("[data-afdrukken]").is_visible()  # the print button, shown by afdrukken.js
    axe(page, "overzicht resultaat")
    page.emulate_media(media="print")
    assert page.locator(".handout").is_visible() and page.locator(".scherm").is_hidden()
    assert page.locator("header nav").first.is_hidden() and page.locator("form").first.is_hidden()
    assert "UiTPAS Gent met kansentarief" in page.inner_text(".handout")
    axe(page, "overzicht afdruk")


def _vul_aanvrager_met_kind_in_co_ouderschap(page) -> None:
    page.fill("#peildatum", "2025-02-15")
    page.fill("#aanvrager-geboortedatum", "1988-07-07")
    page.select_option("#aanvrager-burgerlijke_staat", "gescheiden")
    page.select_option("#aanvrager-verblijfsstatus", "belg")
    page.select_option("#aanvrager-woont_in_belgie", "ja")
    page.select_option("#aanvrager-werkbereid", "ja")
    page.select_option("#aanvrager-rechten_uitgeput", "ja")
    page.select_option("#aanvrager-inkomsten", "geen")
    page.click("#huisgenoten-toevoegen")
    page.select_option("#huisgenoten-0-relatie", "kind")
    page.fill("#huisgenoten-0-geboortedatum", "2017-04-12")
    page.select_option("#huisgenoten-0-ongehuwd", "ja")
    page.select_option("#huisgenoten-0-verblijfsregeling", "co_ouderschap")
    page.select_option("#huisgenoten-0-inkomsten", "geen")


def test_advies_met_huishouden_tot_op_de_cent(page):
    """Cassation 27 June 2022: a parent with a child in equally shared custody is in category 3. February 2025
    amount of category 3 (SPEC.md §3): 21,312.87 a year; no resources, so 21,312.87 / 12 = 1,776.07 a month."""
    page.goto("/advies")
    _vul_aanvrager_met_kind_in_co_ouderschap(page)
    page.click("button[value=bereken] >> nth=0")
    api = page.request.post("/api/v1/leefloon/advies", data={
        "peildatum": "2025-02-15",
        "aanvrager": {"geboortedatum": "1988-07-07", "burgerlijke_staat": "gescheiden", "verblijfsstatus": "belg",
                      "woont_in_belgie": True, "werkbereid": True, "rechten_uitgeput": True, "inkomsten": []},
        "huisgenoten": [{"relatie": "kind", "geboortedatum": "2017-04-12", "ongehuwd": True,
                         "verblijfsregeling": "co_ouderschap", "inkomsten": []}],
    }).json()  # fmt: skip
    assert api["bedrag"] == {"jaar": "21312.87", "maand": "1776.07"}
    assert page.inner_text("#uitkomst") == "Recht op leefloon"
    assert page.inner_text("#categorie") == "Categorie 3: met gezin ten laste"
    assert page.inner_text("#bedrag-maand") == "€ 1.776,07"
    assert page.inner_text("#bedrag-jaar") == "€ 21.312,87"
    assert page.locator("table.berekening tbody tr").count() >= 3
    axe(page, "advies met huishouden")
    # What if the child only visits occasionally? Category 2 (alleenstaande): 15,770.41 / 12 = 1,314.20.
    page.select_option("#huisgenoten-0-verblijfsregeling", "occasioneel")
    page.click("button[value=bereken] >> nth=0")
    watals = page.inner_text(".watals")
    assert "Categorie 3: met gezin ten laste" in watals and "Categorie 2: alleenstaande" in watals
    assert "€ 1.776,07" in watals and "€ 1.314,20" in watals
    assert page.inner_text("#bedrag-maand") == "€ 1.314,20"
    axe(page, "advies wat als")


def test_ongeldige_waarde_fout_bij_het_veld_en_niets_kwijt(page):
    page.goto("/advies")
    _vul_aanvrager_met_kind_in_co_ouderschap(page)
    page.select_option("#aanvrager-inkomsten", "lijst")
    page.click("#aanvrager-inkomsten-toevoegen")
    page.select_option("#aanvrager-inkomsten-0-soort", "loon")
    page.fill("#aanvrager-inkomsten-0-bedrag", "12,3,4")
    page.click("button[value=bereken] >> nth=0")
    veld = page.locator("#aanvrager-inkomsten-0-bedrag")
    assert veld.get_attribute("aria-invalid") == "true"
    assert "Vul een bedrag in" in page.inner_text("#aanvrager-inkomsten-0-bedrag-fout")
    assert "aanvrager-inkomsten-0-bedrag-fout" in veld.get_attribute("aria-describedby")
    # The message sits right above the field, inside the same block.
    assert page.evaluate(
        "document.getElementById('aanvrager-inkomsten-0-bedrag-fout').parentElement"
        " === document.getElementById('aanvrager-inkomsten-0-bedrag').parentElement"
    )
    assert veld.input_value() == "12,3,4"
    assert page.input_value("#huisgenoten-0-geboortedatum") == "2017-04-12"
    assert page.input_value("#aanvrager-geboortedatum") == "1988-07-07"
    assert page.input_value("#huisgenoten-0-verblijfsregeling") == "co_ouderschap"
    assert page.evaluate("document.activeElement.id") == "foutsamenvatting"
    page.click("#foutsamenvatting a")
    assert page.evaluate("document.activeElement.id") == "aanvrager-inkomsten-0-bedrag"
    axe(page, "advies met fout")


def _tab_naar(page, element_id: str, maximum: int = 200) -> int:
    for n in range(1, maximum):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return n
    raise AssertionError(f"{element_id} niet bereikbaar met Tab")


def _typ_datum(page, iso: str) -> None:
    """Type a date into the focused native date field with the keyboard, in whatever order the browser's locale
    shows its parts: a probe reveals the order, Shift+Tab walks back to the first part."""
    veld = page.evaluate("document.activeElement.id")
    page.keyboard.type("01022003")
    volgorde = {"2003-01-02": "mdj", "2003-02-01": "dmj"}.get(page.input_value(f"#{veld}"), "jmd")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    jaar, maand, dag = iso.split("-")
    page.keyboard.type("".join({"j": jaar, "m": maand, "d": dag}[d] for d in volgorde))
    assert page.input_value(f"#{veld}") == iso


def test_advies_alleen_met_het_toetsenbord(page):
    page.goto("/advies")
    _tab_naar(page, "peildatum")
    # Visible focus on every control we pass.
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    _typ_datum(page, "2025-02-15")
    _tab_naar(page, "aanvrager-geboortedatum")
    _typ_datum(page, "1988-07-07")
    _tab_naar(page, "aanvrager-woont_in_belgie")
    page.keyboard.press("ArrowDown")  # Ik weet het niet → Ja
    assert page.input_value("#aanvrager-woont_in_belgie") == "ja"
    _tab_naar(page, "huisgenoten-toevoegen")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_selector("#huisgenoten-0-relatie")
    # After adding a row the focus lands in it, and what was typed is still there.
    assert page.evaluate("document.activeElement.id") == "huisgenoten-0-relatie"
    assert page.input_value("#aanvrager-geboortedatum") == "1988-07-07"
    page.keyboard.press("ArrowDown")
    assert page.input_value("#huisgenoten-0-relatie") == "partner"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "huisgenoten-0-geboortedatum"
    _typ_datum(page, "1990-01-01")
    # Enter in a field submits with the first button of the form: "Advies berekenen", never "add a row".
    page.keyboard.press("Enter")
    page.wait_for_selector("#advies-titel")
    assert page.input_value("#huisgenoten-0-geboortedatum") == "1990-01-01"
    assert "Advies op 15 februari 2025" in page.inner_text("#advies-titel")
    # Every open question links to its field, reachable with the keyboard.
    link = page.locator(".open-vragen a").first
    doel = link.get_attribute("href").lstrip("#")
    link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == doel


def test_alles_werkt_zonder_javascript(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="nl-BE", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/rechten")
        page.select_option("#thema", "BouwenWonen")  # the other selects stay empty: "all"
        page.click("form.zoekformulier button[type=submit]")
        assert "rechten gevonden" in page.inner_text("#resultaten-titel")
        assert "thema=BouwenWonen" in page.url
        page.goto("/advies")
        _vul_aanvrager_met_kind_in_co_ouderschap(page)  # adds the housemate row through a server round trip
        page.click("button[value=bereken] >> nth=0")
        assert page.inner_text("#bedrag-maand") == "€ 1.776,07"
        page.click("button[value='verwijderen:huisgenoten.0']")
        assert page.locator("#huisgenoten-0-relatie").count() == 0
        page.goto("/overzicht")
        page.fill("#gemeente", "Gent")
        page.click("button[value=volgende]")
        page.click("button[value=overzicht]")
        assert page.locator("section.statusgroep").count() >= 1
        assert page.locator("[data-afdrukken]").is_hidden()  # the print button needs JavaScript; Ctrl+P does not
    finally:
        context.close()


def test_zoekresultaten_volgen_het_typen(page):
    page.goto("/rechten")
    alle = page.inner_text("#resultaten-titel")
    page.fill("#q", "huurwaarborg")  # no submit: zoeken.js fetches the results while typing
    expect(page.locator("#resultaten-titel")).not_to_have_text(alle)
    assert "gevonden" in page.inner_text("#resultaten-titel")
    assert "huurwaarborg" in page.inner_text(".resultatenlijst").lower()
    assert page.inner_text("#live-telling") == page.inner_text("#resultaten-titel")
    assert "q=huurwaarborg" in page.url
    page.select_option("#thema", "CultuurSportVrijeTijd")
    expect(page.locator("#resultaten-titel")).to_have_text("0 rechten gevonden")
    axe(page, "live zoeken")
