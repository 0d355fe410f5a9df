"""The asset card dock (设备卡片): the record of the selected element, its documents, open work
orders and full history (who, when, what), shown from a plain :class:`AssetCard`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fmdesk.records.dto import AssetCard, HistoryEntry
from fmdesk.ui.records.labels import when, word
from fmdesk.workorders.states import DONE_STATES

FIELDS = (
    "code",
    "name",
    "category",
    "location",
    "manufacturer",
    "model",
    "serial_number",
    "install_date",
    "warranty_end",
    "status",
    "criticality",
)


def _table(parent: QWidget, columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


HIDDEN_KEYS = frozenset({"version", "updated_at", "created_at", "next_due_at", "site_id"})


def _shown(key: str) -> bool:
    """Bookkeeping columns (ids, stamps, deadlines) stay out of the history a person reads."""
    return key not in HIDDEN_KEYS and not key.endswith(("_id", "_at", "_due", "_hash"))


def describe_changes(changes: dict[str, Any]) -> str:
    """``{"state": ["reported", "dispatched"]}`` → ``state: Reported → Dispatched``."""
    parts = []
    for key, value in changes.items():
        if not _shown(key):
            continue
        if isinstance(value, list | tuple) and len(value) == 2:
            before, after = (word(v) if isinstance(v, str) else v for v in value)
            parts.append(f"{key}: {before or '–'} → {after or '–'}")
        else:
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


def history_detail(entry: HistoryEntry) -> str:
    """The note, then what changed; a creation shows only its note (all fields are new)."""
    detail = "" if entry.action == "create" else describe_changes(entry.changes)
    if entry.action == "create" and not entry.note:
        detail = str(entry.changes.get("title") or entry.changes.get("name") or "")
    if entry.note:
        return f"{entry.note} — {detail}" if detail else entry.note
    return detail


class AssetCardPanel(QWidget):
    """Shows one asset card; ``report_requested(code)`` and ``order_requested(number)``."""

    report_requested = Signal(str)
    order_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: AssetCard | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("assetCardHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setWordWrap(True)
        self.form_widget = QWidget(self)
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in FIELDS:
            caption, value = QLabel(self.form_widget), QLabel(self.form_widget)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.captions[key], self.values[key] = caption, value
        self.tabs = QTabWidget(self)
        self.orders_table = _table(self, 4, "assetOrders")
        self.documents_table = _table(self, 3, "assetDocuments")
        self.history_table = _table(self, 4, "assetHistory")
        self.tabs.addTab(self.orders_table, "")
        self.tabs.addTab(self.documents_table, "")
        self.tabs.addTab(self.history_table, "")
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("reportFault")
        self.report_button.clicked.connect(self._on_report)
        self.orders_table.cellDoubleClicked.connect(self._on_order_double_click)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.report_button)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.show_nothing()

    # -- content ---------------------------------------------------------------------------

    def show_nothing(self, text: str | None = None) -> None:
        """No asset: a hint instead of the card (``text`` says why)."""
        self.card = None
        self.heading.setText(text or self.tr("Select an asset in the model or the register"))
        self.warning.clear()
        self.form_widget.setVisible(False)
        self.tabs.setVisible(False)
        self.report_button.setVisible(False)

    def show_card(self, card: AssetCard) -> None:
        self.card = card
        a = card.asset
        self.heading.setText(f"{a.code} · {a.name}")
        location = " / ".join(p for p in (a.storey_name, a.space_name) if p)
        texts = {
            "code": a.code,
            "name": a.name,
            "category": word(a.category),
            "location": location,
            "manufacturer": a.manufacturer,
            "model": a.model,
            "serial_number": a.serial_number,
            "install_date": when(a.install_date),
            "warranty_end": when(a.warranty_end),
            "status": word(a.status),
            "criticality": a.criticality,
        }
        for key, text in texts.items():
            self.values[key].setText(text or "–")
        notes = []
        if not a.in_model:
            notes.append(self.tr("This asset is no longer in the model."))
        if card.repeated_findings:
            notes.append(
                self.tr("Repeated inspection findings: {0}").format(
                    ", ".join(card.repeated_findings)
                )
            )
        self.warning.setText(" ".join(notes))
        self._fill_orders(card)
        self._fill_documents(card)
        self._fill_history(card)
        self.form_widget.setVisible(True)
        self.tabs.setVisible(True)
        self.report_button.setVisible(True)
        self._update_tab_titles()

    def open_orders(self) -> list[Any]:
        if self.card is None:
            return []
        return [o for o in self.card.work_orders if o.state not in DONE_STATES]

    def _fill_orders(self, card: AssetCard) -> None:
        orders = sorted(card.work_orders, key=lambda o: o.state in DONE_STATES)
        self.orders_table.setRowCount(len(orders))
        for row, order in enumerate(orders):
            values = (order.number, word(order.state), word(order.priority), order.title)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if order.overdue:
                    item.setForeground(QColor("#b00020"))
                elif order.state in DONE_STATES:
                    item.setForeground(QColor("gray"))
                self.orders_table.setItem(row, column, item)
        self.orders_table.resizeColumnsToContents()

    def _fill_documents(self, card: AssetCard) -> None:
        self.documents_table.setRowCount(len(card.documents))
        for row, doc in enumerate(card.documents):
            for column, text in enumerate((word(doc.doc_type), doc.title, when(doc.uploaded_at))):
                self.documents_table.setItem(row, column, QTableWidgetItem(text))
        self.documents_table.resizeColumnsToContents()

    def _fill_history(self, card: AssetCard) -> None:
        entries = sorted(card.history, key=lambda h: h.at, reverse=True)
        self.history_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = f"{word(entry.entity)} {word(entry.action)}"
            detail = history_detail(entry)
            for column, text in enumerate((when(entry.at), entry.actor, what, detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history_table.setItem(row, column, item)
        self.history_table.resizeColumnsToContents()
        self.history_table.setColumnWidth(3, min(self.history_table.columnWidth(3), 400))

    def _on_report(self) -> None:
        if self.card is not None:
            self.report_requested.emit(self.card.asset.code)

    def _on_order_double_click(self, row: int, _column: int) -> None:
        item = self.orders_table.item(row, 0)
        if item is not None:
            self.order_requested.emit(item.text())

    # -- texts -----------------------------------------------------------------------------

    def _update_tab_titles(self) -> None:
        card = self.card
        counts = (
            len(self.open_orders()) if card else 0,
            len(card.documents) if card else 0,
            len(card.history) if card else 0,
        )
        titles = (self.tr("Open work orders"), self.tr("Documents"), self.tr("History"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({count})")

    def retranslate(self) -> None:
        captions = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "category": self.tr("Category"),
            "location": self.tr("Location"),
            "manufacturer": self.tr("Manufacturer"),
            "model": self.tr("Model"),
            "serial_number": self.tr("Serial number"),
            "install_date": self.tr("Installed"),
            "warranty_end": self.tr("Warranty until"),
            "status": self.tr("Status"),
            "criticality": self.tr("Criticality"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.orders_table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("State"), self.tr("Priority"), self.tr("Title")]
        )
        self.documents_table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Title"), self.tr("Uploaded")]
        )
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.report_button.setText(self.tr("Report a fault on this asset…"))
        self._update_tab_titles()
        if self.card is not None:
            self.show_card(self.card)
        else:
            self.heading.setText(self.tr("Select an asset in the model or the register"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
