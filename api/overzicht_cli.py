"""`rechten overzicht PROFIEL.json|- [--gemeente NIS] [--alles] [--peildatum YYYY-MM-DD] [--taal nl|fr|en]`.

Prints one Overzicht (CONTRACT.md §6) as JSON on stdout. Exit codes: 0 an overview was made; 2 invalid input (not
JSON, an invalid profile, no or an unknown municipality), with a Dutch message naming the field on stderr. The
database is the app's (`DATABASE_URL`), prepared as `rechten serve` does (migrated, bundled catalogue loaded).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import typer

__all__ = ["register"]


def _profiel(tekst: str, *, gemeente: str | None, peildatum: str | None):
    from pydantic import ValidationError

    from rechten.cli import ProfielFout, _json_fout, lees_profiel
    from rechten.profiel import Profiel
    from rechten.validatie import veldfouten

    if gemeente is None and peildatum is None:
        return lees_profiel(tekst)
    try:
        data: Any = json.loads(tekst, parse_float=Decimal)
    except json.JSONDecodeError:
        raise _json_fout(tekst) from None
    if not isinstance(data, dict):
        raise ProfielFout([{"veld": "", "fout": "Een profiel is een JSON-object met velden."}])
    data = {**data, **({"gemeente": gemeente} if gemeente else {}), **({"peildatum": peildatum} if peildatum else {})}
    try:
        return Profiel.model_validate(data)
    except ValidationError as exc:
        raise ProfielFout([{"veld": f["veld"], "fout": f["fout"]} for f in veldfouten(exc.errors())]) from None


def overzicht(
    profiel: str = typer.Argument(..., metavar="PROFIEL.json", help="Het profiel als JSON-bestand, of - voor stdin."),
    gemeente: str | None = typer.Option(
        None, help="NIS-code of postcode van de woonplaats; vervangt die van het profiel."
    ),
    alles: bool = typer.Option(False, "--alles", help="Toon ook de rechten waarvoor een voorwaarde niet voldaan is."),
    peildatum: str | None = typer.Option(None, help="Peildatum JJJJ-MM-DD; vervangt die van het profiel."),
    taal: str = typer.Option("nl", help="Taal van de teksten: nl, fr of en."),
) -> None:
    """Geef het rechtenoverzicht voor één profiel in zijn gemeente (JSON op stdout)."""
    from pydantic import ValidationError

    from rechten.cli import ProfielFout, _lees_invoer, _meld, _peildatum
    from rechten.validatie import veldfouten

    if taal not in ("nl", "fr", "en"):
        raise typer.BadParameter("kies nl, fr of en", param_hint="--taal")
    if gemeente is not None and not (gemeente.isdigit() and len(gemeente) in (4, 5)):
        raise typer.BadParameter("verwacht een NIS-code (5 cijfers) of postcode (4 cijfers)", param_hint="--gemeente")
    try:
        p = _profiel(_lees_invoer(profiel), gemeente=gemeente, peildatum=_peildatum(peildatum))
    except ProfielFout as fout:
        _meld(fout)
        raise typer.Exit(2) from None

    from sqlmodel import Session

    from api.config import get_settings
    from api.diensten.overzicht import maak_overzicht
    from api.i18n import in_taal
    from api.main import prepare_database

    engine = prepare_database(get_settings())
    try:
        with Session(engine) as session, in_taal(taal):
            uit = maak_overzicht(session, p, alles=alles)
    except ValidationError as exc:
        _meld(ProfielFout([{"veld": f["veld"], "fout": f["fout"]} for f in veldfouten(exc.errors())]))
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    typer.echo(uit.model_dump_json(indent=2))


def register(app: typer.Typer) -> None:
    """Add `overzicht` to the `rechten` command line."""
    app.command("overzicht")(overzicht)
