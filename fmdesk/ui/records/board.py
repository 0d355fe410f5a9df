"""The work-order board (工单看板): one column per state with cards, and a filterable list.

Cards show number, priority, title and asset; overdue orders are red. Double-clicking a card or
a list row emits ``order_requested(number)``; the controller opens the form. Reloading is the
controller's job (``refresh_requested``), so the board never queries the database itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fmdesk.records.dto import WorkOrderView
from fmdesk.ui.records.labels import BOARD_STATES, late_text, when, word

OVERDUE_TEXT = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7ea")
NUMBER_ROLE = Qt.ItemDataRole.UserRole


def board_column(state: str) -> str:
    """The board column an order sits in (a reopened order waits with the reported ones)."""
    return "reported" if state == "reopened" else state


class WorkOrderBoard(QWidget):
    """Columns by state (Board tab) and a list with overdue/mine/system filters (List tab)."""

    order_requested = Signal(str)
    refresh_requested = Signal()
    list_filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orders: list[WorkOrderView] = []
        self.list_orders: list[WorkOrderView] = []
        self.tabs = QTabWidget(self)
        self.board = QWidget(self)
        columns = QHBoxLayout(self.board)
        columns.setContentsMargins(2, 2, 2, 2)
        columns.setSpacing(4)
        self.column_titles: dict[str, QLabel] = {}
        self.columns: dict[str, QListWidget] = {}
        for state in BOARD_STATES:
            frame = QFrame(self.board)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            box.setContentsMargins(2, 2, 2, 2)
            title = QLabel(frame)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.setStyleSheet("font-weight: bold;")
            cards = QListWidget(frame)
            cards.setObjectName(f"column_{state}")
            cards.setWordWrap(True)
            cards.setSpacing(2)
            cards.setMinimumWidth(120)
            cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            cards.itemDoubleClicked.connect(self._on_card_double_click)
            box.addWidget(title)
            box.addWidget(cards)
            columns.addWidget(frame, 1)
            self.column_titles[state], self.columns[state] = title, cards

        self.list_page = QWidget(self)
        self.overdue_check = QCheckBox(self.list_page)
        self.mine_check = QCheckBox(self.list_page)
        self.system_combo = QComboBox(self.list_page)
        self.system_combo.addItem("", "")
        self.system_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh_button = QPushButton(self.list_page)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.table = QTableWidget(0, 8, self.list_page)
        self.table.setObjectName("orderTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._on_row_double_click)
        filters = QHBoxLayout()
        for widget in (self.overdue_check, self.mine_check, self.system_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        page = QVBoxLayout(self.list_page)
        page.setContentsMargins(2, 2, 2, 2)
        page.addLayout(filters)
        page.addWidget(self.table)
        for check in (self.overdue_check, self.mine_check):
            check.toggled.connect(self.list_filters_changed)
        self.system_combo.currentIndexChanged.connect(self.list_filters_changed)

        self.tabs.addTab(self.board, "")
        self.tabs.addTab(self.list_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    # -- board -----------------------------------------------------------------------------

    def set_orders(self, orders: Sequence[WorkOrderView]) -> None:
        """Put each order as a card in its state's column (newest first)."""
        self.orders = list(orders)
        for cards in self.columns.values():
            cards.clear()
        for order in self.orders:
            cards = self.columns.get(board_column(order.state))
            if cards is None:
                continue
            item = QListWidgetItem(self.card_text(order))
            item.setData(NUMBER_ROLE, order.number)
            item.setToolTip(self._card_tooltip(order))
            if order.overdue:
                item.setForeground(QBrush(OVERDUE_TEXT))
                item.setBackground(QBrush(OVERDUE_BACKGROUND))
            cards.addItem(item)
        self._update_column_titles()

    def card_text(self, order: WorkOrderView) -> str:
        lines = [f"{order.number} · {word(order.priority)}", order.title]
        asset = order.asset_code or order.location or order.space_name
        if asset:
            lines.append(asset)
        if order.state == "reopened":
            lines.append(word("reopened"))
        if order.overdue:
            lines.append(self.tr("Overdue {0}").format(late_text(order.overdue_minutes)))
        return "\n".join(lines)

    def _card_tooltip(self, order: WorkOrderView) -> str:
        parts = [order.title, order.location or "", order.assignee or ""]
        if order.next_due_at:
            parts.append(self.tr("Due {0}").format(when(order.next_due_at)))
        return "\n".join(p for p in parts if p)

    def numbers_in(self, state: str) -> list[str]:
        """The order numbers shown in a column (for tests and keyboard users)."""
        cards = self.columns[state]
        return [cards.item(i).data(NUMBER_ROLE) for i in range(cards.count())]

    def card_item(self, number: str) -> QListWidgetItem | None:
        for cards in self.columns.values():
            for index in range(cards.count()):
                if cards.item(index).data(NUMBER_ROLE) == number:
                    return cards.item(index)
        return None

    def _on_card_double_click(self, item: QListWidgetItem) -> None:
        self.order_requested.emit(item.data(NUMBER_ROLE))

    def _update_column_titles(self) -> None:
        for state, title in self.column_titles.items():
            count = self.columns[state].count()
            title.setText(f"{word(state)} ({count})")

    # -- list ------------------------------------------------------------------------------

    def list_filters(self) -> tuple[bool, bool, str]:
        """(overdue only, mine only, system)."""
        return (
            self.overdue_check.isChecked(),
            self.mine_check.isChecked(),
            self.system_combo.currentData() or "",
        )

    def set_systems(self, systems: Sequence[str]) -> None:
        current = self.system_combo.currentData()
        self.system_combo.blockSignals(True)
        while self.system_combo.count() > 1:
            self.system_combo.removeItem(1)
        for system in systems:
            self.system_combo.addItem(system, system)
        self.system_combo.setCurrentIndex(max(self.system_combo.findData(current), 0))
        self.system_combo.blockSignals(False)

    def set_list(self, orders: Sequence[WorkOrderView]) -> None:
        self.list_orders = list(orders)
        self.table.setRowCount(len(self.list_orders))
        for row, order in enumerate(self.list_orders):
            values = (
                order.number,
                word(order.state),
                word(order.priority),
                order.title,
                order.asset_code or order.space_name or "",
                order.assignee or "",
                when(order.next_due_at),
                late_text(order.overdue_minutes) if order.overdue else "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if order.overdue:
                    item.setForeground(QBrush(OVERDUE_TEXT))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 320))

    def _on_row_double_click(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.list_orders):
            self.order_requested.emit(self.list_orders[row].number)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Board"))
        self.tabs.setTabText(1, self.tr("List"))
        self.overdue_check.setText(self.tr("Overdue only"))
        self.mine_check.setText(self.tr("Mine"))
        self.mine_check.setToolTip(self.tr("Orders I reported or am assigned to"))
        self.system_combo.setItemText(0, self.tr("All systems"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("State"),
                self.tr("Priority"),
                self.tr("Title"),
                self.tr("Asset / space"),
                self.tr("Assignee"),
                self.tr("Due"),
                self.tr("Overdue"),
            ]
        )
        self._update_column_titles()
        if self.orders:
            self.set_orders(self.orders)
        if self.list_orders:
            self.set_list(self.list_orders)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 260)
