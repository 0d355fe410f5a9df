"""Screenshot of an isolation on the sample building (for the README and for checking by eye).

Headless::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.network \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

Opens the model through the same path as File → Open, runs "Isolate here" on the element named
``--at`` (default 户内给水管 1-601) through its context action, frames the result with x-ray on
and grabs the whole window: the 3D highlight and the results dock.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from fmdesk.ui import i18n

DEFAULT_AT = "户内给水管 1-601"


def hide_stale_tab_bars(window) -> int:
    """Hide dock tab bars left behind by Qt (returns how many).

    With a tab group already in one dock area, tabifying into another group makes Qt 6.12 create
    a second tab bar; when a third dock joins that group the first bar is left over, still
    painted at its old place (over the menu bar or the model tree). A bar whose docks are a
    strict subset of another bar's docks is such a leftover. (The shell should do this after
    installing the features; until it does, the screenshot hides them.)
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    docks = {bar: {bar.tabData(i) for i in range(bar.count())} for bar in bars}
    hidden = 0
    for bar, own in docks.items():
        if own and any(own < other for other in docks.values()):
            bar.hide()
            hidden += 1
    return hidden


def take_screenshot(
    model: Path,
    out: Path,
    language: str = "zh_CN",
    at: str = DEFAULT_AT,
    action: str = "network.isolate",
    dolly: float = 0.2,
    frame_devices: bool = True,
) -> Path:
    """Write ``network_isolation_<lang>.png`` into ``out`` and return its path."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    from fmdesk.ui.app import ensure_application
    from fmdesk.ui.context_actions import build_context_menu
    from tools.screenshots.main_window import (
        close_window,
        grab_window,
        open_window,
        settle,
        wait_for,
    )

    app = ensure_application()
    i18n.use_cjk_font(app)
    out.mkdir(parents=True, exist_ok=True)
    window = open_window(app, model, language, (1560, 980))
    feature = window.network_feature
    target = next(e for e in window.loaded.elements.values() if e.name == at)
    menu = build_context_menu(window, [target.global_id], window)
    menu.findChild(QAction, action).trigger()
    wait_for(app, lambda: feature.result is not None)
    window.resizeDocks([feature.results_dock], [330], Qt.Orientation.Vertical)
    window.set_xray(True)
    window.view.set_standard_view("iso")
    ids = sorted(feature.result.highlight().operate) if frame_devices else []
    window.view.frame(ids) if ids else feature.frame_result()
    camera = window.view.interactor.renderer.GetActiveCamera()
    camera.Dolly(dolly)
    window.view.interactor.renderer.ResetCameraClippingRange()
    settle(app)
    hide_stale_tab_bars(window)
    window.view.render_now()
    settle(app)
    path = grab_window(app, window, out / f"network_isolation_{language}.png")
    menu.deleteLater()
    close_window(app, window)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--language", default="zh_CN", choices=i18n.LANGUAGES)
    parser.add_argument("--at", default=DEFAULT_AT, help="name of the leaking element")
    parser.add_argument("--dolly", type=float, default=0.2, help="<1 zooms out from the devices")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    print(take_screenshot(args.model, args.out, args.language, args.at, dolly=args.dolly))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
