"""Handover (交付与承接查验) in the desktop app: the Handover dock (IDS check and editor,
revision diff, handover inspection) and the Handover menu (also COBie export).

``install(window)`` adds the dock on the right, tabbed with Properties, and a menu before Help;
everything else lives in :mod:`fmdesk.ui.handover`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from fmdesk.ui.handover.controller import HandoverController
from fmdesk.ui.handover.panel import HandoverPanel

HANDOVER_DOCK = "HandoverDock"


class _Texts(QObject):
    def __init__(self, window: Any, dock: QDockWidget, menu: QMenu, actions: dict) -> None:
        super().__init__(window)
        self.dock, self.menu, self.actions = dock, menu, actions
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.dock.setWindowTitle(translate("Handover", "Handover"))
        self.menu.setTitle(translate("Handover", "&Handover"))
        self.actions["ids"].setText(translate("Handover", "Check handover data (IDS)"))
        self.actions["edit"].setText(translate("Handover", "Edit IDS requirements…"))
        self.actions["diff"].setText(translate("Handover", "Compare with an older revision…"))
        self.actions["cobie"].setText(translate("Handover", "Export COBie…"))
        self.actions["inspection"].setText(translate("Handover", "Handover inspection"))


def install(window: Any) -> None:
    """Add the Handover dock and menu to ``window``."""
    panel = HandoverPanel(window)
    dock = QDockWidget(window)
    dock.setObjectName(HANDOVER_DOCK)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    properties = getattr(window, "properties_dock", None)
    if properties is not None:
        window.tabifyDockWidget(properties, dock)
        properties.raise_()
    controller = HandoverController(window, panel)
    window.handover = controller
    window.handover_dock = dock

    def show(tab: int) -> None:
        dock.show()
        dock.raise_()
        panel.setCurrentIndex(tab)

    def show_inspection() -> None:
        show(2)
        controller.refresh_handovers()

    actions = {name: QAction(window) for name in ("ids", "edit", "diff", "cobie", "inspection")}
    actions["ids"].triggered.connect(lambda: (show(0), controller.check_model()))
    actions["edit"].triggered.connect(lambda: (show(0), controller.edit_ids()))
    actions["diff"].triggered.connect(lambda: (show(1), controller.compare()))
    actions["cobie"].triggered.connect(controller.export_cobie)
    actions["inspection"].triggered.connect(show_inspection)
    menu = QMenu(window)
    for action in actions.values():
        menu.addAction(action)
    menus = getattr(window, "menus", None)
    help_menu = getattr(menus, "help_menu", None)
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    panels = getattr(menus, "panels_menu", None)
    if panels is not None:
        panels.addAction(dock.toggleViewAction())
    controller.texts = _Texts(window, dock, menu, actions)
