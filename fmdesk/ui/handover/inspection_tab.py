"""The handover inspection tab (承接查验): a handover's 7-step checklist and its reminders."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.handover.inspection import STEPS, HandoverView
from fmdesk.ui.handover import ui_language

__all__ = ["InspectionTab"]

_COLOURS = {"pass": "#1e8449", "fail": "#c0392b", "na": "#7f8c8d"}


class InspectionTab(QWidget):
    new_requested = Signal()
    handover_chosen = Signal(str)
    result_requested = Signal(str, str, str)  # handover, item code + target, status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: list[HandoverView] = []
        self.chooser = QComboBox(self)
        self.new_button = QPushButton(self)
        self.pass_button = QPushButton(self)
        self.fail_button = QPushButton(self)
        self.na_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.reminders = QLabel(self)
        self.reminders.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.chooser.currentTextChanged.connect(self.handover_chosen)
        self.new_button.clicked.connect(self.new_requested)
        for button, status in (
            (self.pass_button, "pass"),
            (self.fail_button, "fail"),
            (self.na_button, "na"),
        ):
            button.clicked.connect(lambda _=False, s=status: self._request(s))
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pass_button)
        buttons.addWidget(self.fail_button)
        buttons.addWidget(self.na_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.reminders)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New handover…"))
        self.pass_button.setText(self.tr("Passed"))
        self.fail_button.setText(self.tr("Failed (review issue)"))
        self.na_button.setText(self.tr("Not applicable"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("System / space"),
                self.tr("Item"),
                self.tr("Result"),
                self.tr("Review issue"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_handovers(self, views: list[HandoverView], current: str = "") -> None:
        self.views = views
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([v.name for v in views])
        if current:
            self.chooser.setCurrentText(current)
        self.chooser.blockSignals(False)
        self.show_handover(self.current())

    def current(self) -> HandoverView | None:
        name = self.chooser.currentText()
        return next((v for v in self.views if v.name == name), None)

    def show_handover(self, view: HandoverView | None) -> None:
        self.table.setRowCount(0)
        if view is None:
            self.summary.setText(self.tr("No handover yet: start one with “New handover…”."))
            return
        start, end = view.revisit_period
        findings = sum(1 for c in view.checks if c.status == "fail")
        self.summary.setText(
            self.tr("Delivered {delivered}; quality revisit {start} – {end}; {findings} findings")
            .replace("{delivered}", view.delivered_on.isoformat())
            .replace("{start}", start.isoformat())
            .replace("{end}", end.isoformat())
            .replace("{findings}", str(findings))
        )
        for check in view.checks:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = [
                f"{check.step} {STEPS[check.step].render(ui_language())}",
                check.target,
                check.item,
                check.status,
                check.issue_number,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(0x0100, f"{check.item_code}\t{check.target}")
                if column == 3 and check.status in _COLOURS:
                    item.setForeground(QBrush(QColor(_COLOURS[check.status])))
                self.table.setItem(row, column, item)

    def set_reminders(self, lines: list[str]) -> None:
        self.reminders.setText("\n".join(lines[:8]))

    def _request(self, status: str) -> None:
        view = self.current()
        row = self.table.currentRow()
        if view is None or row < 0:
            return
        self.result_requested.emit(view.name, self.table.item(row, 0).data(0x0100), status)
