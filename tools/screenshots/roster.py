"""Screenshot of the duty roster (值班表) at 1366×768, the common workstation screen.

Run headless::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tools.screenshots.roster \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

It uses a throw-away FMDESK_HOME, imports the sample's assets (and so, on the first roster, the
sample staff), generates January 2027 and the current month (so the status bar shows who is on
duty now), makes two hand edits, and grabs the whole screen with the main window maximised and
the roster dialog open, in Chinese. With ``QT_SCALE_FACTOR=1.5`` (and ``--name
roster_150pct.png``) it shows the same screen at 150 % scaling.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

from tools.screenshots.main_window import settle, wait_for

MONTH = "2027-01"


def seed(model: Path) -> None:
    from fmdesk.app.assets import import_assets
    from fmdesk.app.roster import generate_roster, set_shift
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(actor="主管")
    try:
        import_assets(app, model)
        generate_roster(app, MONTH)
        generate_roster(app, datetime.now().strftime("%Y-%m"))
        set_shift(app, "王建国", date(2027, 1, 11), "假")
        set_shift(app, "王建国", date(2027, 1, 12), "假")
    finally:
        app.close()


def take(model: Path, out: Path, name: str = "roster.png") -> Path:
    from PySide6.QtCore import QDate

    from fmdesk.ui.app import create_main_window, ensure_application

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window("zh_CN")
    window.show()
    feature = window.records_feature
    wait_for(app, lambda: feature.app is not None and not feature.is_busy())
    window.open_model_file(model)
    wait_for(app, lambda: window.loaded is not None and not window.is_loading())
    from PySide6.QtWidgets import QDockWidget

    for dock in window.findChildren(QDockWidget):  # behind the dialog; lets the window fit
        if dock.isVisible() and dock.objectName() not in ("modelTreeDock", "propertiesDock"):
            dock.hide()
    settle(app, 0.5)
    window.setGeometry(0, 0, 1366, 768)
    people = window.people_feature
    people.refresh_on_duty()
    people.roster_action.trigger()
    dialog = people.roster_dialog
    dialog.month_edit.setDate(QDate(2027, 1, 1))
    wait_for(app, lambda: dialog.grid is not None and dialog.grid.month == MONTH)
    wait_for(app, lambda: not window.ops.is_busy())
    screen = app.primaryScreen().availableGeometry()
    dialog.move(screen.center() - dialog.rect().center())
    wait_for(app, lambda: people.duty_label.text() != "")
    settle(app, 1.5)
    path = out / name
    app.primaryScreen().grabWindow(0).save(str(path))
    dialog.close()
    window.close()
    window.deleteLater()
    settle(app, 0.3)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--name", default="roster.png")
    args = parser.parse_args()
    os.environ["FMDESK_HOME"] = tempfile.mkdtemp(prefix="fmdesk-roster-shots-")
    seed(args.model)
    print(take(args.model, args.out, args.name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
