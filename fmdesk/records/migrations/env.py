"""Alembic environment: runs on the connection fmdesk hands over (see fmdesk.records.migrate)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import text

from fmdesk.records.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our column decorators as plain SQLAlchemy types so migrations stay stable."""
    name = type(obj).__name__
    if type_ == "type" and name == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    is_sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        render_item=_render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two workstations starting at once must not both migrate.
            connection.execute(text("SELECT pg_advisory_xact_lock(74201001)"))
        context.run_migrations()


run_migrations_online()
