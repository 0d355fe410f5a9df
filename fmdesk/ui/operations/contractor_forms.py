"""The two input forms of the contractors dialog: a new contractor (name, scope, contact,
phone, pool) and a new contract (number, period, scope, service standards per priority in
minutes, monthly fee, penalty rules, pass score). They only collect values; the dialog runs the
use cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fmdesk.ui.records.labels import word
from fmdesk.ui.screen_fit import FittedDialog

PRIORITIES = ("urgent", "high", "normal", "low")
STANDARD_KEYS = ("response_minutes", "completion_minutes", "acceptance_minutes")
CATEGORIES = (
    "lift", "pump", "tank", "valve", "meter", "fan", "hydrant", "sprinkler", "breaker",
    "distribution_board", "transformer", "generator", "chamber", "junction_box",
)  # fmt: skip
DEFAULT_STANDARDS = {
    "urgent": (15, 240, 1440),
    "high": (30, 480, 2880),
    "normal": (120, 1440, 4320),
    "low": (480, 4320, 10080),
}
"""Minutes (response, completion, acceptance) a new contract starts from; the user edits them."""


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _split(text: str) -> list[str]:
    """``"给水, 消防、电梯"`` → ``["给水", "消防", "电梯"]`` (Chinese or Latin commas)."""
    return [p.strip() for p in text.replace("、", ",").replace("，", ",").split(",") if p.strip()]


class ContractorForm(FittedDialog):
    """Name, scope, contact, phone and whether it joins the backup supplier pool."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.setObjectName("ContractorForm")
        self.setWindowTitle(self.tr("New contractor"))
        self.name = QLineEdit(self)
        self.scope = QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("e.g. lift maintenance"))
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.backup = QCheckBox(self.tr("Backup supplier (备选)"), self)
        fields = QWidget(self)  # a widget, not a layout: screen_fit may scroll the body
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.backup)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(_buttons(self))
        self.resize(420, 220)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "scope": self.scope.text().strip(),
            "contact": self.contact.text().strip(),
            "phone": self.phone.text().strip(),
            "backup": self.backup.isChecked(),
        }


class ContractForm(FittedDialog):
    """A contract's terms; :meth:`values` gives the keyword arguments of ``add_contract``."""

    def __init__(self, parent: Any, contractor: str, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContractForm")
        self.contractor = contractor
        self.setWindowTitle(self.tr("New contract — {0}").format(contractor))
        start = (today or date.today()).replace(month=1, day=1)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("HT-2027-001")
        self.title = QLineEdit(self)
        self.start = self._date(QDate(start.year, 1, 1))
        self.end = self._date(QDate(start.year, 12, 31))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        self.categories = QListWidget(self)
        self.categories.setFlow(QListWidget.Flow.LeftToRight)
        self.categories.setWrapping(True)
        self.categories.setMaximumHeight(64)
        for key in CATEGORIES:
            item = QListWidgetItem(word(key), self.categories)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.systems = QLineEdit(self)
        self.systems.setPlaceholderText(self.tr("systems, separated by commas (empty: all)"))
        self.buildings = QLineEdit(self)
        self.buildings.setPlaceholderText(self.tr("buildings or storeys (empty: all)"))
        self.fee = self._money(10_000_000)
        self.breach = self._money(1_000_000, 500)
        self.concealed = self._money(100, 5)
        self.concealed.setSuffix(" %")
        self.repeat = self._money(1_000_000, 200)
        self.pass_score = QSpinBox(self)
        self.pass_score.setRange(0, 100)
        self.pass_score.setValue(80)
        fields = QWidget(self)  # a widget, not a layout: screen_fit may scroll the body
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Asset categories"), self.categories)
        form.addRow(self.tr("Systems"), self.systems)
        form.addRow(self.tr("Buildings"), self.buildings)
        form.addRow(self.tr("Monthly fee (¥)"), self.fee)
        form.addRow(self.tr("Per SLA breach (¥)"), self.breach)
        form.addRow(self.tr("Per concealed fault (% of fee)"), self.concealed)
        form.addRow(self.tr("Per repeated finding (¥)"), self.repeat)
        form.addRow(self.tr("Pass score"), self.pass_score)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(self._standards_box())
        layout.addWidget(_buttons(self))
        self.resize(560, 600)

    def _date(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        return edit

    def _money(self, top: float, value: float = 0.0) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, top)
        spin.setDecimals(2)
        spin.setGroupSeparatorShown(True)
        spin.setValue(value)
        return spin

    def _standards_box(self) -> QGroupBox:
        """A priority × (response, completion, acceptance) grid of minutes."""
        box = QGroupBox(self.tr("Service standards (minutes)"), self)
        grid = QGridLayout(box)
        for column, text in enumerate(
            (self.tr("Response"), self.tr("Completion"), self.tr("Acceptance")), start=1
        ):
            grid.addWidget(QLabel(text, box), 0, column)
        self.standards: dict[str, list[QSpinBox]] = {}
        for row, priority in enumerate(PRIORITIES, start=1):
            grid.addWidget(QLabel(word(priority), box), row, 0)
            spins = []
            for column, minutes in enumerate(DEFAULT_STANDARDS[priority], start=1):
                spin = QSpinBox(box)
                spin.setRange(0, 525_600)  # 0: no standard for this priority
                spin.setValue(minutes)
                grid.addWidget(spin, row, column)
                spins.append(spin)
            self.standards[priority] = spins
        return box

    def values(self) -> dict[str, Any]:
        """The arguments of :func:`fmdesk.app.contractors.add_contract` after the contractor."""
        categories = [
            self.categories.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.categories.count())
            if self.categories.item(i).checkState() == Qt.CheckState.Checked
        ]
        standards = {}
        for priority, spins in self.standards.items():
            minutes = {k: float(s.value()) for k, s in zip(STANDARD_KEYS, spins, strict=True)}
            minutes = {k: v for k, v in minutes.items() if v > 0}
            if minutes:
                standards[priority] = minutes
        return {
            "number": self.number.text().strip(),
            "start_on": self.start.date().toPython(),
            "end_on": self.end.date().toPython(),
            "title": self.title.text().strip(),
            "categories": categories,
            "systems": _split(self.systems.text()),
            "buildings": _split(self.buildings.text()),
            "standards": standards,
            "monthly_fee": self.fee.value(),
            "penalties": {
                "sla_breach_yuan": self.breach.value(),
                "concealed_fault_percent": self.concealed.value(),
                "repeat_finding_yuan": self.repeat.value(),
            },
            "pass_score": self.pass_score.value(),
        }
