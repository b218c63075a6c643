"""The rights catalogue and its database: models, migrations, store, IPDC JSON-LD import/export.

The database helpers are re-exported lazily: importing a light submodule (e.g. the `rechten catalogus` command
definitions) must not load SQLAlchemy and Alembic, which would slow down every `rechten` command.
"""

from importlib import import_module
from typing import Any

__all__ = ["check_database", "maak_engine", "migrate", "normalise_url", "session_scope"]


def __getattr__(naam: str) -> Any:
    if naam in __all__:
        return getattr(import_module("catalogue.db"), naam)
    raise AttributeError(f"module 'catalogue' has no attribute {naam!r}")
