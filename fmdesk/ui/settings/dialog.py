"""The settings dialog (设置): the Database tab and the Backups tab, saved together by OK."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from fmdesk.errors import UserError
from fmdesk.settings import save_settings
from fmdesk.ui.dialogs import show_error
from fmdesk.ui.screen_fit import FittedDialog
from fmdesk.ui.settings.backup_tab import BackupTab
from fmdesk.ui.settings.database_tab import DatabaseTab

if TYPE_CHECKING:
    from fmdesk.ui.shell import Shell


class SettingsDialog(FittedDialog):
    """Edits the workstation's settings; a bad field is one sentence and nothing is saved."""

    def __init__(self, window: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.window = window
        self.tabs = QTabWidget(self)
        self.database_tab = DatabaseTab(window, self)
        self.backup_tab = BackupTab(window, self)
        self.tabs.addTab(self.database_tab, "")
        self.tabs.addTab(self.backup_tab, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(560, 420)

    def accept(self) -> None:
        try:
            self.backup_tab.save()
            self.database_tab.save()
        except UserError as error:
            show_error(self, self.windowTitle(), error)
            return
        save_settings(self.window.settings)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("Database"))
        self.tabs.setTabText(1, self.tr("Backups"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
