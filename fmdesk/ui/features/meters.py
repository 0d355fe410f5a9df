"""Meters (issue 16): the Meters dock (list, daily-use chart, anomalies, → work order) and its
entry in the Tools menu. The work is in :class:`fmdesk.ui.operations.meters_panel.MetersPanel`.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the Meters dock (hidden until asked for) and Tools → Meters and anomalies."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QAction

    from fmdesk.app.changes import Change
    from fmdesk.ui.operations.meters_panel import MetersPanel

    panel = MetersPanel(window)
    dock = window.add_dock(
        "MetersDock",
        panel,
        lambda: QCoreApplication.translate("MetersPanel", "Meters"),
        Qt.DockWidgetArea.BottomDockWidgetArea,
        getattr(window, "problems_dock", None),
    )
    dock.hide()
    action = QAction(window)
    action.setObjectName("meters_panel")

    def show() -> None:
        dock.show()
        dock.raise_()
        panel.refresh()

    action.triggered.connect(show)
    menus = getattr(window, "menus", None)
    if menus is not None and getattr(menus, "tools_menu", None) is not None:
        menus.tools_menu.addAction(action)

    panel.menu_action = action
    panel.retranslate()
    window.bus.changed.connect(
        lambda kinds: panel.refresh() if dock.isVisible() and Change.ASSETS in kinds else None
    )
    window.meters_panel, window.meters_dock = panel, dock
