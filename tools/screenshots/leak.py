"""Screenshots at 1366×768 of the main window and the guided leak flow (docs/screenshots and
the manual's pictures).

Run headless on a 1366×768 screen::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tools.screenshots.leak \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

It opens the model with its geometry (the window shrinks to the screen), reports a leak in flat
1-601 through Tools → Guided leak handling, and grabs the whole screen at the located, valves
(with the picture), notice and reopen steps, in Chinese and English.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from fmdesk.ui import i18n
from tools.screenshots.main_window import open_window, settle, show_selected, wait_for

STEPS = {1: "located", 3: "valves", 4: "notice", 6: "reopen"}


def grab_screen(app, path: Path, dialog=None) -> Path:
    """The whole screen; with ``dialog``, the screen grabbed with the dialog hidden (so the 3D
    view under it is painted) and the dialog drawn over it where it stands."""
    from PySide6.QtGui import QPainter

    if dialog is None:
        app.primaryScreen().grabWindow(0).save(str(path))
        return path
    position = dialog.pos()
    picture = dialog.grab()
    dialog.hide()
    view = dialog.parentWidget().view
    settle(app, 0.3)
    view.render_now()
    wait_for(app, lambda: not view.progressive.pending)
    settle(app, 0.8)
    screen = app.primaryScreen().grabWindow(0)
    painter = QPainter(screen)
    _paint_3d_view(painter, view)
    painter.drawPixmap(position, picture)
    painter.end()
    screen.save(str(path))
    dialog.show()
    dialog.move(position)
    return path


def _paint_3d_view(painter, view) -> None:
    """The 3D view read back from VTK (an X screen grab may miss the OpenGL window's pixels
    after a dialog moved over it)."""
    from PySide6.QtGui import QImage

    widget = view.interactor
    image = widget.screenshot(return_img=True)
    height, width = image.shape[:2]
    picture = QImage(image.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
    target = widget.mapToGlobal(widget.rect().topLeft())
    painter.drawImage(target, picture.scaled(widget.width(), widget.height()))


def take_screenshots(model: Path, out: Path, flat: str = "1-601") -> list[Path]:
    from fmdesk.ui.app import ensure_application
    from fmdesk.ui.features.leak import open_leak_wizard

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in i18n.LANGUAGES:
        suffix = "zh" if language == "zh_CN" else "en"
        window = open_window(app, model, language, (1366, 768))
        window.set_language(language)  # core texts too (a feature may have set them earlier)
        window.move(0, 0)
        tank = next(e for e in window.loaded.elements.values() if "生活水箱" in (e.name or ""))
        show_selected(window, tank.global_id)
        window.view.render_now()
        settle(app, 2.0)
        written.append(grab_screen(app, out / f"main_window_1366_{suffix}.png"))
        wizard = open_leak_wizard(window, flat)
        wizard.resize(800, 440)
        wizard.move(window.x() + 560, window.y() + 300)
        wizard.next()
        wait_for(app, lambda w=wizard: w.plan is not None)
        wait_for(app, lambda w=wizard: w.picture_path is not None, timeout=300)
        window.view.set_standard_view("iso")
        window.view.fit_all()
        for step, name in STEPS.items():
            wizard.go_to(step)
            if step == 6:
                steps = wizard.reopen_page.steps
                for row in range(min(2, steps.count())):
                    steps.item(row).setCheckState(steps.item(row).checkState().Checked)
            settle(app, 1.0)
            path = out / f"leak_{step + 1}_{name}_{suffix}.png"
            written.append(grab_screen(app, path, wizard))
        wizard.hide()
        window.close()
        window.deleteLater()
        settle(app, 0.3)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--flat", default="1-601")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    for path in take_screenshots(args.model, args.out, args.flat):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
