"""Stays abroad: 4 weeks a calendar year, then suspension per day."""

from datetime import date
from decimal import Decimal

from rechten.leefloon.art23_buitenland import per_jaar_gesplitst
from rechten.profiel import VerblijfBuitenland
from tests.rechten.leefloon.helpers import advies


def _verblijven(*paren, **extra):
    return advies(verblijven_buitenland=[{"van": v, "tot": t} for v, t in paren], **extra).verblijf_buitenland


def test_korte_verblijven_gebruiken_geen_weken():
    vb = _verblijven(("2025-03-01", "2025-03-06"), ("2025-04-01", "2025-04-06"))
    assert [r.weken_aangerekend for r in vb.verblijven] == [0, 0] and vb.dagen_geschorst == 0


def test_een_lang_verblijf_is_geschorst_boven_vier_weken():
    vb = _verblijven(("2025-06-01", "2025-07-10"))  # 40 days: 28 allowed, 12 suspended
    assert vb.dagen_geschorst == 12
    assert vb.vermindering == Decimal("518.48")  # 15770.41 × 12 / 365 = 518.4792


def test_elk_kalenderjaar_heeft_zijn_eigen_vier_weken():
    vb = _verblijven(("2025-11-01", "2025-11-28"), ("2026-01-05", "2026-01-25"))
    assert vb.dagen_geschorst == 0


def test_verblijf_over_nieuwjaar_wordt_per_jaar_gesplitst():
    stukken = per_jaar_gesplitst([VerblijfBuitenland(van=date(2025, 12, 20), tot=date(2026, 1, 10))])
    assert stukken == [(date(2025, 12, 20), date(2025, 12, 31), None), (date(2026, 1, 1), date(2026, 1, 10), None)]


def test_uitzonderlijke_omstandigheden_tellen_niet():
    a = advies(
        verblijven_buitenland=[
            {"van": "2025-06-01", "tot": "2025-08-31", "uitzondering": "uitzonderlijke_omstandigheden"}
        ]
    )
    assert a.verblijf_buitenland.dagen_geschorst == 0


def test_ocmw_kiest_360_dagen_per_jaar():
    vb = _verblijven(("2025-06-01", "2025-07-10"), keuzes={"buitenland_dagen_per_jaar": 360})
    assert vb.vermindering == Decimal("525.68")  # 15770.41 × 12 / 360 = 525.6803


def test_zonder_toekenning_geen_vermindering():
    a = advies(werkbereid=False, verblijven_buitenland=[{"van": "2025-06-01", "tot": "2025-07-10"}])
    assert a.uitkomst == "weigeren" and a.verblijf_buitenland.vermindering is None


def test_de_uitleg_per_verblijf_telt_weken_en_dagen_in_enkelvoud_en_meervoud():
    vb = _verblijven(
        ("2025-03-01", "2025-03-03"),  # 3 days: no week
        ("2025-04-01", "2025-04-10"),  # 10 days: 1 week, 3 left
        ("2025-05-01", "2025-05-15"),  # 15 days: 2 weeks, 1 left
        ("2025-06-01", "2025-06-15"),  # 15 days: the last week, 8 days suspended
        ("2025-07-01", "2025-07-01"),  # 1 day: the weeks are used up
    )
    assert [r.uitleg for r in vb.verblijven] == [
        "3 dagen: korter dan een volle week, dus geen week aangerekend. Nog 4 van de 4 weken over in 2025.",
        "10 dagen: 1 week aangerekend. Nog 3 van de 4 weken over in 2025.",
        "15 dagen: 2 weken aangerekend. Nog 1 van de 4 weken over in 2025.",
        "15 dagen: de laatste week van 2025 is aangerekend. De overige 8 dagen zijn geschorst.",
        "De 4 weken van 2025 zijn al opgebruikt: deze dag is geschorst.",
    ]
    assert [r.dagen_geschorst for r in vb.verblijven] == [0, 0, 0, 8, 1]


def test_de_uitleg_zegt_wanneer_de_weken_opgebruikt_zijn():
    vb = _verblijven(("2025-03-01", "2025-03-28"), ("2025-04-01", "2025-04-03"), ("2025-06-01", "2025-06-20"))
    assert [r.uitleg for r in vb.verblijven] == [
        "28 dagen: 4 weken aangerekend. Daarmee zijn de 4 weken van 2025 opgebruikt.",
        "De 4 weken van 2025 zijn al opgebruikt: alle 3 dagen zijn geschorst.",
        "De 4 weken van 2025 zijn al opgebruikt: alle 20 dagen zijn geschorst.",
    ]
