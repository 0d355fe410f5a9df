"""The collector pause is counted across threads: it ends when the last pause ends."""

from __future__ import annotations

import gc
import threading

import pytest

from fmdesk.gc_pauses import GcPause, gc_paused


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if not was:
        gc.disable()


def test_overlapping_pauses_from_two_threads_keep_the_collector_off_until_both_end():
    inside, leave = threading.Event(), threading.Event()

    def other_thread() -> None:
        with gc_paused():
            inside.set()
            leave.wait(5)

    with gc_paused():
        thread = threading.Thread(target=other_thread)
        thread.start()
        assert inside.wait(5)
    # our pause ended first; the other thread's is still on
    assert not gc.isenabled()
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_pause_started_while_the_collector_was_off_leaves_it_off():
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_gc_pause_counts_one_hold_and_one_release_however_often_called():
    pause = GcPause()
    pause.hold()
    pause.hold()
    assert not gc.isenabled() and pause.held
    pause.release()
    assert gc.isenabled() and not pause.held
    pause.release()  # a second release must not end someone else's pause
    with gc_paused():
        pause.release()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_release_with_freeze_moves_live_objects_out_of_collections():
    gc.unfreeze()
    pause = GcPause()
    pause.hold()
    kept = [[i] for i in range(1000)]
    pause.release(freeze=True)
    assert gc.get_freeze_count() >= len(kept)
