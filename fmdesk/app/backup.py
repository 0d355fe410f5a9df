"""Use cases of backups: back the records database up to one file, restore it into an empty
database, and the scheduled backup the desktop app runs when one is due (daily, keep N).

Example::

    backup_database(app, Path("fm-2026-12-06.fmbackup"))
    restore_database(bootstrap("sqlite:///new.sqlite3", open_database=False), Path(...))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fmdesk.app.context import App
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.results import Result
from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.settings import data_dir

__all__ = [
    "BACKUP_SUFFIX",
    "BackupResult",
    "RestoreResult",
    "backup_database",
    "backup_due",
    "default_backup_folder",
    "restore_database",
    "run_scheduled_backup",
]

BACKUP_SUFFIX = ".fmbackup"
SCHEDULES = ("off", "daily")


@dataclass(frozen=True)
class BackupResult(Result):
    """One backup written: where, how big, and what the manifest says is inside."""

    path: Path
    size: int
    fmdesk_version: str
    schema_revision: str | None
    checksum: str
    tables: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreResult(Result):
    """One backup restored: into which database, from which fmdesk and schema, the row counts."""

    url: str
    source: Path
    fmdesk_version: str
    schema_revision: str | None
    tables: dict[str, int] = field(default_factory=dict)
    documents: int = 0


def backup_database(
    app: App, out: Path, progress: Progress = NO_PROGRESS, overwrite: bool = False
) -> BackupResult:
    """A consistent copy of every record, document and photo into ``out`` while others work."""
    from fmdesk.records.backup import write_backup

    if out.exists() and (out.is_dir() or not overwrite):
        raise UserError(
            _t("'{path}' already exists; choose a new file name (or pass --force).", path=out)
            if not out.is_dir()
            else _t("'{path}' is a folder; give the backup a file name.", path=out)
        )
    records = app.records
    manifest = write_backup(records.engine, records.blobs, out, _reporter(progress))
    return BackupResult(
        path=out,
        size=out.stat().st_size,
        fmdesk_version=manifest.fmdesk_version,
        schema_revision=manifest.schema_revision,
        checksum=manifest.checksum,
        tables=manifest.row_counts,
        documents=len(manifest.blobs),
    )


def restore_database(app: App, source: Path, progress: Progress = NO_PROGRESS) -> RestoreResult:
    """Fill the empty database of ``app`` (never opened or upgraded first) from ``source``."""
    from fmdesk.records.backup import restore_backup
    from fmdesk.records.backup_archive import BackupReader
    from fmdesk.records.database import blob_store_for
    from fmdesk.records.engine import make_engine

    reader = BackupReader(source)
    engine = make_engine(app.database_url)
    try:
        counts = restore_backup(
            reader, engine, blob_store_for(app.database_url), _reporter(progress)
        )
    finally:
        reader.close()
        engine.dispose()
    manifest = reader.manifest
    return RestoreResult(
        url=engine.url.render_as_string(hide_password=True),
        source=source,
        fmdesk_version=manifest.fmdesk_version,
        schema_revision=manifest.schema_revision,
        tables=counts,
        documents=len(manifest.blobs),
    )


def default_backup_folder() -> Path:
    """Where scheduled backups go unless the user chose a folder."""
    return data_dir() / "backups"


def backup_due(folder: Path, schedule: str, now: datetime | None = None) -> bool:
    """True when ``schedule`` is daily and the newest backup in ``folder`` is a day old or more."""
    if schedule != "daily":
        return False
    newest = max((p.stat().st_mtime for p in _backups_in(folder)), default=None)
    if newest is None:
        return True
    now = now or datetime.now(UTC)
    return now - datetime.fromtimestamp(newest, UTC) >= timedelta(hours=23, minutes=30)


def run_scheduled_backup(
    app: App,
    folder: Path | None = None,
    keep: int = 7,
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> BackupResult:
    """Write ``fmdesk-YYYYmmdd-HHMMSS.fmbackup`` into ``folder`` and keep only the newest
    ``keep`` backups there (older ones are deleted; other files are never touched)."""
    if keep < 1:
        raise UserError(_t("Keep at least one backup (keep = {keep}).", keep=keep))
    folder = folder or default_backup_folder()
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    result = backup_database(app, folder / f"fmdesk-{stamp}{BACKUP_SUFFIX}", progress)
    removed = _prune(folder, keep)
    return BackupResult(**{**result.__dict__, "removed": removed})


def _backups_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"fmdesk-*{BACKUP_SUFFIX}"), key=lambda p: p.name)


def _prune(folder: Path, keep: int) -> list[Path]:
    old = _backups_in(folder)[:-keep]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _reporter(progress: Progress):
    def report(fraction: float, table: str) -> None:
        progress.check_cancelled()
        progress.report(fraction, _t("Table {table}", table=table) if table else "")

    return report
