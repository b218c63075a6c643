"""The leefloon commands of `rechten` (CONTRACT.md §2): `advies` for one profile, `batch` for a JSON-lines file.

`register(app)` adds them to the Typer app of `api.cli`. Heavy imports (pydantic models, the rules engine) happen
inside the commands, so `rechten --help` and every other command start fast.

Exit codes: `advies` 0 for any advice (also a refusal), 2 for invalid input with a Dutch message naming the field on
stderr; `batch` 0 when every line gave an advice, 1 when some lines were invalid (each gets an error record on its
own output line), 2 when the input file itself cannot be read.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import typer

__all__ = ["ProfielFout", "lees_profiel", "register"]

STDIN = "-"


class ProfielFout(ValueError):
    """Invalid input: `fouten` is a list of `{"veld", "fout"}` in Dutch."""

    def __init__(self, fouten: list[dict[str, str]]) -> None:
        super().__init__("; ".join(f"{f['veld'] or '(profiel)'}: {f['fout']}" for f in fouten))
        self.fouten = fouten


def _peildatum(waarde: str | None) -> str | None:
    if waarde is None:
        return None
    try:
        return date.fromisoformat(waarde).isoformat()
    except ValueError:
        raise typer.BadParameter("verwacht een datum in de vorm JJJJ-MM-DD") from None


def _json_fout(tekst: str) -> ProfielFout:
    try:
        json.loads(tekst)
    except json.JSONDecodeError as exc:
        return ProfielFout([{"veld": "", "fout": f"Dit is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})."}])
    return ProfielFout([{"veld": "", "fout": "Dit is geen geldige JSON."}])


def lees_profiel(tekst: str, peildatum: str | None = None):
    """Parse and validate one profile from JSON text; `ProfielFout` with field paths when it is invalid."""
    from pydantic import ValidationError

    from rechten.profiel import Profiel
    from rechten.validatie import veldfouten

    try:
        if peildatum is None:  # the fast path: pydantic parses the JSON itself (decimals stay exact)
            return Profiel.model_validate_json(tekst)
        data: Any = json.loads(tekst, parse_float=Decimal)
        if not isinstance(data, dict):
            raise ProfielFout([{"veld": "", "fout": "Een profiel is een JSON-object met velden."}])
        return Profiel.model_validate({**data, "peildatum": peildatum})
    except json.JSONDecodeError:
        raise _json_fout(tekst) from None
    except ValidationError as exc:
        fouten = exc.errors()
        if fouten and fouten[0]["type"] == "json_invalid":
            raise _json_fout(tekst) from None
        if fouten and fouten[0]["type"] == "model_type" and not fouten[0]["loc"]:
            raise ProfielFout([{"veld": "", "fout": "Een profiel is een JSON-object met velden."}]) from None
        raise ProfielFout([{"veld": f["veld"], "fout": f["fout"]} for f in veldfouten(fouten)]) from None


def _lees_invoer(pad: str) -> str:
    if pad == STDIN:
        return sys.stdin.read()
    bestand = Path(pad)
    try:
        return bestand.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfielFout([{"veld": "", "fout": f"Bestand niet gevonden: {pad}"}]) from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise ProfielFout([{"veld": "", "fout": f"Kan {pad} niet lezen: {exc.__class__.__name__}"}]) from None


def _meld(fout: ProfielFout) -> None:
    for f in fout.fouten:
        typer.echo(
            f"{f['veld'] or 'profiel'}: {f['fout']}" if f["veld"] else f"Ongeldige invoer: {f['fout']}", err=True
        )


def advies(
    profiel: str = typer.Argument(..., metavar="PROFIEL.json", help="Het profiel als JSON-bestand, of - voor stdin."),
    peildatum: str | None = typer.Option(None, help="Peildatum JJJJ-MM-DD; vervangt die van het profiel."),
) -> None:
    """Geef het leefloonadvies voor één profiel (JSON op stdout)."""
    try:
        p = lees_profiel(_lees_invoer(profiel), _peildatum(peildatum))
    except ProfielFout as fout:
        _meld(fout)
        raise typer.Exit(2) from None
    from rules.leefloon import adviseer

    typer.echo(adviseer(p).model_dump_json(indent=2))


def batch(
    invoer: str = typer.Argument(..., metavar="IN.jsonl", help="Eén profiel per regel (JSON), of - voor stdin."),
    uitvoer: Path = typer.Option(..., "-o", "--uitvoer", help="Uitvoerbestand: één advies of foutrecord per regel."),
    peildatum: str | None = typer.Option(None, help="Peildatum JJJJ-MM-DD voor elk profiel."),
) -> None:
    """Geef een leefloonadvies per regel van een JSON-lines-bestand; een foute regel krijgt een foutrecord."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from rules.leefloon import adviseer

    datum = _peildatum(peildatum)
    try:
        regels = _lees_invoer(invoer).splitlines()
    except ProfielFout as fout:
        _meld(fout)
        raise typer.Exit(2) from None
    fout_regels = 0
    kolommen = (TextColumn("leefloonadviezen"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with uitvoer.open("w", encoding="utf-8") as uit, Progress(*kolommen, transient=True, console=_stderr()) as balk:
        taak = balk.add_task("advies", total=len(regels))
        for nummer, regel in enumerate(regels, start=1):
            try:
                if not regel.strip():
                    raise ProfielFout([{"veld": "", "fout": "Lege regel: verwacht een profiel als JSON."}])
                uit.write(adviseer(lees_profiel(regel, datum)).model_dump_json())
            except ProfielFout as fout:
                fout_regels += 1
                uit.write(json.dumps({"regel": nummer, "fouten": fout.fouten}, ensure_ascii=False))
            uit.write("\n")
            balk.advance(taak)
    klaar = len(regels) - fout_regels
    typer.echo(f"{klaar} adviezen, {fout_regels} ongeldige regels → {uitvoer}", err=True)
    raise typer.Exit(1 if fout_regels else 0)


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add `advies` and `batch` to the `rechten` command line."""
    app.command("advies")(advies)
    app.command("batch")(batch)
