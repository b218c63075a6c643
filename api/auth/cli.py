"""`rechten gebruiker aanmaken --gebruikersnaam NAAM --organisatie NIS --rol ROL` (CONTRACT.md §7).

The password is read from stdin (one line, so it never appears in the shell history or the process list):
`echo "$WACHTWOORD" | rechten gebruiker aanmaken ...` or typed at the prompt. `--rol` may be repeated.
Exit codes: 0 created; 2 invalid input (unknown role, NIS code or existing name, weak password), message on stderr.
"""

from __future__ import annotations

import sys

import typer

__all__ = ["register"]


def _fout(melding: str) -> typer.Exit:
    typer.echo(f"fout: {melding}", err=True)
    return typer.Exit(2)


def aanmaken(
    gebruikersnaam: str = typer.Option(..., "--gebruikersnaam", help="Aanmeldnaam (kleine letters, cijfers, . _ @ -)."),
    organisatie: str = typer.Option(..., "--organisatie", help="NIS-code van de gemeente (OCMW of stad)."),
    rol: list[str] = typer.Option(
        ..., "--rol", help="maatschappelijk_werker, redacteur, beheerder of admin (herhaalbaar)."
    ),
) -> None:
    """Maak een gebruiker aan; het wachtwoord komt van stdin (één regel, minstens 12 tekens)."""
    from sqlmodel import Session

    from api.auth.accounts import AccountFout, maak_gebruiker
    from api.config import get_settings
    from api.main import prepare_database

    if sys.stdin.isatty():
        typer.echo("Wachtwoord (één regel): ", err=True, nl=False)
    regel = sys.stdin.readline()
    if not regel:
        raise _fout("geen wachtwoord op stdin (één regel)")
    wachtwoord = regel.rstrip("\r\n")
    settings = get_settings()
    engine = prepare_database(settings)
    try:
        with Session(engine) as session:
            try:
                gebruiker = maak_gebruiker(
                    session,
                    settings,
                    gebruikersnaam=gebruikersnaam,
                    organisatie=organisatie,
                    rollen=rol,
                    wachtwoord=wachtwoord,
                )
            except AccountFout as exc:
                raise _fout(f"{exc.veld}: {exc}") from None
            session.commit()
            typer.echo(
                f"Gebruiker {gebruiker.gebruikersnaam} aangemaakt ({', '.join(gebruiker.rollen)}, "
                f"organisatie {gebruiker.organisatie})."
            )
    finally:
        engine.dispose()


def register(app: typer.Typer) -> None:
    groep = typer.Typer(help="Gebruikers van het personeelsgedeelte.", no_args_is_help=True)
    groep.command("aanmaken")(aanmaken)
    app.add_typer(groep, name="gebruiker")
