"""Use cases of the records database itself: bring it to the current schema, describe it.

Example::

    app = bootstrap("sqlite:///fm.sqlite3", open_database=False, upgrade=False)
    database_info(app).up_to_date      # False on an old file
    upgrade_database(app).after        # '0002'
"""

from __future__ import annotations

from dataclasses import dataclass

from fmdesk.app.context import App
from fmdesk.app.results import Result

__all__ = [
    "DatabaseInfo",
    "DatabaseUpgrade",
    "connect_records",
    "database_info",
    "upgrade_database",
]


@dataclass(frozen=True)
class DatabaseUpgrade(Result):
    """What ``upgrade`` did: revisions before and after, the SQLite backup taken first."""

    url: str
    before: str | None
    after: str
    backup: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class DatabaseInfo(Result):
    url: str
    revision: str | None
    head: str
    up_to_date: bool


def connect_records(app: App) -> str:
    """Open the records database now (upgrading it to head): the desktop app does this in the
    background at start-up so that a wrong URL is one sentence before anyone needs a record.
    Returns the URL with its password hidden."""
    return app.records.engine.url.render_as_string(hide_password=True)


def upgrade_database(app: App) -> DatabaseUpgrade:
    """Upgrade the schema to this version's head (SQLite is backed up first)."""
    from fmdesk.records.migrate import upgrade_database as upgrade

    records = app.records
    result = records.upgrade or upgrade(records.engine)
    return DatabaseUpgrade(
        url=records.engine.url.render_as_string(hide_password=True),
        before=result.before,
        after=result.after,
        backup=str(result.backup) if result.backup else None,
    )


def database_info(app: App) -> DatabaseInfo:
    """The URL (password hidden) and the schema revision, without changing anything.

    Build the app with ``upgrade=False`` so that looking does not upgrade.
    """
    from fmdesk.records.migrate import current_revision, head_revision

    records = app.records
    revision = current_revision(records.engine)
    head = head_revision()
    return DatabaseInfo(
        url=records.engine.url.render_as_string(hide_password=True),
        revision=revision,
        head=head,
        up_to_date=revision == head,
    )
