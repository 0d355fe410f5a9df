"""Screenshots of training in Chinese: a tour stop (full screen, text beside the view) and a
leak drill's result (the right valves green on the model, the score sheet in the Drills dock).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/training_screenshots.py

Writes ``docs/screenshots/training_tour_zh.png`` and ``training_drill_zh.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-training-shots-"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDockWidget  # noqa: E402

from tools.screenshots.main_window import (  # noqa: E402
    close_window,
    grab_window,
    open_window,
    settle,
    wait_for,
)

SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"
OUT = REPO / "docs" / "screenshots"


def idle(app, feature) -> None:
    wait_for(app, lambda: not feature.ops.is_busy())


def tour_stop(app) -> Path:
    window = open_window(app, SAMPLE, "zh_CN", (1600, 1000))
    feature = window.training_feature
    feature.tours_dock.show()
    idle(app, feature)
    tour_id = feature.tours_panel.chosen_tour()
    feature.play_tour(tour_id)
    idle(app, feature)
    wait_for(app, lambda: not feature.player.is_flying())
    settle(app, 1.5)
    window.view.render_now()
    settle(app, 0.5)
    path = grab_window(app, window, OUT / "training_tour_zh.png")
    feature.player.stop()
    close_window(app, window)
    return path


def leak_drill(app) -> Path:
    window = open_window(app, SAMPLE, "zh_CN", (1600, 1000))
    feature = window.training_feature
    ids = {e.name: g for g, e in window.loaded.elements.items() if e.name}
    window.set_xray(True)
    window.isolate_storey_of([ids["吸水总管 DN100"]])
    feature.leak_drill_at(ids["吸水总管 DN100"])
    idle(app, feature)
    session = feature.drills
    for name in ("水箱出水阀 (V-02)", "1#泵吸水阀 (V-11)", "进水总阀 (V-01)"):
        session.toggle_device(ids[name])
    session.check()
    idle(app, feature)
    window.view.set_standard_view("top")
    window.view.frame([ids["吸水总管 DN100"], ids["进水总阀 (V-01)"], ids["2#泵吸水阀 (V-21)"]])
    camera = window.view.interactor.renderer.GetActiveCamera()
    camera.Dolly(0.55)
    window.view.interactor.renderer.ResetCameraClippingRange()
    feature.drill_dock.raise_()
    for dock in window.findChildren(QDockWidget):
        if (
            dock.isVisible()
            and window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        ):
            dock.hide()
    window.resizeDocks([feature.drill_dock], [520], Qt.Orientation.Horizontal)
    window.status.clearMessage()
    settle(app, 1.0)
    window.view.render_now()
    settle(app, 0.5)
    path = grab_window(app, window, OUT / "training_drill_zh.png")
    close_window(app, window)
    return path


def main() -> int:
    from fmdesk.ui.app import ensure_application

    app = ensure_application()
    OUT.mkdir(parents=True, exist_ok=True)
    print(tour_stop(app))
    print(leak_drill(app))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
