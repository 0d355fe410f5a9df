"""The roster grid (值班表): people × days of one month, a cell's shift chosen from the
shifts' codes; generate the month from the patterns, export the printable workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import Change
from fmdesk.app import roster as use_cases
from fmdesk.ui.screen_fit import FittedDialog

WEEKDAYS = "一二三四五六日"
COLOURS = {
    "白": "#FFF2CC",
    "早": "#E2EFDA",
    "中": "#DDEBF7",
    "夜": "#D9D2E9",
    "值": "#F8CBAD",
    "休": "#FFFFFF",
    "假": "#EDEDED",
}


class ShiftDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of the shift codes (the legend's order)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.codes: list[tuple[str, str]] = []

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        for code, name in self.codes:
            box.addItem(f"{code} {name}", code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data())
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class RosterDialog(FittedDialog):
    """One month of the roster; every edit is saved at once (a hand edit, kept on regenerate)."""

    shift_changed = Signal(str, str, str)  # person, day, code

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.setObjectName("rosterDialog")
        self.grid: Any = None
        self.working: list[str] = []
        self._loading = False
        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(False)
        today = QDate.currentDate()
        self.month_edit.setDate(QDate(today.year(), today.month(), 1))
        self.generate_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.table = QTableWidget(self)
        self.table.setObjectName("rosterTable")
        self.delegate = ShiftDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setMinimumSectionSize(22)
        self.table.horizontalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.month_label = QLabel(self)
        self._layout()
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.generate_button.clicked.connect(self.generate)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button.clicked.connect(self.accept)
        self.table.itemChanged.connect(self._on_item_changed)
        self.retranslate()
        self.resize(1300, 600)  # shrunk to a smaller screen when shown (fmdesk.ui.screen_fit)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month_edit)
        top.addStretch(1)
        top.addWidget(self.generate_button)
        top.addWidget(self.export_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duty roster"))
        self.month_label.setText(self.tr("Month:"))
        self.generate_button.setText(self.tr("Generate from patterns"))
        self.export_button.setText(self.tr("Export for printing…"))
        self.close_button.setText(self.tr("Close"))

    @property
    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    # -- use cases ---------------------------------------------------------------------------

    def reload(self) -> None:
        app, month = self.window.app, self.month
        self.window.ops.run(
            self.tr("Duty roster"),
            lambda progress: use_cases.show_roster(app, month),
            self.show_grid,
            key="roster-load",
            quiet=True,
            supersede=True,
        )

    def generate(self) -> None:
        app, month = self.window.app, self.month
        self.window.ops.run(
            self.tr("Generating the roster"),
            lambda progress: use_cases.generate_roster(app, month),
            lambda _result: self.reload(),
            changes=[Change.PEOPLE],
        )

    def ask_export(self) -> None:
        suggested = str(Path.home() / self.tr("roster {0}.xlsx").format(self.month))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        app, month = self.window.app, self.month
        self.window.ops.run(
            self.tr("Exporting the roster"),
            lambda progress: use_cases.export_roster(app, month, path),
            lambda result: self.window.status.showMessage(
                self.tr("Roster written to {0}").format(result.path), 8000
            ),
        )

    def set_shift(self, person: str, day: str, code: str) -> None:
        app = self.window.app
        self.window.ops.run(
            self.tr("Duty roster"),
            lambda progress: use_cases.set_shift(app, person, date.fromisoformat(day), code),
            lambda _cell: self.shift_changed.emit(person, day, code),
            changes=[Change.PEOPLE],
            on_error=self._on_edit_failed,
        )

    def _on_edit_failed(self, error: BaseException) -> None:
        from fmdesk.ui.dialogs import show_error

        show_error(self, self.tr("Duty roster"), error)
        self.reload()

    # -- showing -----------------------------------------------------------------------------

    def show_grid(self, grid: Any) -> None:
        self.grid = grid
        self._loading = True
        self.delegate.codes = [(s.code, s.name) for s in grid.shifts]
        self.working = [s.code for s in grid.shifts if s.hours > 0]
        table = self.table
        table.clear()
        days = len(grid.days)
        table.setRowCount(len(grid.rows))
        table.setColumnCount(days + len(self.working) + 1)
        headers = []
        for day in grid.days:
            weekday = WEEKDAYS[date.fromisoformat(day).weekday()]
            headers.append(f"{int(day[-2:])}\n{weekday}")
        days_word = self.tr("days")
        headers += [f"{code}\n{days_word}" for code in self.working]
        headers.append(self.tr("Total"))
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels(
            [f"{r.person}（{r.team}）" if r.team else r.person for r in grid.rows]
        )
        for col, day in enumerate(grid.days):
            item = table.horizontalHeaderItem(col)
            if day in grid.holidays and item is not None:
                item.setToolTip(grid.holidays[day])
                item.setForeground(QBrush(QColor("#C00000")))
        for row, data in enumerate(grid.rows):
            for col, code in enumerate(data.codes):
                table.setItem(row, col, self._cell(code))
            self._show_totals(row)
        self._loading = False
        self.legend.setText(self._legend_text(grid))
        if not grid.rows:
            self.legend.setText(
                self.tr("No roster for this month yet: press Generate from patterns.")
            )

    def _show_totals(self, row: int) -> None:
        """Days per working shift and in all, after the month's columns (read-only)."""
        days = len(self.grid.days)
        codes = [self.table.item(row, col).text() for col in range(days)]
        counts = [codes.count(code) for code in self.working]
        for offset, value in enumerate([*counts, sum(counts)]):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(QBrush(QColor("#F2F2F2")))
            self.table.setItem(row, days + offset, item)

    def _cell(self, code: str) -> QTableWidgetItem:
        item = QTableWidgetItem(code)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setBackground(QBrush(QColor(COLOURS.get(code, "#FFFFFF"))))
        return item

    def _legend_text(self, grid: Any) -> str:
        parts = []
        for shift in grid.shifts:
            hours = f" {shift.start}–{shift.end}" if shift.hours else ""
            parts.append(f"{shift.code} = {shift.name}{hours}")
        return self.tr("Legend: {0}. Red dates are weekends or holidays.").format("；".join(parts))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.grid is None or item.column() >= len(self.grid.days):
            return
        code = item.text().strip()
        self._loading = True
        item.setBackground(QBrush(QColor(COLOURS.get(code, "#FFFFFF"))))
        self._show_totals(item.row())
        self._loading = False
        person = self.grid.rows[item.row()].person
        self.set_shift(person, self.grid.days[item.column()], code)
