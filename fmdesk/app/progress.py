"""How a use case reports progress and learns that the user pressed Cancel.

Use cases take a :class:`Progress` and never know who listens: the CLI passes
:data:`NO_PROGRESS` (or a terminal bar), the GUI's operation runner (``fmdesk/ui/ops.py``) passes
one that moves a progress bar and whose Cancel button sets ``cancelled``. Long loops call
``progress.check_cancelled()`` between steps, which raises :class:`fmdesk.errors.CancelledError`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from fmdesk.errors import CancelledError
from fmdesk.i18n import Msg

__all__ = [
    "NO_PROGRESS",
    "CallbackProgress",
    "Progress",
    "part_of",
]


@runtime_checkable
class Progress(Protocol):
    """What long work may do: say how far it got and ask whether to stop."""

    def report(self, fraction: float | None, message: Msg | str = "") -> None:
        """``fraction`` 0..1 (None: unknown), ``message`` what is being done."""

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""

    def check_cancelled(self) -> None:
        """Raise :class:`CancelledError` when the user asked to stop."""


class CallbackProgress:
    """A progress that calls ``callback(fraction, message)`` and watches a cancel event."""

    def __init__(
        self,
        callback: Callable[[float | None, Msg | str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self._callback = callback
        self.cancel_event = cancel or threading.Event()

    def report(self, fraction: float | None, message: Msg | str = "") -> None:
        if self._callback is not None:
            self._callback(fraction, message)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise CancelledError("cancelled")

    def cancel(self) -> None:
        self.cancel_event.set()


NO_PROGRESS: Progress = CallbackProgress()
"""Reports nowhere and is never cancelled (scripts, tests, quick CLI commands)."""


class _Part:
    """A slice ``[start, end]`` of a parent progress (stage 2 of 3 reports 0.33..0.66)."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        self._parent, self._start, self._end = parent, start, end

    def report(self, fraction: float | None, message: Msg | str = "") -> None:
        inner = None if fraction is None else self._start + (self._end - self._start) * fraction
        self._parent.report(inner, message)

    @property
    def cancelled(self) -> bool:
        return self._parent.cancelled

    def check_cancelled(self) -> None:
        self._parent.check_cancelled()


def part_of(parent: Progress, start: float, end: float) -> Progress:
    """The stage of ``parent`` that runs from ``start`` to ``end`` (fractions)."""
    return _Part(parent, start, end)
