"""Typed form values as people type them (api.web.invoer), shared by the advice form, the questionnaire, the
editor and the condition builder."""

import pytest

from api.web import invoer


@pytest.mark.parametrize(
    ("tekst", "uit"),
    [("1234,56", "1234.56"), ("1.234,56", "1234.56"), ("€ 1 234,5", "1234.5"), ("1234.56", "1234.56"),
     ("12,3,4", "12.3.4"), ("abc", "abc"), ("1\u202f234,00\u00a0€", "1234.00"), ("26 000 EUR", "26000"),
     ("26.000,50", "26000.50")],
)  # fmt: skip
def test_bedrag_zoals_een_belg_het_typt(tekst, uit):
    assert invoer.bedrag(tekst) == uit


@pytest.mark.parametrize(("tekst", "uit"), [("15/02/2025", "2025-02-15"), ("1-2-2025", "2025-02-01"),
                                            ("15.02.2025", "2025-02-15"), ("2025-02-15", "2025-02-15"),
                                            ("31/02/2025", "31/02/2025")])  # fmt: skip
def test_datum_zonder_datumkiezer(tekst, uit):
    assert invoer.datum(tekst) == uit


@pytest.mark.parametrize(
    ("tekst", "uit"),
    [("3", 3), ("-2", -2), ("+5", 5), ("123456789", 123456789), ("1234567890", "1234567890"), ("--5", "--5"),
     ("²", "²"), ("3,5", "3,5"), ("", "")],
)  # fmt: skip
def test_geheel_getal_of_zoals_getypt(tekst, uit):
    """Never an exception (a page must not fail on `--5` or `²`), never a huge number."""
    assert invoer.geheel(tekst) == uit


def test_ja_nee_en_lijsten():
    assert (invoer.janee("ja"), invoer.janee("nee"), invoer.janee("misschien")) == (True, False, "misschien")
    assert invoer.stukken(" 44021, 11002;;\n9000 ", r"[,;\s]+") == ["44021", "11002", "9000"]
    assert invoer.een({"a": ["x", " y "], "b": []}, "a") == "y"
    assert invoer.een({"b": []}, "b") == invoer.een({}, "c") == ""


def test_rijnummers_en_paden():
    form = {"kosten.0.naam": "", "kosten.3._rij": "1", "kosten.3.bedrag": "", "kostenx.1.naam": "", "kosten": ""}
    assert invoer.nummers(form, "kosten") == [0, 3]
    assert invoer.nummers({"vw.0._soort": "", "vw.0.1._soort": "", "vw.2._soort": ""}, "vw", r"\._soort$") == [0, 2]
    assert invoer.pad("", "peildatum") == "peildatum"
    assert invoer.pad("aanvrager.inkomsten.0", "bedrag") == "aanvrager.inkomsten.0.bedrag"
