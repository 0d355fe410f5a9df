"""Right-click actions on model elements, registered by features instead of hard-wired.

Later features (trace upstream, isolate, report a fault…) add an entry here; the 3D view and the
model tree build their context menus from the registry, so neither needs to know the features::

    register_context_action(ContextAction(
        key="trace.upstream",
        label=QT_TRANSLATE_NOOP("ContextActions", "Trace upstream"),
        run=lambda window, ids: window.trace_upstream(ids),
        enabled=lambda window, ids: len(ids) == 1,
    ))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

ActionCallback = Callable[[Any, Sequence[str]], None]
ActionPredicate = Callable[[Any, Sequence[str]], bool]


@dataclass(frozen=True)
class ContextAction:
    """One entry of the element context menu; ``label`` is English, translated in context
    ``ContextActions`` (mark it with ``QT_TRANSLATE_NOOP("ContextActions", …)``)."""

    key: str
    label: str
    run: ActionCallback
    enabled: ActionPredicate = lambda window, ids: bool(ids)
    order: int = 100
    separator_before: bool = False


_registry: dict[str, ContextAction] = {}


def register_context_action(action: ContextAction) -> None:
    """Add or replace (same ``key``) an entry of every element context menu."""
    _registry[action.key] = action


def unregister_context_action(key: str) -> None:
    _registry.pop(key, None)


def context_actions() -> list[ContextAction]:
    return sorted(_registry.values(), key=lambda a: (a.order, a.key))


def build_context_menu(window: Any, ids: Sequence[str], parent: QWidget) -> QMenu:
    """A menu with every registered action, enabled according to its predicate."""
    menu = QMenu(parent)
    for entry in context_actions():
        if entry.separator_before and not menu.isEmpty():
            menu.addSeparator()
        action = QAction(QCoreApplication.translate("ContextActions", entry.label), menu)
        action.setObjectName(entry.key)
        action.setEnabled(bool(entry.enabled(window, ids)))
        action.triggered.connect(lambda _=False, e=entry: e.run(window, list(ids)))
        menu.addAction(action)
    return menu


BUILTIN_ACTIONS = (
    ContextAction(
        key="view.frame",
        label=QT_TRANSLATE_NOOP("ContextActions", "Frame selection"),
        run=lambda window, ids: window.frame_selection(),
        order=10,
    ),
    ContextAction(
        key="view.hide_class",
        label=QT_TRANSLATE_NOOP("ContextActions", "Hide this class"),
        run=lambda window, ids: window.hide_class_of(ids),
        order=20,
    ),
    ContextAction(
        key="view.isolate_storey",
        label=QT_TRANSLATE_NOOP("ContextActions", "Isolate its storey"),
        run=lambda window, ids: window.isolate_storey_of(ids),
        order=30,
    ),
    ContextAction(
        key="view.hide_selection",
        label=QT_TRANSLATE_NOOP("ContextActions", "Hide"),
        run=lambda window, ids: window.hide_elements(ids),
        order=32,
    ),
    ContextAction(
        key="view.show_only",
        label=QT_TRANSLATE_NOOP("ContextActions", "Show only this"),
        run=lambda window, ids: window.show_only(ids),
        order=34,
    ),
    ContextAction(
        key="view.show_all",
        label=QT_TRANSLATE_NOOP("ContextActions", "Show all"),
        run=lambda window, ids: window.show_all(),
        enabled=lambda window, ids: True,
        order=40,
    ),
    ContextAction(
        key="edit.copy_id",
        label=QT_TRANSLATE_NOOP("ContextActions", "Copy GlobalId"),
        run=lambda window, ids: window.copy_ids(ids),
        order=50,
        separator_before=True,
    ),
)
"""View and edit entries every element menu has; features add theirs at install time."""

for _action in BUILTIN_ACTIONS:
    register_context_action(_action)
