"""Scheduled backups in the desktop app: checked after start-up and then every hour; when one
is due (daily, the newest backup a day old) it runs through the window's runner on a worker
thread, quietly, so the window never waits for it. The result is one line in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from fmdesk.app.backup import backup_due, default_backup_folder, run_scheduled_backup
from fmdesk.ui.dialogs import error_sentence

if TYPE_CHECKING:
    from fmdesk.ui.shell import Shell

BACKUP_KEY = "settings.backup"
FIRST_CHECK_MS = 20_000  # after start-up, once the records database is open
CHECK_EVERY_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    """``window.backup_scheduler``: the timer, and the one place a backup is started from."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.last_result: Any = None
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def folder(self) -> Path:
        text = self.window.settings.backup_folder.strip()
        return Path(text).expanduser() if text else default_backup_folder()

    def check(self) -> bool:
        """Start a backup if the schedule says one is due; True when one was started."""
        settings = self.window.settings
        if not backup_due(self.folder(), settings.backup_schedule):
            return False
        return self.back_up(self.folder(), settings.backup_keep)

    def back_up(self, folder: Path, keep: int, done: Callable[[str], None] | None = None) -> bool:
        """One backup into ``folder`` keeping ``keep``; ``done(sentence)`` afterwards."""
        app = self.window.app

        def finished(result: Any) -> None:
            self.last_result, self.last_error = result, None
            text = self.tr("Backup written: {0} ({1:.1f} MB)").format(
                result.path.name, result.size / 1e6
            )
            self.window.status.showMessage(text, 10000)
            if done is not None:
                done(text)

        def failed(error: BaseException) -> None:
            self.last_error = error_sentence(error)
            text = self.tr("Backup failed: {0}").format(self.last_error)
            self.window.status.showMessage(text, 15000)
            if done is not None:
                done(text)

        started = self.window.ops.run(
            self.tr("Backup"),
            lambda progress: run_scheduled_backup(app, folder, keep, progress),
            finished,
            key=BACKUP_KEY,
            quiet=done is None,
            on_error=failed,
        )
        return started is not None
