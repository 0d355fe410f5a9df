"""Run records services off the GUI thread and deliver their results to GUI-thread callbacks.

A service call is one short function (``lambda job: list_assets(app.uow())``); the runner puts
it in a :class:`~fmdesk.ui.workers.Worker` and calls ``done(result)`` or ``failed(error)`` back
on the GUI thread through a relay object, so callbacks may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from fmdesk.ui.workers import Job, Worker, start_worker

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]


class _Relay(QObject):
    """Lives on the GUI thread: queued slots that forward one worker's signals to callbacks."""

    def __init__(
        self,
        runner: TaskRunner,
        worker: Worker,
        done: Done | None,
        failed: Failed | None,
        progress: Progress | None,
    ) -> None:
        super().__init__(runner)
        self.runner, self.worker = runner, worker
        self.done, self.failed, self.progress_cb = done, failed, progress

    @Slot(object)
    def on_returned(self, result: Any) -> None:
        if self.done is not None:
            self.done(result)

    @Slot(object)
    def on_errored(self, error: BaseException) -> None:
        if self.failed is not None:
            self.failed(error)

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress_cb is not None:
            self.progress_cb(done, total, text)

    @Slot()
    def on_finished(self) -> None:
        self.runner._forget(self)


class TaskRunner(QObject):
    """Starts service calls in workers; ``busy_changed(bool)`` tells whether any is running.

    >>> runner.run(lambda job: lookup_asset(app.uow(), "SB-01"), show_asset)  # doctest: +SKIP
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relays: list[_Relay] = []
        self.default_failed: Failed | None = None

    def run(
        self,
        work: Callable[[Job], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        progress: Progress | None = None,
    ) -> Worker:
        """Start ``work(job)`` in the background; callbacks run on the GUI thread."""
        worker = Worker(work)
        relay = _Relay(self, worker, done, failed or self.default_failed, progress)
        worker.returned.connect(relay.on_returned)
        worker.errored.connect(relay.on_errored)
        worker.progress.connect(relay.on_progress)
        worker.finished.connect(relay.on_finished)
        self._relays.append(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        start_worker(worker)
        return worker

    def is_busy(self) -> bool:
        return bool(self._relays)

    def cancel_all(self) -> None:
        for relay in self._relays:
            relay.worker.cancel()

    def wait_all(self, timeout_ms: int = 30000) -> None:
        """Block until every worker thread has ended, then release them (window closing)."""
        for relay in list(self._relays):
            relay.worker.wait(timeout_ms)
            self._forget(relay)

    def _forget(self, relay: _Relay) -> None:
        """Release a finished worker and its thread here, on the GUI thread.

        Worker and QThread have no Qt parent: left to Python's garbage collector they could be
        destroyed from whichever thread happens to run a collection, which Qt does not allow.
        """
        if relay not in self._relays:
            return
        worker, thread = relay.worker, relay.worker.thread
        if not worker.wait(5000):  # the thread quits right after ``finished``
            return
        self._relays.remove(relay)
        relay.worker = None  # type: ignore[assignment]
        worker.thread = None
        for obj in (worker, thread):
            if obj is not None and shiboken6.isValid(obj):
                shiboken6.delete(obj)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)
