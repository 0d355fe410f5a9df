"""Schema migrations: upgrade to head at start-up, with a backup copy of a SQLite file first.

Migrations live inside the package (``fmdesk/records/migrations``) so an installed workstation can
upgrade its own database; nobody runs ``alembic`` by hand.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import Engine

from fmdesk.i18n import _t
from fmdesk.records.engine import (
    DEFAULT_BUSY_TIMEOUT,
    WRITE_OPTION,
    sqlite_file,
    translate_errors,
)
from fmdesk.records.errors import DatabaseTooNewError, DatabaseUnavailableError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class UpgradeResult:
    """What ``upgrade_database`` did: revisions before/after and the backup it took, if any."""

    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration shipped with this version of fmdesk."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with translate_errors(engine), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known_revision(revision: str | None) -> None:
    """Refuse a database written by a newer (or another) fmdesk, before anything is written:
    its revision is not among the migrations this version ships."""
    if revision is None:
        return
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except (CommandError, ResolutionError, KeyError):
        known = None
    if known is None:
        raise DatabaseTooNewError(
            _t(
                "This database was written by a newer fmdesk (revision {revision}); update "
                "fmdesk to open it.",
                revision=revision,
            )
        )


def upgrade_database(engine: Engine, backup: bool = True) -> UpgradeResult:
    """Bring the database to head; on SQLite copy the file to ``backups/`` first.

    Example: ``upgrade_database(make_engine(url))`` — a no-op (and no backup) when already at head.
    Raises DatabaseTooNewError (nothing written, no backup) for a revision it does not know.
    """
    before = current_revision(engine)
    check_known_revision(before)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    copy = backup_sqlite(engine, before) if backup and before is not None else None
    config = alembic_config()
    with translate_errors(engine), engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    return UpgradeResult(before, head, copy)


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite database (consistent even in WAL mode) to ``<folder>/backups/``."""
    path = sqlite_file(str(engine.url))
    if path is None or not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = path.parent / "backups" / f"{path.stem}-{stamp}-{revision or 'empty'}{path.suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        source = sqlite3.connect(str(path), timeout=DEFAULT_BUSY_TIMEOUT)
        try:
            dest = sqlite3.connect(str(target))
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise DatabaseUnavailableError(
            f"Could not back up '{path}' before upgrading it ({error}); close other programs "
            "using it and try again."
        ) from error
    return target
