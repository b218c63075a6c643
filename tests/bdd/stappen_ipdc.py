"""Steps for features/catalogus/ipdc.feature: the real `rechten catalogus export|import` commands on SQLite files."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from api import cli
from api.config import get_settings
from tests.catalogue.ipdc.hulp import exporteer_db, graaf, nieuwe_db, vul, zelfde_graaf
from tests.catalogue.ipdc.shacl import valideer
from tests.catalogue.ipdc.voorbeelden import federaal, lokaal, volledig

CONCEPTEN = Path(__file__).resolve().parents[1] / "catalogue" / "ipdc" / "data" / "ipdc-concepten.jsonld"
VOORBEELDEN = {"leefloon": federaal, "gent-uitpas-kansentarief": volledig, "leuven-mantelzorgpremie": lokaal}
ARMOEDE = "https://productencatalogus.data.vlaanderen.be/id/concept/Thema/Armoede"


@dataclass
class Uitwisseling:
    """The state of one scenario: databases, the file, the last command's result."""

    map: Path
    monkeypatch: pytest.MonkeyPatch
    url: str = ""
    engines: list = field(default_factory=list)
    bestand: Path | None = None
    exitcode: int | None = None
    stdout: str = ""
    stderr: str = ""
    regels: list[dict] = field(default_factory=list)
    voor: dict | None = None

    def gebruik(self, naam: str):
        self.url = f"sqlite:///{self.map / naam}"
        self.monkeypatch.setenv("DATABASE_URL", self.url)
        get_settings.cache_clear()
        engine = nieuwe_db(self.url)
        self.engines.append(engine)
        return engine

    @property
    def engine(self):
        return self.engines[-1]

    def rechten(self, *args: str) -> None:
        cli._register_subcommands()
        r = CliRunner().invoke(cli.app, list(args))
        self.exitcode, self.stdout, self.stderr = r.exit_code, r.stdout, r.stderr

    def importeer(self) -> None:
        self.voor = exporteer_db(self.engine)
        self.rechten("catalogus", "import", str(self.bestand), "--json")
        self.regels = [json.loads(x) for x in self.stdout.splitlines() if x.startswith("{")]


@pytest.fixture
def uitwisseling(tmp_path, monkeypatch):
    u = Uitwisseling(tmp_path, monkeypatch)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LAAD_CATALOGUS", "false")  # only the records each scenario puts in
    yield u
    for engine in u.engines:
        engine.dispose()
    get_settings.cache_clear()


# ## Gegeven


@given(parsers.re(r"een catalogus met de gepubliceerde rechten (?P<codes>.+)"))
def catalogus(uitwisseling, codes):
    engine = uitwisseling.gebruik("catalogus.db")
    vul(engine, [VOORBEELDEN[c]() for c in re.findall(r'"([^"]+)"', codes)])


@given(parsers.parse('een ontwerp "{code}" dat nog niet gepubliceerd is'))
def ontwerp(uitwisseling, code):
    vul(uitwisseling.engine, [lokaal(code=code, status="ontwerp")])


@given("de beheerder heeft de catalogus uitgevoerd naar een bestand")
@when("de beheerder de catalogus uitvoert naar een bestand")
def voer_uit(uitwisseling):
    uitwisseling.bestand = uitwisseling.map / "catalogus.jsonld"
    uitwisseling.rechten("catalogus", "export", "-o", str(uitwisseling.bestand))
    assert uitwisseling.exitcode == 0, uitwisseling.stderr


FOUTEN = {
    "een thema buiten de officiële codelijst": lambda n: n.update(themas=[ARMOEDE]),
    "geen naam": lambda n: n.pop("naam"),
    "een ongeldige machineleesbare voorwaarde": lambda n: n.update(
        machineleesbareVoorwaarde={"veld": "aanvrager.schoenmaat", "op": ">", "waarde": 40}
    ),
    "een onbekende NIS-code als gebied": lambda n: n.update(gebied=["99999"]),
}


@given(parsers.parse("in dat bestand heeft het leefloon {fout}"))
def bederf(uitwisseling, fout):
    document = json.loads(uitwisseling.bestand.read_text(encoding="utf-8"))
    FOUTEN[fout](next(n for n in document["@graph"] if n["code"] == "leefloon"))
    uitwisseling.bestand.write_text(json.dumps(document), encoding="utf-8")


@given(parsers.parse("een bestand met {inhoud}"))
def slecht_bestand(uitwisseling, inhoud):
    if inhoud == "JSON-LD waarin elk record fout is":
        document = exporteer_db(uitwisseling.engine)
        for knoop in document["@graph"]:
            knoop["themas"] = [ARMOEDE]
        tekst = json.dumps(document)
    else:
        tekst = {
            "tekst die geen JSON is": "Dit is een gewone brief, geen JSON.",
            "JSON zonder IPDC-instanties of concepten": '{"naam": "leefloon", "bedrag": 1314.20}',
            "een JSON-LD-context op een vreemde server": '{"@context": "https://elders.example/c.jsonld", "naam": "x"}',
        }[inhoud]
    uitwisseling.bestand = uitwisseling.map / "slecht.jsonld"
    uitwisseling.bestand.write_text(tekst, encoding="utf-8")


# ## Als


@when("dat bestand ingelezen wordt in een lege catalogus")
def lees_in_leeg(uitwisseling):
    uitwisseling.gebruik("leeg.db")
    uitwisseling.importeer()


@when("dat bestand ingelezen wordt in dezelfde catalogus")
def lees_in_zelfde(uitwisseling):
    uitwisseling.importeer()


@when("het IPDC-voorbeeldbestand met concepten ingelezen wordt in een lege catalogus")
def lees_concepten(uitwisseling):
    uitwisseling.bestand = CONCEPTEN
    lees_in_leeg(uitwisseling)


# ## Dan


@then(parsers.parse("bevat het bestand {aantal:d} instantiesnapshots"))
def aantal_snapshots(uitwisseling, aantal):
    document = json.loads(uitwisseling.bestand.read_text(encoding="utf-8"))
    assert [n["@type"] for n in document["@graph"]] == ["InstantieSnapshot"] * aantal


@then("voldoet het bestand aan de officiële SHACL-vorm voor instanties, met de officiële codelijsten")
def conform(uitwisseling):
    tekst = uitwisseling.bestand.read_text(encoding="utf-8")
    uitslag = valideer(graaf(tekst))
    assert uitslag.conform, uitslag.rapport
    assert uitslag.focusknopen == len(json.loads(tekst)["@graph"]) > 0


@then("staat de JSON-LD-context in het bestand zelf")
def context_ingebed(uitwisseling):
    document = json.loads(uitwisseling.bestand.read_text(encoding="utf-8"))
    assert isinstance(document["@context"], dict) and "InstantieSnapshot" in document["@context"]


@then(parsers.re(r'meldt de invoer (?P<aantal>\d+) (?P<wat>rechten|recht|concepten|concept) als "(?P<actie>\w+)"'))
def gemeld(uitwisseling, aantal, wat, actie):
    soort = "concept" if wat.startswith("concept") else "instantie"
    gevonden = [r for r in uitwisseling.regels if r["soort"] == soort and r["actie"] == actie]
    assert len(gevonden) == int(aantal), uitwisseling.regels


@then(parsers.parse('meldt de invoer 1 concept als "overgeslagen" omdat er een nieuwere snapshot is'))
def oudere_snapshot(uitwisseling):
    [regel] = [r for r in uitwisseling.regels if r["actie"] == "overgeslagen"]
    assert regel["soort"] == "concept" and "oudere snapshot" in regel["reden"]


@then("geeft een nieuwe uitvoer van die catalogus dezelfde graaf, op het aanmaakmoment van de snapshots na")
def zelfde(uitwisseling):
    uitwisseling.rechten("catalogus", "export")
    assert uitwisseling.exitcode == 0
    assert zelfde_graaf(graaf(uitwisseling.bestand.read_text(encoding="utf-8")), graaf(uitwisseling.stdout))


@then(parsers.parse('is het leefloon geweigerd met een reden die "{reden}" vermeldt'))
def geweigerd(uitwisseling, reden):
    [regel] = [r for r in uitwisseling.regels if r["actie"] == "geweigerd"]
    assert regel["soort"] == "instantie" and reden in regel["reden"]
    assert "leefloon" in regel["bron"] or regel["titel"] in ("Leefloon", "")


@then(parsers.parse("eindigt de invoer met exitcode {code:d}"))
def exitcode(uitwisseling, code):
    assert uitwisseling.exitcode == code, uitwisseling.stderr


@then(parsers.parse('eindigt de invoer met exitcode {code:d} en een melding die "{melding}" vermeldt'))
def exitcode_met_melding(uitwisseling, code, melding):
    assert uitwisseling.exitcode == code
    assert melding in uitwisseling.stderr


@then("is de catalogus onveranderd")
def onveranderd(uitwisseling):
    assert exporteer_db(uitwisseling.engine) == uitwisseling.voor
