"""The Operations menu (运营) shared by the operations features: the first one to install
creates it before Help, the others find it by its object name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMenu

MENU_NAME = "OperationsMenu"


class _Title(QObject):
    """Keeps the menu title in the current language."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        self.menu = menu
        menu.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("Operations", "&Operations"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def operations_menu(window: Any) -> QMenu:
    """The window's Operations menu, created before the Help menu when missing (another
    operations feature may have made it, parented to the window or to its menu bar)."""
    found = window.findChild(QMenu, MENU_NAME)
    if found is not None:
        return found
    menu = QMenu(window.menuBar())
    menu.setObjectName(MENU_NAME)
    help_menu = getattr(getattr(window, "menus", None), "help_menu", None)
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    menu.title_keeper = _Title(menu)
    return menu
