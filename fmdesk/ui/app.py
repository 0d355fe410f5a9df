"""Create the QApplication and the main window: the entry point behind ``fmdesk gui``."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from fmdesk import __version__
from fmdesk.settings import load_settings
from fmdesk.ui import i18n


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created once with fmdesk's names and the CJK font."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("fmdesk")
        QCoreApplication.setApplicationName("fmdesk")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationVersion(__version__)
    i18n.use_cjk_font(app)
    return app  # type: ignore[return-value]


def create_main_window(
    language: str | None = None, with_geometry: bool = True, defer_start: bool = False
):
    """Install the language (explicit > saved > system) and build the main window (with
    ``defer_start``, its features are installed after its first paint)."""
    from fmdesk.ui import screen_fit
    from fmdesk.ui.main_window import MainWindow

    settings = load_settings()
    chosen = i18n.resolve_language(language or settings.language)
    i18n.install_language(chosen)
    settings.language = settings.language if language is None else chosen
    window = MainWindow(settings, with_geometry=with_geometry, defer_start=defer_start)
    screen_fit.install(window)
    window.language = chosen
    window.menus.language_actions[chosen].setChecked(True)
    return window


def run_gui(
    model: str | Path | None = None,
    language: str | None = None,
    screenshot: Path | None = None,
) -> int:
    """Show the main window at once, then install the features, then open ``model``; run
    until the window is closed (with ``screenshot``: save a picture once started, then quit)."""
    app = ensure_application()
    window = create_main_window(language, defer_start=True)
    window.show()
    if model:
        window.when_started(
            lambda: QTimer.singleShot(0, window, lambda: window.open_model_file(model))
        )
    if screenshot is not None:
        window.when_started(lambda: _shoot_when_ready(window, screenshot, model is not None))
    _close_on_signals(window)
    return app.exec()


def _shoot_when_ready(window: Any, path: Path, with_model: bool, waited_ms: int = 0) -> None:
    """Wait until a model given on the command line is shown (at most 120 s), then shoot."""
    loading = with_model and (
        window.loaded is None or window.is_loading() or not window.view.is_settled()
    )
    if waited_ms < 1500 or (loading and waited_ms < 120_000):
        QTimer.singleShot(
            250, window, lambda: _shoot_when_ready(window, path, with_model, waited_ms + 250)
        )
        return
    _shoot(window, path)


def _shoot(window: QMainWindow, path: Path) -> None:
    """Save the window as PNG and close it (installed bundles are checked this way)."""
    from fmdesk.ui.vtk_native import grab_with_view

    path.parent.mkdir(parents=True, exist_ok=True)
    grab_with_view(window).save(str(path))
    window.close()


def _close_on_signals(window: QMainWindow) -> None:
    """Ctrl+C or a TERM signal closes the window properly (layout saved, workers stopped).

    Python only runs signal handlers when it gets control, so a timer gives it a turn.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
