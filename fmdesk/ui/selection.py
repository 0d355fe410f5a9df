"""The one selection shared by the 3D view, the model tree and the properties panel.

Every view writes to :class:`SelectionModel` and mirrors it from ``changed``; none of them talk to
each other. ``source`` names who changed it so a view can skip re-scrolling to its own click.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    """The selected GlobalIds (ordered, first = current) with a ``changed(ids, source)`` signal.

    >>> selection.select(["2O2Fr$t4X7Zf8NOew3FLOH"], source="tree")  # doctest: +SKIP
    """

    changed = Signal(object, str)  # tuple[str, ...], source

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def current(self) -> str | None:
        """The element the properties panel shows: the first selected one."""
        return self._ids[0] if self._ids else None

    def select(self, ids: Iterable[str], source: str = "") -> None:
        """Replace the selection; emits only when it really changes (no feedback loops)."""
        new = tuple(dict.fromkeys(i for i in ids if i))
        if new == self._ids:
            return
        self._ids = new
        self.changed.emit(new, source)

    def clear(self, source: str = "") -> None:
        self.select((), source)
