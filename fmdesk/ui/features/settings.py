"""Settings (issue 18): the database connection with a test button, scheduled backups.

Adds *Tools → Settings…* and *Tools → Back up now*, and starts the backup scheduler
(``window.backup_scheduler``), which backs up in the background when one is due.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the menu entries and start the scheduler."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    from fmdesk.ui.settings.scheduler import BackupScheduler

    window.backup_scheduler = BackupScheduler(window)
    menu = window.menus.tools_menu
    settings_action = QAction(window)
    settings_action.setObjectName("openSettings")
    settings_action.triggered.connect(lambda: open_settings(window))
    backup_action = QAction(window)
    backup_action.setObjectName("backupNow")
    backup_action.triggered.connect(
        lambda: window.backup_scheduler.back_up(
            window.backup_scheduler.folder(), window.settings.backup_keep
        )
    )
    menu.addSeparator()
    menu.addAction(backup_action)
    menu.addAction(settings_action)

    def retranslate() -> None:
        settings_action.setText(QCoreApplication.translate("SettingsFeature", "&Settings…"))
        backup_action.setText(QCoreApplication.translate("SettingsFeature", "&Back up now"))

    window.language_changed.connect(retranslate)
    retranslate()


def open_settings(window: Any) -> Any:
    """Show the settings dialog (non-blocking for tests: returned, shown, not exec'd)."""
    from fmdesk.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window, window)
    dialog.setModal(True)
    dialog.show()
    window.settings_dialog = dialog
    return dialog
