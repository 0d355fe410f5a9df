"""Buttons that features add to the work-order form, registered instead of hard-wired.

The form knows nothing of contractors or acceptance; the contractors feature registers a
"Acceptance…" button shown only on a contractor's order::

    register_order_button(OrderButton(
        key="contractors.acceptance",
        label=QT_TRANSLATE_NOOP("OrderButtons", "Acceptance…"),
        run=lambda dialog, card: open_acceptance(dialog, card.order.number),
        visible=lambda card: bool(card.order.contractor),
    ))

:func:`update_order_buttons` (called by the form each time it shows a fresh card) creates the
buttons next to Print the first time, then sets their text and visibility.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

CONTEXT = "OrderButtons"


@dataclass(frozen=True)
class OrderButton:
    """One extra button of the work-order form; ``label`` is English, translated in context
    ``OrderButtons`` (mark it with ``QT_TRANSLATE_NOOP("OrderButtons", …)``)."""

    key: str
    label: str
    run: Callable[[Any, Any], None]  # (the form, its WorkOrderCard)
    visible: Callable[[Any], bool] = lambda card: True


_registry: dict[str, OrderButton] = {}


def register_order_button(button: OrderButton) -> None:
    """Add or replace (same ``key``) an extra button of every work-order form."""
    _registry[button.key] = button


def order_buttons() -> list[OrderButton]:
    return sorted(_registry.values(), key=lambda b: b.key)


def update_order_buttons(dialog: QWidget, card: Any, anchor: QPushButton) -> None:
    """Create the registered buttons after ``anchor`` (once), then show those that apply to
    ``card`` with their text in the current language."""
    made: dict[str, QPushButton] = dialog.__dict__.setdefault("extra_buttons", {})
    row = _row_of(dialog, anchor)
    for entry in order_buttons():
        button = made.get(entry.key)
        if button is None and row is not None:
            button = QPushButton(dialog)
            button.setObjectName(entry.key)
            button.clicked.connect(lambda _=False, e=entry: e.run(dialog, dialog.card))
            row.insertWidget(row.indexOf(anchor) + 1, button)
            made[entry.key] = button
        if button is not None:
            button.setText(QCoreApplication.translate(CONTEXT, entry.label))
            button.setVisible(bool(entry.visible(card)))


def _row_of(dialog: QWidget, anchor: QPushButton) -> QBoxLayout | None:
    """The box layout (at any depth) that holds ``anchor``."""
    pending = [dialog.layout()]
    while pending:
        layout = pending.pop()
        if layout is None:
            continue
        if isinstance(layout, QBoxLayout) and layout.indexOf(anchor) >= 0:
            return layout
        pending.extend(layout.itemAt(i).layout() for i in range(layout.count()))
    return None
