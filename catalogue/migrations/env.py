"""Alembic environment: the engine comes from `catalogue.db.migrate`, the metadata from our models."""

from alembic import context
from sqlmodel import SQLModel

import catalogue.models  # noqa: F401  (registers every table on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


# Tables managed by hand-written SQL in the migrations (full-text index), not by the models.
NIET_IN_MODELLEN = {"recht_zoek"}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Keep autogenerate from proposing to drop tables our models do not describe on purpose."""
    return not (type_ == "table" and (name in NIET_IN_MODELLEN or name.startswith("recht_zoek_")))


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic` run by hand: use DATABASE_URL like the app does
        from api.config import get_settings
        from catalogue.db import maak_engine

        engine = maak_engine(get_settings().database_url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
