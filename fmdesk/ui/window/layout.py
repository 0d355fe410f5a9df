"""The remembered window layout (geometry, docks) and Qt's stale dock tab bars."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from fmdesk.ui.ui_settings import ui_settings

LAYOUT_VERSION = 1


class WindowLayout:
    """Mixin of the main window: restore and save the layout."""

    def restore_layout(self) -> None:
        """The saved window geometry and dock layout, else the default one."""
        self.restore_geometry()
        state = ui_settings().value("window/state")
        if state is not None:
            self.restoreState(state, LAYOUT_VERSION)

    def restore_geometry(self) -> None:
        """The saved size and place of the window (the docks need the features first)."""
        geometry = ui_settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save_layout(self) -> None:
        stored = ui_settings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState(LAYOUT_VERSION))
        stored.sync()

    def hide_stale_tab_bars(self) -> int:
        """Hide dock tab bars Qt left behind; returns how many.

        Qt 6.12 keeps painting the tab bar of a tab group it has rebuilt (after docks are
        tabified programmatically, or a layout is restored) at its old place, over the panels.
        A tab bar in use sits right against the dock it switches; the others are stale.
        """
        docks = [
            d.geometry()
            for d in self.findChildren(QDockWidget)
            if d.parentWidget() is self and d.isVisible() and not d.isFloating()
        ]
        hidden = 0
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            rect = bar.geometry()
            in_use = any(
                rect.left() < dock.right()
                and dock.left() < rect.right()
                and (
                    abs(rect.top() - dock.bottom() - 1) <= 3
                    or abs(dock.top() - rect.bottom() - 1) <= 3
                )
                for dock in docks
            )
            if bar.isVisible() and not in_use:
                bar.hide()
                hidden += 1
        return hidden
