"""`/` and `/rechten`: search with filters, the municipality by name or postcode, totals, paging, browsing."""

from __future__ import annotations

import re

import pytest

from api.web.zoeken import kies_gemeente, paginering
from tests.support.html import controleer_pagina


def namen(html: str) -> list[str]:
    return re.findall(r'<h3><a href="/rechten/[^"]+"[^>]*>([^<]+)</a></h3>', html)


def test_zonder_filters_alle_gepubliceerde_rechten_alfabetisch(catalogus):
    r = catalogus.get("/rechten")
    assert r.status_code == 200
    controleer_pagina(r.text)
    assert namen(r.text) == ["Huurpremie Hasselt", "Leefloon", "UiTPAS Gent met kansentarief",
                             "Verhoogde tegemoetkoming"]  # fmt: skip
    assert "Alle rechten (4)" in r.text and "Nog niet klaar" not in r.text


def test_zoekterm_en_badges(catalogus):
    r = catalogus.get("/rechten", params={"q": "remgeld"})
    controleer_pagina(r.text)
    assert namen(r.text) == ["Verhoogde tegemoetkoming"]
    assert "1 recht gevonden" in r.text
    resultaat = r.text[r.text.index('class="resultaat"') :]
    assert "Federaal" in resultaat and "Automatisch toegekend" in resultaat


@pytest.mark.parametrize("gemeente", ["Gent", "gent", "9000", "44021"])
def test_gemeente_op_naam_of_postcode_toont_lokale_en_hogere_rechten(catalogus, gemeente):
    r = catalogus.get("/rechten", params={"gemeente": gemeente})
    controleer_pagina(r.text)
    assert sorted(namen(r.text)) == ["Leefloon", "UiTPAS Gent met kansentarief", "Verhoogde tegemoetkoming"]
    assert "3 rechten voor Gent" in r.text
    assert "Lokaal: Gent" in r.text  # level badge names the municipality of a local right


def test_deelgemeente_na_fusie(catalogus):
    r = catalogus.get("/rechten", params={"gemeente": "Kortessem"})  # merged into Hasselt on 1 January 2025
    assert "Huurpremie Hasselt" in namen(r.text)
    assert "sinds 1 januari 2025 deel van Hasselt" in r.text


def test_onbekende_gemeente_geeft_fout_bij_het_veld_en_geen_resultaten(catalogus):
    r = catalogus.get("/rechten", params={"gemeente": "Atlantis"})
    doc = controleer_pagina(r.text)
    assert namen(r.text) == []
    invoer = doc.find(".//{http://www.w3.org/1999/xhtml}input[@id='gemeente']")
    assert invoer.get("aria-invalid") == "true" and "gemeente-fout" in invoer.get("aria-describedby")
    assert invoer.get("value") == "Atlantis"
    assert 'href="#gemeente"' in r.text  # the error summary links to the field


def test_meerdere_gemeenten_vraagt_welke(catalogus):
    r = catalogus.get("/rechten", params={"gemeente": "Bru", "q": "leefloon"})
    controleer_pagina(r.text)
    assert "Welke gemeente bedoelt u?" in r.text
    assert "Brugge" in r.text and "Brussel" in r.text
    assert re.search(r'href="/rechten\?q=leefloon&amp;gemeente=31005"', r.text)


def test_filters_thema_doelgroep_en_niveau(catalogus):
    assert namen(catalogus.get("/rechten?thema=BouwenWonen").text) == ["Huurpremie Hasselt"]
    assert namen(catalogus.get("/rechten?sociale_doelgroep=leefloners").text) == ["Leefloon"]
    r = catalogus.get("/rechten?niveau=federaal&niveau=lokaal&gemeente=Gent")
    assert sorted(namen(r.text)) == ["Leefloon", "UiTPAS Gent met kansentarief", "Verhoogde tegemoetkoming"]
    assert 'id="niveau-federaal" name="niveau" value="federaal" checked' in r.text
    assert namen(catalogus.get("/rechten?niveau=lokaal").text) == ["Huurpremie Hasselt", "UiTPAS Gent met kansentarief"]


def test_ongeldige_filterwaarde_is_een_422_pagina(catalogus):
    r = catalogus.get("/rechten?thema=Onbestaand")
    assert r.status_code == 422
    controleer_pagina(r.text)


def test_bladeren_per_thema_en_doelgroep_met_aantallen(catalogus):
    r = catalogus.get("/rechten")
    assert re.search(
        r'href="/rechten\?thema=WelzijnGezondheid">Welzijn en gezondheid</a> <span class="aantal">\(2\)', r.text
    )
    assert re.search(r'href="/rechten\?sociale_doelgroep=laag-inkomen">Mensen met een laag inkomen</a> '
                     r'<span class="aantal">\(3\)', r.text)  # fmt: skip
    start = catalogus.get("/")
    controleer_pagina(start.text)
    assert 'href="/rechten?thema=BouwenWonen"' in start.text


def test_bladeren_houdt_de_gemeente_vast(catalogus):
    r = catalogus.get("/rechten", params={"gemeente": "Gent"})
    assert 'href="/rechten?gemeente=Gent&amp;thema=CultuurSportVrijeTijd"' in r.text
    assert "Huurpremie Hasselt" not in r.text  # not in Ghent, so not counted either
    assert 'thema=BouwenWonen"' not in r.text


def test_paginering_met_links_en_huidige_pagina(catalogus, monkeypatch):
    monkeypatch.setattr("api.routes.pagina_rechten.PER_PAGINA", 2)
    r = catalogus.get("/rechten", params={"pagina": 2})
    controleer_pagina(r.text)
    assert namen(r.text) == ["UiTPAS Gent met kansentarief", "Verhoogde tegemoetkoming"]
    assert "Resultaat 3 tot 4 van 4." in r.text
    assert '<a href="/rechten?pagina=2" aria-current="page">' in r.text
    assert 'href="/rechten?pagina=1" rel="prev"' in r.text and 'rel="next"' not in r.text


def test_paginering_berekent_vensters():
    p = paginering(250, 7)
    assert (p.paginas, p.van, p.tot) == (13, 121, 140)
    assert p.nummers == [1, None, 5, 6, 7, 8, 9, None, 13]
    assert paginering(0, 1).van == 0 and paginering(0, 1).paginas == 1


@pytest.mark.parametrize(
    ("invoer", "nis", "fout", "kandidaten"),
    [("Gent", "44021", False, False), ("9000", "44021", False, False), ("12", None, True, False),
     ("0000", None, True, False), ("Kruibeke", "46013", False, False), ("Lochristi", "44087", False, False),
     ("bru", None, False, True), ("xyzzy", None, True, False), ("", None, False, False)],
)  # fmt: skip
def test_kies_gemeente(invoer, nis, fout, kandidaten):
    from datetime import date

    keuze = kies_gemeente(invoer, date(2026, 1, 1))
    assert (keuze.gemeente.nis if keuze.gemeente else None) == nis
    assert bool(keuze.fout) is fout and bool(keuze.kandidaten) is kandidaten


@pytest.mark.parametrize(("taal", "tekst"), [("fr", "Chercher des droits"), ("en", "Search rights")])
def test_zoekpagina_vertaald(catalogus, taal, tekst):
    r = catalogus.get(f"/rechten?taal={taal}&gemeente=Gent")
    controleer_pagina(r.text, taal=taal)
    assert tekst in r.text
    # Catalogue texts without a translation keep their Dutch with lang="nl".
    assert '<a href="/rechten/' in r.text and 'lang="nl">UiTPAS Gent met kansentarief</a>' in r.text


def test_leeg_filter_van_het_formulier_betekent_alles(catalogus):
    r = catalogus.get("/rechten?q=&gemeente=&thema=&sociale_doelgroep=&doelgroep=")
    assert r.status_code == 200 and "Alle rechten (4)" in r.text
    assert catalogus.get("/rechten?sociale_doelgroep=Geen+Code").status_code == 422
    assert catalogus.get("/rechten?doelgroep=Niemand").status_code == 422
