"""One planning job at a time in a worker, with its own progress bar and Cancel in the status bar.

Generating, exporting and importing a plan can take seconds on a big register; the work function
runs on a :class:`~fmdesk.ui.workers.Worker` thread and gets ``progress`` and ``cancel`` callables
in the core's own shape (``(done, total)`` and ``() -> bool``). The result comes back to a
GUI-thread callback; an error is one sentence in a message box and in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QStatusBar, QWidget

from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.workers import Job, Worker, start_worker

CoreWork = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
"""``work(progress, cancel) -> result``: a call into the core, run off the GUI thread."""


class JobProgress(QWidget):
    """A progress bar with a Cancel button, shown in the status bar while a job runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.cancel_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def start(self, label: str) -> None:
        self.bar.setRange(0, 0)
        self.bar.setFormat(f"{label} %p%")
        self.show()

    def set_progress(self, done: int, total: int, _text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the planning job"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class JobRunner(QObject):
    """Runs planning jobs one at a time; ``busy_changed(bool)`` lets the menu disable itself."""

    busy_changed = Signal(bool)

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.progress = JobProgress(status_bar)
        status_bar.addPermanentWidget(self.progress)
        self.progress.cancel_button.clicked.connect(self.cancel)
        self._worker: Worker | None = None
        self._title = ""
        self._on_result: Callable[[Any], None] | None = None
        self.last_error: str | None = None

    def is_busy(self) -> bool:
        return self._worker is not None

    def run(self, title: str, label: str, work: CoreWork, on_result: Callable[[Any], None]) -> bool:
        """Start ``work``; ``on_result(result)`` runs on the GUI thread. False if busy."""
        if self._worker is not None:
            self.status_bar.showMessage(self.tr("Another planning job is still running"), 5000)
            return False
        self._title, self._on_result, self.last_error = title, on_result, None

        def body(job: Job) -> Any:
            return work(lambda done, total: job.progress(done, total), lambda: job.cancelled)

        worker = Worker(body)
        worker.progress.connect(self.progress.set_progress)
        worker.returned.connect(self._returned)
        worker.errored.connect(self._errored)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._finished)
        self._worker = worker
        self.progress.start(label)
        self.status_bar.showMessage(label + "…")
        self.busy_changed.emit(True)
        start_worker(worker)
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def shutdown(self) -> None:
        """Stop and wait for a running job (the window is closing)."""
        worker = self._worker
        if worker is not None:
            worker.cancel()
            worker.wait()

    def _returned(self, result: Any) -> None:
        callback = self._on_result
        if callback is not None:
            try:
                callback(result)
            except Exception as error:  # a result the GUI cannot show is still one sentence
                self._errored(error)

    def _errored(self, error: BaseException) -> None:
        self.last_error = error_sentence(error)
        self.status_bar.showMessage(self.last_error, 10000)
        show_error(self.status_bar.window(), self._title, error)

    def _cancelled(self) -> None:
        self.status_bar.showMessage(self.tr("{0}: cancelled").format(self._title), 5000)

    def _finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait(5000)
            worker.deleteLater()
        self.progress.hide()
        self.busy_changed.emit(False)
