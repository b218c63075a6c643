"""KB art. 28-32: goods given away in the last 10 years."""

from decimal import Decimal

from tests.rechten.leefloon.helpers import advies


def _afstand(**a):
    return {"spaargeld": "0", "afstand": [{"aandeel": "1", "enige_woning": False, **a}]}


def test_verkoop_met_schulden():
    # 30000 − 10000 schulden = 20000 → K = 1128
    a = advies(peildatum="2025-03-01", vermogen=_afstand(datum="2024-01-01", waarde="30000", schulden="10000"))
    assert a.bestaansmiddelen.eigen == Decimal("1128.00")


def test_naakte_eigendom_telt_voor_zestig_procent():
    # 20000 × 60 % = 12000 → K = 6 % × 5800 = 348
    a = advies(
        peildatum="2025-03-01", vermogen=_afstand(datum="2024-01-01", waarde="20000", zakelijk_recht="naakte_eigendom")
    )
    assert a.bestaansmiddelen.eigen == Decimal("348.00")


def test_afstand_samen_met_spaargeld_of_apart():
    vermogen = {
        "spaargeld": "10000",
        "afstand": [{"datum": "2024-01-01", "waarde": "10000", "aandeel": "1", "enige_woning": False}],
    }
    samen = advies(peildatum="2025-03-01", vermogen=vermogen)
    apart = advies(peildatum="2025-03-01", vermogen=vermogen, keuzes={"afstand_kapitaalformule": "per_afstand"})
    assert samen.bestaansmiddelen.eigen == Decimal("1128.00")  # K(20000)
    assert apart.bestaansmiddelen.eigen == Decimal("456.00")  # K(10000) + K(10000) = 228 + 228


def test_jaarlijkse_vermindering_hangt_af_van_de_categorie():
    # only dwelling sold 24 months ago for 50000: 50000 − 37200 − 2 × vermindering
    kind = {
        "relatie": "kind",
        "geboortedatum": "2015-01-01",
        "ongehuwd": True,
        "verblijfsregeling": "voltijds",
        "inkomsten": [],
    }
    vermogen = {
        "spaargeld": "0",
        "afstand": [{"datum": "2023-03-01", "waarde": "50000", "aandeel": "1", "enige_woning": True}],
    }
    cat2 = advies(peildatum="2025-03-01", vermogen=vermogen)
    cat3 = advies(peildatum="2025-03-01", vermogen=vermogen, huisgenoten=[kind])
    assert cat2.bestaansmiddelen.eigen == Decimal("156.00")  # 50000 − 37200 − 2 × 2000 = 8800 → 6 % × 2600
    assert cat3.bestaansmiddelen.eigen == Decimal("96.00")  # 50000 − 37200 − 2 × 2500 = 7800 → 6 % × 1600


def test_onbekende_datum_van_afstand_is_een_vraag():
    a = advies(peildatum="2025-03-01", vermogen=_afstand(waarde="30000"))
    assert any(o.veld == "aanvrager.vermogen.afstand.0.datum" for o in a.ontbrekende_gegevens)
