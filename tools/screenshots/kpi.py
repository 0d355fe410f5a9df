"""Screenshot of the KPI dashboard on the sample building's generated history.

Run headless under Xvfb::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.kpi \\
        --out docs/screenshots

Imports the sample building's assets into a temporary records database and generates
``--years`` of history (``fmdesk samples --history``), opens the main window in Chinese, shows
the dashboard for ``--month`` grouped by contractor with MTTR selected (its trend and the
longest repairs below), and grabs the dashboard window.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate

from tools.screenshots.main_window import settle, wait_for

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


def take(out: Path, years: int, month: str, language: str = "zh_CN") -> Path:
    from fmdesk.app.assets import import_assets
    from fmdesk.app.history_samples import generate_history
    from fmdesk.bootstrap import bootstrap
    from fmdesk.ui.app import create_main_window, ensure_application

    records_app = bootstrap(None)
    import_assets(records_app, SAMPLE)
    year, number = (int(part) for part in month.split("-"))
    generate_history(records_app, years, until=date(year, number, 28) + timedelta(days=10))
    records_app.close()
    app = ensure_application()
    window = create_main_window(language)
    window.resize(1400, 900)
    window.show()
    wait_for(app, lambda: window.records_feature.app is not None)
    window.kpi_feature.dashboard_action.trigger()
    dashboard = window.kpi_feature.dashboard
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
    parser.add_argument("--years", type=int, default=2, help="years of sample history")
    parser.add_argument("--month", default="2026-11")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    print(take(args.out, args.years, args.month))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
