"""Long Python loops on worker threads that leave the GUI thread the interpreter now and then.

CPython runs one thread's Python at a time. While a worker thread runs Python for seconds (the
schema check of the 100,000-element building reads 613,000 instances in about 4 s), the GUI
thread waits for the interpreter lock each time it enters Python (a slot, a paint override, a
timer) and each time it comes back from a Qt or VTK call that let the lock go: up to CPython's
5 ms switch interval each, and one event-loop turn makes dozens of them. The building's view
stood still for 270-340 ms right after it was drawn, while the check ran.

A :class:`Breather` called from such a loop sleeps a few milliseconds after every few
milliseconds of work, so the GUI thread gets the lock uncontended in between. On the main
thread (the command line, tests, where nothing waits for the loop) it never sleeps.
"""

from __future__ import annotations

import threading
import time

__all__ = ["REST_S", "WORK_S", "Breather"]

WORK_S = 0.008
"""How long a worker's loop runs Python before it rests."""
REST_S = 0.004
"""How long it then rests with the lock released."""


class Breather:
    """Call it often from a long loop (every few hundred cheap steps): it rests when due.

    Example::

        breathe = Breather()
        for instance in instances:
            check(instance)
            breathe()
    """

    def __init__(self, work_s: float = WORK_S, rest_s: float = REST_S) -> None:
        self.work_s, self.rest_s = work_s, rest_s
        self.active = threading.current_thread() is not threading.main_thread()
        self.rests = 0
        self._since = time.perf_counter()

    def __call__(self) -> None:
        if not self.active:
            return
        now = time.perf_counter()
        if now - self._since >= self.work_s:
            time.sleep(self.rest_s)
            self.rests += 1
            self._since = time.perf_counter()
