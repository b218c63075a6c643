"""The rights catalogue and its database: models, migrations, store, IPDC JSON-LD import/export."""

from catalogue.db import check_database, maak_engine, migrate, normalise_url, session_scope

__all__ = ["check_database", "maak_engine", "migrate", "normalise_url", "session_scope"]
