"""Backup and restore benchmark: a records database of N assets and M work orders (with their
history) backed up to one file and restored into a new SQLite file and a new PostgreSQL database.

Set-up reuses the bulk loader of ``benchmarks/records.py``. Run::

    .venv/bin/python benchmarks/backup.py                      # 10,000 assets, 200,000 orders
    .venv/bin/python benchmarks/backup.py --orders 20000 --no-postgres
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.records import bulk_load
from fmdesk.records.backup import restore_backup, write_backup
from fmdesk.records.backup_archive import BackupReader
from fmdesk.records.database import blob_store_for, open_records
from fmdesk.records.engine import make_engine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    server = "" if args.no_postgres else os.environ.get("FMDESK_TEST_POSTGRES_URL", "")
    with tempfile.TemporaryDirectory(prefix="fmdesk-bench-backup-") as folder:
        root = Path(folder)
        source = open_records(f"sqlite:///{(root / 'source.sqlite3').as_posix()}")
        start = time.perf_counter()
        bulk_load(source, args.assets, args.orders)
        print(
            f"set-up: {args.assets:,} assets, {args.orders:,} orders in "
            f"{time.perf_counter() - start:.1f} s"
        )
        out = root / "fm.fmbackup"
        start = time.perf_counter()
        manifest = write_backup(source.engine, source.blobs, out)
        seconds = time.perf_counter() - start
        rows = sum(manifest.row_counts.values())
        print(
            f"backup (SQLite): {rows:,} rows, {out.stat().st_size / 1e6:.1f} MB file, "
            f"{seconds:.1f} s ({rows / seconds:,.0f} rows/s)"
        )
        source.dispose()
        restore(out, f"sqlite:///{(root / 'restored.sqlite3').as_posix()}", "SQLite")
        if server:
            name = f"fmdesk_bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(server, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            try:
                url = make_url(server).set(database=name).render_as_string(hide_password=False)
                restore(out, url, "PostgreSQL")
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
    return 0


def restore(path: Path, url: str, label: str) -> None:
    reader = BackupReader(path)
    engine = make_engine(url)
    try:
        start = time.perf_counter()
        counts = restore_backup(reader, engine, blob_store_for(url))
        seconds = time.perf_counter() - start
    finally:
        reader.close()
        engine.dispose()
    rows = sum(counts.values())
    print(f"restore into {label}: {rows:,} rows in {seconds:.1f} s ({rows / seconds:,.0f} rows/s)")


if __name__ == "__main__":
    raise SystemExit(main())
