"""Composition root: settings → database engine → services. No Qt here; the GUI and CLI call it.

Example::

    app = bootstrap()                      # embedded SQLite in the user data folder
    app = bootstrap("postgresql+psycopg://fm:pw@server/fmdesk")
    board = work_order_board(app.uow(), page=0)
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from fmdesk.records.database import Records, open_records
from fmdesk.records.uow import UnitOfWork
from fmdesk.settings import Settings, load_settings
from fmdesk.workorders.sla import SlaTarget, load_sla_policy


@dataclass
class App:
    """What every front end needs: settings, the records database and the SLA policy."""

    settings: Settings
    records: Records
    sla: dict[str, SlaTarget]
    actor: str

    def uow(self, actor: str | None = None) -> UnitOfWork:
        """A fresh unit of work acting as ``actor`` (default: the logged-in user)."""
        return self.records.uow(actor or self.actor)

    def close(self) -> None:
        self.records.dispose()


def current_user() -> str:
    """Who is recorded in the history when nobody says otherwise."""
    try:
        return os.environ.get("FMDESK_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def bootstrap(
    database_url: str | None = None,
    settings: Settings | None = None,
    upgrade: bool = True,
    actor: str | None = None,
) -> App:
    """Open (and upgrade to head) the records database named by the argument, else the settings.

    Raises DatabaseUnavailableError (one sentence) when it cannot be reached.
    """
    settings = settings or load_settings()
    url = database_url or settings.effective_database_url()
    records = open_records(url, upgrade=upgrade)
    return App(settings, records, load_sla_policy(), actor or current_user())
