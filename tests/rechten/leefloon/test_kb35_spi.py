"""KB art. 35: the SPI exemption."""

from datetime import date
from decimal import Decimal

from rechten.leefloon.kb35_spi import binnen_termijn
from tests.rechten.leefloon.helpers import advies


def test_drie_jaar_termijn():
    assert binnen_termijn(date(2022, 3, 1), date(2025, 2, 28), 3)
    assert not binnen_termijn(date(2022, 3, 1), date(2025, 3, 1), 3)
    assert binnen_termijn(date(2024, 2, 29), date(2027, 2, 28), 3)


def test_onbekend_of_het_werk_tijdens_het_leefloon_begon_is_een_vraag_met_gunstig_voorlopig_bedrag():
    a = advies(
        peildatum="2025-03-01", inkomsten=[{"soort": "loon", "bedrag": "1000", "per": "maand", "sinds": "2025-01-06"}]
    )
    assert a.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "aanvrager.inkomsten.0.gestart_tijdens_leefloon" for o in a.ontbrekende_gegevens)
    assert a.voorlopig_bedrag.jaar == Decimal("7734.17")  # with SPI, as in the public case


def test_artistieke_inkomsten_krijgen_de_jaarlijkse_vrijstelling():
    # artistic 5000/year, exemption 3713.76 → 1286.24 counted; in aanmerking 1036.24; 15770.41 − 1036.24 = 14734.17
    a = advies(
        peildatum="2025-03-01",
        inkomsten=[
            {
                "soort": "zelfstandige",
                "bedrag": "5000",
                "per": "jaar",
                "sinds": "2025-01-01",
                "gestart_tijdens_leefloon": True,
                "artistiek": True,
            }
        ],
    )
    assert a.bedrag.jaar == Decimal("14734.17")


def test_inkomen_dat_na_de_peildatum_begint_telt_nog_niet():
    a = advies(
        peildatum="2025-03-01", inkomsten=[{"soort": "loon", "bedrag": "2000", "per": "maand", "sinds": "2025-04-01"}]
    )
    assert a.bedrag.jaar == Decimal("15770.41")
    assert any("na de peildatum" in w for w in a.waarschuwingen)


def test_knelpuntberoep_met_het_bedrag_van_het_ocmw():
    # 1000 × 12 = 12000; knelpunt-SPI 443.52 × 12 = 5322.24 → 6677.76 counted; in aanmerking 6427.76
    # 15770.41 − 6427.76 = 9342.65
    inkomen = {
        "soort": "loon",
        "bedrag": "1000",
        "per": "maand",
        "sinds": "2025-01-06",
        "gestart_tijdens_leefloon": True,
        "knelpuntberoep": True,
    }
    a = advies(peildatum="2025-03-01", inkomsten=[inkomen], keuzes={"spi_knelpuntberoep_maand": "443.52"})
    assert a.bedrag.jaar == Decimal("9342.65")
    assert "spi_knelpuntberoep" in {d.code for d in a.aannames_details}
    zonder = advies(peildatum="2025-03-01", inkomsten=[inkomen])
    assert zonder.bedrag.jaar == Decimal("7734.17")  # the general SPI, as in the public case
