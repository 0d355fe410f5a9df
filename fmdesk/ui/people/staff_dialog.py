"""The staff list (人员名单): team, phone, employer, pattern and certificates, the ones that
expire within 30 days (or have expired) in red and counted at the top; import from a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import Change
from fmdesk.app import people as use_cases
from fmdesk.ui.screen_fit import FittedDialog

WARN_DAYS = 30


class StaffDialog(FittedDialog):
    """Everyone on the staff list, certificates about to expire highlighted."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.setObjectName("staffDialog")
        self.people: list[Any] = []
        self.warning = QLabel(self)
        self.warning.setObjectName("certificateWarning")
        self.warning.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.warning, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.import_button.clicked.connect(self.ask_import)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.resize(1100, 560)  # shrunk to a smaller screen when shown (fmdesk.ui.screen_fit)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff and certificates"))
        self.import_button.setText(self.tr("Import staff list…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Team"),
                self.tr("Phone"),
                self.tr("Employer"),
                self.tr("Shift pattern"),
                self.tr("Certificates (expiry)"),
            ]
        )

    def reload(self) -> None:
        app = self.window.app
        self.window.ops.run(
            self.tr("Staff list"),
            lambda progress: use_cases.list_people(app),
            self.show_people,
            key="staff-load",
            quiet=True,
            supersede=True,
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import staff list"),
            str(Path.home()),
            self.tr("Staff list (*.xlsx *.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        app = self.window.app
        self.window.ops.run(
            self.tr("Importing the staff list"),
            lambda progress: use_cases.import_people(app, path),
            self._on_imported,
            changes=[Change.PEOPLE],
        )

    def _on_imported(self, report: Any) -> None:
        message = self.tr("{0} added, {1} updated, {2} unchanged.").format(
            len(report.added), len(report.updated), len(report.unchanged)
        )
        if report.errors:
            lines = [self.tr("Line {0}: {1}").format(e.line, e.message) for e in report.errors]
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self, self.tr("Import staff list"), "\n".join([message, *lines])
            )
        self.window.status.showMessage(message, 8000)
        self.reload()

    def show_people(self, people: list[Any]) -> None:
        self.people = people
        self.table.setRowCount(len(people))
        due = 0
        for row, person in enumerate(people):
            employer = person.employer or self.tr("own staff")
            values = [person.name, person.team, person.phone, employer, person.pattern]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
            texts, warn = [], False
            for cert in person.certificates:
                texts.append(f"{cert.kind} {cert.expires_on or ''}".strip())
                if cert.days_left is not None and cert.days_left <= WARN_DAYS:
                    warn, due = True, due + 1
            item = QTableWidgetItem("；".join(texts))
            if warn:
                item.setForeground(QBrush(QColor("#C00000")))
                item.setToolTip(self.tr("Expires within {0} days or has expired").format(WARN_DAYS))
            self.table.setItem(row, 5, item)
        self.table.resizeColumnsToContents()
        if due:
            self.warning.setText(
                self.tr("{0} certificates expire within {1} days or have expired (in red).").format(
                    due, WARN_DAYS
                )
            )
            self.warning.setStyleSheet("color: #C00000; font-weight: bold;")
        else:
            self.warning.setText(
                self.tr("No certificate expires within {0} days.").format(WARN_DAYS)
            )
            self.warning.setStyleSheet("")
