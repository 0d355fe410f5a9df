"""The trainer's view: every trainee against every drill set — attempts, best and last score,
when the refresher is due — with buttons to add a trainee and print a certificate."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.training.progress import ProgressRow

STATUS_COLOURS = {
    "passed": "#1a7f37",
    "due_soon": "#b26a00",
    "refresher_due": "#b00020",
    "not_passed": "#b00020",
    "not_started": "#666666",
}


class TrainerPanel(QWidget):
    """Who has done what, who is due a refresher."""

    add_requested = Signal()
    certificate_requested = Signal(str, int)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTrainerPanel")
        self.rows: list[ProgressRow] = []
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("trainingProgress")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self)
        self.certificate_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.certificate_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        self.certificate_button.clicked.connect(self._certificate)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Trainee"),
                self.tr("Team"),
                self.tr("Drill set"),
                self.tr("Attempts"),
                self.tr("Best"),
                self.tr("Last"),
                self.tr("Refresher due"),
                self.tr("Status"),
            ]
        )
        self.add_button.setText(self.tr("Add trainee…"))
        self.certificate_button.setText(self.tr("Certificate…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.set_rows(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self, status: str) -> str:
        return {
            "not_started": self.tr("not started"),
            "not_passed": self.tr("not passed"),
            "passed": self.tr("passed"),
            "due_soon": self.tr("refresher due soon"),
            "refresher_due": self.tr("refresher due"),
        }.get(status, status)

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            values = [
                row.trainee,
                row.team,
                row.set_name,
                str(row.attempts),
                "" if row.best_score is None else str(row.best_score),
                "" if row.last_at is None else row.last_at.isoformat(),
                "" if row.refresher_due is None else row.refresher_due.isoformat(),
                self.status_text(row.status),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 7:
                    item.setForeground(QColor(STATUS_COLOURS.get(row.status, "#000000")))
                self.table.setItem(number, column, item)
        self._update_buttons()

    def _chosen(self) -> ProgressRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self._chosen()
        self.certificate_button.setEnabled(row is not None and row.passed_on is not None)

    def _certificate(self) -> None:
        row = self._chosen()
        if row is not None:
            self.certificate_requested.emit(row.trainee, row.set_id)

    def select(self, trainee: str, set_id: int) -> None:
        for number, row in enumerate(self.rows):
            if row.trainee == trainee and row.set_id == set_id:
                self.table.selectRow(number)
                self.table.setCurrentCell(
                    number,
                    0,
                )
        self._update_buttons()


__all__ = ["TrainerPanel"]
