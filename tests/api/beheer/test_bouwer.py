"""The condition form builder: every condition of the bundled catalogue survives page → form → condition, the
buttons edit the tree, and errors land on the field they are about."""

import pytest

from api.beheer.bouwer import bouw, pas_toe, uit_formulier, uit_voorwaarde
from api.beheer.bouwer_weergave import formulierwaarden, knoop_weergave
from catalogue.bundel import lees_bundel
from catalogue.concepten import lees_concepten
from rules.voorwaarden import naar_json, parse_voorwaarde


def _plat(v):
    """A group with one part is that part (the builder saves it that way)."""
    if isinstance(v, dict):
        for k in ("alle", "een_van"):
            if k in v:
                delen = [_plat(x) for x in v[k]]
                return delen[0] if len(delen) == 1 else {k: delen}
        return {k: _plat(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plat(x) for x in v]
    return v


def _voorwaarden():
    records = list(lees_bundel().records.values()) + list(lees_concepten().records.values())
    return [(r.code, r.voorwaarde) for r in records if r.voorwaarde]


def _heen_en_terug(voorwaarde):
    knoop = uit_voorwaarde(voorwaarde)
    return knoop, bouw(uit_formulier(formulierwaarden(knoop_weergave(knoop, {}))))


@pytest.mark.parametrize(("code", "voorwaarde"), _voorwaarden(), ids=[c for c, _ in _voorwaarden()])
def test_elke_gebundelde_voorwaarde_overleeft_het_formulier(code, voorwaarde):
    knoop, (terug, fouten) = _heen_en_terug(voorwaarde)
    assert fouten == {}
    assert terug == _plat(naar_json(parse_voorwaarde(voorwaarde)))

    def soorten(k):
        return {k.soort} | set().union(*(soorten(c) for c in k.kinderen)) if k.kinderen else {k.soort}

    assert "vast" not in soorten(knoop), "alles is met het formulier te bewerken"


def _form(voorwaarde):
    return formulierwaarden(knoop_weergave(uit_voorwaarde(voorwaarde), {}))


def test_voorwaarde_toevoegen_en_verwijderen():
    form = _form({"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65})
    form["vw.nieuw"] = ["woont-in"]
    knoop = uit_formulier(form)
    pas_toe(knoop, "vw-voeg:vw", form)
    form = formulierwaarden(knoop_weergave(knoop, {}))
    form["vw.1.p.gebieden"] = ["44021, 11002"]
    assert bouw(uit_formulier(form)) == (
        {"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, {"woont_in": ["44021", "11002"]}]},
        {},
    )
    knoop = uit_formulier(form)
    pas_toe(knoop, "vw-weg:vw.0", form)
    assert bouw(knoop) == ({"woont_in": ["44021", "11002"]}, {})


def test_lege_wortel_is_geen_voorwaarde_maar_lege_groep_is_een_fout():
    assert bouw(uit_voorwaarde(None)) == (None, {})
    knoop = uit_voorwaarde({"heeft_recht": "leefloon"})
    pas_toe(knoop, "vw-groep:vw", {})
    assert bouw(knoop)[1] == {"vw.1": "deze groep is leeg: voeg een voorwaarde toe of verwijder de groep"}


def test_sjabloonparameter_fout_staat_op_het_veld():
    form = _form({"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65})
    form["vw.0.p.minimum"] = ["zestig"]
    assert bouw(uit_formulier(form)) == (None, {"vw.0.p.minimum": "minimumleeftijd (jaar): verwacht een geheel getal"})


def test_ander_sjabloon_kiezen_begint_met_zijn_standaardwaarden():
    form = _form({"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65})
    form["vw.0.sjabloon"] = ["kenmerk"]
    knoop = uit_formulier(form)
    assert knoop.kinderen[0].sjabloon == "kenmerk" and knoop.kinderen[0].parameters["waarde"] == "ja"
    form = formulierwaarden(knoop_weergave(knoop, {}))
    form["vw.0.p.veld"] = ["woning.huurder"]
    assert bouw(uit_formulier(form)) == ({"veld": "woning.huurder", "op": "=", "waarde": True}, {})


def test_inkomensgrens_met_een_nieuwe_periode_na_indexering():
    v = {
        "inkomensgrens": {
            "inkomen": "huishouden.inkomen_jaar",
            "personen": "huishouden.personen_ten_laste",
            "basis": {"gedateerd": [{"vanaf": "2025-01-01", "waarde": "26000"}]},
            "per_persoon": {"gedateerd": [{"vanaf": "2025-01-01", "waarde": "4800"}]},
        }
    }
    form = _form(v)
    knoop = uit_formulier(form)
    pas_toe(knoop, "vw-periode:vw.0", form)
    form = formulierwaarden(knoop_weergave(knoop, {}))
    form["vw.0.per.1.vanaf"] = ["01/03/2026"]
    form["vw.0.per.1.basis"] = ["26.520,00"]
    form["vw.0.per.1.per_persoon"] = ["4896"]
    terug, fouten = bouw(uit_formulier(form))
    assert fouten == {}
    assert terug["inkomensgrens"]["basis"] == {
        "gedateerd": [{"vanaf": "2025-01-01", "waarde": "26000"}, {"vanaf": "2026-03-01", "waarde": "26520.00"}]
    }


def test_periode_zonder_begindatum_is_een_fout_op_het_veld():
    form = _form(
        {
            "veld": "huishouden.inkomen_jaar",
            "op": "<=",
            "waarde": {
                "gedateerd": [{"vanaf": "2024-01-01", "waarde": "20000"}, {"vanaf": "2025-01-01", "waarde": "20400"}]
            },
        }
    )
    form["vw.0.per.1.vanaf"] = [""]
    assert bouw(uit_formulier(form))[1] == {
        "vw.0.per.1.vanaf": "bij meer dan één periode heeft elke periode een begindatum"
    }


def test_omkeren():
    form = _form({"woont_in": ["44021"]})
    form["vw.0.niet"] = ["ja"]
    assert bouw(uit_formulier(form)) == ({"niet": {"woont_in": ["44021"]}}, {})


def test_onbekend_deel_blijft_zoals_het_is():
    """A part no template describes (an income ceiling whose amounts start on different dates) is kept."""
    v = {
        "alle": [
            {"heeft_recht": "leefloon"},
            {
                "inkomensgrens": {
                    "inkomen": "huishouden.inkomen_jaar",
                    "personen": "huishouden.personen_ten_laste",
                    "basis": {"gedateerd": [{"vanaf": "2024-01-01", "waarde": "1"}]},
                    "per_persoon": {"gedateerd": [{"vanaf": "2025-01-01", "waarde": "2"}]},
                }
            },
        ]
    }
    knoop, (terug, fouten) = _heen_en_terug(v)
    assert knoop.kinderen[1].soort == "vast"
    assert (terug, fouten) == (naar_json(parse_voorwaarde(v)), {})
