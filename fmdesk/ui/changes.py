"""The change bus: after an operation, every panel that shows what changed refreshes itself.

Use cases declare what they change (:class:`fmdesk.app.Change`); the operation runner
(:mod:`fmdesk.ui.ops`) publishes it here once the result is on the GUI thread. Panels connect to
the kinds they show (``bus.work_orders.connect(self.refresh)``) or to ``changed`` for all of them
(it carries the frozenset of kinds), so an operation never needs to know which panels exist.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from fmdesk.app.changes import Change

__all__ = ["ChangeBus"]


def _publish(self: QObject, kinds: Iterable[Change | str]) -> frozenset[Change]:
    """Emit ``changed(kinds)`` and then each kind's own signal, once each."""
    chosen = frozenset(Change(k) for k in kinds)
    if not chosen:
        return chosen
    self.changed.emit(chosen)
    for kind in sorted(chosen):
        getattr(self, kind.value).emit()
    return chosen


ChangeBus = type(
    "ChangeBus",
    (QObject,),
    {
        "__doc__": "One ``changed(frozenset)`` signal plus one signal per :class:`Change` kind.",
        "changed": Signal(object),
        "publish": _publish,
        **{kind.value: Signal() for kind in Change},
    },
)
