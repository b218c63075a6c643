"""Municipalities: the 2020 list, the 2019 and 2025 mergers, postcodes, lookup and the areas containing them."""

from __future__ import annotations

from datetime import date

import pytest

from catalogue.gemeenten import gemeenten, normaliseer

NA = date(2025, 6, 1)
VOOR = date(2024, 6, 1)


@pytest.fixture(scope="module")
def register():
    return gemeenten()


def test_alle_gemeenten_van_2020_en_de_fusiegemeenten(register):
    actueel = [g for g in register.per_nis.values() if g.geldig_op(NA)]
    assert len(actueel) == 565  # 581 in 2019–2024; 2025: 28 Flemish → 13, Bastogne + Bertogne → 1
    assert len([g for g in register.per_nis.values() if g.geldig_op(VOOR)]) == 581
    assert all(g.postcodes for g in actueel)


@pytest.mark.parametrize(
    ("nis", "naam", "provincie", "hoofdpostcode"),
    [("44021", "Gent", "Oost-Vlaanderen", "9000"), ("21004", "Brussel", None, "1000"),
     ("62063", "Luik", "Luik", "4000"), ("44081", "Zulte", "Oost-Vlaanderen", "9870"),
     ("46003", "Beveren", "Oost-Vlaanderen", "9120"), ("73040", "Kortessem", "Limburg", "3720")],
)  # fmt: skip
def test_namen_provincie_en_echte_hoofdpostcode(register, nis, naam, provincie, hoofdpostcode):
    g = register.get(nis)
    assert (g.naam_nl, g.provincie_nl, g.hoofdpostcode) == (naam, provincie, hoofdpostcode)


def test_fusies_2025(register):
    bkz = register.get("46030")
    assert bkz.naam_nl == "Beveren-Kruibeke-Zwijndrecht" and bkz.geldig_vanaf == date(2025, 1, 1)
    assert set(bkz.samengesteld_uit) == {"46003", "46013", "11056"}
    zwijndrecht = register.get("11056")
    assert (zwijndrecht.opgegaan_in, zwijndrecht.geldig_tot) == ("46030", date(2024, 12, 31))
    assert register.get("11007").opgegaan_in == "11002"  # Borsbeek → Antwerpen (which keeps its code)
    assert register.get("82005").opgegaan_in == "82039"  # Bertogne → Bastogne (Wallonia)
    nieuw = {g.nis for g in register.per_nis.values() if g.geldig_vanaf == date(2025, 1, 1)}
    assert nieuw == {"23106", "37021", "37022", "44086", "44087", "44088", "46029", "46030", "71071", "71072",
                     "73110", "73111", "82039"}  # fmt: skip


def test_gebieden_na_fusie_en_provinciewissel(register):
    assert register.omvattende_gebieden("11056", VOOR) == {"11056", "BE211", "BE21", "BE2", "BE"}
    assert register.omvattende_gebieden("11056", NA) == {"11056", "46030", "BE236", "BE23", "BE2", "BE"}
    assert register.deelgebieden("71072", NA) == {"71022", "73040"}
    assert register.deelgebieden("11002", NA) == {"11007"} and register.deelgebieden("11002", VOOR) == set()
    assert register.omvattende_gebieden("99999", NA) == {"99999", "BE"}


@pytest.mark.parametrize(
    ("q", "verwacht"),
    [("gent", ["44021"]), ("Gand", ["44021"]), ("kruib", ["46013", "46030"]), ("9000", ["44021"]),
     ("3720", ["71072", "73040"]), ("2150", ["11002", "11007"]), ("44021", ["44021"]), ("’s grav", ["55004"]),
     ("99999", []), ("zzz", [])],
)  # fmt: skip
def test_opzoeken_op_naam_postcode_en_nis(register, q, verwacht):
    assert [g.nis for g in register.zoek(q, peildatum=NA)] == verwacht


def test_actuele_gemeente_voor_na_de_fusie(register):
    assert register.zoek("hasselt", peildatum=NA)[0].nis == "71072"
    assert register.actueel("73040", NA).nis == "71072" and register.actueel("73040", VOOR).nis == "73040"
    assert register.precies("3720").nis == "73040"


def test_normaliseer():
    assert normaliseer("’s Gravenbrakel") == "s gravenbrakel"
    assert normaliseer("Liège") == "liege"
