"""Keep Python's cyclic garbage collector from freezing the GUI or a timed query.

A full collection walks every container object alive. With a 100,000-element model loaded
(element records, tree nodes, graph nodes: millions of objects) one takes hundreds of
milliseconds and holds the GIL, so when it strikes in a loading thread the GUI thread stops
too. Reading and building a model allocate many objects and free few, which is exactly what
triggers full collections. So heavy reading runs with the collector paused, and what a model
load leaves alive is moved out of the collector's sight with :func:`gc.freeze` (objects are
still freed by reference counting when dropped; only reference cycles among them would wait
until the program exits).
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

__all__ = ["GcPause", "gc_paused", "paused_gc"]

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_holders = 0
_enable_after = False


def _hold() -> None:
    """Pause the collector; pauses nest and may overlap across threads (counted)."""
    global _holders, _enable_after
    with _lock:
        if _holders == 0:
            _enable_after = gc.isenabled()
            gc.disable()
        _holders += 1


def _release(freeze: bool) -> None:
    """End one pause; the collector runs again when the last one ends (if it ran before)."""
    global _holders
    with _lock:
        if freeze:
            gc.freeze()
        _holders -= 1
        if _holders == 0 and _enable_after:
            gc.enable()


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """Run the block with the cyclic collector paused; with ``freeze``, afterwards exclude
    every object alive from future collections (call it after loading a model).

    Pauses are counted, not saved and restored: the loading thread's pause may end while the
    GUI thread's is still on, and the collector must stay off until both have ended.
    """
    _hold()
    try:
        yield
    finally:
        _release(freeze)


class GcPause:
    """A pause that spans several event-loop turns (a model streaming into the GUI).

    ``hold()`` and ``release()`` may be called any number of times: only the first hold and
    the first release after it count.
    """

    def __init__(self) -> None:
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def hold(self) -> None:
        if not self._held:
            self._held = True
            _hold()

    def release(self, freeze: bool = False) -> None:
        if self._held:
            self._held = False
            _release(freeze)


def paused_gc(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator: run a query with the cyclic collector paused, so a full collection of a
    100,000-element model's heap never lands inside a 1 ms trace (it runs afterwards)."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with gc_paused():
            return function(*args, **kwargs)

    return wrapper
