"""`rechten advies` and `rechten batch` (CONTRACT.md §2): outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api import cli
from tests.rechten.gevallen import CASES, lees_gevallen

BIN = Path(sys.executable).parent / "rechten"
GEVALLEN = dict(lees_gevallen(CASES / "publiek"))
ALLEENSTAANDE = GEVALLEN["02-alleenstaande-zonder-inkomen.yaml"]["profiel"]
TE_VROEG = GEVALLEN["10-peildatum-te-vroeg.yaml"]["profiel"]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    cli._register_subcommands()
    return CliRunner()


def _bestand(tmp_path: Path, inhoud: object, naam: str = "profiel.json") -> Path:
    pad = tmp_path / naam
    pad.write_text(inhoud if isinstance(inhoud, str) else json.dumps(inhoud), encoding="utf-8")
    return pad


def test_advies_uit_een_bestand(runner, tmp_path):
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, ALLEENSTAANDE))])
    assert r.exit_code == 0, r.output
    advies = json.loads(r.stdout)
    assert advies["bedrag"] == {"jaar": "15770.41", "maand": "1314.20"}


def test_advies_uit_stdin(runner):
    r = runner.invoke(cli.app, ["advies", "-"], input=json.dumps(ALLEENSTAANDE))
    assert r.exit_code == 0
    assert json.loads(r.stdout)["uitkomst"] == "toekennen"


def test_weigering_is_ook_een_advies_met_exit_0(runner, tmp_path):
    profiel = GEVALLEN["07-vreemdelingenregister.yaml"]["profiel"]
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, profiel))])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["uitkomst"] == "weigeren"


def test_peildatum_optie_vervangt_die_van_het_profiel(runner, tmp_path):
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, ALLEENSTAANDE)), "--peildatum", "2026-03-01"])
    assert r.exit_code == 0
    advies = json.loads(r.stdout)
    assert advies["peildatum"] == "2026-03-01" and advies["bedrag"]["jaar"] == "16085.64"
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, TE_VROEG)), "--peildatum", "2025-02-01"])
    assert r.exit_code == 0


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (TE_VROEG, "peildatum: De peildatum ligt vóór 1 januari 2022"),
        ({**ALLEENSTAANDE, "aanvrager": {**ALLEENSTAANDE["aanvrager"], "werkbereid": "soms"}}, "aanvrager.werkbereid:"),
        ({k: v for k, v in ALLEENSTAANDE.items() if k != "peildatum"}, "peildatum: Dit veld is verplicht."),
        ("{geen json", "geen geldige JSON"),
        ("[1, 2]", "JSON-object"),
    ],
)
def test_ongeldige_invoer_geeft_exit_2_met_het_veld(runner, tmp_path, inhoud, melding):
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, inhoud))])
    assert r.exit_code == 2
    assert melding in r.stderr
    assert r.stdout == ""


def test_ontbrekend_bestand_en_foute_peildatum_geven_exit_2(runner, tmp_path):
    r = runner.invoke(cli.app, ["advies", str(tmp_path / "bestaat-niet.json")])
    assert r.exit_code == 2 and "Bestand niet gevonden" in r.stderr
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, ALLEENSTAANDE)), "--peildatum", "morgen"])
    assert r.exit_code == 2


def test_batch_met_foute_regels_gaat_door_en_geeft_exit_1(runner, tmp_path):
    regels = [
        json.dumps(ALLEENSTAANDE),
        "{kapot",
        json.dumps(TE_VROEG),
        "",
        json.dumps(GEVALLEN["04-spaargeld-10500.yaml"]["profiel"]),
    ]
    invoer = _bestand(tmp_path, "\n".join(regels) + "\n", "in.jsonl")
    uit = tmp_path / "uit.jsonl"
    r = runner.invoke(cli.app, ["batch", str(invoer), "-o", str(uit)])
    assert r.exit_code == 1
    records = [json.loads(x) for x in uit.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    assert records[0]["bedrag"]["jaar"] == "15770.41"
    assert records[1]["regel"] == 2 and "JSON" in records[1]["fouten"][0]["fout"]
    assert records[2]["regel"] == 3 and records[2]["fouten"][0]["veld"] == "peildatum"
    assert records[3]["regel"] == 4
    assert records[4]["bedrag"]["jaar"] == "15762.41"
    assert "3 ongeldige regels" in r.stderr


def test_batch_zonder_fouten_geeft_exit_0(runner, tmp_path):
    invoer = _bestand(
        tmp_path,
        "\n".join(json.dumps(g["profiel"]) for g in GEVALLEN.values() if not g["verwacht"].get("fout")),
        "in.jsonl",
    )
    uit = tmp_path / "uit.jsonl"
    r = runner.invoke(cli.app, ["batch", str(invoer), "-o", str(uit)])
    assert r.exit_code == 0, r.stderr
    assert len(uit.read_text(encoding="utf-8").splitlines()) == 9


def test_batch_met_onleesbaar_invoerbestand_geeft_exit_2(runner, tmp_path):
    r = runner.invoke(cli.app, ["batch", str(tmp_path / "weg.jsonl"), "-o", str(tmp_path / "uit.jsonl")])
    assert r.exit_code == 2


@pytest.mark.parametrize(
    ("taal", "uitleg", "fout"),
    [
        ("fr", "Le demandeur a 44 ans et est donc majeur.", "peildatum: La date de référence est antérieure au 1er"),
        ("en", "The applicant is 44 years old and therefore an adult.", "peildatum: The reference date is before 1"),
    ],
)
def test_taal_optie_schrijft_advies_en_fouten_in_die_taal(runner, tmp_path, monkeypatch, taal, uitleg, fout):
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, ALLEENSTAANDE)), "--taal", taal])
    assert r.exit_code == 0, r.stderr
    advies = json.loads(r.stdout)
    assert advies["uitkomst"] == "toekennen" and advies["bedrag"]["jaar"] == "15770.41"
    assert {v["code"]: v["uitleg"] for v in advies["voorwaarden"]}["leeftijd"] == uitleg
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, TE_VROEG)), "--taal", taal])
    assert r.exit_code == 2 and fout in r.stderr
    uit = tmp_path / "uit.jsonl"
    invoer = _bestand(tmp_path, json.dumps(ALLEENSTAANDE) + "\n\n", "in.jsonl")
    r = runner.invoke(cli.app, ["batch", str(invoer), "-o", str(uit), "--taal", taal])
    eerste, tweede = (json.loads(x) for x in uit.read_text(encoding="utf-8").splitlines())
    assert {v["code"]: v["uitleg"] for v in eerste["voorwaarden"]}["leeftijd"] == uitleg
    assert (
        tweede["regel"] == 2
        and "JSON" in tweede["fouten"][0]["fout"]
        and "Lege regel" not in tweede["fouten"][0]["fout"]
    )


def test_standaard_is_het_advies_nederlands_en_een_onbekende_taal_geeft_exit_2(runner, tmp_path):
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, ALLEENSTAANDE))])
    assert {v["code"]: v["uitleg"] for v in json.loads(r.stdout)["voorwaarden"]}["leeftijd"].startswith("De aanvrager")
    r = runner.invoke(cli.app, ["advies", str(_bestand(tmp_path, ALLEENSTAANDE)), "--taal", "de"])
    assert r.exit_code == 2 and "nl, fr of en" in r.stderr


def test_het_geinstalleerde_commando_geeft_advies_en_foutcodes(tmp_path):
    ok = subprocess.run(
        [str(BIN), "advies", str(_bestand(tmp_path, ALLEENSTAANDE))], capture_output=True, text=True, timeout=60
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["categorie"] == 2
    fout = subprocess.run(
        [str(BIN), "advies", "-"], input=json.dumps(TE_VROEG), capture_output=True, text=True, timeout=60
    )
    assert fout.returncode == 2 and "peildatum" in fout.stderr
