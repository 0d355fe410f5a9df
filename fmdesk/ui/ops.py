"""The one background-operation runner: progress with Cancel, result or error on the GUI thread.

Every slow user action in the GUI is a call into :mod:`fmdesk.app` made through
:meth:`OperationRunner.run` (Anki's ``CollectionOp``)::

    window.ops.run(
        self.tr("Isolating"),
        lambda progress: isolate(app, path, at=[gid], progress=progress),
        on_success=self.show_isolation,
        changes=(),
    )

The work function runs on a worker thread and must never touch a widget. Its result is handed to
``on_success`` on the GUI thread; then the declared changes are published on the change bus so
the panels that show them refresh. A :class:`fmdesk.errors.UserError` becomes one sentence in a
message box and the status bar; Cancel stops the work at its next ``check_cancelled``. An
operation with a ``key`` runs one at a time: the key is released when its result (or error) has
been delivered, not when its thread ends, so the next one can start from the result's slot.

Two variants for panels that reload themselves: ``quiet=True`` shows no progress bar and reports
errors in the status bar only (a refresh every minute must not flash or pop up anything), and
``supersede=True`` replaces a running operation of the same key (a newer filter's rows win; the
older result is dropped). A callback bound to a widget that has been deleted meanwhile (a dialog
closed while its save ran) is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStatusBar, QWidget

from fmdesk.app.changes import Change
from fmdesk.app.progress import CallbackProgress, Progress
from fmdesk.i18n import Msg, render
from fmdesk.ui.calm_progress import CalmProgressBar
from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.workers import Job, Worker, start_worker

__all__ = ["Operation", "OperationRunner", "ProgressWidget"]

Work = Callable[[Progress], Any]


class ProgressWidget(QWidget):
    """A progress bar with a Cancel button, shown in the status bar while operations run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = CalmProgressBar(self)
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

    def set_fraction(self, fraction: float | None) -> None:
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(max(0.0, min(1.0, fraction)) * 1000))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this operation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Operation(QObject):
    """One running operation: its worker, its callbacks and its progress."""

    progressed = Signal(object, object)  # fraction | None, message

    def __init__(self, title: str, work: Work, key: str | None, runner: OperationRunner) -> None:
        super().__init__(runner)
        self.title, self.key, self.runner = title, key, runner
        self.progress = CallbackProgress(lambda f, m: self.progressed.emit(f, m))
        self.worker = Worker(self._body(work))
        self.on_success: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.changes: frozenset[Change] = frozenset()
        self.quiet = False
        self.superseded = False

    def _body(self, work: Work) -> Callable[[Job], Any]:
        def body(job: Job) -> Any:
            return work(self.progress)

        return body

    def cancel(self) -> None:
        self.progress.cancel()
        if self.worker is not None:
            self.worker.cancel()

    # Slots of this GUI-thread object, so the worker's signals arrive queued on the GUI thread.
    @Slot(object, object)
    def deliver_progress(self, fraction: float | None, message: Any) -> None:
        self.runner._progressed(self, fraction, message)

    @Slot(object)
    def deliver_result(self, result: Any) -> None:
        self.runner._returned(self, result)

    @Slot(object)
    def deliver_error(self, error: BaseException) -> None:
        self.runner._errored(self, error)

    @Slot()
    def deliver_cancel(self) -> None:
        self.runner._cancelled(self)

    @Slot()
    def thread_done(self) -> None:
        self.runner._thread_done(self)


class OperationRunner(QObject):
    """Runs use cases off the GUI thread; one per window, reachable as ``window.ops``."""

    busy_changed = Signal(bool)
    """An operation started or delivered its outcome; the argument: whether any still runs
    (ask :meth:`is_busy` with a key for one kind of operation)."""
    finished = Signal(object)  # the Operation, after its result or error was delivered

    def __init__(self, status_bar: QStatusBar, bus: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar, self.bus = status_bar, bus
        self.widget = ProgressWidget(status_bar)
        status_bar.addPermanentWidget(self.widget)
        self.widget.cancel_button.clicked.connect(self.cancel_all)
        self._running: list[Operation] = []
        self._threads: list[Operation] = []  # operations whose thread has not been released
        self.last_error: str | None = None

    def is_busy(self, key: str | None = None) -> bool:
        """Whether any operation (or one with ``key``) is still to deliver its result."""
        return any(key is None or op.key == key for op in self._running)

    def run(
        self,
        title: str | Msg,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        *,
        changes: Iterable[Change] = (),
        key: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        quiet: bool = False,
        supersede: bool = False,
    ) -> Operation | None:
        """Start ``work(progress)``; None (and a status message) if ``key`` is already busy,
        unless ``supersede`` (then the running one is cancelled and its result dropped)."""
        label = render(title)
        if key is not None and self.is_busy(key):
            if not supersede:
                self.status_bar.showMessage(self.tr("{0}: still running").format(label), 5000)
                return None
            self._supersede(key)
        op = Operation(label, work, key, self)
        op.on_success, op.on_error, op.changes = on_success, on_error, frozenset(changes)
        op.quiet = quiet
        op.progressed.connect(op.deliver_progress)
        op.worker.returned.connect(op.deliver_result)
        op.worker.errored.connect(op.deliver_error)
        op.worker.cancelled.connect(op.deliver_cancel)
        op.worker.finished.connect(op.thread_done)
        self._running.append(op)
        self._threads.append(op)
        if not quiet:
            self.last_error = None
            self.widget.start(label)
            self.status_bar.showMessage(label + "…")
        self.busy_changed.emit(True)
        start_worker(op.worker)
        return op

    def cancel_all(self) -> None:
        for op in list(self._running):
            op.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Cancel and wait for every operation's thread (the window is closing)."""
        for op in list(self._threads):
            op.cancel()
        for op in list(self._threads):
            if shiboken6.isValid(op):
                self._thread_done(op, timeout_ms)

    def _supersede(self, key: str) -> None:
        for op in [o for o in self._running if o.key == key]:
            op.superseded = True
            op.cancel()
            self._release(op)

    def _progressed(self, op: Operation, fraction: float | None, message: Any) -> None:
        if op.quiet or op.superseded:
            return
        self.widget.set_fraction(fraction)
        if message:
            self.status_bar.showMessage(render(message))

    def _returned(self, op: Operation, result: Any) -> None:
        if op.superseded:
            return
        self._release(op)
        try:
            if _alive(op.on_success):
                op.on_success(result)  # type: ignore[misc]
        except Exception as error:  # a result the GUI cannot show is still one sentence
            self._report_error(op, error)
        else:
            if not op.quiet:
                self.status_bar.showMessage(self.tr("{0}: done").format(op.title), 3000)
            self.bus.publish(op.changes)
        self.finished.emit(op)

    def _errored(self, op: Operation, error: BaseException) -> None:
        if op.superseded:
            return
        self._release(op)
        self._report_error(op, error)
        self.finished.emit(op)

    def _cancelled(self, op: Operation) -> None:
        if op.superseded:
            return
        self._release(op)
        if not op.quiet:
            self.status_bar.showMessage(self.tr("{0}: cancelled").format(op.title), 5000)
        self.finished.emit(op)

    def _report_error(self, op: Operation, error: BaseException) -> None:
        self.last_error = error_sentence(error)
        self.status_bar.showMessage(self.last_error, 10000)
        if op.on_error is not None:
            if _alive(op.on_error):
                op.on_error(error)
        elif not op.quiet:
            show_error(self.status_bar.window(), op.title, error)

    def _release(self, op: Operation) -> None:
        """The operation's outcome reached the GUI: its key is free again (before the
        callbacks run, so a callback may start the next operation with the same key)."""
        if op in self._running:
            self._running.remove(op)
        if not any(not o.quiet for o in self._running):
            self.widget.hide()
        self.busy_changed.emit(bool(self._running))

    def _thread_done(self, op: Operation, timeout_ms: int = 5000) -> None:
        """Release the worker and its thread here, on the GUI thread.

        Worker and QThread have no Qt parent: left to Python's garbage collector they could be
        destroyed from whichever thread happens to run a collection, which Qt does not allow.
        """
        if op not in self._threads:
            return
        worker = op.worker
        if worker is None or not worker.wait(timeout_ms):
            return
        self._threads.remove(op)
        thread, worker.thread = worker.thread, None
        op.worker = None  # type: ignore[assignment]
        for obj in (worker, thread):
            if obj is not None and shiboken6.isValid(obj):
                shiboken6.delete(obj)
        op.deleteLater()


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for no callback, or one bound to a Qt object that has been deleted."""
    if callback is None:
        return False
    owner = getattr(callback, "__self__", None)
    return not (isinstance(owner, QObject) and not shiboken6.isValid(owner))
