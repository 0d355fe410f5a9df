"""Reading warnings in the Problems panel: where the opened model breaks its schema and what
was assumed ("IfcOwnerHistory #19: ChangeAction is READWRITE; assumed NOTDEFINED.").

The schema check reads every rooted instance (seconds on a large model), so it runs through
the window's operation runner after the model is shown, and its result is cached by content.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from fmdesk.i18n import render
from fmdesk.ui.network.runner import feature_app, feature_runner

__all__ = ["ReadingWarningsFeed"]


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
        if loaded is None:
            return
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
