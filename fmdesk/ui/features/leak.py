"""The guided leak flow in the desktop app: 工具 → 漏水处置… (Ctrl+Shift+L) and the context
action "Guided leak handling" on an element or a flat; the dialog is
:class:`fmdesk.ui.leak.wizard.LeakWizard`, kept per window so Esc loses nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from fmdesk.ui.context_actions import ContextAction, register_context_action

__all__ = ["install", "open_leak_wizard"]


def open_leak_wizard(window: Any, query: str = "") -> Any:
    """Show the window's leak flow (created once); ``query`` starts a new report."""
    from fmdesk.ui.leak.wizard import LeakWizard

    wizard = getattr(window, "leak_wizard", None)
    if wizard is None:
        wizard = window.leak_wizard = LeakWizard(window)
    if query:
        wizard.restart()
        wizard.report_page.query.setText(query)
    wizard.show()
    wizard.raise_()
    wizard.activateWindow()
    return wizard


class _LeakMenu(QObject):
    """The 工具 entry, retranslated on language changes."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("leak_wizard")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action.triggered.connect(lambda: open_leak_wizard(window))
        menus = getattr(window, "menus", None)
        if menus is not None and hasattr(menus, "add_tool_action"):
            menus.add_tool_action(self.action)
        else:
            window.addAction(self.action)
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("Leak", "Guided &leak handling…"))
        tip = QCoreApplication.translate(
            "Leak", "From a reported leak to the valves to close, the notice and the work order"
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)


def _can_handle(window: Any, ids: Sequence[str]) -> bool:
    return len(ids) == 1 and getattr(window, "loaded", None) is not None


def install(window: Any) -> None:
    """Add the menu entry and the context action."""
    window.leak_menu = _LeakMenu(window)
    register_context_action(
        ContextAction(
            "leak.guided",
            QT_TRANSLATE_NOOP("ContextActions", "Guided leak handling…"),
            lambda w, ids: open_leak_wizard(w, ids[0]),
            _can_handle,
            order=59,
            separator_before=True,
        )
    )
