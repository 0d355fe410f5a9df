"""Screenshot of the KPI dashboard on two years of generated history.

Run headless under Xvfb::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.kpi \\
        --out docs/screenshots

Fills the (temporary) records database with ``--orders`` work orders (benchmarks/kpi_data.py),
opens the main window in Chinese, shows the dashboard for ``--month`` grouped by contractor with
MTTR selected (its trend and the longest repairs below), and grabs the dashboard window.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate

from tools.screenshots.main_window import settle, wait_for


def take(out: Path, orders: int, month: str, language: str = "zh_CN") -> Path:
    from benchmarks.kpi_data import generate_orders
    from fmdesk.records.database import open_records
    from fmdesk.settings import default_database_url
    from fmdesk.ui.app import create_main_window, ensure_application

    records = open_records(default_database_url())
    generate_orders(
        records, orders, datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    )
    records.dispose()
    app = ensure_application()
    window = create_main_window(language)
    window.resize(1400, 900)
    window.show()
    wait_for(app, lambda: window.records_feature.app is not None)
    window.kpi_feature.dashboard_action.trigger()
    dashboard = window.kpi_feature.dashboard
    year, number = (int(part) for part in month.split("-"))
    last = QDate(year, number, 1).addMonths(1).addDays(-1)
    dashboard.from_edit.setDate(QDate(year, number, 1))
    dashboard.to_edit.setDate(last)
    dashboard.by_combo.setCurrentIndex(1)
    dashboard.refresh()
    wait_for(app, lambda: dashboard.report is not None and dashboard.report.by == "contractor")
    dashboard.select_kpi("mttr_hours")
    wait_for(app, lambda: dashboard.drill.rowCount() > 0)
    dashboard.resize(1360, 880)
    settle(app, 1.5)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "kpi_dashboard.png"
    dashboard.grab().save(str(path))
    dashboard.close()
    window.close()
    settle(app, 0.3)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--orders", type=int, default=20000)
    parser.add_argument("--month", default="2026-11")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    print(take(args.out, args.orders, args.month))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
