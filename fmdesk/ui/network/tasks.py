"""Run short core calls in background workers and hand their results to GUI-thread callbacks.

:class:`~fmdesk.ui.workers.Worker` signals must reach a QObject method to be delivered on the
GUI thread; :class:`TaskRunner` is that object. ``run(work, done, failed)`` starts a worker and
calls ``done(result)`` / ``failed(error)`` on the GUI thread when it ends (a cancelled task calls
neither). Everything still running can be cancelled and waited for when the model closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from fmdesk.ui.workers import Job, Worker, start_worker

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Task:
    label: str
    done: Done
    failed: Failed | None
    cancellable: bool
    cancelled: Callable[[], None] | None = None


class TaskRunner(QObject):
    """Owns the network feature's workers; ``busy_changed(text)`` is "" when idle.

    ``progress(done, total, label)`` relays the current task's progress (total 0: unknown).
    """

    busy_changed = Signal(str)
    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[Worker, _Task] = {}
        self._retired: list[Worker] = []

    def run(
        self,
        work: Callable[[Job], Any],
        done: Done,
        failed: Failed | None = None,
        label: str = "",
        cancellable: bool = True,
        cancelled: Callable[[], None] | None = None,
    ) -> Worker:
        """Start ``work(job)`` in a worker; ``done``/``failed``/``cancelled`` run on the GUI
        thread (``cancelled`` when the user's Cancel stopped it)."""
        self._retired.clear()
        worker = Worker(work)
        worker.progress.connect(self._on_progress)
        worker.returned.connect(self._on_returned)
        worker.errored.connect(self._on_errored)
        worker.cancelled.connect(self._on_cancelled)
        worker.finished.connect(self._on_finished)
        self._tasks[worker] = _Task(label, done, failed, cancellable, cancelled)
        start_worker(worker)
        self.busy_changed.emit(label)
        return worker

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def can_cancel(self) -> bool:
        return any(task.cancellable for task in self._tasks.values())

    def cancel(self) -> None:
        """Ask every cancellable task to stop (results that still arrive are dropped)."""
        for worker, task in self._tasks.items():
            if task.cancellable:
                worker.cancel()

    def cancel_all(self, wait: bool = True) -> None:
        """Stop everything (model closed, window closing); waits for the threads to end."""
        workers = list(self._tasks)
        for worker in workers:
            worker.cancel()
        if wait:
            for worker in workers:
                worker.wait()
        self._retired.extend(workers)  # late queued signals find no task and are ignored
        self._tasks.clear()
        self.busy_changed.emit("")

    def wait_idle(self, timeout_ms: int = 60000) -> None:
        """Block until running workers end (tests, shutdown)."""
        for worker in list(self._tasks):
            worker.wait(timeout_ms)

    # -- worker signals (GUI thread) -------------------------------------------------------

    def _current(self) -> tuple[Worker | None, _Task | None]:
        worker = self.sender()
        task = self._tasks.get(worker)  # type: ignore[arg-type]
        if task is None or worker.is_cancelled():  # type: ignore[union-attr]
            return None, None
        return worker, task  # type: ignore[return-value]

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        _, task = self._current()
        if task is not None:
            self.progress.emit(done, total, task.label)

    def _on_returned(self, result: Any) -> None:
        _, task = self._current()
        if task is not None:
            task.done(result)

    def _on_errored(self, error: BaseException) -> None:
        _, task = self._current()
        if task is not None and task.failed is not None:
            task.failed(error)

    def _on_cancelled(self) -> None:
        task = self._tasks.get(self.sender())  # type: ignore[arg-type]
        if task is not None and task.cancelled is not None:
            task.cancelled()

    def _on_finished(self) -> None:
        worker = self.sender()
        task = self._tasks.pop(worker, None)  # type: ignore[arg-type]
        if task is None:
            return
        worker.wait()  # type: ignore[union-attr]
        self._retired.append(worker)  # type: ignore[arg-type]  # dropped at the next run
        remaining = list(self._tasks.values())
        self.busy_changed.emit(remaining[-1].label if remaining else "")
