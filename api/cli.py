"""The `rechten` command line (CONTRACT.md §2). Heavy imports stay inside the commands: start-up stays fast."""

from __future__ import annotations

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="rechten",
    help="Rechtenverkenner: leefloonadvies, rechtenoverzicht, catalogus en server.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _hoofd() -> None:
    """Rechtenverkenner: leefloonadvies, rechtenoverzicht, catalogus en server."""


@app.command()
def serve(
    host: str = typer.Option(None, help="Adres om op te luisteren (standaard 127.0.0.1 of HOST)."),
    port: int = typer.Option(None, min=1, max=65535, help="Poort (standaard 8000 of PORT)."),
    workers: int = typer.Option(1, min=1, max=32, help="Aantal werkprocessen."),
) -> None:
    """Maak of migreer de database, laad de gebundelde catalogus en start de webserver."""
    import uvicorn

    from api.config import get_settings
    from api.main import create_app, prepare_database

    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    # Migrate once before the workers start, so they do not race on the schema.
    prepare_database(settings).dispose()
    typer.echo(f"Rechtenverkenner draait op http://{host}:{port} (Ctrl-C stopt)", err=True)
    if workers > 1:
        uvicorn.run("api.asgi:app", host=host, port=port, workers=workers, log_level=settings.log_level)
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level)


def _register_subcommands() -> None:
    """Add the command groups of the other packages (each module registers itself on `app`)."""
    import importlib

    import api.i18n  # noqa: F401  (registers the translations the domain's --taal uses)

    for module in COMMAND_MODULES:
        if module not in _REGISTERED:
            importlib.import_module(module).register(app)
            _REGISTERED.add(module)


# Modules with a `register(app)` function that adds their commands.
COMMAND_MODULES: list[str] = ["catalogue.ipdc.cli", "rechten.cli", "api.overzicht_cli", "api.auth.cli", "api.onderhoud"]
_REGISTERED: set[str] = set()


def main() -> None:
    """Console-script entry point."""
    _register_subcommands()
    app()
