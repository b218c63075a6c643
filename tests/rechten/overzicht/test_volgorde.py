"""Order of the overview, main amounts, exclusions between rights and the ranking of questions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rechten.overzicht.catalogus import Bedragregel
from rechten.overzicht.model import Hoofdbedrag, RechtStatus, Rechtuitkomst, Vraagverwijzing
from rechten.overzicht.volgorde import hoofdbedrag, orden, pas_uitsluitingen_toe, per_jaar, rangschik_vragen
from tests.rechten.overzicht.hulp import recht

PEIL = date(2025, 6, 1)


def _uit(code, status, *, waarde=None, niveau="lokaal", vragen=(), naam=None) -> Rechtuitkomst:
    bedrag = None
    if waarde is not None:
        bedrag = Hoofdbedrag(omschrijving="x", bedrag=Decimal(waarde), eenheid="euro", periode="jaar",
                             geldig_vanaf=date(2025, 1, 1), per_jaar=Decimal(waarde))  # fmt: skip
    return Rechtuitkomst(
        id=code, code=code, naam=naam or code, niveau=niveau, status=RechtStatus(status), redenen=[],
        ontbrekende_gegevens=[Vraagverwijzing(veld=v, vraag=f"{v}?") for v in vragen], automatisch=False,
        aanvragen_bij=None, afgeleid_van=[], themas=[], bedrag=bedrag,
    )  # fmt: skip


def _regel(omschrijving, waarde, eenheid="euro", periode="maand", vanaf="2025-01-01", tot=None) -> Bedragregel:
    return Bedragregel(omschrijving, Decimal(waarde), eenheid, periode, date.fromisoformat(vanaf),
                       date.fromisoformat(tot) if tot else None)  # fmt: skip


def test_volgorde_status_dan_waarde_dan_niveau():
    rechten = [
        _uit("lokaal-klein", "waarschijnlijk", waarde="50"),
        _uit("mogelijk-groot", "mogelijk", waarde="9000", niveau="federaal"),
        _uit("federaal-zonder-bedrag", "waarschijnlijk", niveau="federaal"),
        _uit("lokaal-zonder-bedrag", "waarschijnlijk"),
        _uit("vlaams-groot", "waarschijnlijk", waarde="1200", niveau="vlaams"),
        _uit("niet", "niet", waarde="99999"),
        _uit("mogelijk-veel-vragen", "mogelijk", vragen=("a", "b")),
        _uit("mogelijk-een-vraag", "mogelijk", vragen=("a",)),
    ]
    assert [r.code for r in orden(rechten)] == [
        "vlaams-groot", "lokaal-klein", "federaal-zonder-bedrag", "lokaal-zonder-bedrag", "mogelijk-groot",
        "mogelijk-een-vraag", "mogelijk-veel-vragen", "niet",
    ]  # fmt: skip


def test_hoofdbedrag_is_een_voordeel_geldig_op_de_peildatum():
    d = recht("premie", None, bedragen=[
        {"omschrijving": "Inkomensgrens alleenstaande", "waarde": "25000", "periode": "jaar",
         "geldig_vanaf": "2024-01-01"},
        {"omschrijving": "Premie per maand (oud)", "waarde": "20", "periode": "maand", "geldig_vanaf": "2020-01-01",
         "geldig_tot": "2024-12-31"},
        {"omschrijving": "Premie per maand", "waarde": "25", "periode": "maand", "geldig_vanaf": "2025-01-01"},
    ])  # fmt: skip
    b = hoofdbedrag(d, PEIL)
    assert (b.omschrijving, b.bedrag, b.per_jaar, b.geldig_vanaf) == ("Premie per maand", Decimal("25.00"),
                                                                     Decimal("300.00"), date(2025, 1, 1))  # fmt: skip
    assert hoofdbedrag(d, date(2019, 1, 1)) is None


def test_waarde_per_jaar():
    assert per_jaar(_regel("Toelage", "10", periode="week")) == Decimal("520.00")
    assert per_jaar(_regel("Toelage", "100", periode="eenmalig")) == Decimal("100.00")
    assert per_jaar(_regel("Korting", "80", eenheid="procent")) is None
    assert per_jaar(_regel("Tussenkomst per dag", "3", periode="dag")) is None
    assert per_jaar(_regel("Prijs van de pas", "5", periode="eenmalig")) is None
    assert per_jaar(_regel("Maximaal leenbedrag", "60000", periode="eenmalig")) is None


def test_waarschijnlijk_recht_sluit_een_mogelijk_recht_uit():
    rechten = {"a": _uit("a", "waarschijnlijk", naam="Recht A"), "b": _uit("b", "mogelijk", vragen=("x",))}
    rechten["b"].afgeleid_van = ["c"]
    pas_uitsluitingen_toe(rechten, {"a": {"b"}, "b": {"a"}})
    assert rechten["a"].status is RechtStatus.waarschijnlijk and rechten["a"].kan_niet_samen_met == ["b"]
    b = rechten["b"]
    assert b.status is RechtStatus.niet and b.ontbrekende_gegevens == [] and b.afgeleid_van == []
    assert b.redenen == ["Kan niet samen met Recht A, waarop de persoon waarschijnlijk recht heeft."]


def test_twee_waarschijnlijke_rechten_die_elkaar_uitsluiten_blijven_allebei():
    rechten = {"a": _uit("a", "waarschijnlijk", waarde="600", naam="Huurpremie"),
               "b": _uit("b", "waarschijnlijk", waarde="1200", naam="Huursubsidie")}  # fmt: skip
    pas_uitsluitingen_toe(rechten, {"a": {"b"}, "b": {"a"}})
    assert [r.status for r in rechten.values()] == [RechtStatus.waarschijnlijk] * 2
    assert rechten["a"].redenen == [
        "Kan niet samen met Huursubsidie; Huursubsidie is het meest waard (€ 1.200,00 per jaar)."
    ]
    assert rechten["b"].kan_niet_samen_met == ["a"]


def test_mogelijke_rechten_die_elkaar_uitsluiten_blijven_mogelijk():
    rechten = {"a": _uit("a", "mogelijk"), "b": _uit("b", "mogelijk"), "c": _uit("c", "niet")}
    pas_uitsluitingen_toe(rechten, {"a": {"b", "c"}, "b": {"a"}, "c": {"a"}})
    assert rechten["a"].status is RechtStatus.mogelijk and rechten["a"].kan_niet_samen_met == ["b"]
    assert rechten["a"].redenen == ["Kan niet samen met b."]


def test_vragen_die_het_meest_beslissen_eerst():
    rechten = [
        _uit("a", "mogelijk", vragen=("inkomen", "leeftijd")),
        _uit("b", "mogelijk", vragen=("leeftijd",)),
        _uit("c", "mogelijk", vragen=("huur", "leeftijd")),
        _uit("d", "waarschijnlijk"),
    ]
    vragen = rangschik_vragen(rechten)
    assert [(v.veld, v.aantal, v.rechten) for v in vragen] == [
        ("leeftijd", 3, ["a", "b", "c"]), ("inkomen", 1, ["a"]), ("huur", 1, ["c"]),
    ]  # fmt: skip
