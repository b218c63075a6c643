"""Alembic environment: the engine comes from `catalogue.db.migrate`, the metadata from our models."""

from alembic import context
from sqlmodel import SQLModel

import catalogue.models  # noqa: F401  (registers every table on SQLModel.metadata)
from catalogue.db import include_object

config = context.config
target_metadata = SQLModel.metadata


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
