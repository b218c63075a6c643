"""KB art. 24-25: real estate above the exemption, pro rata over goods, interest deduction."""

from decimal import Decimal

from tests.rechten.leefloon.helpers import advies


def _eigen(*goederen, **kw):
    return advies(vermogen={"spaargeld": "0", "onroerend": list(goederen)}, **kw).bestaansmiddelen.eigen


def test_onder_de_vrijstelling_telt_niets():
    assert _eigen({"kadastraal_inkomen": "750", "bebouwd": True, "aandeel": "1"}) == 0


def test_vrijstelling_wordt_pro_rata_verdeeld_over_meerdere_goederen():
    # KI 600 + 900 = 1500; 3 × (1500 − 750) = 2250, whatever the split
    assert _eigen(
        {"kadastraal_inkomen": "600", "bebouwd": True, "aandeel": "1"},
        {"kadastraal_inkomen": "900", "bebouwd": True, "aandeel": "1"},
    ) == Decimal("2250.00")


def test_aandeel_in_een_goed():
    # 1/3 of KI 3000 = 1000; 3 × (1000 − 750) = 750
    assert _eigen({"kadastraal_inkomen": "3000", "bebouwd": True, "aandeel": "1/3"}) == Decimal("750.00")


def test_vruchtgebruik_telt_zoals_volle_eigendom():
    assert _eigen(
        {"kadastraal_inkomen": "1250", "bebouwd": True, "aandeel": "1", "zakelijk_recht": "vruchtgebruik"}
    ) == Decimal("1500.00")


def test_kinderen_met_gezinsbijslag_worden_afgeleid_als_ze_niet_zijn_opgegeven():
    kind = {
        "relatie": "kind",
        "geboortedatum": "2015-01-01",
        "ongehuwd": True,
        "verblijfsregeling": "voltijds",
        "inkomsten": [],
    }
    a = advies(
        vermogen={"spaargeld": "0", "onroerend": [{"kadastraal_inkomen": "1250", "bebouwd": True, "aandeel": "1"}]},
        huisgenoten=[kind],
    )
    # 3 × (1250 − 750 − 125) = 1125
    assert a.bestaansmiddelen.eigen == Decimal("1125.00")
    assert "kinderen_gezinsbijslag_afgeleid" in {d.code for d in a.aannames_details}


def test_onbekend_kadastraal_inkomen_is_een_vraag():
    a = advies(vermogen={"spaargeld": "0", "onroerend": [{"bebouwd": True, "aandeel": "1"}]})
    assert a.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "aanvrager.vermogen.onroerend.0.kadastraal_inkomen" for o in a.ontbrekende_gegevens)


def test_ocmw_kiest_een_andere_vrijstelling_voor_onbebouwd():
    a = advies(
        vermogen={"spaargeld": "0", "onroerend": [{"kadastraal_inkomen": "200", "bebouwd": False, "aandeel": "1"}]},
        keuzes={"vrijstelling_onbebouwd": "100"},
    )
    assert a.bestaansmiddelen.eigen == Decimal("300.00")  # 3 × (200 − 100)
