"""Every page is valid, accessible HTML in Dutch (the browser tests add axe-core on top)."""

import pytest

from tests.support.html import controleer_pagina

PAGINAS = ["/", "/rechten", "/overzicht", "/advies"]


@pytest.mark.parametrize("pad", PAGINAS)
def test_pagina_is_geldige_html_met_landmarks(client, pad):
    r = client.get(pad)
    assert r.status_code == 200
    controleer_pagina(r.text)


@pytest.mark.parametrize("pad", PAGINAS)
def test_huidige_pagina_is_gemarkeerd_in_het_menu(client, pad):
    r = client.get(pad)
    assert f'<a href="{pad}" aria-current="page">' in r.text


def test_foutpagina_is_ook_geldige_html(client):
    r = client.get("/bestaat-niet")
    controleer_pagina(r.text)


def test_head_op_een_pagina_werkt(client):
    assert client.head("/").status_code == 200


def test_afdrukstijl_is_gekoppeld_en_bestaat(client):
    r = client.get("/")
    assert 'href="/static/css/print.css" media="print"' in r.text
    assert client.get("/static/css/print.css").status_code == 200
