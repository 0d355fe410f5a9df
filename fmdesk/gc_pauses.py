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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

__all__ = ["gc_paused", "paused_gc"]

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """Run the block with the cyclic collector paused; with ``freeze``, afterwards exclude
    every object alive from future collections (call it after loading a model)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


def paused_gc(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator: run a query with the cyclic collector paused, so a full collection of a
    100,000-element model's heap never lands inside a 1 ms trace (it runs afterwards)."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with gc_paused():
            return function(*args, **kwargs)

    return wrapper
