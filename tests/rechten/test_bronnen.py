"""Every rule and every parameter cites its legal source (DESIGN.md: a test fails when one has none)."""

from __future__ import annotations

import pytest

from rechten.bronnen import Bron, kb, rmi
from rechten.leefloon import art03_voorwaarden, kb22_vrijstellingen
from rechten.leefloon.aannames import AANNAMES
from rechten.parameters import alle_reeksen
from rechten.profiel import InkomenSoort
from rules.leefloon import LEEFLOON


def test_elke_regel_van_de_regelset_heeft_een_bron():
    assert LEEFLOON.regels
    for regel in LEEFLOON.regels:
        assert regel.bron.startswith(("RMI-wet", "KB 11/07/2002")), regel.naam


def test_elke_voorwaarde_heeft_een_bron():
    assert set(art03_voorwaarden.BRONNEN) == set(art03_voorwaarden.CODES)
    for code, bron in art03_voorwaarden.BRONNEN.items():
        assert isinstance(bron, Bron) and str(bron), code


def test_elke_soort_inkomen_heeft_een_regel_met_bron():
    assert set(kb22_vrijstellingen.SOORTEN) == set(InkomenSoort)
    for soort, regel in kb22_vrijstellingen.SOORTEN.items():
        assert regel.bron.artikel.startswith(("art. 16", "art. 22")), soort


def test_elke_parameterreeks_heeft_een_bron():
    for naam, r in alle_reeksen().items():
        assert str(r.bron) and r.bron.url, naam


def test_elke_aanname_zegt_hoe_het_ocmw_ze_overschrijft():
    for code, a in AANNAMES.items():
        assert a.tekst and a.overschrijfbaar_via, code


def test_een_bron_zonder_artikel_kan_niet():
    with pytest.raises(ValueError, match="artikel"):
        Bron("RMI-wet", " ")
    assert str(rmi("art. 3, 1°")) == "RMI-wet art. 3, 1°"
    assert str(kb("art. 34 §1")) == "KB 11/07/2002 art. 34 §1"
