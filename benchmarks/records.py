"""Records benchmark: 50,000 assets and 1,000,000 work orders on SQLite and on PostgreSQL.

Measures the three screens a duty engineer opens all day, through the same service functions
the GUI calls (a fresh unit of work each time), and prints the median of repeated runs:

- one asset's card with its full history        target ≤ 20 ms
- the overdue list (count + first 200)           target ≤ 100 ms
- the work-order board's first page (50 + counts) target ≤ 50 ms

Set-up bulk-inserts with executemany (SQLite) and COPY (PostgreSQL). Run::

    .venv/bin/python benchmarks/records.py                 # SQLite, and PostgreSQL if
                                                           # FMDESK_TEST_POSTGRES_URL is set
    .venv/bin/python benchmarks/records.py --orders 100000 --no-postgres
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fmdesk.records.assets import asset_card
from fmdesk.records.database import Records, open_records
from fmdesk.workorders.service import list_overdue, work_order_board
from fmdesk.workorders.sla import DEFAULT_SLA

NOW = datetime(2027, 6, 30, 12, 0, tzinfo=UTC)
START = NOW - timedelta(days=5 * 365)
CATEGORIES = ["pump", "valve", "meter", "distribution_board", "breaker", "lift", "fan", "tank"]
PRIORITIES = ["urgent", "high", "normal", "normal", "normal", "low"]
OPEN = ["reported", "dispatched", "accepted", "on_site", "rectified", "rechecked"]
TARGETS_MS = {"asset card + full history": 20, "overdue list": 100, "board first page": 50}

ASSET_COLUMNS = [
    "id",
    "code",
    "name",
    "category",
    "ifc_global_id",
    "ifc_class",
    "predefined_type",
    "type_name",
    "system",
    "storey_name",
    "space_name",
    "manufacturer",
    "model",
    "serial_number",
    "barcode",
    "status",
    "criticality",
    "notes",
    "in_model",
    "created_at",
    "updated_at",
    "version",
]
ORDER_COLUMNS = [
    "id",
    "site_id",
    "number",
    "title",
    "description",
    "source",
    "priority",
    "state",
    "asset_id",
    "element_global_id",
    "location",
    "reporter",
    "reporter_phone",
    "source_ref",
    "shutoff",
    "created_at",
    "updated_at",
    "response_due",
    "on_site_due",
    "completion_due",
    "next_due_at",
    "dispatched_at",
    "accepted_at",
    "on_site_at",
    "rectified_at",
    "rechecked_at",
    "closed_at",
    "reopened_count",
    "recheck_by",
    "satisfaction_comment",
    "version",
]
HISTORY_COLUMNS = ["at", "actor", "entity", "entity_id", "asset_id", "action", "changes", "note"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=50_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--postgres", default=os.environ.get("FMDESK_TEST_POSTGRES_URL", ""))
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="fmdesk-bench-") as folder:
            url = f"sqlite:///{Path(folder, 'bench.sqlite3').as_posix()}"
            results["sqlite"] = run_backend("sqlite", url, args)
    if args.postgres and not args.no_postgres:
        with postgres_database(args.postgres) as url:
            results["postgresql"] = run_backend("postgresql", url, args)
    print_summary(results, args)
    return 0


def run_backend(name: str, url: str, args: argparse.Namespace) -> dict[str, float]:
    records = open_records(url, backup=False)
    try:
        started = time.perf_counter()
        bulk_load(records, args.assets, args.orders)
        print(f"[{name}] set-up: {time.perf_counter() - started:.1f} s", flush=True)
        code = pick_asset_code(records)
        uow = records.uow
        measures: dict[str, Callable[[], Any]] = {
            "asset card + full history": lambda: asset_card(uow(), code),
            "overdue list": lambda: list_overdue(uow(), now=NOW, limit=200),
            "board first page": lambda: work_order_board(uow(), page=0, now=NOW),
        }
        figures = {}
        for label, call in measures.items():
            result = call()  # warm the caches and show what one run returns
            median, p90 = time_it(call, args.repeat)
            figures[label] = median
            print(
                f"[{name}] {label}: median {median:.1f} ms, p90 {p90:.1f} ms  ({describe(result)})"
            )
        return figures
    finally:
        records.dispose()


def describe(result: Any) -> str:
    if hasattr(result, "history"):
        return f"{len(result.history)} history rows, {len(result.work_orders)} orders"
    if hasattr(result, "total"):
        return f"{result.total} overdue, {len(result.items)} shown"
    return f"{len(result.items)} rows, open counts {sum(result.open_counts.values())}"


def time_it(call: Callable[[], Any], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.9) - 1]


def pick_asset_code(records: Records) -> str:
    """An asset with a typical number of orders (the middle of the id range)."""
    with records.engine.connect() as conn:
        return (
            conn.execute(text("SELECT code FROM assets ORDER BY id LIMIT 1 OFFSET 25000")).scalar()
            or "A-000001"
        )


def bulk_load(records: Records, n_assets: int, n_orders: int) -> None:
    rng = random.Random(20270630)
    dialect = records.engine.dialect.name
    assets = list(asset_rows(n_assets, rng))
    orders, history = [], []
    write = copy_rows if dialect == "postgresql" else insert_rows
    write(records, "assets", ASSET_COLUMNS, assets)
    history.extend(
        (START, "import", "asset", i, i, "create", "{}", "") for i in range(1, n_assets + 1)
    )
    batch = 200_000
    for first in range(1, n_orders + 1, batch):
        orders = list(order_rows(first, min(batch, n_orders - first + 1), n_assets, rng))
        write(records, "work_orders", ORDER_COLUMNS, orders)
        for row in orders:
            history.append((row[15], "值班员", "work_order", row[0], row[8], "create", "{}", ""))
            if row[26] is not None:
                history.append(
                    (
                        row[26],
                        "主管",
                        "work_order",
                        row[0],
                        row[8],
                        "update",
                        '{"state": ["rechecked", "closed"]}',
                        "",
                    )
                )
        write(records, "history", HISTORY_COLUMNS, history)
        history = []
        print(f"  … {first + len(orders) - 1:,} work orders", flush=True)
    with records.engine.begin() as conn:
        if dialect == "postgresql":
            for table in ("work_orders", "assets"):
                conn.execute(
                    text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
                )
        else:
            conn.execute(text("ANALYZE"))
    if dialect == "postgresql":  # steady state: what autovacuum leaves behind
        with records.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def asset_rows(n: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        category = CATEGORIES[i % len(CATEGORIES)]
        yield (
            i,
            f"A-{i:06d}",
            f"设备 {i}",
            category,
            uuid.uuid4().hex[:22],
            "IfcPump",
            "",
            "",
            "",
            f"{rng.randint(1, 30)}F",
            "",
            "格兰富",
            "CR 10",
            f"SN{i}",
            "",
            "in_service",
            "B",
            "",
            True,
            START,
            START,
            1,
        )


def order_rows(
    first: int, count: int, n_assets: int, rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    span = (NOW - START).total_seconds()
    for i in range(first, first + count):
        created = START + timedelta(seconds=span * ((i - 1) / 1_000_000) % span)
        priority = rng.choice(PRIORITIES)
        target = DEFAULT_SLA[priority]
        is_open = rng.random() < 0.03
        if is_open:  # open orders are recent: the last 30 days
            created = NOW - timedelta(hours=rng.uniform(0, 24 * 30))
        state = rng.choice(OPEN) if is_open else "closed"
        response_due = created + target.response
        on_site_due = created + target.on_site
        completion_due = created + target.completion
        accepted = (
            created + timedelta(minutes=10) if state not in ("reported", "dispatched") else None
        )
        on_site = (
            created + timedelta(minutes=25)
            if state in ("on_site", "rectified", "rechecked", "closed")
            else None
        )
        rectified = (
            created + timedelta(hours=3) if state in ("rectified", "rechecked", "closed") else None
        )
        closed = created + timedelta(hours=5) if state == "closed" else None
        if state in ("rectified", "rechecked", "closed"):
            next_due = None
        else:
            pending = [
                d
                for d, m in (
                    (response_due, accepted),
                    (on_site_due, on_site),
                    (completion_due, rectified),
                )
                if m is None
            ]
            next_due = min(pending)
        yield (
            i,
            1,
            f"GD-{created.year}-{i:07d}",
            "漏水",
            "",
            "phone",
            priority,
            state,
            rng.randint(1, n_assets),
            "",
            "",
            "",
            "",
            "",
            "{}",
            created,
            created,
            response_due,
            on_site_due,
            completion_due,
            next_due,
            created if state != "reported" else None,
            accepted,
            on_site,
            rectified,
            closed,
            closed,
            0,
            "",
            "",
            1,
        )


def insert_rows(
    records: Records, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> None:
    """SQLite: executemany on the raw connection, dates in SQLAlchemy's own text format."""

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    raw = records.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        cursor.executemany(sql, ([plain(v) for v in row] for row in rows))
        cursor.execute("COMMIT")
    finally:
        raw.close()


def copy_rows(
    records: Records, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> None:
    """PostgreSQL: COPY … FROM STDIN through psycopg 3."""
    raw = records.engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        raw.commit()
    finally:
        raw.close()


class postgres_database:
    """A throw-away database on the server, dropped on exit."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.name = f"fmdesk_bench_{os.getpid()}"

    def __enter__(self) -> str:
        self.admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}"'))
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        return (
            make_url(self.server_url).set(database=self.name).render_as_string(hide_password=False)
        )

    def __exit__(self, *exc: Any) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


def print_summary(results: dict[str, dict[str, float]], args: argparse.Namespace) -> None:
    print()
    print(
        f"fmdesk records benchmark: {args.assets:,} assets, {args.orders:,} work orders, "
        f"median of {args.repeat} runs (ms)"
    )
    header = f"{'measure':<28}" + "".join(f"{name:>12}" for name in results) + f"{'target':>10}"
    print(header)
    for label, target in TARGETS_MS.items():
        cells = "".join(f"{results[name][label]:>12.1f}" for name in results)
        print(f"{label:<28}{cells}{target:>10}")
    print(json.dumps({"figures_ms": results, "targets_ms": TARGETS_MS}, ensure_ascii=False))


if __name__ == "__main__":
    raise SystemExit(main())
