"""Online backup and restore of a whole records database, portable between SQLite and PostgreSQL.

Backup reads one consistent state: on SQLite a snapshot taken with SQLite's backup API (so
writers keep working), on PostgreSQL one ``REPEATABLE READ READ ONLY`` transaction (the same
snapshot ``pg_dump`` would use). Every table the database holds is written generically (the
schema is reflected, so tables added by later features are included without code here), with
the document contents as blobs, into :mod:`fmdesk.records.backup_archive`.

Restore only fills an empty database, in ONE transaction: create the schema at the backup's
revision, insert every row in foreign-key order exactly as it was (ids, history hashes and all —
rows are only ever inserted, so append-only triggers are no obstacle), store the documents,
upgrade to this version's schema, and compare the row counts with the manifest. Any failure
rolls everything back.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Column, Connection, Engine, MetaData, Table, func, inspect, select, text
from sqlalchemy.sql.type_api import TypeEngine

from fmdesk import __version__
from fmdesk.i18n import _t
from fmdesk.records.backup_archive import BackupFileError, BackupReader, BackupWriter, Manifest
from fmdesk.records.blobs import BlobStore, FolderBlobStore
from fmdesk.records.engine import (
    DEFAULT_BUSY_TIMEOUT,
    WRITE_OPTION,
    check_connection,
    make_engine,
    sqlite_file,
    translate_errors,
)
from fmdesk.records.errors import DatabaseUnavailableError, RecordsError
from fmdesk.records.migrate import alembic_config, head_revision
from fmdesk.records.models import Base

Report = Callable[[float, str], None]
SKIPPED = {"alembic_version", "document_blobs"}
BATCH = 500


class RestoreRefusedError(RecordsError):
    """The backup cannot be restored here (newer schema, target not empty)."""


def _no_report(_fraction: float, _message: str) -> None:
    return None


# --- backup -------------------------------------------------------------------------------


def write_backup(
    engine: Engine, blobs: BlobStore, out: Path, report: Report = _no_report
) -> Manifest:
    """Write a consistent backup of the database behind ``engine`` to ``out`` (atomically)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    with _snapshot(engine) as conn:
        manifest = Manifest(
            fmdesk_version=__version__,
            schema_revision=_revision_of(conn),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            source=conn.dialect.name,
        )
        writer = BackupWriter(partial, manifest)
        try:
            _write_tables(conn, writer, report)
            _write_blobs(conn, blobs, writer)
            manifest = writer.finish()
        except BaseException:
            writer.abort()
            partial.unlink(missing_ok=True)
            raise
    partial.replace(out)
    report(1.0, "")
    return manifest


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees one consistent state of the database for as long as it is open."""
    path = sqlite_file(str(engine.url))
    if path is None:
        with translate_errors(engine), engine.connect() as conn:
            conn = conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with conn.begin():
                yield conn
        return
    with tempfile.TemporaryDirectory(prefix="fmdesk-backup-") as folder:
        copy = Path(folder) / "snapshot.sqlite3"
        _sqlite_backup_api(path, copy)
        snapshot = make_engine(f"sqlite:///{copy.as_posix()}")
        try:
            with snapshot.connect() as conn, conn.begin():
                yield conn
        finally:
            snapshot.dispose()


def _sqlite_backup_api(source: Path, target: Path) -> None:
    try:
        src = sqlite3.connect(str(source), timeout=DEFAULT_BUSY_TIMEOUT)
        try:
            dest = sqlite3.connect(str(target))
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        raise DatabaseUnavailableError(
            _t(
                "The database '{path}' cannot be read for a backup ({error}).",
                path=source,
                error=error,
            )
        ) from error


def _revision_of(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _write_tables(conn: Connection, writer: BackupWriter, report: Report) -> None:
    reflected = MetaData()
    reflected.reflect(conn)
    tables = [t for t in reflected.sorted_tables if _backed_up(t.name)]
    for index, table in enumerate(tables):
        report(index / max(1, len(tables)), table.name)
        typed = typed_table(table)
        order = [typed.c[c.name] for c in table.primary_key.columns] or list(typed.c)
        rows = conn.execute(select(typed).order_by(*order)).yield_per(BATCH)
        writer.add_table(table.name, [c.name for c in typed.c], rows)


def _backed_up(name: str) -> bool:
    return name not in SKIPPED and not name.startswith("sqlite_")


def _write_blobs(conn: Connection, blobs: BlobStore, writer: BackupWriter) -> None:
    """Document contents: those kept in ``document_blobs`` and, on SQLite, the files beside it."""
    names = set(inspect(conn).get_table_names())
    if "document_blobs" in names:
        for sha, data in conn.execute(text("SELECT sha256, data FROM document_blobs")):
            writer.add_blob(sha, bytes(data))
    if "documents" in names and isinstance(blobs, FolderBlobStore):
        for (sha,) in conn.execute(text("SELECT DISTINCT sha256 FROM documents")):
            if sha not in writer.manifest.blobs:
                writer.add_blob(sha, blobs.get(None, sha))  # type: ignore[arg-type]


def typed_table(table: Table, metadata: MetaData | None = None) -> Table:
    """``table`` with fmdesk's own column types where it knows the column (aware datetimes,
    JSON), so values read from SQLite insert unchanged into PostgreSQL and back."""
    known = Base.metadata.tables.get(table.name)
    columns = []
    for column in table.columns:
        model_column = known.c.get(column.name) if known is not None else None
        kind: TypeEngine[Any] = model_column.type if model_column is not None else column.type
        columns.append(Column(column.name, kind, primary_key=column.primary_key))
    return Table(table.name, metadata or MetaData(), *columns)


# --- restore ------------------------------------------------------------------------------


def restore_backup(
    reader: BackupReader, engine: Engine, blobs: BlobStore, report: Report = _no_report
) -> dict[str, int]:
    """Fill the empty database behind ``engine`` from ``reader``; returns the row counts."""
    manifest = reader.manifest
    revision = manifest.schema_revision
    check_known_revision(revision)
    report(0.0, "")
    reader.verify()
    check_connection(engine)
    with translate_errors(engine), engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            check_empty_target(conn, revision)
            if revision is not None and _revision_of(conn) is None:
                _migrate(conn, revision)
            _clear_seed_rows(conn)
            _insert_tables(conn, reader, report)
            _insert_blobs(conn, reader, blobs)
            counts = _check_counts(conn, manifest, reader.path)
            _migrate(conn, head_revision())
            _reset_sequences(conn)
    report(1.0, "")
    return counts


def check_known_revision(revision: str | None) -> None:
    """Refuse a backup written by a newer fmdesk (a schema revision this version lacks)."""
    if revision is None:
        return
    try:
        found = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        found = None
    if found is None:
        raise RestoreRefusedError(
            _t(
                "This backup was written by a newer fmdesk (schema revision {revision}); update "
                "fmdesk to restore it.",
                revision=revision,
            )
        )


def check_empty_target(conn: Connection, revision: str | None) -> None:
    """Refuse a target that holds records, or a schema other than the backup's."""
    current = _revision_of(conn)
    names = [n for n in inspect(conn).get_table_names() if _backed_up(n)]
    if current is not None and current != revision:
        raise _not_empty()
    seeded = {"sites"}
    for name in names:
        count = conn.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
        if count and (name not in seeded or current is None):
            raise _not_empty()


def _not_empty() -> RestoreRefusedError:
    return RestoreRefusedError(
        _t(
            "The target database is not empty; restore into a new, empty database (a new "
            "SQLite file or a freshly created PostgreSQL database)."
        )
    )


def _migrate(conn: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)


def _clear_seed_rows(conn: Connection) -> None:
    """Rows a migration inserts (the default site) give way to the backup's own."""
    reflected = MetaData()
    reflected.reflect(conn)
    for table in reversed(reflected.sorted_tables):
        if (
            _backed_up(table.name)
            and conn.execute(select(func.count()).select_from(table)).scalar()
        ):
            conn.execute(table.delete())


def _insert_tables(conn: Connection, reader: BackupReader, report: Report) -> None:
    reflected = MetaData()
    reflected.reflect(conn)
    wanted = reader.manifest.tables
    missing = [name for name in wanted if name not in reflected.tables]
    if missing:
        raise BackupFileError(
            _t(
                "The backup holds tables this fmdesk does not know ({names}); it is damaged or "
                "from another program.",
                names=", ".join(missing),
            )
        )
    order = [t for t in reflected.sorted_tables if t.name in wanted]
    for index, table in enumerate(order):
        report(0.05 + 0.85 * index / max(1, len(order)), table.name)
        entry = wanted[table.name]
        typed = typed_table(table)
        unknown = [c for c in entry.columns if c not in typed.c]
        if unknown:
            raise BackupFileError(
                _t(
                    "The backup's table {table} has columns this fmdesk does not know ({names}).",
                    table=table.name,
                    names=", ".join(unknown),
                )
            )
        batch: list[dict[str, Any]] = []
        for row in reader.rows(table.name):
            batch.append(dict(zip(entry.columns, row, strict=True)))
            if len(batch) >= BATCH:
                conn.execute(typed.insert(), batch)
                batch = []
        if batch:
            conn.execute(typed.insert(), batch)


def _insert_blobs(conn: Connection, reader: BackupReader, blobs: BlobStore) -> None:
    if isinstance(blobs, FolderBlobStore):
        for sha in reader.manifest.blobs:
            blobs.put(None, reader.blob(sha))  # type: ignore[arg-type]
        return
    table = Base.metadata.tables["document_blobs"]
    for sha in reader.manifest.blobs:
        conn.execute(table.insert(), {"sha256": sha, "data": reader.blob(sha)})


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: the next id after the restored ones (SQLite finds it by itself)."""
    if conn.dialect.name != "postgresql":
        return
    reflected = MetaData()
    reflected.reflect(conn)
    for table in reflected.tables.values():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].type.python_type is not int:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": keys[0].name}
        ).scalar()
        if sequence:
            conn.execute(
                text(
                    f'SELECT setval(:s, COALESCE((SELECT MAX("{keys[0].name}") FROM '
                    f'"{table.name}"), 0) + 1, false)'
                ),
                {"s": sequence},
            )


def _check_counts(conn: Connection, manifest: Manifest, path: Path) -> dict[str, int]:
    counts = {}
    for name, entry in manifest.tables.items():
        counts[name] = conn.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
        if counts[name] != entry.rows:
            raise BackupFileError(
                _t(
                    "Restoring '{path}' gave {found} rows in {table} instead of {expected}; "
                    "nothing was restored.",
                    path=path,
                    found=counts[name],
                    table=name,
                    expected=entry.rows,
                )
            )
    return counts
