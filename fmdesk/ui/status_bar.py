"""The main window's status bar: what is happening, what is selected, which model and database.

It keeps the last state it was given (not the text), so a language switch rewrites every label
in the new language; the loading progress bar and its Cancel button live here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from fmdesk.ui.calm_progress import CalmProgressBar

__all__ = ["ElidedLabel", "StatusBar", "hide_password"]


class ElidedLabel(QLabel):
    """A one-line label that never widens its window: shown in full when there is room, else
    cut with "…" (the whole text in the tooltip). A status bar of plain labels grows to the sum
    of its texts (a long database path, the people on duty), which pushed the main window past
    a 1366×768 screen."""

    MINIMUM_WIDTH = 48

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MINIMUM_WIDTH), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if text else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.text()
        if self.fontMetrics().horizontalAdvance(text) <= self.width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, self.width())
        painter.drawText(self.rect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


def hide_password(url: str) -> str:
    """``postgresql://user:secret@host/db`` → ``postgresql://…@host/db`` (never show secrets)."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.rsplit('@', 1)[1]}"
    return url


class StatusBar(QStatusBar):
    """Status text, selection, progress with Cancel, model summary and database URL."""

    cancel_requested = Signal()

    def __init__(self, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database_url = hide_password(database_url)
        self._state: tuple[str, dict[str, Any]] = ("ready", {})
        self._selection: tuple[str, str, int] | None = None
        self._model: tuple[str, str, int, str] | None = None
        self._stage = ""
        self.status_label = ElidedLabel(self)
        self.selection_label = ElidedLabel(self)
        self.model_label = ElidedLabel(self)
        self.database_label = ElidedLabel(self)
        self.database_label.setMaximumWidth(360)
        self.progress_bar = CalmProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.addWidget(self.status_label, 2)
        self.addWidget(self.selection_label, 3)
        self.addPermanentWidget(self.progress_bar)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.model_label)
        self.addPermanentWidget(self.database_label)
        self.show_progress(False)
        self.retranslate()

    # -- state -----------------------------------------------------------------------------

    def set_state(self, key: str, **values: Any) -> None:
        """``ready``, ``opening(name)``, ``geometry(name)``, ``opened(name, seconds, cached,
        failures)``, ``cancelling``, ``cancelled`` or ``failed(error)``."""
        self._state = (key, values)
        self._show_state()

    def set_selection(self, label: str | None, kind: str = "", more: int = 0) -> None:
        """The first selected element's label and class, and how many more are selected."""
        self._selection = None if label is None else (label, kind, more)
        self._show_selection()

    def set_model(self, name: str | None, schema: str = "", count: int = 0, path: str = "") -> None:
        self._model = None if name is None else (name, schema, count, path)
        self._show_model()

    def show_progress(self, visible: bool) -> None:
        self.progress_bar.setVisible(visible)
        self.cancel_button.setVisible(visible)
        self.cancel_button.setEnabled(True)
        if visible:
            self.progress_bar.setRange(0, 0)  # busy until the first figure arrives (still)
        else:
            self.progress_bar.reset()

    def set_progress(self, done: int, total: int, stage: str) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        if stage != self._stage:
            self._stage = stage
            self._show_stage()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening the model"))
        database = self.tr("Database: {0}").format(self._database_url)
        metrics = self.database_label.fontMetrics()
        self.database_label.setText(metrics.elidedText(database, Qt.TextElideMode.ElideMiddle, 350))
        self.database_label.setToolTip(database)
        self._show_state()
        self._show_selection()
        self._show_model()
        self._show_stage()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_state(self) -> None:
        key, v = self._state
        if key == "opening":
            text = self.tr("Opening {0}…").format(v["name"])
        elif key == "geometry":
            text = self.tr("Loading the 3D geometry of {0}…").format(v["name"])
        elif key == "opened":
            text = self.tr("Opened {0} in {1:.1f} s").format(v["name"], v["seconds"])
            if v["cached"]:
                text += self.tr(" (from cache)")
            if v["failures"]:
                text += self.tr("; {0} element(s) without geometry, see Problems").format(
                    v["failures"]
                )
        elif key == "cancelling":
            text = self.tr("Cancelling…")
        elif key == "cancelled":
            text = self.tr("Opening cancelled")
        elif key == "failed":
            text = self.tr("Could not open the model: {0}").format(v.get("error", ""))
        else:
            text = self.tr("Ready")
        self.status_label.setText(text)

    def _show_selection(self) -> None:
        if self._selection is None:
            self.selection_label.setText(self.tr("Nothing selected"))
            return
        label, kind, more = self._selection
        text = self.tr("Selected: {0} ({1})").format(label, kind)
        if more:
            text += " " + self.tr("+{0} more").format(more)
        self.selection_label.setText(text)

    def _show_model(self) -> None:
        if self._model is None:
            self.model_label.setText(self.tr("No model"))
            self.model_label.setToolTip("")
            return
        name, schema, count, path = self._model
        self.model_label.setText(self.tr("{0} · {1} · {2} elements").format(name, schema, count))
        self.model_label.setToolTip(path)

    def _show_stage(self) -> None:
        # the loader's stage names (fmdesk.ui.loading.STAGE_GEOMETRY); not imported, so the
        # status bar can be built before the model reader's modules are loaded
        label = self.tr("Meshing") if self._stage == "geometry" else self.tr("Reading")
        self.progress_bar.setFormat(f"{label} %p%")
