"""Opening the records database: engine, migrations, session factory and blob store, in one call.

Example::

    records = open_records("sqlite:///C:/fm/fmdesk.sqlite3")
    with records.uow(actor="张工") as uow:
        ...
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from fmdesk.records.blobs import BlobStore, DatabaseBlobStore, FolderBlobStore
from fmdesk.records.engine import DEFAULT_BUSY_TIMEOUT, check_connection, make_engine, sqlite_file
from fmdesk.records.history import install_history_hook
from fmdesk.records.migrate import (
    UpgradeResult,
    check_known_revision,
    current_revision,
    upgrade_database,
)
from fmdesk.records.text_guard import install_text_guard
from fmdesk.records.uow import UnitOfWork

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass
class Records:
    """A handle on one records database; cheap to keep for the whole session of the app."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    blobs: BlobStore
    upgrade: UpgradeResult | None = None
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES
    site_code: str = "default"
    extra: dict[str, object] = field(default_factory=dict)

    def uow(self, actor: str = "", site_code: str | None = None) -> UnitOfWork:
        """A new unit of work acting as ``actor`` (recorded in the history)."""
        return UnitOfWork(self.session_factory, self.blobs, actor, site_code or self.site_code)

    def dispose(self) -> None:
        self.engine.dispose()


def open_records(
    url: str,
    upgrade: bool = True,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    backup: bool = True,
) -> Records:
    """Connect to ``url``, upgrade the schema to head (backing up SQLite first) and return it.

    Raises DatabaseUnavailableError (one sentence) when the database cannot be reached.
    """
    engine = make_engine(url, busy_timeout=busy_timeout)
    try:
        check_connection(engine)
        if upgrade:
            result = upgrade_database(engine, backup=backup)
        else:
            check_known_revision(current_revision(engine))
            result = None
    except BaseException:
        engine.dispose()  # a refused database keeps no connection (nor SQLite -wal/-shm files)
        raise
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    install_history_hook(factory)
    install_text_guard(factory)
    return Records(url, engine, factory, blob_store_for(url), result)


def blob_store_for(url: str) -> BlobStore:
    """Files beside a SQLite database; inside the database for PostgreSQL."""
    path = sqlite_file(url)
    if path is None:
        return DatabaseBlobStore()
    return FolderBlobStore(Path(path).parent / f"{Path(path).stem}.documents")
