"""`rechten catalogus export [-o FILE]` and `rechten catalogus import FILE` (CONTRACT.md §2).

Exit codes. export: 0 written; 2 the output file cannot be written. import: 0 the file was read and at least one
record was accepted (created, updated or unchanged) or there was nothing to reject — rejected records are listed
with their reason and counted on the last line; 2 the file cannot be read (missing, too large, not JSON, not
JSON-LD, no IPDC records: nothing is written) or every record in it was rejected.
The database is the app's (`DATABASE_URL`), prepared as `rechten serve` does: migrated, and the bundled catalogue
loaded when the database is new (so an export on a fresh machine holds the bundled rights).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import typer

__all__ = ["register"]

STDIN = "-"
EXPORT_HULP = (
    "Schrijf elk gepubliceerd recht als IPDC-LPDC-JSON-LD (instantiesnapshots, context ingebed).\n\n"
    "Het bestand voldoet aan de officiële SHACL-vorm voor instanties; wat IPDC niet kent (machineleesbare "
    "voorwaarden, bedragen, relaties) staat onder https://rechtenverkenner.be/ns#. Exitcode 2: niet schrijfbaar."
)
IMPORT_HULP = (
    "Lees instanties en concepten uit IPDC-JSON-LD; meldt per record aangemaakt, bijgewerkt, ongewijzigd of "
    "geweigerd (met de reden).\n\n"
    "Elk record wordt in een eigen transactie bewaard: een fout record wordt gemeld en de rest gaat door. "
    "Exitcode 0: het bestand is gelezen en minstens één record aanvaard. Exitcode 2: het bestand is onleesbaar "
    "(er wordt niets geschreven) of geen enkel record werd aanvaard."
)


def _engine():
    from api.config import get_settings
    from api.main import prepare_database

    return prepare_database(get_settings())


def _fout(melding: str) -> typer.Exit:
    typer.echo(f"fout: {melding}", err=True)
    return typer.Exit(2)


def _schrijf_atomair(pad: Path, tekst: str) -> None:
    """Write via a temporary file in the same folder, so a reader never sees half a file."""
    fd, tijdelijk = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(tekst)
        # mkstemp makes the file private; an export is meant to be shared: the usual mode under the umask.
        masker = os.umask(0)
        os.umask(masker)
        os.chmod(tijdelijk, 0o666 & ~masker)
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise


def export(
    uitvoer: Path | None = typer.Option(
        None, "-o", "--output", help="Schrijf naar dit bestand (standaard: de standaarduitvoer).", dir_okay=False
    ),
) -> None:
    """Write every published right as IPDC-LPDC JSON-LD (help text: EXPORT_HULP)."""
    from sqlmodel import Session

    from catalogue import store
    from catalogue.ipdc.export import als_json, exporteer

    if uitvoer is not None and not uitvoer.parent.is_dir():
        raise _fout(f"map {uitvoer.parent} bestaat niet")
    engine = _engine()
    try:
        with Session(engine) as session:
            resultaat = exporteer(store.publieke_rechten(session))
    finally:
        engine.dispose()
    tekst = als_json(resultaat.document)
    for code, reden in resultaat.overgeslagen:
        typer.echo(f"niet uitgevoerd: {code}: {reden}", err=True)
    if uitvoer is None:
        sys.stdout.write(tekst)
        sys.stdout.flush()
    else:
        try:
            _schrijf_atomair(uitvoer, tekst)
        except OSError as fout:
            raise _fout(f"kan {uitvoer} niet schrijven: {fout.strerror or fout}") from None
    typer.echo(f"{resultaat.aantal} gepubliceerde rechten uitgevoerd naar {uitvoer or 'de standaarduitvoer'}", err=True)


def import_(
    bestand: str = typer.Argument(..., metavar="FILE", help="IPDC-JSON-LD-bestand, of - voor de standaardinvoer."),
    als_json_: bool = typer.Option(False, "--json", help="Het rapport als JSON (één object per record)."),
) -> None:
    """Read instances and concepts from IPDC JSON-LD and report per record (help text: IMPORT_HULP)."""
    from catalogue.ipdc.importeer import importeer_bestand
    from catalogue.ipdc.lezen import MAX_BYTES, LeesFout

    try:
        if bestand == STDIN:
            inhoud = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(bestand, "rb") as f:
                inhoud = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _fout(f"{bestand}: bestand niet gevonden") from None
    except IsADirectoryError:
        raise _fout(f"{bestand}: is een map, geen bestand") from None
    except OSError as fout:
        raise _fout(f"{bestand}: kan niet gelezen worden: {fout.strerror or fout}") from None
    engine = _engine()
    try:
        rapport = importeer_bestand(engine, inhoud, door="rechten catalogus import", bestand=Path(bestand).name)
    except LeesFout as fout:
        raise _fout(f"{bestand}: {fout} — er werd niets ingelezen") from None
    finally:
        engine.dispose()
    for r in rapport.regels:
        if als_json_:
            typer.echo(json.dumps(r.__dict__, ensure_ascii=False))
            continue
        regel = f"{r.actie:<12} {r.soort:<9} {r.code or '-'}  {r.titel}"
        if r.reden:
            regel += f"\n    reden: {r.reden}  [{r.bron}]"
        for opmerking in r.opmerkingen:
            regel += f"\n    opmerking: {opmerking}"
        typer.echo(regel)
    t = rapport.telling()
    typer.echo(
        f"{t['aangemaakt']} aangemaakt, {t['bijgewerkt']} bijgewerkt, {t['ongewijzigd']} ongewijzigd, "
        f"{t['geweigerd']} geweigerd, {t['overgeslagen']} overgeslagen",
        err=True,
    )
    if rapport.geweigerd and not rapport.aanvaard:
        raise _fout("geen enkel record aanvaard")


def register(app: typer.Typer) -> None:
    """Add the `catalogus` group (or join it when another module already made it)."""
    groep = next((g.typer_instance for g in app.registered_groups if g.name == "catalogus"), None)
    if groep is None:
        groep = typer.Typer(
            name="catalogus", help="De catalogus van rechten: IPDC-compatibele JSON-LD in en uit.", no_args_is_help=True
        )
        app.add_typer(groep, name="catalogus")
    groep.command("export", help=EXPORT_HULP)(export)
    groep.command("import", help=IMPORT_HULP)(import_)
