"""Steps for features/overzicht/: a client's situation in words → POST /api/v1/overzicht → the entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from pytest_bdd import given, parsers, then, when

from catalogue.gemeenten import gemeenten
from tests.support.overzicht import *  # noqa: F403  (fixtures: bundel_client and the database it uses)


@dataclass
class Client:
    """The client's profile as built by the steps, and the overview the care worker got."""

    profiel: dict = field(default_factory=lambda: {"aanvrager": {}})
    antwoord: object = None

    def situatie(self, groep: str) -> dict:
        return self.profiel.setdefault("situatie", {}).setdefault(groep, {})

    def rechten(self) -> dict[str, dict]:
        assert self.antwoord.status_code == 200, self.antwoord.text
        return {r["code"]: r for r in self.antwoord.json()["rechten"]}


def _nis(naam: str) -> str:
    (gemeente, *_) = gemeenten().zoek(naam)
    return gemeente.nis


def _geboren(leeftijd: int) -> str:
    return f"{2025 - leeftijd - 1}-12-31"  # `leeftijd` years old in June 2025


@pytest.fixture
def cliënt() -> Client:
    return Client()


# ## Gegeven


@given("de Rechtenverkenner draait met de gebundelde catalogus", target_fixture="dienst")
def dienst_met_bundel(bundel_client):
    return bundel_client


@given(parsers.parse("een alleenstaande Belg van {leeftijd:d} jaar in {gemeente} zonder inkomen en zonder spaargeld"))
def alleenstaande_zonder_inkomen(cliënt, leeftijd, gemeente):
    cliënt.profiel = {
        "gemeente": _nis(gemeente),
        "aanvrager": {
            "geboortedatum": _geboren(leeftijd), "verblijfsstatus": "belg", "woont_in_belgie": True,
            "burgerlijke_staat": "ongehuwd", "zwanger": False, "student": False, "werkbereid": True,
            "rechten_uitgeput": True, "gedetineerd": False, "dakloos": False, "inkomsten": [],
            "vermogen": {"spaargeld": "0"},
        },
        "huisgenoten": [],
    }  # fmt: skip


@given(parsers.parse("een cliënt van {leeftijd:d} jaar in {gemeente}"))
def client_van(cliënt, leeftijd, gemeente):
    cliënt.profiel = {"gemeente": _nis(gemeente), "aanvrager": {"geboortedatum": _geboren(leeftijd)}}


@given(parsers.parse("een cliënt van {leeftijd:d} jaar zonder gekende gemeente"))
def client_zonder_gemeente(cliënt, leeftijd):
    cliënt.profiel = {"aanvrager": {"geboortedatum": _geboren(leeftijd)}}


@given(parsers.parse("een cliënt over wie alleen de gemeente {gemeente} gekend is"))
def alleen_gemeente(cliënt, gemeente):
    cliënt.profiel = {"gemeente": _nis(gemeente), "aanvrager": {}}


@given(parsers.parse("het bruto belastbaar inkomen van het gezin is {bedrag:d} euro per jaar"))
def inkomen_jaar(cliënt, bedrag):
    cliënt.situatie("huishouden")["inkomen_jaar"] = str(bedrag)


@given(parsers.parse("het netto inkomen van het gezin is {bedrag:d} euro per maand voor {personen:d} persoon"))
def inkomen_netto(cliënt, bedrag, personen):
    cliënt.situatie("huishouden").update(inkomen_netto_maand=str(bedrag), grootte=personen)


@given("de cliënt is Belg")
def belg(cliënt):
    cliënt.profiel["aanvrager"]["verblijfsstatus"] = "belg"


@given("de cliënt is alleen ingeschreven in het vreemdelingenregister")
def vreemdelingenregister(cliënt):
    cliënt.profiel["aanvrager"]["verblijfsstatus"] = "vreemdelingenregister"


@given(parsers.parse('de cliënt ontvangt al "{code}"'))
def ontvangt_al(cliënt, code):
    cliënt.profiel.setdefault("situatie", {}).setdefault("ontvangt", []).append(code)


@given(parsers.parse("volgens de situatie is de cliënt {leeftijd:d} jaar"))
def situatie_leeftijd(cliënt, leeftijd):
    cliënt.situatie("aanvrager")["leeftijd"] = leeftijd


# ## Als


def _vraag_op(dienst, cliënt: Client, peildatum: str, alles: bool) -> None:
    data = {**cliënt.profiel, "peildatum": date.fromisoformat(peildatum).isoformat()}
    cliënt.antwoord = dienst.post("/api/v1/overzicht", json=data, params={"alles": str(alles).lower()})


@when(parsers.parse("de hulpverlener het rechtenoverzicht opvraagt op {peildatum}"))
def vraag_overzicht(dienst, cliënt, peildatum):
    _vraag_op(dienst, cliënt, peildatum, alles=False)


@when(parsers.parse("de hulpverlener het volledige rechtenoverzicht opvraagt op {peildatum}"))
def vraag_volledig_overzicht(dienst, cliënt, peildatum):
    _vraag_op(dienst, cliënt, peildatum, alles=True)


# ## Dan


@then(parsers.re(r'heeft de cliënt (?P<status>waarschijnlijk|mogelijk) recht op "(?P<code>[^"]+)", afgeleid van '
                 r'"(?P<van>[^"]+)"'))  # fmt: skip
def status_afgeleid(cliënt, status, code, van):
    recht = cliënt.rechten()[code]
    assert recht["status"] == status, recht
    assert van in recht["afgeleid_van"], recht


@then(parsers.re(r'heeft de cliënt (?P<status>waarschijnlijk|mogelijk) recht op "(?P<code>[^"]+)"$'))
def status(cliënt, status, code):
    recht = cliënt.rechten().get(code)
    assert recht is not None, f"{code} staat niet in het overzicht"
    assert recht["status"] == status, recht


@then(parsers.parse('heeft de cliënt geen recht op "{code}"'))
def geen_recht(cliënt, code):
    assert cliënt.rechten()[code]["status"] == "niet"


@then(parsers.parse('staat "{code}" bovenaan het overzicht'))
def bovenaan(cliënt, code):
    assert cliënt.antwoord.json()["rechten"][0]["code"] == code


@then(parsers.parse('staat "{code}" niet in het overzicht'))
def niet_in_overzicht(cliënt, code):
    assert code not in cliënt.rechten()


@then("staan de rechten van andere steden niet in het overzicht")
def geen_andere_steden(cliënt):
    lokaal = [r["code"] for r in cliënt.rechten().values() if r["niveau"] == "lokaal"]
    assert lokaal and all(code.startswith("gent-") for code in lokaal), lokaal


@then(parsers.parse('vraagt het overzicht voor "{code}": "{vraag}"'))
def vraagt(cliënt, code, vraag):
    assert vraag in [v["vraag"] for v in cliënt.rechten()[code]["ontbrekende_gegevens"]]


@then(parsers.parse('is een reden voor "{code}": "{tekst}"'))
def reden(cliënt, code, tekst):
    redenen = cliënt.rechten()[code]["redenen"]
    assert any(tekst in r for r in redenen), redenen


@then(parsers.parse("beslist de eerste vraag minstens {aantal:d} rechten"))
def eerste_vraag(cliënt, aantal):
    assert cliënt.antwoord.json()["vragen"][0]["aantal"] >= aantal


@then("staan de vragen gerangschikt van meeste naar minste rechten")
def gerangschikt(cliënt):
    aantallen = [v["aantal"] for v in cliënt.antwoord.json()["vragen"]]
    assert aantallen == sorted(aantallen, reverse=True)


@then(parsers.parse('meldt het overzicht een fout bij "{veld}"'))
def fout_bij(cliënt, veld):
    assert cliënt.antwoord.status_code == 422
    assert veld in [f["veld"] for f in cliënt.antwoord.json()["detail"]]
