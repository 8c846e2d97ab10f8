"""Alembic environment: run by `claims.store` (never from an alembic.ini), with the connection
handed over in `config.attributes["connection"]`."""
from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from claims import models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def run() -> None:
    connection = config.attributes["connection"]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run()
