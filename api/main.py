"""App assembly: settings, database, middleware, error handlers and routers. Nothing else lives here."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api.config import Settings, get_settings
from api.errors import install_error_handlers
from api.middleware import BeveiligingsHeaders, MaxBodySize
from api.onderhoud import opschonen_bij_start
from api.routes import ROUTERS
from catalogue.db import maak_engine, migrate
from catalogue.laden import laad_bij_start

__all__ = ["create_app"]

STATIC_DIR = Path(__file__).parent / "static"
log = logging.getLogger("rechten.api")


def prepare_database(settings: Settings):
    """Create the engine, run migrations and, when empty, load the bundled catalogue."""
    engine = maak_engine(settings.database_url)
    migrate(engine)
    for hook in STARTUP_HOOKS:
        hook(engine, settings)
    return engine


# Start-up steps after migrating (bundled catalogue, retention purge...), registered by their packages.
STARTUP_HOOKS: list = []
STARTUP_HOOKS.append(laad_bij_start)  # the bundled catalogue (catalogue/laden.py)
STARTUP_HOOKS.append(opschonen_bij_start)  # retention of client profiles, old logins and sessions (api/onderhoud.py)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the FastAPI application for `settings` (the environment's by default)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.engine = prepare_database(settings)
        try:
            yield
        finally:
            app.state.engine.dispose()

    app = FastAPI(
        title="Rechtenverkenner API",
        version="1.0",
        description=(
            "Sociale rechten verkennen en leefloonadvies berekenen. "
            "Een advies ondersteunt de dossierbehandelaar; het OCMW beslist."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(BeveiligingsHeaders)
    app.add_middleware(MaxBodySize, max_bytes=settings.max_body_bytes)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for router in ROUTERS:
        app.include_router(router)
    return app
