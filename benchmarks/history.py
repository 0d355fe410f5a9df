"""History benchmark: ``fmdesk samples --history N`` on the imported sample building, and one
month of contractor scores over it.

The sample's assets are imported into a fresh SQLite database (and a fresh PostgreSQL database
when ``FMDESK_TEST_POSTGRES_URL`` is set), then N years of records are generated through the
same use case as the command. Target: 2 years in seconds, not minutes. Run::

    .venv/bin/python benchmarks/history.py [--years 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fmdesk.app.assets import import_assets
from fmdesk.app.contractors import monthly_scores
from fmdesk.app.history_samples import generate_history
from fmdesk.bootstrap import bootstrap

SAMPLE = Path(__file__).resolve().parents[1] / "ifc_samples" / "sample_residential_ifc4.ifc"
UNTIL = date(2026, 12, 1)


def run(url: str, years: int) -> None:
    app = bootstrap(url, actor="benchmark")
    try:
        import_assets(app, SAMPLE)
        started = time.perf_counter()
        report = generate_history(app, years, until=UNTIL)
        seconds = time.perf_counter() - started
        rows = sum(v for k, v in report.counts.items() if k not in ("ratings", "repeated_findings"))
        started = time.perf_counter()
        scores = monthly_scores(app, "2026-11")
        score_seconds = time.perf_counter() - started
    finally:
        app.close()
    kind = url.split(":", 1)[0]
    print(
        f"{kind}: {years} year(s) of history, {rows} records in {seconds:.2f} s "
        f"({report.counts['repair_orders'] + report.counts['preventive_orders']} orders); "
        f"scores of {len(scores)} contractors for one month in {score_seconds * 1000:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FMDESK_HOME"] = folder
        run(f"sqlite:///{Path(folder) / 'history.sqlite3'}", args.years)
    server = os.environ.get("FMDESK_TEST_POSTGRES_URL", "").strip()
    if server:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"fmdesk_16a_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            run(
                make_url(server).set(database=name).render_as_string(hide_password=False),
                args.years,
            )
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
