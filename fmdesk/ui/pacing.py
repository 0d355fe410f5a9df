"""Share the GUI thread's incremental heavy work out one piece per event-loop turn.

While a big model streams in, three kinds of work land on the GUI thread: adding a geometry
batch to the scene, drawing a slice of a frame (:mod:`fmdesk.render.progressive`) and merging
chunks once loading ends. Each piece is sized to stay well under 100 ms, but when two of them
run in the same event-loop turn the user feels their sum. Measured on the 100,000-element
building, most stalls over 90 ms were "add a batch, paint, add a batch" without the event loop
handling anything in between: Qt fires every due timer and then every posted event (the paint)
in one pass, and a zero-interval timer re-armed before a paint is due again right after it.

:class:`TurnPacer` runs its jobs from one single-shot timer, one job per firing, round robin.
A job that paints only *requests* the paint (``QWidget.update``); the pacer then waits until
the view reports the render has ended (:meth:`painted`) and only re-arms a millisecond later,
so timers and input that became due during the paint are handled first. After other jobs it
rests ``REST_MS``, so jobs should do a worthwhile piece each (the loader feeds batches for up
to ``FEED_BUDGET_S``). If no paint comes (a
minimised window paints nothing) it goes on after ``PAINT_TIMEOUT_MS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

PAINT_TIMEOUT_MS = 250
"""How long a requested paint may take to arrive before the other jobs go on without it."""
AFTER_PAINT_MS = 1
"""Re-arm delay after a paint: later than every timer that fell due while painting."""
REST_MS = 10
"""Re-arm delay after any other job: a timer or an input event that falls due within this
time of the job's start still runs before the next job (a zero delay let two jobs and a
paint run back to back, the next job being due before anything else)."""


@dataclass
class PacedJob:
    """One kind of work: ``has_work()`` must be cheap; ``run()`` does one piece of it."""

    name: str
    has_work: Callable[[], bool]
    run: Callable[[], None]
    paints: bool = False
    """``run`` requested a repaint: wait for :meth:`TurnPacer.painted` before the next job."""


class TurnPacer(QObject):
    """Runs registered jobs one piece per event-loop turn, never two heavy pieces in a row.

    Example::

        pacer = TurnPacer(window)
        pacer.add_job(PacedJob("feed", lambda: bool(queue), feed_one))
        pacer.wake()  # whenever a job may have got work
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[PacedJob] = []
        self._next = 0
        self._awaiting_paint = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_one)

    def add_job(self, job: PacedJob) -> None:
        self._jobs.append(job)

    def remove_job(self, name: str) -> None:
        self._jobs = [job for job in self._jobs if job.name != name]

    @property
    def awaiting_paint(self) -> bool:
        return self._awaiting_paint

    def is_idle(self) -> bool:
        """No job has work and no paint is awaited."""
        return not self._awaiting_paint and not any(job.has_work() for job in self._jobs)

    def wake(self) -> None:
        """A job may have work now: run it in a coming turn (no-op if already scheduled)."""
        if not self._timer.isActive() and not self._awaiting_paint:
            self._timer.start(0)

    def painted(self) -> None:
        """The view finished a render: go on once the event loop has had its turn."""
        if self._awaiting_paint:
            self._awaiting_paint = False
            self._timer.start(AFTER_PAINT_MS)

    def stop(self) -> None:
        self._timer.stop()
        self._awaiting_paint = False

    def _run_one(self) -> None:
        self._awaiting_paint = False
        job = self._pick()
        if job is None:
            return
        job.run()
        if job.paints:
            self._awaiting_paint = True
            self._timer.start(PAINT_TIMEOUT_MS)
        elif self._pick(peek=True) is not None:
            self._timer.start(REST_MS)

    def _pick(self, peek: bool = False) -> PacedJob | None:
        """The next job with work, round robin, so loading and drawing take turns."""
        count = len(self._jobs)
        for step in range(count):
            index = (self._next + step) % count
            job = self._jobs[index]
            if job.has_work():
                if not peek:
                    self._next = (index + 1) % count
                return job
        return None
