"""Background work with napari-style signals, so no slow call ever runs on the GUI thread.

A work function receives a :class:`Job` and may report progress, emit partial results and poll
for cancellation; it must never touch a widget (Anki's rule). The :class:`Worker` turns that into
``started / progress / yielded / returned / errored / cancelled / finished`` signals delivered
to GUI-thread slots through queued connections.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from fmdesk.errors import CancelledError

WorkFunction = Callable[["Job"], Any]


PROGRESS_INTERVAL_S = 0.25
"""At most four progress reports a second: each repaints a progress bar, and with the 3D view
in the window a repaint of any widget is composited through (mostly software) OpenGL, 28 ms
on llvmpipe. At 20 a second, progress alone kept the GUI thread half busy during a load."""


class Job:
    """What a work function may do: report, emit, and check whether the user cancelled."""

    def __init__(self, worker: Worker, min_interval: float = PROGRESS_INTERVAL_S) -> None:
        self._worker = worker
        self._min_interval = min_interval
        self._last_progress = 0.0

    @property
    def cancelled(self) -> bool:
        return self._worker.is_cancelled()

    def check_cancelled(self) -> None:
        """Raise :class:`CancelledError` when Cancel was pressed (call it between steps)."""
        if self.cancelled:
            raise CancelledError("cancelled")

    def progress(self, done: int, total: int, text: str = "", force: bool = False) -> None:
        """Report progress, throttled so a tight loop cannot flood the GUI event queue."""
        now = time.monotonic()
        if force or done >= total > 0 or now - self._last_progress >= self._min_interval:
            self._last_progress = now
            self._worker.progress.emit(int(done), int(total), text)

    def emit(self, item: Any) -> None:
        """Hand a partial result (a mesh batch, the model tree) to the GUI thread."""
        self._worker.yielded.emit(item)


class Worker(QObject):
    """Runs one work function on its own QThread; see :func:`start_worker`."""

    started = Signal()
    progress = Signal(int, int, str)
    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: WorkFunction) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.thread: QThread | None = None

    def cancel(self) -> None:
        """Ask the work function to stop at its next check; never kills the thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        self.started.emit()
        try:
            result = self._work(Job(self))
        except CancelledError:
            self.cancelled.emit()
        except BaseException as error:  # reported to the GUI, which shows one sentence
            self.errored.emit(error)
        else:
            if self.is_cancelled():
                self.cancelled.emit()
            else:
                self.returned.emit(result)
        finally:
            self.finished.emit()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the thread has ended (used when closing the window)."""
        if self.thread is None:
            return True
        return self.thread.wait(timeout_ms)


def start_worker(worker: Worker) -> Worker:
    """Move ``worker`` to a new QThread and start it; the thread quits when the work ends.

    Connect the worker's signals to GUI-thread *QObject methods* before calling this (a plain
    lambda would run in the worker thread).
    """
    thread = QThread()
    worker.thread = thread
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # direct: quit() is thread-safe, and a GUI thread blocked in wait() must not deadlock
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return worker
