"""A simple editor of an IDS's requirements table (specifications × property requirements).

Shows an :class:`~fmdesk.handover.ids.table.IdsTable`: the specifications on the left, the
chosen one's classes and requirements on the right; alternatives (several property-set or
property names) are written separated by ``|``. ``table()`` gives the edited table back; the
controller checks it is a valid IDS before writing anything.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.handover.ids.table import IdsTable, RequirementRow, SpecRow
from fmdesk.ui.screen_fit import FittedDialog

__all__ = ["IdsEditorDialog"]

_CARDINALITIES = ("required", "optional", "prohibited")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


class IdsEditorDialog(FittedDialog):
    """Edit the specifications and requirements of an IDS table."""

    def __init__(self, table: IdsTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = copy.deepcopy(table)
        self._current = -1
        self.title = QLineEdit(self._table.title, self)
        self.specs = QListWidget(self)
        self.add_spec = QPushButton(self)
        self.remove_spec = QPushButton(self)
        self.name = QLineEdit(self)
        self.classes = QLineEdit(self)
        self.usage = QComboBox(self)
        self.requirements = QTableWidget(0, 5, self)
        self.requirements.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_row = QPushButton(self)
        self.remove_row = QPushButton(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.specs.currentRowChanged.connect(self._show_spec)
        self.add_spec.clicked.connect(self._add_spec)
        self.remove_spec.clicked.connect(self._remove_spec)
        self.add_row.clicked.connect(lambda: self._append_row(RequirementRow(names=[])))
        self.remove_row.clicked.connect(self._remove_row)
        self._layout()
        self.retranslate()
        for spec in self._table.specifications:
            self.specs.addItem(spec.name)
        if self._table.specifications:
            self.specs.setCurrentRow(0)
        self.resize(1100, 620)

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.specs, 1)
        spec_buttons = QHBoxLayout()
        spec_buttons.addWidget(self.add_spec)
        spec_buttons.addWidget(self.remove_spec)
        left_layout.addLayout(spec_buttons)
        right = QWidget(self)
        self.labels = {key: QLabel(self) for key in ("title", "name", "classes", "usage")}
        self.form = QFormLayout()
        self.form.addRow(self.labels["name"], self.name)
        self.form.addRow(self.labels["classes"], self.classes)
        self.form.addRow(self.labels["usage"], self.usage)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.requirements, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_row)
        row_buttons.addWidget(self.remove_row)
        row_buttons.addStretch(1)
        right_layout.addLayout(row_buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        title_row = QFormLayout()
        self.title_form = title_row
        title_row.addRow(self.labels["title"], self.title)
        layout.addLayout(title_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit IDS requirements"))
        self.labels["title"].setText(self.tr("Title"))
        self.labels["name"].setText(self.tr("Specification"))
        self.labels["classes"].setText(self.tr("IFC classes (| between)"))
        self.labels["usage"].setText(self.tr("Usage"))
        self.usage.clear()
        self.usage.addItems([self.tr("required"), self.tr("optional"), self.tr("prohibited")])
        self.add_spec.setText(self.tr("Add specification"))
        self.remove_spec.setText(self.tr("Remove"))
        self.add_row.setText(self.tr("Add requirement"))
        self.remove_row.setText(self.tr("Remove requirement"))
        self.requirements.setHorizontalHeaderLabels(
            [
                self.tr("Property sets (| between)"),
                self.tr("Properties (| between)"),
                self.tr("Data type"),
                self.tr("Value"),
                self.tr("Cardinality"),
            ]
        )

    def _show_spec(self, row: int) -> None:
        self._store_current()
        self._current = row
        if row < 0 or row >= len(self._table.specifications):
            return
        spec = self._table.specifications[row]
        self.name.setText(spec.name)
        self.classes.setText(" | ".join(spec.classes))
        self.usage.setCurrentIndex(("required", "optional", "prohibited").index(spec.usage))
        self.requirements.setRowCount(0)
        for requirement in spec.requirements:
            self._append_row(requirement)

    def _append_row(self, requirement: RequirementRow) -> None:
        row = self.requirements.rowCount()
        self.requirements.insertRow(row)
        values = [
            " | ".join(requirement.property_sets),
            " | ".join(requirement.names),
            requirement.data_type,
            requirement.value,
        ]
        for column, value in enumerate(values):
            self.requirements.setItem(row, column, QTableWidgetItem(value))
        cardinality = QComboBox(self.requirements)
        cardinality.addItems(list(_CARDINALITIES))
        cardinality.setCurrentText(requirement.cardinality)
        self.requirements.setCellWidget(row, 4, cardinality)
        self.requirements.item(row, 0).setData(0x0100, requirement)

    def _remove_row(self) -> None:
        row = self.requirements.currentRow()
        if row >= 0:
            self.requirements.removeRow(row)

    def _store_current(self) -> None:
        if self._current < 0 or self._current >= len(self._table.specifications):
            return
        spec = self._table.specifications[self._current]
        spec.name = self.name.text().strip() or spec.name
        spec.classes = [c.upper() for c in _split(self.classes.text())] or spec.classes
        spec.usage = _CARDINALITIES[max(0, self.usage.currentIndex())]
        rows = []
        for row in range(self.requirements.rowCount()):
            text = [self._text(row, c) for c in range(4)]
            names = _split(text[1])
            if not names:
                continue
            old = (
                self.requirements.item(row, 0).data(0x0100)
                if self.requirements.item(row, 0)
                else None
            )
            widget = self.requirements.cellWidget(row, 4)
            rows.append(
                RequirementRow(
                    names=names,
                    property_sets=_split(text[0]),
                    kind="property" if _split(text[0]) else "attribute",
                    data_type=text[2].strip().upper(),
                    value=text[3].strip(),
                    cardinality=widget.currentText() if widget else "required",
                    instructions=getattr(old, "instructions", ""),
                )
            )
        spec.requirements = rows
        self.specs.item(self._current).setText(spec.name)

    def _text(self, row: int, column: int) -> str:
        item = self.requirements.item(row, column)
        return item.text() if item is not None else ""

    def _add_spec(self) -> None:
        self._store_current()
        spec = SpecRow(name=self.tr("New specification"), classes=["IFCPUMP"])
        self._table.specifications.append(spec)
        self.specs.addItem(spec.name)
        self.specs.setCurrentRow(self.specs.count() - 1)

    def _remove_spec(self) -> None:
        row = self.specs.currentRow()
        if row < 0:
            return
        self._current = -1
        del self._table.specifications[row]
        self.specs.takeItem(row)

    def _accept(self) -> None:
        self._store_current()
        self.accept()

    def table(self) -> IdsTable:
        """The edited table (call after the dialog was accepted)."""
        self._store_current()
        self._table.title = self.title.text().strip() or self._table.title
        return self._table
