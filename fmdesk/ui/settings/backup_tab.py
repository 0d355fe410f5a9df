"""The Backups tab of the settings: daily scheduled backup, how many to keep, where, and
*Back up now*.

The schedule itself runs in :class:`fmdesk.ui.settings.scheduler.BackupScheduler`; this tab only
edits the three settings and starts one backup on demand (through the window's runner).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app.backup import default_backup_folder

if TYPE_CHECKING:
    from fmdesk.ui.shell import Shell


class BackupTab(QWidget):
    """Schedule (off / daily), keep N, folder; *Back up now*."""

    def __init__(self, window: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        settings = window.settings
        self.schedule_combo = QComboBox(self)
        self.schedule_combo.setObjectName("schedule")
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("keep")
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setValue(max(1, int(settings.backup_keep)))
        self.folder_edit = QLineEdit(settings.backup_folder, self)
        self.folder_edit.setObjectName("folder")
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        self.now_button = QPushButton(self)
        self.now_button.setObjectName("backupNow")
        self.now_button.clicked.connect(self.back_up_now)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.captions[0], self.schedule_combo)
        self.form.addRow(self.captions[1], self.keep_spin)
        self.form.addRow(self.captions[2], folder_row)
        now_row = QHBoxLayout()
        now_row.addWidget(self.now_button)
        now_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(now_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        self.retranslate()
        self.schedule_combo.setCurrentIndex(
            max(0, self.schedule_combo.findData(settings.backup_schedule))
        )

    def folder(self) -> Path:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else default_backup_folder()

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(self.folder())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def save(self) -> None:
        settings = self.window.settings
        settings.backup_schedule = self.schedule_combo.currentData()
        settings.backup_keep = self.keep_spin.value()
        settings.backup_folder = self.folder_edit.text().strip()

    def back_up_now(self) -> None:
        scheduler = getattr(self.window, "backup_scheduler", None)
        if scheduler is None:
            return
        self.now_button.setEnabled(False)
        self.result_label.setText(self.tr("Backing up…"))
        scheduler.back_up(self.folder(), self.keep_spin.value(), self._done)

    def _done(self, text: str) -> None:
        self.now_button.setEnabled(True)
        self.result_label.setText(text)

    def retranslate(self) -> None:
        current = self.schedule_combo.currentData()
        self.schedule_combo.clear()
        self.schedule_combo.addItem(self.tr("Off"), "off")
        self.schedule_combo.addItem(
            self.tr("Daily (at start-up, or when a day has passed)"), "daily"
        )
        self.schedule_combo.setCurrentIndex(max(0, self.schedule_combo.findData(current)))
        for caption, text in zip(
            self.captions,
            (self.tr("Scheduled backup"), self.tr("Keep"), self.tr("Folder")),
            strict=True,
        ):
            caption.setText(text)
        self.keep_spin.setSuffix(self.tr(" backups"))
        self.folder_edit.setPlaceholderText(str(default_backup_folder()))
        self.browse_button.setText(self.tr("Browse…"))
        self.now_button.setText(self.tr("Back up now"))
        self.note_label.setText(
            self.tr(
                "A backup holds every record, document and photo; restore it with "
                "'fmdesk db restore FILE --db URL' into a new, empty database."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
