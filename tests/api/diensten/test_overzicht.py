"""`maak_overzicht` on the store, on SQLite and PostgreSQL: the catalogue version is picked up, scope is right."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlmodel import Session

from api.diensten.overzicht import catalogus, maak_overzicht
from catalogue import store
from catalogue.db import maak_engine
from rechten.profiel import Profiel
from rechten.situatie import VELDEN
from tests.catalogue.maak import recht
from tests.rules.voorwaarden.strategieen import waarde_voor
from tests.support.overzicht import *  # noqa: F403  (fixtures)
from tests.support.profielen import profiel_data


def _bewaar(engine, *records) -> None:
    with Session(engine) as s:
        for r in records:
            store.bewaar_record(s, r, door="test", reden="")
        s.commit()


def _profiel(**wijzig) -> Profiel:
    return Profiel.model_validate(profiel_data(**wijzig))


def _codes(engine, profiel: Profiel, **opties) -> dict[str, str]:
    with Session(engine) as s:
        return {r.code: r.status.value for r in maak_overzicht(s, profiel, **opties).rechten}


def test_publiceren_en_archiveren_worden_meteen_gezien(leeg_db):
    oud = {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 30}
    _bewaar(leeg_db, recht("gent-premie", voorwaarde=oud))
    assert _codes(leeg_db, _profiel()) == {"gent-premie": "waarschijnlijk"}
    with Session(leeg_db) as s:
        kenmerk = store.publicatie_kenmerk(s)
        assert catalogus(s) is catalogus(s)  # compiled once per version

    _bewaar(leeg_db, recht("gent-toelage", voorwaarde={"heeft_recht": "gent-premie"}))
    assert _codes(leeg_db, _profiel()) == {"gent-premie": "waarschijnlijk", "gent-toelage": "waarschijnlijk"}
    with Session(leeg_db) as s:
        assert store.publicatie_kenmerk(s) != kenmerk
        info, _ = store.lees_record(s, "gent-premie")
        store.archiveer(s, recht_id=info.id, door="test")
        s.commit()
    # Without the archived right the catalogue no longer knows it: the one that followed from it becomes a question.
    with Session(leeg_db) as s:
        (toelage,) = maak_overzicht(s, _profiel(), alles=True).rechten
    assert (toelage.code, toelage.status.value) == ("gent-toelage", "mogelijk")
    assert [v.veld for v in toelage.ontbrekende_gegevens] == ["situatie.ontvangt"]


def test_gebied_en_geldigheid(leeg_db):
    _bewaar(
        leeg_db,
        recht("gent-iets", voorwaarde=None),
        recht("antwerpen-iets", gebied=["11002"], bevoegde_overheid={"naam": "Stad Antwerpen"}),
        recht("vlaams-iets", niveau="vlaams", uitvoerend_niveau=["vlaams"], bevoegde_overheid={"naam": "Vlaanderen"}),
        recht("voorbij", einde="2024-12-31"),
        recht("ontwerp", status="ontwerp"),
    )
    assert _codes(leeg_db, _profiel(), alles=True) == {"gent-iets": "mogelijk", "vlaams-iets": "mogelijk"}
    assert _codes(leeg_db, _profiel(gemeente="2000"), alles=True) == {"antwerpen-iets": "mogelijk",
                                                                      "vlaams-iets": "mogelijk"}  # fmt: skip
    assert _codes(leeg_db, _profiel(gemeente="21004"), alles=True) == {}  # Brussels: no Flemish rights


def test_oude_gemeente_in_een_fusie(leeg_db):
    from catalogue.gemeenten import gemeenten

    # A Flemish merger from the registry: a right of one of the old municipalities, asked for the merged one.
    fusie = next(g for g in gemeenten().per_nis.values() if len(g.samengesteld_uit) > 1 and g.samengesteld_op
                 and g.samengesteld_op <= date(2025, 6, 1) and g.gewest_nuts == "BE2")  # fmt: skip
    oud = next(c for c in fusie.samengesteld_uit if c != fusie.nis)
    _bewaar(leeg_db, recht("oud-recht", gebied=[oud], bevoegde_overheid={"naam": "Oude gemeente"}))
    with Session(leeg_db) as s:
        nieuw = maak_overzicht(s, _profiel(gemeente=fusie.nis))
        assert nieuw.gemeente.nis == fusie.nis
        (r,) = nieuw.rechten
        assert r.status.value == "mogelijk" and "gemeente" in [v.veld for v in r.ontbrekende_gegevens]
        via_oud = maak_overzicht(s, _profiel(gemeente=oud))
        assert via_oud.gemeente.nis == fusie.nis and via_oud.gemeente.deelgemeente.nis == oud
        assert [v.veld for v in via_oud.rechten[0].ontbrekende_gegevens] == []


def test_gemeente_verplicht(leeg_db):
    with Session(leeg_db) as s, pytest.raises(ValidationError) as exc:
        maak_overzicht(s, _profiel(gemeente=None))
    assert [e["loc"] for e in exc.value.errors()] == [("gemeente",)]


def test_bundel_op_beide_databanken(bundel_db):
    with Session(bundel_db) as s:
        uit = maak_overzicht(s, _profiel())
    rechten = {r.code: r for r in uit.rechten}
    assert rechten["verhoogde-tegemoetkoming"].afgeleid_van == ["leefloon"]
    assert rechten["gent-uitpas-kansentarief"].status.value == "waarschijnlijk"


@st.composite
def situaties(draw) -> dict:
    situatie: dict = {}
    for naam in draw(st.sets(st.sampled_from(sorted(VELDEN)), max_size=12)):
        groep, sleutel = naam.split(".")
        waarde = draw(waarde_voor(naam))
        situatie.setdefault(groep, {})[sleutel] = str(waarde) if not isinstance(waarde, bool | int | str) else waarde
    if draw(st.booleans()):
        situatie["ontvangt"] = draw(st.lists(st.sampled_from(["leefloon", "verhoogde-tegemoetkoming",
                                                               "inkomensgarantie-ouderen"]), max_size=2))  # fmt: skip
    return situatie


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    situatie=situaties(),
    gemeente=st.sampled_from(["44021", "9000", "11002", "71072", "71022", "21004", "44083", "35013"]),
    peildatum=st.sampled_from(["2024-06-01", "2025-02-15", "2026-04-01"]),
    alles=st.booleans(),
)
def test_elk_geldig_profiel_geeft_een_overzicht(bundel_sqlite_url, situatie, gemeente, peildatum, alles):
    try:
        profiel = Profiel.model_validate({"peildatum": peildatum, "gemeente": gemeente, "aanvrager": {},
                                          "situatie": situatie})  # fmt: skip
    except ValidationError:
        assume(False)
    engine = maak_engine(bundel_sqlite_url)
    try:
        with Session(engine) as s:
            uit = maak_overzicht(s, profiel, alles=alles)
    finally:
        engine.dispose()
    assert uit.rechten
    codes = {r.code for r in uit.rechten}
    for r in uit.rechten:
        assert r.redenen, r.code
        assert alles or r.status.value != "niet"
        assert (r.status.value == "mogelijk") or not r.ontbrekende_gegevens
        assert r.status.value != "niet" or not r.afgeleid_van
    for vraag in uit.vragen:
        assert set(vraag.rechten) <= codes and vraag.aantal == len(vraag.rechten)
