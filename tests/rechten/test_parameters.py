"""The dated parameters: every value has a source and a check date; amounts match SPEC.md; dates are honoured."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rechten.geld import maandbedrag
from rechten.leefloon.parameterset import overzicht, parameterset, verouderd
from rechten.parameters import ParameterFout, PeildatumTeVroeg, alle_reeksen, lees_reeks, reeks

# SPEC.md §3: (in force from, cat 1, 2, 3 yearly and monthly)
SPEC_TABEL = [
    ("2022-01-01", "8578.35", "714.86", "12867.58", "1072.30", "17389.81", "1449.15"),
    ("2022-03-01", "8750.39", "729.20", "13125.64", "1093.80", "17738.57", "1478.21"),
    ("2022-05-01", "8925.32", "743.78", "13388.04", "1115.67", "18093.18", "1507.77"),
    ("2022-08-01", "9103.71", "758.64", "13655.62", "1137.97", "18454.81", "1537.90"),
    ("2022-11-01", "9285.57", "773.80", "13928.41", "1160.70", "18823.46", "1568.62"),
    ("2022-12-01", "9471.46", "789.29", "14207.25", "1183.94", "19200.30", "1600.03"),
    ("2023-01-01", "9713.04", "809.42", "14569.58", "1214.13", "19690.01", "1640.83"),
    ("2023-07-01", "9907.30", "825.61", "14860.96", "1238.41", "20083.80", "1673.65"),
    ("2023-11-01", "10105.38", "842.12", "15158.08", "1263.17", "20485.33", "1707.11"),
    ("2024-05-01", "10307.68", "858.97", "15461.53", "1288.46", "20895.43", "1741.29"),
    ("2025-02-01", "10513.60", "876.13", "15770.41", "1314.20", "21312.87", "1776.07"),
    ("2026-03-01", "10723.75", "893.65", "16085.64", "1340.47", "21738.88", "1811.57"),
]
SPI = {
    "2022-11-01": "285.91",
    "2022-12-01": "291.63",
    "2023-11-01": "297.46",
    "2024-05-01": "303.42",
    "2025-02-01": "309.48",
    "2026-03-01": "315.67",
}


@pytest.mark.parametrize("rij", SPEC_TABEL, ids=lambda r: r[0])
def test_categoriebedragen_volgen_spec(rij):
    vanaf = date.fromisoformat(rij[0])
    p = parameterset(vanaf)
    for cat in (1, 2, 3):
        jaar, maand = Decimal(rij[2 * cat - 1]), Decimal(rij[2 * cat])
        assert p.categoriebedrag[cat] == jaar
        assert maandbedrag(jaar) == maand
    assert p.waarden["categoriebedragen"].vanaf == vanaf


def test_de_dag_voor_een_indexering_geldt_het_oude_bedrag():
    assert parameterset(date(2025, 1, 31)).categoriebedrag[2] == Decimal("15461.53")
    assert parameterset(date(2025, 2, 1)).categoriebedrag[2] == Decimal("15770.41")


@pytest.mark.parametrize(("vanaf", "bedrag"), SPI.items())
def test_spi_volgt_spec(vanaf, bedrag):
    assert parameterset(date.fromisoformat(vanaf)).spi_maand == Decimal(bedrag)


def test_voor_2022_wordt_geweigerd():
    with pytest.raises(PeildatumTeVroeg, match="2022-01-01"):
        reeks("leefloon.categoriebedragen").op(date(2021, 12, 31))


def test_elke_reeks_en_elke_waarde_heeft_een_bron_en_een_controledatum():
    reeksen = alle_reeksen()
    assert {"leefloon.categoriebedragen", "leefloon.spi", "leefloon.kapitaal", "leefloon.algemene_vrijstelling"} <= set(
        reeksen
    )
    for naam, r in reeksen.items():
        assert r.bron.wet and r.bron.artikel and r.bron.url, naam
        for w in r.waarden:
            assert w.bron and w.status and isinstance(w.laatst_gecontroleerd, date), (naam, w.vanaf)


def test_na_de_laatste_controle_volgt_een_waarschuwing():
    assert verouderd(parameterset(date(2026, 3, 5)), ("categoriebedragen",)) == []
    meldingen = verouderd(parameterset(date(2026, 12, 1)), ("categoriebedragen", "kapitaal"))
    assert len(meldingen) == 1 and "latere indexering" in meldingen[0]  # capital tranches are not indexed


def test_overzicht_bevat_elke_reeks():
    o = overzicht(date(2024, 6, 1))
    assert o["categorieen"]["3"] == {"jaar": Decimal("20895.43"), "maand": Decimal("1741.29")}
    assert len(o["reeksen"]) == len([n for n in alle_reeksen() if n.startswith("leefloon.")])


KOP = "beschrijving: x\neenheid: x\nbron: {wet: w, artikel: a}\nwaarden:\n"
BRON_OK = "bron: {titel: t}, laatst_gecontroleerd: 2026-01-01"


def _rij(vanaf: str = "2022-01-01", waarde: str = "'1'", rest: str = BRON_OK) -> str:
    return f"  - {{vanaf: {vanaf}, waarde: {waarde}, status: V, {rest}}}\n"


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ("beschrijving: x\neenheid: x\nwaarden: []\n", "bron"),
        (KOP + _rij(rest="laatst_gecontroleerd: 2026-01-01"), "bron"),
        (KOP + _rij(waarde="1.5"), "tekst"),
        (KOP + _rij(rest="bron: {titel: t}"), "laatst_gecontroleerd"),
        (KOP + _rij("2023-01-01") + _rij("2022-01-01"), "volgorde"),
        (KOP + _rij(waarde="{'1': '12.00'}", rest="maand: {'1': '1.01'}, " + BRON_OK), "/ 12"),
    ],
)
def test_een_fout_parameterbestand_wordt_geweigerd(tmp_path: Path, inhoud, melding):
    pad = tmp_path / "x.yaml"
    pad.write_text(inhoud, encoding="utf-8")
    with pytest.raises(ParameterFout, match=melding):
        lees_reeks(pad, "proef.x")
