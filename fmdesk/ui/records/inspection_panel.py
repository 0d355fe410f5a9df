"""The inspection panel (巡检): pick a route, start a round, record pass/fail per checklist item.

A failed item shows the work order the core opened for it; a finding already made before on
the same asset is flagged as repeated (屡查屡犯). The panel emits requests; the controller runs
the services and calls :meth:`show_round` / :meth:`show_result` back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.ui.records.labels import word

if TYPE_CHECKING:
    from fmdesk.workorders.inspection import ResultInfo, RoundInfo, RoundSummary

KEY_ROLE = Qt.ItemDataRole.UserRole
FAIL_COLOR = QColor("#b00020")
PASS_COLOR = QColor("#1b7f3b")


class InspectionPanel(QWidget):
    """Routes, the current round's checklist tree, and Pass / Fail / N/A with a note."""

    new_route_requested = Signal()
    start_requested = Signal(str)  # route name
    record_requested = Signal(int, str, str, str, str)  # round id, asset, item, outcome, note
    finish_requested = Signal(int)
    order_requested = Signal(str)
    asset_focused = Signal(str)  # asset code (select it in 3D)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round: RoundInfo | None = None
        self.route_combo = QComboBox(self)
        self.route_combo.setObjectName("routes")
        self.new_route_button = QPushButton(self)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startRound")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklist")
        self.tree.setColumnCount(3)
        self.tree.setAlternatingRowColors(True)
        self.note_edit = QLineEdit(self)
        self.buttons = {outcome: QPushButton(self) for outcome in ("pass", "fail", "na")}
        for outcome, button in self.buttons.items():
            button.setObjectName(f"outcome_{outcome}")
            button.clicked.connect(lambda _=False, o=outcome: self._record(o))
        self.finish_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.route_combo, 1)
        top.addWidget(self.new_route_button)
        top.addWidget(self.start_button)
        record = QHBoxLayout()
        for button in self.buttons.values():
            record.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note_edit)
        layout.addLayout(record)
        layout.addWidget(self.finish_button)
        layout.addWidget(self.message)

        self.new_route_button.clicked.connect(self.new_route_requested)
        self.start_button.clicked.connect(self._start)
        self.finish_button.clicked.connect(self._finish)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.retranslate()
        self._update_enabled()

    # -- content ---------------------------------------------------------------------------

    def set_routes(self, names: Sequence[str]) -> None:
        current = self.route_combo.currentText()
        self.route_combo.clear()
        self.route_combo.addItems(list(names))
        index = self.route_combo.findText(current)
        if index >= 0:
            self.route_combo.setCurrentIndex(index)
        self._update_enabled()

    def show_round(self, round_: RoundInfo) -> None:
        """The stops of a started round, each with its checklist items to record."""
        self.round = round_
        self.tree.clear()
        for stop in round_.stops:
            parent = QTreeWidgetItem([f"{stop.seq}. {stop.asset_code} {stop.asset_name}", "", ""])
            parent.setData(0, KEY_ROLE, (stop.asset_code, ""))
            for code, text in stop.items:
                child = QTreeWidgetItem([text, "", ""])
                child.setData(0, KEY_ROLE, (stop.asset_code, code))
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self.message.setText(self.tr("Round {0} on {1} started").format(round_.id, round_.route))
        self._update_enabled()

    def item_for(self, asset_code: str, item_code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount()):
                child = parent.child(j)
                if child.data(0, KEY_ROLE) == (asset_code, item_code):
                    return child
        return None

    def show_result(self, result: ResultInfo) -> None:
        """Mark the item; a failure shows its work order, flagged when repeated."""
        item = self.item_for(result.asset_code, result.item_code)
        if item is None:
            return
        item.setText(1, word(result.outcome))
        color = FAIL_COLOR if result.outcome == "fail" else PASS_COLOR
        item.setForeground(1, QBrush(color))
        if result.work_order_number:
            text = result.work_order_number
            if result.repeated:
                text += " " + self.tr("(repeated: found {0} time(s) before)").format(
                    result.repeat_count
                )
            item.setText(2, text)
            item.setForeground(2, QBrush(FAIL_COLOR))
            item.setData(2, KEY_ROLE, result.work_order_number)
        self.note_edit.clear()
        self._select_next(item)

    def show_summary(self, summary: RoundSummary) -> None:
        self.round = None
        self.message.setText(
            self.tr(
                "Round finished: {0} checked, {1} passed, {2} failed, {3} not checked, {4} work order(s), {5} repeated finding(s)"  # noqa: E501
            ).format(
                summary.checked,
                summary.passed,
                summary.failed,
                len(summary.missing),
                len(summary.work_orders),
                len(summary.repeated),
            )
        )
        self._update_enabled()

    def _select_next(self, item: QTreeWidgetItem) -> None:
        below = self.tree.itemBelow(item)
        while below is not None and below.childCount():
            below = self.tree.itemBelow(below)
        if below is not None:
            self.tree.setCurrentItem(below)

    # -- requests --------------------------------------------------------------------------

    def _start(self) -> None:
        name = self.route_combo.currentText()
        if name:
            self.start_requested.emit(name)

    def _finish(self) -> None:
        if self.round is not None:
            self.finish_requested.emit(self.round.id)

    def _record(self, outcome: str) -> None:
        item = self.tree.currentItem()
        if self.round is None or item is None:
            return
        asset_code, item_code = item.data(0, KEY_ROLE)
        if not item_code:
            return
        self.record_requested.emit(
            self.round.id, asset_code, item_code, outcome, self.note_edit.text().strip()
        )

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_enabled()
        if item is not None:
            asset_code = item.data(0, KEY_ROLE)[0]
            if asset_code:
                self.asset_focused.emit(asset_code)

    def _on_double_click(self, item: QTreeWidgetItem, column: int) -> None:
        number = item.data(2, KEY_ROLE)
        if number:
            self.order_requested.emit(number)

    def _update_enabled(self) -> None:
        in_round = self.round is not None
        item = self.tree.currentItem()
        on_item = in_round and item is not None and bool(item.data(0, KEY_ROLE)[1])
        for button in self.buttons.values():
            button.setEnabled(on_item)
        self.finish_button.setEnabled(in_round)
        self.start_button.setEnabled(self.route_combo.count() > 0 and not in_round)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_route_button.setText(self.tr("New route…"))
        self.new_route_button.setToolTip(self.tr("A route over the assets of one storey"))
        self.start_button.setText(self.tr("Start round"))
        self.tree.setHeaderLabels(
            [self.tr("Stop / item"), self.tr("Result"), self.tr("Work order")]
        )
        self.note_edit.setPlaceholderText(self.tr("Note (what was found)"))
        self.buttons["pass"].setText(self.tr("Pass"))
        self.buttons["fail"].setText(self.tr("Fail"))
        self.buttons["na"].setText(self.tr("N/A"))
        self.finish_button.setText(self.tr("Finish round"))
        if self.round is None and not self.message.text():
            self.message.setText(self.tr("Choose a route and start a round"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
