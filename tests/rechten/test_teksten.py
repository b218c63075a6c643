from datetime import date
from decimal import Decimal

from rechten import teksten
from rechten.teksten import N_, bedrag_tekst, datum_tekst, huidige_taal, met_taal, t


def test_nederlands_zonder_vertaler_vult_het_sjabloon_in():
    assert t("De aanvrager is {leeftijd} jaar.", leeftijd=34) == "De aanvrager is 34 jaar."
    assert t("Zonder velden {niet} ingevuld") == "Zonder velden {niet} ingevuld"


def test_bedragen_en_datums_per_taal():
    assert bedrag_tekst(Decimal("15770.41"), "nl") == "€ 15.770,41"
    assert bedrag_tekst(Decimal("15770.41"), "fr") == "15\u202f770,41\u00a0€"
    assert bedrag_tekst(Decimal("15770.41"), "en") == "€15,770.41"
    assert bedrag_tekst(Decimal("0"), "nl") == "€ 0,00"
    assert datum_tekst(date(2025, 2, 15), "fr") == "15 février 2025"


def test_met_taal_gebruikt_de_vertaler_en_herstelt_daarna():
    vertaal = {"Bedrag {b} op {d}": "Amount {b} on {d}"}.get
    with met_taal("en", lambda s: vertaal(s) or s):
        assert huidige_taal() == "en"
        assert t("Bedrag {b} op {d}", b=Decimal("5"), d=date(2026, 3, 1)) == "Amount €5.00 on 1 March 2026"
        assert t("Niet vertaald") == "Niet vertaald"
    assert huidige_taal() == "nl"
    assert t("Bedrag {b} op {d}", b=Decimal("5"), d=date(2026, 3, 1)) == "Bedrag € 5,00 op 1 maart 2026"


def test_nederlands_negeert_een_vertaler():
    with met_taal("nl", lambda s: "FOUT"):
        assert t("Blijft Nederlands") == "Blijft Nederlands"


def test_de_eerste_van_de_maand_in_het_frans():
    assert datum_tekst(date(2025, 3, 1), "fr") == "1er mars 2025"
    assert datum_tekst(date(2025, 3, 1), "nl") == "1 maart 2025"
    assert datum_tekst(date(2025, 3, 1), "en") == "1 March 2025"


def test_met_taal_zonder_vertaler_neemt_die_van_de_geregistreerde_bron(monkeypatch):
    monkeypatch.setattr(teksten, "_vertaalbron", [])
    with met_taal("fr"):
        assert t("Kind") == "Kind"  # no source: Dutch words, French amounts and dates
        assert t("{d}", d=date(2025, 3, 1)) == "1er mars 2025"
    teksten.zet_vertaalbron(lambda taal: {"Kind": {"fr": "Enfant", "en": "Child"}[taal]}.get)
    with met_taal("en"):
        assert t("Kind") == "Child"
    with met_taal("nl"):
        assert t("Kind") == "Kind"


def test_n_markeert_alleen():
    assert N_("Blijft {zo}") == "Blijft {zo}"
    with met_taal("en", {"Blijft {zo}": "Stays {zo}"}.get):
        assert t(N_("Blijft {zo}"), zo=1) == "Stays 1"
