"""The asset register dock (设备台账): a filterable table of assets linked to the 3D selection.

The panel only shows rows and reports what the user picked: ``filters_changed`` when a filter
changes (the controller reloads in a worker) and ``asset_selected(code, global_id)`` when a row
is picked. :meth:`select_global_id` mirrors a selection made elsewhere without echoing it back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.records.dto import AssetFilters, AssetRow
from fmdesk.ui.records.labels import word

COLUMNS = 8
STATUSES = ("in_service", "standby", "faulty", "out_of_service", "retired")


def systems_of(row: AssetRow) -> list[str]:
    """The systems an asset serves (``"排风系统 / 供配电系统"`` names two)."""
    return [s.strip() for s in row.system.split("/") if s.strip()]


class AssetRegisterPanel(QWidget):
    """Filters (text, category, system, storey, status) over a table of :class:`AssetRow`."""

    filters_changed = Signal()
    asset_selected = Signal(str, str)  # code, GlobalId ("" when not in the model)
    open_requested = Signal(str)  # code (double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AssetRow] = []
        self._mirroring = False
        self.text_edit = QLineEdit(self)
        self.text_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox(self)
        self.system_combo = QComboBox(self)
        self.storey_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        for combo in (self.category_combo, self.system_combo, self.storey_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("", "")
        self.status_combo.addItem("", "")
        for status in STATUSES:
            self.status_combo.addItem(word(status), status)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("assetTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.filters_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.text_edit, 2)
        for combo in (self.category_combo, self.system_combo, self.storey_combo, self.status_combo):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.message)

        self.text_edit.textChanged.connect(self._debounce.start)
        for combo in (self.category_combo, self.system_combo, self.storey_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.filters_changed)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        self.retranslate()

    # -- filters ---------------------------------------------------------------------------

    def filters(self) -> AssetFilters:
        """What the database query narrows by (system is filtered here: the core has no column
        filter for it)."""
        return AssetFilters(
            text=self.text_edit.text().strip(),
            category=self.category_combo.currentData() or "",
            storey=self.storey_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            limit=5000,
        )

    def set_choices(self, rows: Sequence[AssetRow]) -> None:
        """Fill the category/system/storey choices from the whole register (keeps choices)."""
        choices = {
            self.category_combo: sorted({r.category for r in rows if r.category}),
            self.system_combo: sorted({s for r in rows for s in systems_of(r)}),
            self.storey_combo: sorted({r.storey_name for r in rows if r.storey_name}),
        }
        for combo, values in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(word(value) if combo is self.category_combo else value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[AssetRow], keep_global_id: str | None = None) -> None:
        """Show ``rows`` (after the system filter) and keep the selected element selected."""
        system = self.system_combo.currentData() or ""
        self.rows = [r for r in rows if not system or system in systems_of(r)]
        self._mirroring = True
        try:
            self.table.setSortingEnabled(False)
            self.table.clearContents()
            self.table.setRowCount(len(self.rows))
            for index, row in enumerate(self.rows):
                values = (
                    row.code,
                    row.name,
                    word(row.category),
                    row.system,
                    row.storey_name,
                    row.space_name,
                    word(row.status),
                    row.criticality,
                )
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, index)
                    if not row.in_model:
                        item.setForeground(QColor("gray"))
                    self.table.setItem(index, column, item)
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(1, min(self.table.columnWidth(1), 260))
        finally:
            self._mirroring = False
        if keep_global_id:
            self.select_global_id(keep_global_id)
        self._show_count()

    def row_of(self, global_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.ifc_global_id == global_id), -1)

    def select_global_id(self, global_id: str | None) -> bool:
        """Select (and scroll to) the row of ``global_id`` without emitting ``asset_selected``."""
        index = self.row_of(global_id) if global_id else -1
        self._mirroring = True
        try:
            if index < 0:
                self.table.clearSelection()
                return False
            self.table.selectRow(index)
            self.table.scrollToItem(self.table.item(index, 0))
            return True
        finally:
            self._mirroring = False

    def select_code(self, code: str) -> bool:
        """Select the row of ``code`` as if the user clicked it (emits ``asset_selected``)."""
        index = next((i for i, r in enumerate(self.rows) if r.code == code), -1)
        if index >= 0:
            self.table.selectRow(index)
        return index >= 0

    def selected_rows(self) -> list[AssetRow]:
        indexes = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[i] for i in indexes if 0 <= i < len(self.rows)]

    def _on_row_selected(self) -> None:
        if self._mirroring:
            return
        picked = self.selected_rows()
        if len(picked) == 1:
            self.asset_selected.emit(picked[0].code, picked[0].ifc_global_id or "")

    def _on_double_click(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].code)

    def show_message(self, text: str) -> None:
        """A sentence kept under the table (import report, database error)."""
        self._note = text
        self.message.setText(text)

    def _show_count(self) -> None:
        count = self.tr("{0} asset(s)").format(len(self.rows))
        note = getattr(self, "_note", "")
        self.message.setText(f"{count} · {note}" if note else count)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.text_edit.setPlaceholderText(self.tr("Filter by code, name or serial number"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        self.system_combo.setItemText(0, self.tr("All systems"))
        self.storey_combo.setItemText(0, self.tr("All storeys"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(index, word(self.status_combo.itemData(index)))
        for index in range(1, self.category_combo.count()):
            self.category_combo.setItemText(index, word(self.category_combo.itemData(index)))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Category"),
                self.tr("System"),
                self.tr("Storey"),
                self.tr("Space"),
                self.tr("Status"),
                self.tr("Criticality"),
            ]
        )
        if self.rows:  # categories and statuses are words in the UI language
            picked = self.selected_rows()
            self.set_rows(self.rows, picked[0].ifc_global_id if len(picked) == 1 else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
