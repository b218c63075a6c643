"""The preview evaluates a condition on the sample people, in three-valued logic."""

from datetime import date

from api.beheer.voorbeelden import VOORBEELDEN, voorvertoning


def _status(uitkomst, begin: str) -> str:
    return next(v["status"] for v in uitkomst["voorbeelden"] if v["naam"].startswith(begin))


def test_leeftijd_en_woonplaats():
    v = {"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, {"woont_in": ["44021"]}]}
    uit = voorvertoning(v, organisatie="44021", peildatum=date(2025, 6, 1))
    assert uit["regels"][0] == (0, "alle volgende voorwaarden:")
    assert _status(uit, "Marie") == "voldaan"
    assert _status(uit, "Sara") == "niet_voldaan"
    assert len(uit["voorbeelden"]) == len(VOORBEELDEN)


def test_onbekend_wordt_een_vraag_geen_nee():
    uit = voorvertoning({"veld": "woning.huurder", "op": "=", "waarde": True}, organisatie="44021")
    amina = next(v for v in uit["voorbeelden"] if v["naam"].startswith("Amina"))
    assert amina["status"] == "onbekend" and amina["vragen"]


def test_woont_in_de_andere_gemeente():
    uit = voorvertoning({"woont_in": ["11002"]}, organisatie="44021")
    assert _status(uit, "Koppel") == "voldaan" and _status(uit, "Marie") == "niet_voldaan"


def test_geen_voorwaarde():
    assert voorvertoning(None, organisatie="44021")["regels"] == []
