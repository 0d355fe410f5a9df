"""Screenshots of the planning feature for the README (and for checking the layout by eye)::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.planning \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

Opens the sample, generates the plan of ``--year`` through the Planning menu's code path, shows
the month calendar under the 3D view and the lifecycle card of a pump beside it, and writes
``planning_month_<lang>.png`` and ``planning_week_<lang>.png``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from fmdesk.ui import i18n
from tools.screenshots.main_window import (
    close_window,
    grab_window,
    open_window,
    settle,
    show_selected,
    wait_for,
)


def take(model: Path, out: Path, year: int, month: int, pump: str, languages: list[str]):
    from fmdesk.ui.app import ensure_application

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        window = open_window(app, model, language, (1560, 960))
        planning = window.planning
        planning.generate_plan(year)
        wait_for(app, lambda p=planning: not p.is_busy())
        plan_dock = planning.view.parentWidget()
        window.resizeDocks([plan_dock], [470], Qt.Orientation.Vertical)
        window.resizeDocks([window.properties_dock], [560], Qt.Orientation.Horizontal)
        target = next(e for e in window.loaded.elements.values() if e.tag == pump)
        show_selected(window, target.global_id)
        wait_for(app, lambda p=planning: p.card_panel.card is not None)
        planning.card_panel.parentWidget().raise_()
        planning.view.show_month(month)
        first_visit = next(
            o.planned_on for o in planning.plan.occurrences if o.planned_on.month == month
        )
        planning.view.month_table.setCurrentItem(planning.view.month_cell(first_visit))
        settle(app)
        window.view.render_now()
        settle(app)
        written.append(grab_window(app, window, out / f"planning_month_{language}.png"))
        planning.view.show_week_of(date(year, month, 11))
        settle(app)
        written.append(grab_window(app, window, out / f"planning_week_{language}.png"))
        close_window(app, window)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--year", type=int, default=2027)
    parser.add_argument("--month", type=int, default=1)
    parser.add_argument("--pump", default="SB-01", help="tag of the element whose card is shown")
    parser.add_argument("--language", action="append", choices=i18n.LANGUAGES)
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    languages = args.language or list(i18n.LANGUAGES)
    for path in take(args.model, args.out, args.year, args.month, args.pump, languages):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
