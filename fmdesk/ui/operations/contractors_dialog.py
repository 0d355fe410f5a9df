"""Contractors and contracts (外包单位与合同) in the desktop app: the contractors with their
pool (在用 / 备选 / 已终止), a new contractor, moving one between pools, its contracts and a new
contract. Each action is one use case of :mod:`fmdesk.app.contractors` run through
``window.ops``; a refused input shows its one sentence in a message box.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app.changes import Change
from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.operations.contractor_forms import ContractForm, ContractorForm
from fmdesk.ui.records.labels import word
from fmdesk.ui.screen_fit import FittedDialog

POOLS = ("active", "backup", "ended")


def load_contractors(app: Any, pool: str | None) -> tuple[list[Any], list[Any]]:
    """The contractors (of one pool, or all) and every contract."""
    from fmdesk.app.contractors import list_contractors, list_contracts

    return list_contractors(app, pool), list_contracts(app)


def _table(parent: QWidget, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class ContractorsDialog(FittedDialog):
    """Contractors on top, the selected one's contracts below."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.contractors: list[Any] = []
        self.contracts: list[Any] = []
        self.last_error = ""
        self.setObjectName("ContractorsDialog")
        self.setWindowTitle(self.tr("Contractors and contracts"))
        self.pool = QComboBox(self)
        self.pool.addItem(self.tr("All pools"), "")
        for pool in POOLS:
            self.pool.addItem(self.pool_name(pool), pool)
        self.pool.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button = QPushButton(self.tr("New contractor…"), self)
        self.add_button.clicked.connect(self.new_contractor)
        self.move_to = QComboBox(self)
        for pool in POOLS:
            self.move_to.addItem(self.pool_name(pool), pool)
        self.move_button = QPushButton(self.tr("Move to pool"), self)
        self.move_button.clicked.connect(lambda: self.move_to_pool(self.move_to.currentData()))
        self.contract_button = QPushButton(self.tr("New contract…"), self)
        self.contract_button.clicked.connect(self.new_contract)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = _table(
            splitter,
            [
                self.tr("Contractor"),
                self.tr("Pool"),
                self.tr("Scope"),
                self.tr("Contact"),
                self.tr("Phone"),
                self.tr("Contracts"),
            ],
            2,
        )
        self.table.itemSelectionChanged.connect(self.show_contracts)
        self.contract_table = _table(
            splitter,
            [
                self.tr("Contract"),
                self.tr("Period"),
                self.tr("Scope"),
                self.tr("Standards: response / completion / acceptance"),
                self.tr("Monthly fee (¥)"),
                self.tr("Penalties"),
            ],
            5,
        )
        self.contract_table.setWordWrap(True)
        self.contracts_caption = QLabel(self)
        bar = QWidget(self)  # widgets only above the buttons: screen_fit may scroll the body
        top = QHBoxLayout(bar)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.pool)
        top.addStretch(1)
        for widget in (self.add_button, self.move_button, self.move_to, self.contract_button):
            top.addWidget(widget)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.contracts_caption, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(900, 480)  # fits 1366 × 768 at 150 %
        self._enable()
        bus = getattr(window, "bus", None)
        if bus is not None and hasattr(bus, "operations"):
            bus.operations.connect(self._on_changed)  # changed elsewhere in the app

    def _on_changed(self, *args: Any) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            self.refresh()

    def pool_name(self, pool: str) -> str:
        return {
            "active": self.tr("In service"),
            "backup": self.tr("Backup"),
            "ended": self.tr("Ended"),
        }.get(pool, pool)

    # -- loading ---------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return any(self.window_.ops.is_busy(k) for k in ("contractors-load", "contractors-edit"))

    def refresh(self) -> None:
        app, pool = self.window_.app, self.pool.currentData() or None
        self.window_.ops.run(
            self.tr("Contractors"),
            lambda progress: load_contractors(app, pool),
            self.show_contractors,
            key="contractors-load",
            supersede=True,
            quiet=True,
        )

    def show_contractors(self, loaded: tuple[list[Any], list[Any]]) -> None:
        if not shiboken6.isValid(self):
            return
        chosen = self.selected()
        self.contractors, self.contracts = list(loaded[0]), list(loaded[1])
        self.table.setRowCount(len(self.contractors))
        for row, c in enumerate(self.contractors):
            cells = (c.name, self.pool_name(c.pool), c.scope, c.contact_name, c.phone,
                     str(len(c.contracts)))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        names = [c.name for c in self.contractors]
        if chosen in names:
            self.table.selectRow(names.index(chosen))
        self.show_contracts()

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.contractors):
            return None
        return self.contractors[rows[0].row()].name

    def show_contracts(self) -> None:
        """The selected contractor's contracts with scope, standards, fee and penalties."""
        name = self.selected()
        rows = [c for c in self.contracts if c.contractor == name]
        self.contract_table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            cells = (
                f"{c.number} {c.title}".strip(),
                f"{c.start_on} – {c.end_on}",
                self.scope_text(c.scope),
                self.standards_text(c.standards),
                f"{c.monthly_fee:,.2f}",
                self.penalties_text(c.penalties),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.contract_table.setItem(row, column, item)
        self.contract_table.resizeRowsToContents()
        self.contracts_caption.setText(
            self.tr("{0}: {1} contract(s)").format(name, len(rows)) if name else ""
        )
        self._enable()

    def scope_text(self, scope: dict[str, list[str]]) -> str:
        parts = [word(c) for c in scope.get("categories", [])]
        parts += scope.get("systems", []) + scope.get("buildings", [])
        return "、".join(parts) or self.tr("Everything")

    def standards_text(self, standards: dict[str, dict[str, float]]) -> str:
        """``紧急 15/240/1440 分钟`` per priority: response / completion / acceptance."""
        parts = []
        for priority, values in standards.items():
            minutes = "/".join(
                f"{values[k]:.0f}" if k in values else "—"
                for k in ("response_minutes", "completion_minutes", "acceptance_minutes")
            )
            parts.append(self.tr("{0} {1} min").format(word(priority), minutes))
        return "\n".join(parts) or "—"

    def penalties_text(self, penalties: dict[str, float]) -> str:
        text = self.tr("¥{0} per SLA breach\n{1}% of the fee per concealed fault\n¥{2} per repeat")
        return text.format(
            f"{penalties.get('sla_breach_yuan', 0):,.0f}",
            f"{penalties.get('concealed_fault_percent', 0):g}",
            f"{penalties.get('repeat_finding_yuan', 0):,.0f}",
        )

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.move_button.setEnabled(chosen)
        self.contract_button.setEnabled(chosen)

    # -- actions (each one use case) ------------------------------------------------------

    def new_contractor(self) -> None:
        form = ContractorForm(self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add_contractor(form.values())
        form.deleteLater()

    def add_contractor(self, values: dict[str, Any]) -> None:
        from fmdesk.app.contractors import add_contractor

        app, values = self.window_.app, dict(values)
        name = values.pop("name")
        self._run(lambda progress: add_contractor(app, name, **values))

    def move_to_pool(self, pool: str) -> None:
        """Move the selected contractor to ``pool`` (its contracts stay)."""
        from fmdesk.app.contractors import set_contractor_pool

        app, name = self.window_.app, self.selected()
        if name is not None:
            self._run(lambda progress: set_contractor_pool(app, name, pool))

    def new_contract(self) -> None:
        name = self.selected()
        if name is None:
            return
        form = ContractForm(self, name)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add_contract(name, form.values())
        form.deleteLater()

    def add_contract(self, contractor: str, values: dict[str, Any]) -> None:
        from fmdesk.app.contractors import add_contract

        app, terms = self.window_.app, dict(values)
        number, start, end = terms.pop("number"), terms.pop("start_on"), terms.pop("end_on")
        self._run(lambda progress: add_contract(app, contractor, number, start, end, **terms))

    def _run(self, work: Any) -> None:
        self.last_error = ""
        self.window_.ops.run(
            self.tr("Contractors"),
            work,
            lambda _result: self.refresh(),
            key="contractors-edit",
            changes=[Change.OPERATIONS],
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.last_error = error_sentence(error)
            show_error(self, self.tr("Contractors"), error)
