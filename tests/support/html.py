"""Checks that a served page is valid HTML5 with the landmarks every page needs."""

from __future__ import annotations

import html5lib
from html5lib.html5parser import ParseError

__all__ = ["controleer_pagina"]

NS = "{http://www.w3.org/1999/xhtml}"


def controleer_pagina(markup: str, *, taal: str = "nl"):
    """Parse strictly (any HTML5 parse error fails) and check lang, title, skip link, landmarks, one h1."""
    try:
        parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), strict=True)
        doc = parser.parse(markup)
    except ParseError as exc:
        raise AssertionError(f"ongeldige HTML: {exc}") from exc
    assert doc.get("lang") == taal, f"lang={doc.get('lang')!r}"
    titel = doc.find(f"{NS}head/{NS}title")
    assert titel is not None and (titel.text or "").strip(), "pagina zonder <title>"
    body = doc.find(f"{NS}body")
    eerste_link = body.find(f".//{NS}a")
    assert eerste_link is not None and eerste_link.get("href") == "#inhoud", "skip link is niet de eerste link"
    main = body.findall(f".//{NS}main")
    assert len(main) == 1 and main[0].get("id") == "inhoud", "precies één <main id=inhoud> nodig"
    assert body.findall(f".//{NS}header") and body.findall(f".//{NS}footer"), "header/footer ontbreken"
    assert body.findall(f".//{NS}nav"), "navigatie ontbreekt"
    assert len(body.findall(f".//{NS}h1")) == 1, "precies één <h1> per pagina"
    ids = [el.get("id") for el in doc.iter() if el.get("id")]
    assert len(ids) == len(set(ids)), f"dubbele id's: {sorted({i for i in ids if ids.count(i) > 1})}"
    return doc
