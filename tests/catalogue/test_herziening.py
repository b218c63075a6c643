"""Field-level diffs, the three-way comparison and the 12-month stale rule."""

from datetime import date

import pytest

from catalogue.herziening import drieweg, is_verouderd, verouderd_sinds, verschillen


def test_verschillen_per_veld_genest():
    oud = {"naam": {"nl": "A", "fr": None}, "themas": ["x"], "code": "c"}
    nieuw = {"naam": {"nl": "B", "fr": None}, "themas": ["x", "y"], "code": "c", "extra": 1}
    assert verschillen(oud, nieuw) == [
        {"veld": "naam.nl", "oud": "A", "nieuw": "B"},
        {"veld": "themas", "oud": ["x"], "nieuw": ["x", "y"]},
        {"veld": "extra", "oud": None, "nieuw": 1},
    ]
    assert verschillen(oud, oud) == []


def test_drieweg_markeert_conceptwijziging_lokale_aanpassing_en_conflict():
    basis = {"beschrijving": "b0", "kosten": [], "zoektermen": ["a"], "gebied": []}
    concept = {"beschrijving": "b1", "kosten": [], "zoektermen": ["a"], "gebied": []}
    instantie = {"beschrijving": "lokaal", "kosten": [], "zoektermen": ["a", "b"], "gebied": ["44021"]}
    rijen = {r.veld: r for r in drieweg(instantie, basis, concept)}
    assert set(rijen) == {"beschrijving", "zoektermen"}  # gebied is the instance's own; kosten equal everywhere
    assert rijen["beschrijving"].conflict
    assert rijen["zoektermen"].lokaal_aangepast and not rijen["zoektermen"].concept_gewijzigd
    assert len(drieweg(instantie, basis, concept, alle=True)) == 3


@pytest.mark.parametrize(
    ("geverifieerd", "op", "verouderd"),
    [("2025-06-01", "2026-06-01", False), ("2025-05-31", "2026-06-01", True), ("2024-02-29", "2025-02-28", False),
     ("2024-02-28", "2025-02-28", False), ("2024-02-27", "2025-02-28", True)],
)  # fmt: skip
def test_twaalf_maanden(geverifieerd, op, verouderd):
    assert is_verouderd(date.fromisoformat(geverifieerd), date.fromisoformat(op)) is verouderd


def test_grens_op_schrikkeldag():
    assert verouderd_sinds(date(2024, 2, 29)) == date(2023, 2, 28)
    assert verouderd_sinds(date(2025, 1, 15)) == date(2024, 1, 15)
