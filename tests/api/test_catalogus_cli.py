"""`rechten catalogus export|import` (CONTRACT.md §2): output, per-record report, exit codes 0 / 2."""

import json

import pytest
from typer.testing import CliRunner

from api import cli
from api.config import get_settings
from tests.catalogue.ipdc.hulp import exporteer_db, graaf, nieuwe_db, standaard_records, vul, zelfde_graaf
from tests.catalogue.ipdc.shacl import valideer


@pytest.fixture
def db(tmp_path, monkeypatch):
    """The CLI's database (DATABASE_URL) filled with three published rights and a draft."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LAAD_CATALOGUS", "false")  # only the records below, not the bundled catalogue
    get_settings.cache_clear()
    engine = nieuwe_db(url)
    vul(engine, standaard_records())
    yield engine
    engine.dispose()
    get_settings.cache_clear()


@pytest.fixture
def rechten():
    cli._register_subcommands()
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(cli.app, list(args), **kw)


def test_export_op_een_nieuwe_machine_bevat_de_gebundelde_catalogus(tmp_path, monkeypatch, rechten):
    """Like `rechten serve`, the command prepares a new database: migrated and the bundled catalogue loaded."""
    from catalogue.bundel import lees_bundel

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'nieuw.db'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        r = rechten("catalogus", "export")
    finally:
        get_settings.cache_clear()
    assert r.exit_code == 0, r.output
    gepubliceerd = [rec for rec in lees_bundel().records.values() if rec.status.value == "gepubliceerd"]
    assert len(json.loads(r.stdout)["@graph"]) == len(gepubliceerd) > 100


def test_export_naar_standaarduitvoer_is_conforme_jsonld(db, rechten):
    r = rechten("catalogus", "export")
    assert r.exit_code == 0, r.output
    document = json.loads(r.stdout)
    assert len(document["@graph"]) == 3
    assert "3 gepubliceerde rechten uitgevoerd" in r.stderr
    uitslag = valideer(graaf(r.stdout))
    assert uitslag.conform and uitslag.focusknopen == 3


def test_export_naar_bestand_en_terug_inlezen(db, rechten, tmp_path, monkeypatch):
    bestand = tmp_path / "catalogus.jsonld"
    r = rechten("catalogus", "export", "-o", str(bestand))
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(bestand.read_text(encoding="utf-8"))["@graph"]
    # into an empty catalogue
    leeg_url = f"sqlite:///{tmp_path / 'leeg.db'}"
    monkeypatch.setenv("DATABASE_URL", leeg_url)
    get_settings.cache_clear()
    r = rechten("catalogus", "import", str(bestand))
    assert r.exit_code == 0, r.output
    assert r.stdout.count("aangemaakt") == 3
    assert "3 aangemaakt, 0 bijgewerkt, 0 ongewijzigd, 0 geweigerd, 0 overgeslagen" in r.stderr
    leeg = nieuwe_db(leeg_url)
    try:
        assert zelfde_graaf(graaf(bestand.read_text(encoding="utf-8")), graaf(exporteer_db(leeg)))
    finally:
        leeg.dispose()
    r = rechten("catalogus", "import", str(bestand))
    assert r.exit_code == 0 and "0 aangemaakt, 0 bijgewerkt, 3 ongewijzigd" in r.stderr


def test_import_van_standaardinvoer_met_json_rapport(db, rechten):
    document = rechten("catalogus", "export").stdout
    r = rechten("catalogus", "import", "-", "--json", input=document)
    assert r.exit_code == 0, r.output
    regels = [json.loads(x) for x in r.stdout.splitlines()]
    assert {x["actie"] for x in regels} == {"ongewijzigd"} and len(regels) == 3


def test_import_met_een_slecht_record_geeft_0_en_noemt_de_reden(db, rechten, tmp_path):
    document = json.loads(rechten("catalogus", "export").stdout)
    document["@graph"][0]["themas"] = ["https://productencatalogus.data.vlaanderen.be/id/concept/Thema/Armoede"]
    bestand = tmp_path / "half.jsonld"
    bestand.write_text(json.dumps(document), encoding="utf-8")
    r = rechten("catalogus", "import", str(bestand))
    assert r.exit_code == 0
    assert "geweigerd" in r.stdout and "Thema/Armoede" in r.stdout
    assert "1 geweigerd" in r.stderr


def test_import_waarin_elk_record_fout_is_geeft_2(db, rechten, tmp_path):
    document = json.loads(rechten("catalogus", "export").stdout)
    for knoop in document["@graph"]:
        del knoop["naam"]
    bestand = tmp_path / "fout.jsonld"
    bestand.write_text(json.dumps(document), encoding="utf-8")
    r = rechten("catalogus", "import", str(bestand))
    assert r.exit_code == 2
    assert "geen enkel record aanvaard" in r.stderr and r.stdout.count("naam ontbreekt") == 3


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ("geen json", "geen geldige JSON"),
        ('{"a": 1}', "geen IPDC-instanties"),
        ('{"@context": "https://elders.example/ctx.jsonld", "@type": "InstantieSnapshot"}', "externe JSON-LD-context"),
    ],
)
def test_onleesbaar_bestand_geeft_2_en_schrijft_niets(db, rechten, tmp_path, inhoud, melding):
    voor = exporteer_db(db)
    bestand = tmp_path / "slecht.jsonld"
    bestand.write_text(inhoud, encoding="utf-8")
    r = rechten("catalogus", "import", str(bestand))
    assert r.exit_code == 2
    assert melding in r.stderr and "er werd niets ingelezen" in r.stderr
    assert exporteer_db(db) == voor


def test_ontbrekend_bestand_of_map_geeft_2(db, rechten, tmp_path):
    r = rechten("catalogus", "import", str(tmp_path / "bestaat-niet.jsonld"))
    assert r.exit_code == 2 and "niet gevonden" in r.stderr
    r = rechten("catalogus", "import", str(tmp_path))
    assert r.exit_code == 2 and "map" in r.stderr
    r = rechten("catalogus", "export", "-o", str(tmp_path / "geen-map" / "uit.jsonld"))
    assert r.exit_code == 2 and "bestaat niet" in r.stderr
