"""The real browser opens the pages; every page passes axe-core (WCAG 2.1 AA)."""

import pytest

from tests.support.axe import controleer_toegankelijkheid


def test_startpagina_heeft_titel_en_taal(page):
    page.goto("/")
    assert page.title() == "Rechtenverkenner"
    assert page.get_attribute("html", "lang") == "nl"


def test_skiplink_is_eerste_tabstop_en_springt_naar_inhoud(page):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


@pytest.mark.parametrize("pad", ["/", "/rechten", "/overzicht", "/advies", "/bestaat-niet"])
def test_pagina_zonder_wcag_schendingen(page, pad):
    page.goto(pad)
    controleer_toegankelijkheid(page, context=pad)


def test_smal_scherm_zonder_horizontaal_scrollen(page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_axe_controle_vindt_een_echte_schending(page):
    """Guard: the accessibility check itself must be able to fail."""
    page.set_content(
        '<html lang="nl"><head><title>x</title></head><body><main><input type="text"></main></body></html>'
    )
    with pytest.raises(AssertionError, match="label"):
        controleer_toegankelijkheid(page, context="zelftest")
