"""Save screenshots of the main window (for the README and for checking layouts by eye).

Run on a display, or headless under Xvfb::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.main_window \\
        --out screenshots ifc_samples/sample_residential_ifc4.ifc

For each language it opens the model through the same path as File → Open, selects an element
(the first whose name matches ``--select``), shows it in the tree, the 3D view (x-ray on, so
pipes inside walls show) and the properties panel, and grabs the whole window from the screen.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt

from fmdesk.ui import i18n

DEFAULT_SELECT = "生活水箱"


def wait_for(app, condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the model did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.8) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def open_window(app, model: Path, language: str, size: tuple[int, int]):
    """A main window in ``language``, shown at ``size``, with ``model`` opened through the
    File → Open path and fully loaded (the start of every screenshot script)."""
    from fmdesk.ui.app import create_main_window

    window = create_main_window(language)
    window.resize(*size)
    window.show()
    window.open_model_file(model)
    wait_for(
        app,
        lambda: window.loaded is not None and not window.is_loading() and window.view.is_settled(),
    )
    return window


def show_selected(window, global_id: str) -> None:
    """X-ray on (pipes inside walls show), isometric view, ``global_id`` selected."""
    window.set_xray(True)
    window.view.set_standard_view("iso")
    window.selection.select([global_id], source="screenshot")


def grab_window(app, window, path: Path) -> Path:
    """Save the whole window as it is on screen (docks, menus and the 3D view) to ``path``."""
    wait_for(app, lambda: not window.view.progressive.pending)  # a big frame draws in slices
    app.primaryScreen().grabWindow(window.winId()).save(str(path))
    return path


def close_window(app, window, seconds: float = 0.2) -> None:
    """Close and release ``window``, letting Qt process the deletion."""
    window.close()
    window.deleteLater()
    settle(app, seconds)


def take_screenshots(
    model: Path,
    out: Path,
    select: str = DEFAULT_SELECT,
    zoom: float | None = None,
    settle_seconds: float = 3.0,
) -> list[Path]:
    """Write ``main_<lang>.png`` for zh_CN and en into ``out``; returns the paths."""
    from fmdesk.ui.app import ensure_application

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in i18n.LANGUAGES:
        window = open_window(app, model, language, (1560, 940))
        target = next(
            (e for e in window.loaded.elements.values() if select in (e.name or "")),
            next(iter(window.loaded.elements.values())),
        )
        show_selected(window, target.global_id)
        if zoom:
            window.frame_selection()
            window.view.interactor.renderer.GetActiveCamera().Dolly(zoom)
            window.view.interactor.renderer.ResetCameraClippingRange()
        settle(app)
        window.view.render_now()
        settle(app, settle_seconds)  # let feature panels (asset register…) finish loading
        window.problems_dock.raise_()
        window.resizeDocks([window.problems_dock], [120], Qt.Orientation.Vertical)
        window.status.clearMessage()  # show the selection, not a feature's passing message
        settle(app, 0.3)
        written.append(grab_window(app, window, out / f"main_{language}.png"))
        close_window(app, window)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--select", default=DEFAULT_SELECT, help="part of an element name")
    parser.add_argument(
        "--zoom", type=float, default=None, help="frame the element, then dolly by this factor"
    )
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    for path in take_screenshots(args.model, args.out, args.select, args.zoom):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
