"""Problems found while opening a model: elements whose geometry failed, model warnings.

Double-clicking a problem that names an element selects it everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from fmdesk.ui.selection import SelectionModel

ID_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    """A flat list: kind, element, message; ``changed`` fires when rows come or go."""

    changed = Signal()

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemDoubleClicked.connect(self._select_element)
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Element"), self.tr("Message")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.tree.clear()
        self.changed.emit()

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def add_problem(self, kind: str, element: str, message: str, gid: str | None = None) -> None:
        item = QTreeWidgetItem(self.tree, [kind, element, message])
        item.setToolTip(2, message)
        if gid:
            item.setData(0, ID_ROLE, gid)
        self.changed.emit()

    def _select_element(self, item: QTreeWidgetItem, _column: int) -> None:
        gid = item.data(0, ID_ROLE)
        if gid:
            self._selection.select([gid], source="problems")
