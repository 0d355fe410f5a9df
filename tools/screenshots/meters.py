"""Screenshot of the Meters panel (list, daily-use chart, anomalies, where to look) for the README.

Run headless::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.meters \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

It uses a throw-away FMDESK_HOME, imports the sample's assets, generates a year of meter readings
with their injected faults (the ``samples --history`` contributor), opens the model, shows the
Meters dock with the last 30 days' anomalies and picks the hidden night leak, whose downstream
elements are selected in the 3D view.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from fmdesk.ui import i18n
from tools.screenshots.main_window import settle, wait_for


def seed(model: Path) -> None:
    from fmdesk.app.assets import import_assets
    from fmdesk.app.meter_history import meter_history
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(actor="资料员")
    try:
        import_assets(app, model)
        print(meter_history(app, 1, random.Random(16)))
    finally:
        app.close()


def take(model: Path, out: Path, languages: list[str]) -> list[Path]:
    from fmdesk.ui.app import create_main_window, ensure_application

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        window = create_main_window(language)
        window.resize(1560, 960)
        window.show()
        window.open_model_file(model)
        wait_for(app, lambda w=window: w.loaded is not None and not w.is_loading())
        panel, dock = window.meters_panel, window.meters_dock
        dock.show()
        dock.raise_()
        window.resizeDocks([dock], [520], Qt.Orientation.Vertical)
        today = date.today()
        panel.set_period(today - timedelta(days=30), today + timedelta(days=1))
        panel.refresh()
        wait_for(app, lambda p=panel: len(p.anomalies) > 0, timeout=300)
        row = next(i for i, a in enumerate(panel.anomalies) if a.kind == "night_flow")
        panel.anomaly_table.selectRow(row)
        wait_for(app, lambda p=panel: len(p.chart.days) > 0, timeout=120)
        panel.select_downstream()
        window.set_xray(True)
        window.frame_selection()
        settle(app, 1.5)
        window.view.render_now()
        settle(app)
        path = out / f"meters_panel_{language}.png"
        app.primaryScreen().grabWindow(window.winId()).save(str(path))
        written.append(path)
        window.close()
        window.deleteLater()
        settle(app, 0.3)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--languages", nargs="*", default=list(i18n.LANGUAGES))
    args = parser.parse_args()
    os.environ["FMDESK_HOME"] = tempfile.mkdtemp(prefix="fmdesk-meters-shots-")
    seed(args.model)
    for path in take(args.model, args.out, args.languages):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
