"""The leefloon commands of `rechten` (CONTRACT.md §2): `advies` for one profile, `batch` for a JSON-lines file.

`register(app)` adds them to the Typer app of `api.cli`. Heavy imports (pydantic models, the rules engine) happen
inside the commands, so `rechten --help` and every other command start fast.

Exit codes: `advies` 0 for any advice (also a refusal), 2 for invalid input with a Dutch message naming the field on
stderr; `batch` 0 when every line gave an advice, 1 when some lines were invalid (each gets an error record on its
own output line), 2 when the input file itself cannot be read.

`--taal fr|en` writes the advice's texts and the error messages in French or English (Dutch by default); the JSON
field names and codes never change. The translations come from the catalogues the `rechten` program registers.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import typer

from rechten.teksten import met_taal, t

__all__ = ["ProfielFout", "lees_profiel", "register"]

STDIN = "-"
TALEN = ("nl", "fr", "en")


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


def _taal(waarde: str) -> str:
    if waarde not in TALEN:
        raise typer.BadParameter("kies nl, fr of en")
    return waarde


TAAL = typer.Option("nl", "--taal", callback=_taal, help="Taal van de teksten in het advies: nl, fr of en.")


def _json_fout(tekst: str) -> ProfielFout:
    try:
        json.loads(tekst)
    except json.JSONDecodeError as exc:
        fout = t("Dit is geen geldige JSON (regel {regel}, kolom {kolom}).", regel=exc.lineno, kolom=exc.colno)
        return ProfielFout([{"veld": "", "fout": fout}])
    return ProfielFout([{"veld": "", "fout": t("Dit is geen geldige JSON.")}])


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
            raise ProfielFout([{"veld": "", "fout": t("Een profiel is een JSON-object met velden.")}])
        return Profiel.model_validate({**data, "peildatum": peildatum})
    except json.JSONDecodeError:
        raise _json_fout(tekst) from None
    except ValidationError as exc:
        fouten = exc.errors()
        if fouten and fouten[0]["type"] == "json_invalid":
            raise _json_fout(tekst) from None
        if fouten and fouten[0]["type"] == "model_type" and not fouten[0]["loc"]:
            raise ProfielFout([{"veld": "", "fout": t("Een profiel is een JSON-object met velden.")}]) from None
        raise ProfielFout([{"veld": f["veld"], "fout": f["fout"]} for f in veldfouten(fouten)]) from None


def _lees_invoer(pad: str) -> str:
    if pad == STDIN:
        return sys.stdin.read()
    bestand = Path(pad)
    try:
        return bestand.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfielFout([{"veld": "", "fout": t("Bestand niet gevonden: {pad}", pad=pad)}]) from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        fout = t("Kan {pad} niet lezen: {reden}", pad=pad, reden=exc.__class__.__name__)
        raise ProfielFout([{"veld": "", "fout": fout}]) from None


def _meld(fout: ProfielFout) -> None:
    for f in fout.fouten:
        typer.echo(
            f"{f['veld']}: {f['fout']}" if f["veld"] else t("Ongeldige invoer: {fout}", fout=f["fout"]), err=True
        )


def advies(
    profiel: str = typer.Argument(..., metavar="PROFIEL.json", help="Het profiel als JSON-bestand, of - voor stdin."),
    peildatum: str | None = typer.Option(None, help="Peildatum JJJJ-MM-DD; vervangt die van het profiel."),
    taal: str = TAAL,
) -> None:
    """Geef het leefloonadvies voor één profiel (JSON op stdout)."""
    with met_taal(taal):
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
    taal: str = TAAL,
) -> None:
    """Geef een leefloonadvies per regel van een JSON-lines-bestand; een foute regel krijgt een foutrecord."""
    from rules.leefloon import adviseer

    datum = _peildatum(peildatum)
    with met_taal(taal):
        fout_regels, aantal = _batch(invoer, uitvoer, datum, adviseer)
    typer.echo(f"{aantal - fout_regels} adviezen, {fout_regels} ongeldige regels → {uitvoer}", err=True)
    raise typer.Exit(1 if fout_regels else 0)


def _batch(invoer: str, uitvoer: Path, datum: str | None, adviseer) -> tuple[int, int]:
    """Advise every line of `invoer` into `uitvoer`: (invalid lines, lines)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

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
                    raise ProfielFout([{"veld": "", "fout": t("Lege regel: verwacht een profiel als JSON.")}])
                uit.write(adviseer(lees_profiel(regel, datum)).model_dump_json())
            except ProfielFout as fout:
                fout_regels += 1
                uit.write(json.dumps({"regel": nummer, "fouten": fout.fouten}, ensure_ascii=False))
            uit.write("\n")
            balk.advance(taak)
    return fout_regels, len(regels)


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add `advies` and `batch` to the `rechten` command line."""
    app.command("advies")(advies)
    app.command("batch")(batch)
