"""The turn pacer: one heavy piece per event-loop turn, a requested paint is waited for."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt, QTimer

from fmdesk.ui.pacing import PAINT_TIMEOUT_MS, PacedJob, TurnPacer


class Ticker:
    """A precise 5 ms timer, standing for the input events and timers a user's session has."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1


def heavy_job(name: str, log: list[tuple[str, int]], ticker: Ticker, pieces: list[int]) -> PacedJob:
    def run() -> None:
        log.append((name, ticker.ticks))
        pieces[0] -= 1
        time.sleep(0.015)  # longer than the ticker's interval

    return PacedJob(name, lambda: pieces[0] > 0, run)


def test_heavy_jobs_take_turns_and_other_timers_run_between_them(qtbot) -> None:
    ticker = Ticker()
    pacer = TurnPacer()
    log: list[tuple[str, int]] = []
    pacer.add_job(heavy_job("feed", log, ticker, [6]))
    pacer.add_job(heavy_job("merge", log, ticker, [3]))
    pacer.wake()
    qtbot.waitUntil(pacer.is_idle, timeout=5000)
    ticker.timer.stop()
    names = [name for name, _ in log]
    assert names[:6] == ["feed", "merge"] * 3 and names[6:] == ["feed"] * 3
    ticks = [tick for _, tick in log]
    assert all(b > a for a, b in itertools.pairwise(ticks)), f"two jobs ran back to back: {ticks}"


def test_a_paint_is_waited_for_before_the_next_job(qtbot) -> None:
    pacer = TurnPacer()
    runs: list[str] = []
    wanted = {"draw": 1, "feed": 2}

    def job(name: str, paints: bool = False) -> PacedJob:
        def run() -> None:
            runs.append(name)
            wanted[name] -= 1

        return PacedJob(name, lambda: wanted[name] > 0, run, paints=paints)

    pacer.add_job(job("draw", paints=True))
    pacer.add_job(job("feed"))
    pacer.wake()
    qtbot.waitUntil(lambda: runs == ["draw"], timeout=2000)
    qtbot.wait(20)
    assert runs == ["draw"] and pacer.awaiting_paint  # the paint has not happened yet
    pacer.painted()
    qtbot.waitUntil(lambda: runs == ["draw", "feed", "feed"], timeout=2000)


def test_a_paint_that_never_comes_does_not_stop_the_other_jobs(qtbot) -> None:
    pacer = TurnPacer()
    runs: list[str] = []
    left = {"draw": 1, "feed": 1}

    def run(name: str) -> None:
        runs.append(name)
        left[name] = 0

    pacer.add_job(PacedJob("draw", lambda: left["draw"] > 0, lambda: run("draw"), paints=True))
    pacer.add_job(PacedJob("feed", lambda: left["feed"] > 0, lambda: run("feed")))
    started = time.perf_counter()
    pacer.wake()  # e.g. the window is minimised: no paint will come
    qtbot.waitUntil(lambda: runs == ["draw", "feed"], timeout=3000)
    assert time.perf_counter() - started >= PAINT_TIMEOUT_MS / 1000 * 0.9
