"""Every text of the overview is translated to French and English (the questions of the vocabulary too)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_file

from rechten.overzicht.vertaalbaar import EENHEDEN, KEUZES, LABELS, VRAGEN
from rechten.situatie import VELDEN
from rules.voorwaarden.evaluatie import DEELGEMEENTE_VRAAG, GEMEENTE_VRAAG

ROOT = Path(__file__).resolve().parents[3]
BESTANDEN = [
    *sorted((ROOT / "rechten" / "overzicht").glob("*.py")),
    ROOT / "api" / "diensten" / "overzicht.py",
    ROOT / "rules" / "voorwaarden" / "weergave.py",
]


def _berichten() -> set[str]:
    ids = set()
    for pad in BESTANDEN:
        for _regel, bericht, _commentaar, _context in extract_from_file(
            "python", pad, keywords={"t": None, "N_": None}
        ):
            ids.add(bericht)
    return ids


def test_de_vragen_van_de_woordenschat_zijn_gemarkeerd():
    assert set(VRAGEN) == {v.vraag for v in VELDEN.values()} | {GEMEENTE_VRAAG, DEELGEMEENTE_VRAAG}


def test_labels_keuzes_en_eenheden_van_de_woordenschat_zijn_gemarkeerd():
    assert set(LABELS) == {v.label for v in VELDEN.values()}
    assert set(KEUZES) == {k.replace("_", " ") for v in VELDEN.values() for k in v.keuzes}
    assert set(EENHEDEN) == {v.eenheid for v in VELDEN.values() if v.eenheid and v.eenheid != "%"}
