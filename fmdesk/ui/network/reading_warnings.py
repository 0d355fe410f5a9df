"""Reading warnings in the Problems panel: where the opened model breaks its schema and what
was assumed ("IfcOwnerHistory #19: ChangeAction is READWRITE; assumed NOTDEFINED.").

The schema check reads every rooted instance (seconds on a large model), so it runs through
the window's operation runner once the open has settled (the load ended and the 3D view's
last blocks are drawn), and its result is cached by content. It is Python on a worker thread:
beside the view's last steps it made the GUI thread wait for the GIL (100-450 ms turns on a
100,000-element model).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from fmdesk.i18n import render
from fmdesk.ui.network.runner import feature_app, feature_runner

__all__ = ["ReadingWarningsFeed"]


SETTLED_POLL_MS = 250
"""How often a pending check looks whether the open has settled."""


class ReadingWarningsFeed(QObject):
    """Lists the model's reading warnings in ``window.problems_panel`` when a model opens."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.warnings: list[Any] | None = None
        self._loaded: Any = None
        window.model_changed.connect(self.check)

    def check(self, loaded: Any) -> None:
        """Check the newly opened model (nothing when it closed)."""
        self._loaded, self.warnings = loaded, None
        if loaded is not None:
            self._check_when_settled(loaded)

    def _check_when_settled(self, loaded: Any) -> None:
        """Start the check once the window is done opening ``loaded`` (unless another model
        came meanwhile)."""
        if self._loaded is not loaded:
            return
        if _still_opening(self.window):
            QTimer.singleShot(SETTLED_POLL_MS, self, lambda: self._check_when_settled(loaded))
            return
        self._start(loaded)

    def _start(self, loaded: Any) -> None:
        app, path, model = feature_app(self.window), loaded.path, loaded.model

        def work(progress: Any) -> list[Any]:
            from fmdesk.app.model_info import model_warnings

            return model_warnings(app, path, model_file=model, progress=progress)

        def done(warnings: list[Any]) -> None:
            if self._loaded is loaded:
                self.show(warnings)

        feature_runner(self.window).run(
            self.tr("Checking the model"), work, done, key="model.reading_warnings"
        )

    def show(self, warnings: list[Any]) -> None:
        """Add one Problems row per warning (double-click selects the element)."""
        self.warnings = warnings
        panel = getattr(self.window, "problems_panel", None)
        if panel is None:
            return
        for warning in warnings:
            panel.add_problem(
                self.tr("Reading"), warning.element, render(warning.message()), warning.global_id
            )


def _still_opening(window: Any) -> bool:
    """Whether the window is still loading or its 3D view still merging and drawing."""
    if window.is_loading():
        return True
    return window.has_view() and not window.view.is_drawn()
