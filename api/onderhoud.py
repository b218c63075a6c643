"""Housekeeping: erase client profiles past their retention period, old login attempts and expired sessions.

Runs at every start (a start-up hook, after the migrations) and on demand with `rechten onderhoud opschonen`
(schedule it daily, e.g. with cron or a systemd timer, for a server that runs for months).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

__all__ = ["Opschoonverslag", "opschonen", "opschonen_bij_start", "register"]

log = logging.getLogger("rechten.onderhoud")


@dataclass(frozen=True)
class Opschoonverslag:
    profielen: int
    inlogpogingen: int
    sessies: int


def opschonen(engine: Engine, settings, *, nu: datetime | None = None) -> Opschoonverslag:
    """Purge in one transaction; returns what was removed."""
    from sqlmodel import Session

    from api.auth import sessies, throttle
    from api.profielen import dienst

    nu = nu or datetime.now(UTC)
    with Session(engine) as session:
        verslag = Opschoonverslag(
            profielen=dienst.opschonen(session, settings, nu=nu),
            inlogpogingen=throttle.ruim_op(session, nu=nu),
            sessies=sessies.ruim_op(session, nu=nu),
        )
        session.commit()
    return verslag


def opschonen_bij_start(engine: Engine, settings) -> None:
    """Start-up hook (api.main.STARTUP_HOOKS)."""
    verslag = opschonen(engine, settings)
    if verslag.profielen:
        log.info(
            "%d cliëntenprofielen gewist na de bewaartermijn van %d maanden",
            verslag.profielen,
            settings.retentie_maanden,
        )


def _opschonen_cli() -> None:
    """Wis cliëntenprofielen na de bewaartermijn (RETENTIE_MAANDEN), oude aanmeldpogingen en verlopen sessies."""
    from api.config import get_settings
    from catalogue.db import maak_engine, migrate

    settings = get_settings()
    engine = maak_engine(settings.database_url)
    try:
        migrate(engine)
        verslag = opschonen(engine, settings)
    finally:
        engine.dispose()
    typer.echo(
        f"Opgeschoond: {verslag.profielen} cliëntenprofielen (bewaartermijn {settings.retentie_maanden} "
        f"maanden), {verslag.inlogpogingen} aanmeldpogingen, {verslag.sessies} verlopen sessies."
    )


def register(app: typer.Typer) -> None:
    groep = typer.Typer(help="Onderhoud van de database.", no_args_is_help=True)
    groep.command("opschonen")(_opschonen_cli)
    app.add_typer(groep, name="onderhoud")
