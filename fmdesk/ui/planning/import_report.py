"""The validation report of an edited plan workbook, row by row, before anything is applied.

Apply is offered only when every row is valid; with bad rows the planner may still explicitly
apply the valid part. Closing the dialog applies nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.ui.screen_fit import FittedDialog

if TYPE_CHECKING:
    from fmdesk.exports.plan_import import ImportReport


class ImportReportDialog(FittedDialog):
    """Shows an :class:`ImportReport`; emits ``apply_requested(accept_valid_part)``."""

    apply_requested = Signal(bool)

    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PlanImportReport")
        self.report = report
        self.setWindowTitle(self.tr("Import edited workbook: {0}").format(file_name))
        self.resize(820, 420)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(len(report.issues), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, issue in enumerate(report.issues):
            for column, value in enumerate(
                (str(issue.row), issue.column, issue.value, issue.message)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_valid_button = QPushButton(self.tr("Apply only the valid rows"), self)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.apply_valid_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setEnabled(report.ok)
        self.apply_valid_button.setVisible(not report.ok)
        self.apply_valid_button.setEnabled(bool(report.edits or report.done))
        self.apply_button.clicked.connect(lambda: self._apply(False))
        self.apply_valid_button.clicked.connect(lambda: self._apply(True))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.summary_label.setText(self._summary())

    def _summary(self) -> str:
        r = self.report
        counts = self.tr(
            "{0} row(s) checked: {1} change(s) of date or team, {2} completion(s), "
            "{3} unchanged, {4} occurrence(s) without a row."
        ).format(r.rows_checked, len(r.edits), len(r.done), r.unchanged, r.missing)
        if r.ok:
            return counts + " " + self.tr("Every row is valid.")
        return (
            counts
            + " "
            + self.tr(
                "{0} row(s) have errors (listed below); nothing is applied unless you choose "
                "to apply only the valid rows."
            ).format(len(r.bad_rows))
        )

    def _apply(self, accept_valid_part: bool) -> None:
        self.apply_requested.emit(accept_valid_part)
        self.accept()
