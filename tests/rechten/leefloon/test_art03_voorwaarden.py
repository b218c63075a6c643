"""The conditions in the advice: every one listed, with explanation and source; the outcome rules."""

from rechten.advies import Status, Uitkomst
from rechten.leefloon.art03_voorwaarden import CODES, uitkomst
from tests.rechten.leefloon.helpers import advies


def test_elke_voorwaarde_staat_in_het_advies_met_uitleg_en_bron():
    a = advies()
    assert [v.code for v in a.voorwaarden] == list(CODES)
    assert all(v.uitleg and v.bron for v in a.voorwaarden)


def test_gpmi_is_een_opvolging_geen_voorwaarde():
    a = advies(geboortedatum="2003-01-01")
    gpmi = next(v for v in a.voorwaarden if v.code == "gpmi")
    assert gpmi.status == "voldaan" and "jonger dan 25" in gpmi.uitleg
    assert any("GPMI" in v for v in a.verwijzingen)


def test_procedure_staat_bij_de_verwijzingen():
    assert any("30 dagen" in v and "arbeidsrechtbank" in v for v in advies().verwijzingen)


def test_uitkomst_drie_waarden():
    assert uitkomst([Status.voldaan, Status.onbekend, Status.niet_voldaan], True) is Uitkomst.weigeren
    assert uitkomst([Status.voldaan, Status.onbekend], True) is Uitkomst.onvoldoende_gegevens
    assert uitkomst([Status.voldaan], False) is Uitkomst.onvoldoende_gegevens
    assert uitkomst([Status.voldaan], True) is Uitkomst.toekennen


def test_bronnen_van_de_invoer_staan_in_het_advies():
    a = advies(inkomsten=[{"soort": "pensioen", "bedrag": "100", "per": "maand", "bron": "ksz"}])
    assert [(b.veld, b.bron) for b in a.bronnen_invoer] == [("aanvrager.inkomsten.0", "ksz")]


def test_aannames_staan_als_tekst_en_als_detail():
    a = advies(gedetineerd=None)
    assert "detentie_niet_opgegeven" in {d.code for d in a.aannames_details}
    assert any(t.startswith("Aanname (niet uit de wet)") for t in a.aannames)
