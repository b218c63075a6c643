"""KB art. 34: cohabitants' resources before and after 1 March 2026."""

from decimal import Decimal

from tests.rechten.leefloon.helpers import advies


def _persoon(relatie, maandloon, geboren="1960-01-01", **extra):
    return {
        "relatie": relatie,
        "geboortedatum": geboren,
        "inkomsten": [{"soort": "loon", "bedrag": maandloon, "per": "maand"}],
        **extra,
    }


def test_partner_in_categorie_2_telt_niet_mee():
    # no shared household with the partner → cat. 2 (a cohabitant in law lives with nobody)
    a = advies(gedeelde_huishouding=False, huisgenoten=[_persoon("partner", "3000", ontvangt_leefloon=False)])
    assert a.categorie == 2 and a.bestaansmiddelen.samenwonenden == 0


def test_onbekend_of_de_partner_leefloon_krijgt_is_een_vraag():
    a = advies(gedeelde_huishouding=True, huisgenoten=[_persoon("partner", "2000")])
    assert a.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "huisgenoten.0.ontvangt_leefloon" for o in a.ontbrekende_gegevens)


def test_onbekende_inkomsten_van_een_partner_zijn_een_vraag():
    a = advies(gedeelde_huishouding=True, huisgenoten=[{"relatie": "partner", "ontvangt_leefloon": False}])
    assert a.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "huisgenoten.0.inkomsten" for o in a.ontbrekende_gegevens)


def test_meetellen_bij_een_partner_wordt_genegeerd_met_een_waarschuwing():
    a = advies(
        gedeelde_huishouding=True, huisgenoten=[_persoon("partner", "1000", ontvangt_leefloon=False, meetellen="nee")]
    )
    assert a.bestaansmiddelen.samenwonenden == Decimal("1486.40")  # 12000 − 10513.60
    assert any("verplicht" in w for w in a.waarschuwingen)


def test_ouder_met_inkomen_onder_categorie_1_telt_niet():
    a = advies(gedeelde_huishouding=True, huisgenoten=[_persoon("ouder", "800")])
    assert a.bestaansmiddelen.samenwonenden == 0


def test_ouders_bij_categorie_3_tellen_alleen_bij_gedeelde_huishouding():
    kind = {"relatie": "kind", "geboortedatum": "2020-01-01", "verblijfsregeling": "voltijds", "inkomsten": []}
    ouder = _persoon("ouder", "2000")
    onbekend = advies(geboortedatum="2000-01-01", huisgenoten=[kind, ouder])
    assert onbekend.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "aanvrager.gedeelde_huishouding" for o in onbekend.ontbrekende_gegevens)
    gedeeld = advies(geboortedatum="2000-01-01", gedeelde_huishouding=True, huisgenoten=[kind, ouder])
    assert gedeeld.categorie == 3 and gedeeld.bestaansmiddelen.samenwonenden == Decimal("13486.40")  # 24000 − 10513.60
    apart = advies(geboortedatum="2000-01-01", gedeelde_huishouding=False, huisgenoten=[kind, ouder])
    assert apart.bestaansmiddelen.samenwonenden == 0


def test_gezinsbijslag_die_een_ouder_voor_de_aanvrager_ontvangt_telt_als_middel_van_die_ouder():
    ouder = {
        "relatie": "ouder",
        "geboortedatum": "1960-01-01",
        "inkomsten": [
            {"soort": "loon", "bedrag": "900", "per": "maand"},
            {"soort": "gezinsbijslag_kinderen", "bedrag": "200", "per": "maand", "voor_aanvrager": True},
        ],
    }
    a = advies(geboortedatum="2005-01-01", gedeelde_huishouding=True, huisgenoten=[ouder])
    assert a.bestaansmiddelen.samenwonenden == Decimal("2686.40")  # 10800 + 2400 − 10513.60


def test_vanaf_2026_telt_een_schoonouder_mee_en_een_broer_niet():
    huisgenoten = [_persoon("schoonouder", "2000"), _persoon("broer_zus", "3000", geboren="1990-01-01")]
    a = advies(peildatum="2026-03-02", gedeelde_huishouding=True, huisgenoten=huisgenoten)
    assert a.bestaansmiddelen.samenwonenden == Decimal("13276.25")  # 24000 − 10723.75
    voor = advies(peildatum="2026-02-27", gedeelde_huishouding=True, huisgenoten=huisgenoten)
    assert voor.bestaansmiddelen.samenwonenden == 0


def test_vanaf_2026_kan_het_ocmw_uit_billijkheid_afzien():
    a = advies(
        peildatum="2026-03-02",
        gedeelde_huishouding=True,
        huisgenoten=[_persoon("schoonouder", "2000", meetellen="nee")],
    )
    assert a.bestaansmiddelen.samenwonenden == 0


def test_gegroepeerde_methode_2026_als_ocmw_keuze():
    # Σ 2 × 24000 = 48000 − 2 adults × 10723.75 = 26552.50, / 1 leefloner
    huisgenoten = [_persoon("ouder", "2000"), _persoon("ouder", "2000")]
    a = advies(
        peildatum="2026-03-02",
        gedeelde_huishouding=True,
        huisgenoten=huisgenoten,
        keuzes={"methode_samenwonenden_2026": "gegroepeerd"},
    )
    assert a.bestaansmiddelen.samenwonenden == Decimal("26552.50")
    assert {d.code: d.door_ocmw_gekozen for d in a.aannames_details}["methode_2026"] is True


def test_meerderjarig_kind_met_onbekende_leeftijd_vraagt_de_geboortedatum():
    a = advies(
        geboortedatum="1960-01-01",
        gedeelde_huishouding=True,
        huisgenoten=[
            {
                "relatie": "kind",
                "ongehuwd": True,
                "verblijfsregeling": "voltijds",
                "inkomsten": [{"soort": "loon", "bedrag": "2000", "per": "maand"}],
            }
        ],
    )
    assert a.uitkomst == "onvoldoende_gegevens"
    assert any(o.veld == "huisgenoten.0.geboortedatum" for o in a.ontbrekende_gegevens)


def test_de_berekening_schrijft_de_bedragen_van_het_deel_boven_categorie_1_uit():
    a = advies(gedeelde_huishouding=True, huisgenoten=[_persoon("partner", "1000", ontvangt_leefloon=False)])
    stap = next(s for s in a.berekening if "partner" in s.stap)
    assert stap.stap == (
        "Deel van de bestaansmiddelen van de partner boven het bedrag van categorie 1 (€ 12.000,00 − € 10.513,60)"
    )
    assert stap.bedrag == Decimal("1486.40")


def test_een_partner_onder_categorie_1_telt_niet_mee_en_de_stap_zegt_dat():
    a = advies(gedeelde_huishouding=True, huisgenoten=[_persoon("partner", "0", ontvangt_leefloon=False)])
    stap = next(s for s in a.berekening if "partner" in s.stap)
    assert stap.stap.endswith("onder het bedrag van categorie 1 (€ 10.513,60): niets telt mee")
    assert stap.bedrag == 0


def test_een_huisgenoot_wordt_met_zijn_relatie_in_woorden_genoemd():
    # before 1 March 2026 a son- or daughter-in-law does not count, so 'meetellen' is ignored with a warning
    a = advies(
        gedeelde_huishouding=True,
        huisgenoten=[_persoon("schoonkind", "2000", geboren="1990-01-01", meetellen="ja")],
    )
    assert "Huisgenoot 1 (schoonzoon of schoondochter): de bestaansmiddelen tellen niet mee" in a.waarschuwingen[0]
