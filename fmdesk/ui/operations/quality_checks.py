"""Quality checks (品质检查) in the desktop app: the findings with their state, deadline,
rectification order and the 屡查屡犯 flag; record a finding (with photos), rectify, recheck and
close it. Every action is one use case of :mod:`fmdesk.app.quality` run through ``window.ops``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from fmdesk.app.changes import Change
from fmdesk.ui.screen_fit import FittedDialog

STATES = ("", "open", "rectified", "rechecked", "closed")
REPEATED_COLOUR = "#fde2e1"


class FindingForm(FittedDialog):
    """The fields of a new finding: item, asset, contractor, severity, concealed, photos."""

    def __init__(self, parent: Any, contractors: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New finding"))
        self.photos: list[Path] = []
        self.item = QLineEdit(self)
        self.asset = QLineEdit(self)
        self.contractor = QComboBox(self)
        self.contractor.addItem(self.tr("(in-house)"), "")
        for name in contractors:
            self.contractor.addItem(name, name)
        self.severity = QComboBox(self)
        for value, label in (
            ("minor", self.tr("Minor")),
            ("major", self.tr("Major")),
            ("critical", self.tr("Critical")),
        ):
            self.severity.addItem(label, value)
        self.concealed = QCheckBox(self.tr("Concealed fault"), self)
        self.description = QLineEdit(self)
        self.photo_button = QPushButton(self.tr("Add photos…"), self)
        self.photo_button.clicked.connect(self._choose_photos)
        form = QFormLayout()
        form.addRow(self.tr("Check item"), self.item)
        form.addRow(self.tr("Asset code"), self.asset)
        form.addRow(self.tr("Contractor"), self.contractor)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow("", self.concealed)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Photos"), self.photo_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos"), "", self.tr("Images (*.jpg *.jpeg *.png)")
        )
        self.photos = [Path(p) for p in paths]
        self.photo_button.setText(self.tr("{0} photo(s)").format(len(self.photos)))

    def values(self) -> dict[str, Any]:
        return {
            "item": self.item.text().strip(),
            "asset": self.asset.text().strip() or None,
            "contractor": self.contractor.currentData() or None,
            "severity": self.severity.currentData(),
            "concealed": self.concealed.isChecked(),
            "description": self.description.text().strip(),
            "photos": list(self.photos),
        }


class QualityChecks(FittedDialog):
    """The findings table with its filter and the loop's buttons."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.findings: list[Any] = []
        self.setObjectName("QualityChecks")
        self.setWindowTitle(self.tr("Quality checks"))
        self.state = QComboBox(self)
        for value, label in zip(
            STATES,
            (
                self.tr("All"),
                self.tr("Open"),
                self.tr("Rectified"),
                self.tr("Rechecked"),
                self.tr("Closed"),
            ),
            strict=True,
        ):
            self.state.addItem(label, value)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.repeated_only = QCheckBox(self.tr("Repeated only (屡查屡犯)"), self)
        self.repeated_only.toggled.connect(lambda _c: self.refresh())
        self.buttons = {
            "new": QPushButton(self.tr("New finding…"), self),
            "rectify": QPushButton(self.tr("Rectified"), self),
            "pass": QPushButton(self.tr("Recheck passed"), self),
            "fail": QPushButton(self.tr("Recheck failed"), self),
            "close": QPushButton(self.tr("Close (销项)"), self),
        }
        self.buttons["new"].clicked.connect(self.new_finding)
        self.buttons["rectify"].clicked.connect(lambda: self.act("rectify"))
        self.buttons["pass"].clicked.connect(lambda: self.act("pass"))
        self.buttons["fail"].clicked.connect(lambda: self.act("fail"))
        self.buttons["close"].clicked.connect(lambda: self.act("close"))
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Check item"),
                self.tr("Asset"),
                self.tr("Contractor"),
                self.tr("Found"),
                self.tr("Deadline"),
                self.tr("State"),
                self.tr("Work order"),
                self.tr("Repeated"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addWidget(self.repeated_only)
        top.addStretch(1)
        for button in self.buttons.values():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.resize(880, 420)  # fits 1366 × 768 at 150 %

    def refresh(self) -> None:
        from fmdesk.app.quality import list_findings

        app = self.window_.app
        state = self.state.currentData() or None
        repeated = self.repeated_only.isChecked()
        self.window_.ops.run(
            self.tr("Quality checks"),
            lambda progress: list_findings(app, state=state, repeated_only=repeated),
            self.show_findings,
            key="quality-findings",
            supersede=True,
            quiet=True,
        )

    def is_busy(self) -> bool:
        return any(self.window_.ops.is_busy(k) for k in ("quality-findings", "quality-action"))

    def show_findings(self, findings: list[Any]) -> None:
        self.findings = list(findings)
        self.table.setRowCount(len(self.findings))
        for row, f in enumerate(self.findings):
            cells = [
                f.number,
                f.item,
                f.asset_code or f.element_global_id,
                f.contractor or "—",
                f"{f.found_at.astimezone():%Y-%m-%d}",
                f"{f.deadline.astimezone():%Y-%m-%d %H:%M}",
                self._state_label(f.state),
                f.work_order,
                self.tr("Yes") if f.repeated else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if f.repeated:
                    item.setBackground(QBrush(QColor(REPEATED_COLOUR)))
                if column == 5 and f.overdue:
                    item.setForeground(QBrush(QColor("#b42318")))
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    def _state_label(self, state: str) -> str:
        return {
            "open": self.tr("Open"),
            "rectified": self.tr("Rectified"),
            "rechecked": self.tr("Rechecked"),
            "closed": self.tr("Closed"),
        }.get(state, state)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.findings[rows[0].row()].number if rows else None

    def act(self, action: str) -> None:
        """Rectify, recheck (pass/fail) or close the selected finding."""
        from fmdesk.app import quality

        number = self.selected()
        if number is None:
            return
        app = self.window_.app
        work = {
            "rectify": lambda p: quality.rectify_finding(app, number),
            "pass": lambda p: quality.recheck_finding(app, number, "pass"),
            "fail": lambda p: quality.recheck_finding(app, number, "fail"),
            "close": lambda p: quality.close_finding(app, number),
        }[action]
        self._run(work)

    def new_finding(self) -> None:
        form = FindingForm(self, self._contractors())
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        self.record(form.values())

    def record(self, values: dict[str, Any]) -> None:
        from fmdesk.app.quality import record_finding

        app = self.window_.app
        self._run(lambda p: record_finding(app, values.pop("item"), **values))

    def _run(self, work: Any) -> None:
        self.window_.ops.run(
            self.tr("Quality checks"),
            work,
            lambda _result: self.refresh(),
            key="quality-action",
            changes=[Change.WORK_ORDERS],
        )

    def _contractors(self) -> list[str]:
        from fmdesk.app.contractors import list_contractors
        from fmdesk.errors import UserError

        try:
            return [c.name for c in list_contractors(self.window_.app, "active")]
        except UserError:  # the database is not reachable: the form still opens
            return []
