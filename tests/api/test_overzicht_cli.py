"""`rechten overzicht PROFIEL.json|- [--gemeente] [--alles] [--peildatum]` (CONTRACT.md §2): JSON out, exit 0 / 2."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from api import cli
from api.config import get_settings
from tests.support.overzicht import *  # noqa: F403  (fixtures)
from tests.support.profielen import profiel_data


@pytest.fixture
def rechten(bundel_sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", bundel_sqlite_url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LAAD_CATALOGUS", "false")
    get_settings.cache_clear()
    cli._register_subcommands()
    runner = CliRunner()
    yield lambda *args, **kw: runner.invoke(cli.app, ["overzicht", *args], **kw)
    get_settings.cache_clear()


def test_overzicht_uit_een_bestand(rechten, tmp_path):
    pad = tmp_path / "profiel.json"
    pad.write_text(json.dumps(profiel_data()), encoding="utf-8")
    r = rechten(str(pad))
    assert r.exit_code == 0, r.output
    body = json.loads(r.stdout)
    codes = {x["code"]: x for x in body["rechten"]}
    assert body["gemeente"]["naam"] == "Gent" and codes["verhoogde-tegemoetkoming"]["afgeleid_van"] == ["leefloon"]
    assert all(x["status"] != "niet" for x in body["rechten"])


def test_opties_vervangen_het_profiel(rechten):
    data = profiel_data()
    del data["gemeente"]
    r = rechten("-", "--gemeente", "2000", "--alles", "--peildatum", "2026-03-15", input=json.dumps(data))
    assert r.exit_code == 0, r.output
    body = json.loads(r.stdout)
    assert body["gemeente"]["nis"] == "11002" and body["peildatum"] == "2026-03-15"
    assert any(x["status"] == "niet" for x in body["rechten"])
    assert any(x["code"].startswith("antwerpen-") for x in body["rechten"])


@pytest.mark.parametrize(
    ("invoer", "args", "melding"),
    [
        ("{niet", (), "geen geldige JSON"),
        (json.dumps({**profiel_data(), "gemeente": None}), (), "gemeente"),
        (json.dumps(profiel_data()), ("--gemeente", "99999"), "gemeente"),
        (json.dumps(profiel_data(situatie={"aanvrager": {"leeftijd": 50}})), (), "situatie.aanvrager.leeftijd"),
        (json.dumps(profiel_data(situatie={"ontvangt": ["nergens"]})), (), "situatie.ontvangt.0"),
    ],
)
def test_foute_invoer_geeft_exitcode_2(rechten, invoer, args, melding):
    r = rechten("-", *args, input=invoer)
    assert r.exit_code == 2, r.output
    assert melding in r.stderr and r.stdout == ""


def test_onbestaand_bestand(rechten, tmp_path):
    r = rechten(str(tmp_path / "weg.json"))
    assert r.exit_code == 2 and "niet gevonden" in r.stderr
