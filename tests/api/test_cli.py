"""The `rechten` command line: help, and clear exit code 2 for bad options."""

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from api import cli

BIN = Path(sys.executable).parent / "rechten"


def test_console_command_is_geinstalleerd_en_toont_hulp():
    r = subprocess.run([str(BIN), "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0
    assert "serve" in r.stdout


def test_serve_met_ongeldige_poort_geeft_exit_2():
    cli._register_subcommands()
    r = CliRunner().invoke(cli.app, ["serve", "--port", "0"])
    assert r.exit_code == 2
    assert "port" in r.output.lower()
