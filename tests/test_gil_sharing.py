"""A long Python loop on a worker thread rests now and then; on the main thread it never does."""

from __future__ import annotations

import threading
import time

from fmdesk.gil_sharing import Breather


def _busy_loop(breathe: Breather, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(200))
        breathe()


def test_a_worker_threads_loop_rests_after_each_stretch_of_work() -> None:
    made: list[Breather] = []

    def work() -> None:
        breathe = Breather(work_s=0.005, rest_s=0.002)
        made.append(breathe)
        _busy_loop(breathe, 0.1)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert made[0].active
    assert 5 <= made[0].rests <= 20  # about one rest per 7 ms of a tenth of a second


def test_the_main_thread_never_rests() -> None:
    breathe = Breather(work_s=0.001, rest_s=0.01)
    start = time.perf_counter()
    _busy_loop(breathe, 0.05)
    assert not breathe.active and breathe.rests == 0
    assert time.perf_counter() - start < 0.2


def test_the_main_thread_gets_the_interpreter_while_a_worker_rests() -> None:
    """A Python function called 100 times on the main thread (as Qt calls slots) waits far
    less for the lock beside a breathing worker than beside a greedy one."""

    def waited(breathe: Breather) -> float:
        stop = threading.Event()

        def work() -> None:
            breathe.active = True  # as when made on the worker thread
            while not stop.is_set():
                sum(range(200))
                breathe()

        thread = threading.Thread(target=work)
        thread.start()
        time.sleep(0.02)
        start = time.perf_counter()
        for _ in range(100):
            time.sleep(0)  # lets the lock go, as a call into Qt does
        spent = time.perf_counter() - start
        stop.set()
        thread.join()
        return spent

    greedy = waited(Breather(work_s=3600.0))
    breathing = waited(Breather(work_s=0.004, rest_s=0.004))
    assert breathing < greedy / 2, (breathing, greedy)
