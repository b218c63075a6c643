"""Dutch by default; French and English through the catalogues, chosen by ?taal=, cookie or browser."""

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from api.i18n import TALEN, _uit_accept_language
from tests.support.html import controleer_pagina

ROOT = Path(__file__).resolve().parents[2]


def test_standaard_nederlands(client):
    r = client.get("/")
    assert '<html lang="nl">' in r.text
    assert "Naar de inhoud" in r.text


@pytest.mark.parametrize(("taal", "tekst"), [("fr", "Aller au contenu"), ("en", "Skip to content")])
def test_taal_via_parameter_en_daarna_via_cookie(client, taal, tekst):
    r = client.get(f"/?taal={taal}")
    controleer_pagina(r.text, taal=taal)
    assert tekst in r.text
    assert r.cookies.get("taal") == taal
    volgende = client.get("/rechten")
    assert f'<html lang="{taal}">' in volgende.text


def test_taal_uit_de_browser(client):
    r = client.get("/", headers={"accept-language": "fr-BE,fr;q=0.9,en;q=0.5"})
    assert '<html lang="fr">' in r.text


@pytest.mark.parametrize(
    ("header", "taal"),
    [
        ("", "nl"),
        ("de-DE", "nl"),
        ("en;q=0.3, fr;q=0.8", "fr"),
        ("nl-BE, en", "nl"),
        ("fr;q=0, en", "en"),
        ("x;q=a", "nl"),
    ],
)
def test_accept_language_keuze(header, taal):
    assert _uit_accept_language(header) == taal


def test_taalkeuze_behoudt_pagina_en_zoekopdracht(client):
    r = client.get("/rechten?q=huur")
    assert 'href="/rechten?q=huur&amp;taal=fr"' in r.text


def test_foutpagina_is_vertaald(client):
    r = client.get("/bestaat-niet?taal=en")
    assert "Page not found" in r.text


def _berichten() -> set:
    """Every message id of the product: templates, web layer and the domain texts of rechten/ and rules/."""
    method_map = [
        ("api/**.py", "python"),
        ("rechten/**.py", "python"),
        ("rules/**.py", "python"),
        ("api/templates/**.html", "jinja2"),
    ]
    options = {"api/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    keywords = {"_": None, "gettext": None, "N_": None, "t": None, "ngettext": (1, 2)}
    ids = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        str(ROOT), method_map, options_map=options, keywords=keywords
    ):
        # A plural (ngettext) is one message: its singular and plural form together.
        ids.add(message)
    return {i for i in ids if i}


def _catalogus(taal: str):
    with (ROOT / "api" / "translations" / taal / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=taal)


def _vertaald(catalogus, bericht) -> bool:
    """A translation exists (it may use the same words, like "Conflict" or "student" in English)."""
    sleutel = bericht[0] if isinstance(bericht, tuple) else bericht
    msg = catalogus.get(sleutel)
    if msg is None or msg.fuzzy:
        return False
    vormen = msg.string if isinstance(msg.string, tuple | list) else (msg.string,)
    return all(v.strip() for v in vormen)


@pytest.mark.parametrize("taal", [t for t in TALEN if t != "nl"])
def test_elke_tekst_van_de_interface_en_de_regels_is_vertaald(taal):
    catalogus = _catalogus(taal)
    berichten = _berichten()
    assert len(berichten) > 1000
    ontbrekend = sorted((b for b in berichten if not _vertaald(catalogus, b)), key=str)
    assert ontbrekend == [], f"niet vertaald naar {taal}: {ontbrekend}"


@pytest.mark.parametrize("taal", [t for t in TALEN if t != "nl"])
def test_vertalingen_behouden_de_velden_van_het_sjabloon(taal):
    """`{bedrag}` in the Dutch template must be `{bedrag}` in the translation, or t() fails at run time."""
    import string

    def velden(tekst: str) -> set[str]:
        return {v for _, v, _, _ in string.Formatter().parse(tekst) if v}

    fout = []
    for msg in _catalogus(taal):
        if msg.id and isinstance(msg.id, str) and msg.string and "{" in msg.id:
            try:
                if velden(msg.id) != velden(msg.string):
                    fout.append(msg.id)
            except ValueError:
                fout.append(msg.id)
    assert fout == []
