"""The household analysis behind the category."""

from tests.rechten.leefloon.helpers import advies, evaluatie, profiel


def _kind(**k):
    return {"relatie": "kind", "inkomsten": [], **k}


def test_minderjarig_kind_met_regelmatig_verblijf_is_ten_laste():
    hh = evaluatie(profiel(huisgenoten=[_kind(geboortedatum="2015-01-01", verblijfsregeling="voltijds")])).huishouden
    assert (hh.kind_ten_laste, hh.regeling, hh.andere, hh.kinderen_ten_laste) == ("ja", "voltijds", "nee", 1)


def test_meerderjarig_kind_is_een_andere_huisgenoot():
    hh = evaluatie(profiel(huisgenoten=[_kind(geboortedatum="2000-01-01", ongehuwd=True)])).huishouden
    assert (hh.kind_ten_laste, hh.andere) == ("nee", "ja")


def test_gehuwd_minderjarig_kind_is_niet_ten_laste():
    hh = evaluatie(
        profiel(huisgenoten=[_kind(geboortedatum="2008-01-01", ongehuwd=False, verblijfsregeling="voltijds")])
    ).huishouden
    assert hh.kind_ten_laste == "nee"


def test_kind_van_16_of_17_zonder_burgerlijke_staat_is_een_vraag():
    ev = evaluatie(profiel(huisgenoten=[_kind(geboortedatum="2008-06-01", verblijfsregeling="voltijds")]))
    assert ev.huishouden.kind_ten_laste == "onbekend"
    assert ("huisgenoten.0.ongehuwd", "Is het kind (huisgenoot 1) ongehuwd?") in ev.huishouden.kindvragen


def test_onbekend_huishouden_geeft_een_vraag_en_het_gunstigste_voorlopige_bedrag():
    a = advies(huisgenoten=None)
    a = a.__class__.model_validate(a.model_dump())  # round trip: the model is complete
    assert a.uitkomst == "onvoldoende_gegevens" and a.categorie is None
    assert a.voorlopige_categorie == 3
    assert any(o.veld == "huisgenoten" for o in a.ontbrekende_gegevens)


def test_co_ouderschap_geeft_een_waarschuwing_voor_het_onderzoek():
    a = advies(huisgenoten=[_kind(geboortedatum="2015-01-01", verblijfsregeling="co_ouderschap")])
    assert a.categorie == 3 and any("Cass. 27/06/2022" in w for w in a.waarschuwingen)


def test_een_bedrag_voor_het_gezin_als_de_partner_al_leefloon_krijgt():
    huisgenoten = [
        {"relatie": "partner", "ontvangt_leefloon": True, "inkomsten": []},
        _kind(geboortedatum="2015-01-01", verblijfsregeling="voltijds"),
    ]
    a = advies(huisgenoten=huisgenoten)
    assert a.categorie == 3 and "gezin_een_bedrag" in {d.code for d in a.aannames_details}
