"""Design review (交付前设计审查) in the desktop app: the Review dock (issue list, details,
viewpoints, BCF import/export, work orders) and the Review menu.

``install(window)`` adds the dock on the right, tabbed with Properties, and a Review menu
before Help; everything else lives in :mod:`fmdesk.ui.review`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from fmdesk.ui.review.controller import ReviewController
from fmdesk.ui.review.panel import ReviewPanel

REVIEW_DOCK = "ReviewDock"


class _Texts(QObject):
    """Keeps the dock title and the menu in the current language."""

    def __init__(self, window: Any, dock: QDockWidget, menu: QMenu, actions: dict) -> None:
        super().__init__(window)
        self.dock, self.menu, self.actions = dock, menu, actions
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.dock.setWindowTitle(translate("Review", "Review issues"))
        self.menu.setTitle(translate("Review", "&Review"))
        self.actions["new"].setText(translate("Review", "New issue on selection…"))
        self.actions["import"].setText(translate("Review", "Import BCF…"))
        self.actions["export"].setText(translate("Review", "Export BCF…"))


def install(window: Any) -> None:
    """Add the Review dock and menu to ``window`` (called once by the main window)."""
    panel = ReviewPanel(window)
    dock = QDockWidget(window)
    dock.setObjectName(REVIEW_DOCK)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    properties = getattr(window, "properties_dock", None)
    if properties is not None:
        window.tabifyDockWidget(properties, dock)
        properties.raise_()
    controller = ReviewController(window, panel)
    window.review = controller
    window.review_dock = dock
    menu = QMenu(window)
    actions = {
        "new": QAction(window, shortcut=QKeySequence("Ctrl+Shift+I")),
        "import": QAction(window),
        "export": QAction(window),
    }
    actions["new"].triggered.connect(controller.ask_new_issue)
    actions["import"].triggered.connect(controller.ask_import)
    actions["export"].triggered.connect(controller.ask_export)
    for action in actions.values():
        menu.addAction(action)
    menus = getattr(window, "menus", None)
    help_menu = getattr(menus, "help_menu", None)
    bar = window.menuBar()
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    panels = getattr(menus, "panels_menu", None)
    if panels is not None:
        panels.addAction(dock.toggleViewAction())
    controller.texts = _Texts(window, dock, menu, actions)
