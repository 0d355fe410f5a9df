"""Audit-trail benchmark: what the SHA-256 hash chain costs on writes and how fast it verifies.

Writes ``--rows`` history rows through the normal session hook (assets registered in batches of
``--batch`` in one unit of work each, so every row is chained as in real use), then times
``fmdesk.app.audit.verify`` over the whole table. Prints JSON. Run::

    .venv/bin/python benchmarks/audit.py                   # 100,000 rows on SQLite
    .venv/bin/python benchmarks/audit.py --rows 20000 --postgres URL
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from fmdesk.app import App
from fmdesk.app.audit import verify
from fmdesk.records.database import open_records
from fmdesk.records.models import Asset
from fmdesk.settings import Settings


def write_rows(app: App, rows: int, batch: int) -> float:
    """Register ``rows`` assets (one history row each); returns seconds."""
    started = time.perf_counter()
    for start in range(0, rows, batch):
        with app.uow("benchmark") as uow:
            uow.begin_write()
            uow.session.add_all(
                Asset(code=f"BM-{i:07d}", name=f"水泵 {i}", category="pump")
                for i in range(start, min(rows, start + batch))
            )
            uow.commit()
    return time.perf_counter() - started


def run(url: str, rows: int, batch: int) -> dict[str, object]:
    records = open_records(url)
    app = App(Settings(database_url=url), url, "benchmark", _records=records)
    try:
        seconds = write_rows(app, rows, batch)
        started = time.perf_counter()
        result = verify(app)
        verify_seconds = time.perf_counter() - started
    finally:
        records.dispose()
    return {
        "database": url.split(":", 1)[0],
        "rows": result.rows,
        "intact": result.ok,
        "write_rows_per_s": round(rows / seconds),
        "verify_s": round(verify_seconds, 2),
        "verify_rows_per_s": round(result.rows / verify_seconds),
        "load": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--postgres", default="", help="a PostgreSQL URL of an EMPTY database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fmdesk_audit_") as folder:
        url = f"sqlite:///{(Path(folder) / 'audit.sqlite3').as_posix()}"
        print(json.dumps(run(url, args.rows, args.batch), ensure_ascii=False))
    if args.postgres:
        print(json.dumps(run(args.postgres, args.rows, args.batch), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
