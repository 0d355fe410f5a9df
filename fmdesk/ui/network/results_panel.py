"""The results dock of a trace, an isolation or an outage: what to operate, who is affected.

Sections (devices to operate, affected flats, the isolated segment, collateral…) are top-level
rows whose colour square matches the 3D highlight; clicking a row selects its element (the
shared selection moves the 3D view, the tree and the properties), clicking a section selects
all of it, double-clicking frames it. The panel only shows and emits: the feature's controller
does the work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.render.palette import HIGHLIGHT_STYLES
from fmdesk.ui.network.busy import add_busy_row, show_progress
from fmdesk.ui.network.report import Row, Section

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS_PER_SECTION = 500
"""More rows are summarised in one line (the Excel export has them all): a whole-building
outage lists 60,000 elements, which no one reads and a tree widget fills slowly."""


def style_icon(style: str | None) -> QIcon:
    """A small square in the highlight colour, the legend of the 3D view."""
    pixmap = QPixmap(12, 12)
    if style in HIGHLIGHT_STYLES:
        pixmap.fill(QColor(*HIGHLIGHT_STYLES[style].colour))
    else:
        pixmap.fill(QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class NetworkResultsPanel(QWidget):
    """Title, figures, progress while working, the sections, and the action buttons.

    Signals: ``elements_activated(list[str])`` (select them), ``frame_requested``,
    ``copy_requested``, ``export_requested``, ``order_requested``, ``clear_requested``,
    ``cancel_requested``.
    """

    elements_activated = Signal(object)
    frame_requested = Signal()
    copy_requested = Signal()
    export_requested = Signal()
    order_requested = Signal()
    clear_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self.title_label = QLabel(self)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.progress, self.cancel_button, busy_row = add_busy_row(self, self.cancel_requested)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.tree.itemDoubleClicked.connect(lambda *_: self.frame_requested.emit())
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 60)
        self.tree.setColumnWidth(3, 150)

        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_requested)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_requested)
        self.order_button = QPushButton(self)
        self.order_button.clicked.connect(self.order_requested)
        self.frame_button = QPushButton(self)
        self.frame_button.clicked.connect(self.frame_requested)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_requested)
        self.message_label = QLabel(self)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (
            self.copy_button,
            self.export_button,
            self.order_button,
            self.frame_button,
            self.clear_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.message_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(busy_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_busy("")
        self.clear()
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Tag"),
                self.tr("Storey"),
                self.tr("Flat / room"),
                self.tr("Kind"),
            ]
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy what to close and which flats lose supply, as plain text for a chat")
        )
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Save every element of the result to an .xlsx file"))
        self.order_button.setText(self.tr("Create shut-off work order"))
        self.order_button.setToolTip(
            self.tr("Report a work order with the valves to close and the flats affected")
        )
        self.frame_button.setText(self.tr("Zoom to result"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove the result and its highlight"))
        if not self.sections and not self.title_label.property("custom"):
            self.title_label.setText(self.tr("No result yet"))
            self.summary_label.setText(
                self.tr("Right-click a pipe, valve, cable or flat to trace or isolate it.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Back to the empty state (no result, buttons off)."""
        self.sections = []
        self.tree.clear()
        self.title_label.setProperty("custom", False)
        self.message_label.clear()
        self.set_actions_enabled(False, False)
        self.retranslate()

    def set_actions_enabled(self, has_result: bool, can_order: bool) -> None:
        for button in (self.copy_button, self.export_button, self.frame_button):
            button.setEnabled(has_result)
        self.clear_button.setEnabled(has_result)
        self.order_button.setEnabled(has_result and can_order)

    def show_result(
        self, title: str, summary: str, sections: Sequence[Section], can_order: bool
    ) -> None:
        """Fill the tree: one expanded top-level item per section, its rows below."""
        self.sections = list(sections)
        self.title_label.setProperty("custom", True)
        self.title_label.setText(title)
        self.summary_label.setText(summary)
        self.message_label.clear()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for section in self.sections:
            self._add_section(section)
        self.tree.setUpdatesEnabled(True)
        self.set_actions_enabled(True, can_order)

    def _add_section(self, section: Section) -> None:
        head = QTreeWidgetItem(self.tree, [f"{section.title} ({len(section.rows)})"])
        head.setIcon(0, style_icon(section.style))
        head.setData(0, KEY_ROLE, section.key)
        head.setFirstColumnSpanned(True)
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        items = []
        for row in section.rows[:MAX_ROWS_PER_SECTION]:
            name = f"{row.action}  {row.name}" if row.action else row.name
            item = QTreeWidgetItem([name, row.tag, row.storey, row.place, row.kind])
            item.setData(0, ID_ROLE, row.global_id)
            item.setToolTip(0, f"{row.name}\n{row.global_id}")
            item.setToolTip(4, row.ifc_class)
            items.append(item)
        rest = len(section.rows) - MAX_ROWS_PER_SECTION
        if rest > 0:
            more = QTreeWidgetItem(
                [self.tr("… {0} more (all are in the Excel export)").format(rest)]
            )
            more.setForeground(0, QBrush(QColor(120, 120, 120)))
            more.setFirstColumnSpanned(True)
            items.append(more)
        head.addChildren(items)
        head.setExpanded(len(section.rows) <= 50 or section.key in ("operate", "spaces"))

    def show_busy(self, text: str, done: int = 0, total: int = 0, cancellable: bool = True) -> None:
        """A progress bar with Cancel while the network is built or a question runs."""
        show_progress(self.progress, self.cancel_button, text, done, total, cancellable)

    def show_message(self, text: str) -> None:
        """A short note next to the buttons (the new order number, the file written)."""
        self.message_label.setText(text)

    # -- reading (tests, copy) -------------------------------------------------------------

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def rows(self, key: str) -> list[Row]:
        found = self.section(key)
        return list(found.rows) if found else []

    def section_item(self, key: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, KEY_ROLE) == key:
                return item
        return None

    # -- clicks ----------------------------------------------------------------------------

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        gid = item.data(0, ID_ROLE)
        if gid:
            self.elements_activated.emit([gid])
            return
        key = item.data(0, KEY_ROLE)
        found = self.section(key) if key else None
        if found is not None:
            self.elements_activated.emit([row.global_id for row in found.rows])
