"""The task library editor: the department's routine tasks as an editable, validated table.

Saving checks every row with the core's own rules (class, RRULE, hours, window, team); the
first bad row is one sentence and nothing is saved. A valid table is installed as the
department's library (:func:`fmdesk.maintenance.tasks.import_tasks`) and used by every later
plan; "Reset to shipped" goes back to the bundled one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import tasks as tasks_use_cases
from fmdesk.errors import UserError
from fmdesk.ui.screen_fit import FittedDialog

if TYPE_CHECKING:
    from fmdesk.maintenance.model import TaskDefinition
from fmdesk.ui.dialogs import show_error

TASK_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    "code",
    "name",
    "ifc_class",
    "predefined_type",
    "rrule",
    "frequency",
    "window_pct",
    "hours",
    "team",
    "contractor",
    "mode",
)
READ_ONLY = {"frequency"}
MAX_COLUMN_WIDTH = 190


def task_cells(task: TaskDefinition) -> dict[str, str]:
    """The editable text of a task, one string per column (as in the CSV)."""
    return {
        "code": task.code,
        "name": task.name,
        "ifc_class": "|".join(task.ifc_classes),
        "predefined_type": "|".join(task.predefined_types),
        "rrule": task.rrule,
        "frequency": _frequency(task.rrule),
        "window_pct": f"{task.window_pct:g}",
        "hours": f"{task.hours:g}",
        "team": task.team,
        "contractor": "yes" if task.contractor else "",
        "mode": task.mode,
    }


def _frequency(rule: str) -> str:
    return tasks_use_cases.describe_frequency(rule) or "?"


class TaskLibraryDialog(FittedDialog):
    """Edit, import, export or reset the task library; ``saved(count)`` after a save."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TaskLibraryDialog")
        self.resize(1300, 600)
        self.last_error: str | None = None
        self.source_label = QLabel(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(True)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button.clicked.connect(self.choose_and_export)
        self.reset_button.clicked.connect(self.reset_to_shipped)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._on_item_changed)
        self.retranslate()
        self.reload()

    # -- table -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the library in use (imported or bundled)."""
        try:
            library = tasks_use_cases.load_task_library()
        except UserError as error:
            self._refuse(error.message)
            self.set_tasks([])
            return
        self.set_tasks(library.tasks)
        own = library.own
        where = self.tr("the department's own library") if own else self.tr("the shipped library")
        self.source_label.setText(
            self.tr("{0} task(s) from {1} ({2})").format(len(library.tasks), where, library.source)
        )

    def set_tasks(self, tasks: list[TaskDefinition]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for task in tasks:
            self._append(task)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):  # long class lists stay readable in tooltips
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))

    def _append(self, task: TaskDefinition | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = task_cells(task) if task is not None else dict.fromkeys(COLUMNS, "")
        for column, key in enumerate(COLUMNS):
            item = QTableWidgetItem(cells[key])
            item.setToolTip(cells[key])
            if key in READ_ONLY:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column == 0:
                item.setData(TASK_ROLE, task)
            self.table.setItem(row, column, item)

    def add_row(self) -> None:
        self._append(None)
        self.table.scrollToBottom()
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def set_cell(self, row: int, key: str, text: str) -> None:
        """Type ``text`` into a cell (as the planner would)."""
        self.table.item(row, COLUMNS.index(key)).setText(text)

    def row_of(self, code: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == code:
                return row
        return -1

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if COLUMNS[item.column()] == "rrule":
            frequency = self.table.item(item.row(), COLUMNS.index("frequency"))
            if frequency is not None:
                self.table.blockSignals(True)
                frequency.setText(_frequency(item.text().strip()))
                self.table.blockSignals(False)

    # -- checking and saving ---------------------------------------------------------------

    def read_tasks(self) -> list[TaskDefinition]:
        """The table as task definitions, checked by the core; raises UserError on a bad row."""
        tasks: list[TaskDefinition] = []
        seen: set[str] = set()
        for row in range(self.table.rowCount()):
            cells = {key: self.table.item(row, c).text().strip() for c, key in enumerate(COLUMNS)}
            original: TaskDefinition | None = self.table.item(row, 0).data(TASK_ROLE)
            where = self.tr("Row {0}").format(row + 1)
            values = {
                "code": cells["code"],
                "name": cells["name"],
                "ifc_class": cells["ifc_class"],
                "predefined_type": cells["predefined_type"],
                "system_type": "|".join(original.system_types) if original else "",
                "name_contains": "|".join(original.name_contains) if original else "",
                "rrule": cells["rrule"],
                "mode": cells["mode"],
                "strict": "yes" if original and original.strict else "",
                "window_pct": cells["window_pct"],
                "batches": str(original.batches) if original else "1",
                "hours": cells["hours"],
                "team": cells["team"],
                "contractor": cells["contractor"],
                "source": original.source if original else "",
                "note": original.note if original else "",
            }
            # the core's own row check, so the editor and `fmdesk tasks import` agree
            task = tasks_use_cases.check_task_row(values, where)
            if task.code in seen:
                raise UserError(
                    self.tr("{0}: task code {1} is used twice; rename one.").format(
                        where, task.code
                    )
                )
            seen.add(task.code)
            tasks.append(task)
        return tasks

    def save(self) -> bool:
        """Check every row; install the library only when all are valid."""
        try:
            tasks = self.read_tasks()
            tasks_use_cases.save_task_library(tasks)
        except UserError as error:
            self._refuse(self.tr("Nothing saved: {0}").format(error.message))
            return False
        self.last_error = None
        self.saved.emit(len(tasks))
        self.reload()
        return True

    def _refuse(self, message: str) -> None:
        self.last_error = message
        show_error(self, self.tr("Task library"), message)

    # -- files -----------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import task library"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Check ``path`` and use it from now on (nothing changes if a row is wrong)."""
        try:
            installed = tasks_use_cases.import_task_library(path)
        except UserError as error:
            self._refuse(error.message)
            return False
        self.saved.emit(installed.task_count)
        self.reload()
        return True

    def choose_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export task library"), "tasks.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        """Write the table (checked first) as CSV, to edit in a spreadsheet."""
        try:
            tasks_use_cases.export_task_library(path, self.read_tasks())
        except UserError as error:
            self._refuse(error.message)
            return False
        return True

    def reset_to_shipped(self) -> None:
        tasks_use_cases.reset_task_library()
        self.reload()
        self.saved.emit(self.table.rowCount())

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Task library"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Task"),
                self.tr("Equipment type (IFC class)"),
                self.tr("Predefined type"),
                self.tr("Recurrence (RRULE)"),
                self.tr("Frequency"),
                self.tr("Window %"),
                self.tr("Hours"),
                self.tr("Team / skill"),
                self.tr("Contractor (yes/empty)"),
                self.tr("Fixed / floating"),
            ]
        )
        self.add_button.setText(self.tr("Add task"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.reset_button.setText(self.tr("Reset to shipped"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
