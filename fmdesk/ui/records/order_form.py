"""The work-order form: report a new order, or follow one through its states (工单闭环).

For an existing order it shows the fields, the next states as buttons (dispatching takes an
assignee, suggested by skill, workload and location), the rating, the evidence, the timeline.
Every button reads the fields and runs ONE use case of :mod:`fmdesk.app.workorders` through the
window's runner; the change is published on the bus (the board and the asset card refresh
themselves). An optimistic-lock conflict shows its sentence and reloads the fresh record.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import Change
from fmdesk.app import workorders as use_cases
from fmdesk.records.dto import WorkOrderCard, WorkOrderView
from fmdesk.records.errors import ConflictError
from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.records.asset_card import history_detail
from fmdesk.ui.records.labels import late_text, when, word
from fmdesk.ui.records.order_extras import update_order_buttons
from fmdesk.ui.retry_bar import RetryBar, is_connection_lost
from fmdesk.ui.screen_fit import FittedDialog
from fmdesk.workorders.sla import PRIORITIES
from fmdesk.workorders.states import SOURCES, TRANSITIONS

if TYPE_CHECKING:
    from fmdesk.ui.shell import Shell


NEEDS_ASSIGNEE = ("dispatched",)


class WorkOrderDialog(FittedDialog):
    """A non-modal form for one work order (a new one when ``number`` is None)."""

    def __init__(
        self,
        window: Shell,
        number: str | None = None,
        prefill: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WorkOrderDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        self.number = number
        self.card: WorkOrderCard | None = None
        self.prefill = dict(prefill or {})
        self.busy = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.retry_bar = RetryBar(self)  # a lost connection: the fields stay, Retry saves them
        self._again: Any = None

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.priority_combo = QComboBox(self)
        for priority in PRIORITIES:
            self.priority_combo.addItem(word(priority), priority)
        self.priority_combo.setCurrentIndex(PRIORITIES.index("normal"))
        self.source_combo = QComboBox(self)
        for source in SOURCES:
            self.source_combo.addItem(word(source), source)
        self.asset_edit = QLineEdit(self.prefill.get("asset", ""), self)
        self.space_edit = QLineEdit(self.prefill.get("space", ""), self)
        self.reporter_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setMaximumHeight(70)
        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(7)]
        for caption, field in zip(
            self.captions,
            (
                self.title_edit,
                self.priority_combo,
                self.source_combo,
                self.asset_edit,
                self.space_edit,
                self.reporter_edit,
                self.description_edit,
            ),
            strict=True,
        ):
            self.form.addRow(caption, field)

        # existing orders: advance, rate, evidence, timeline
        self.advance_box = QGroupBox(self)
        self.assignee_combo = QComboBox(self.advance_box)
        self.assignee_combo.setEditable(True)
        self.assignee_combo.setObjectName("assignee")
        self.suggest_label = QLabel(self.advance_box)
        self.suggest_label.setWordWrap(True)
        self.note_edit = QLineEdit(self.advance_box)
        self.note_edit.setObjectName("note")
        self.state_buttons_row = QHBoxLayout()
        self.state_buttons: dict[str, QPushButton] = {}
        advance_form = QFormLayout(self.advance_box)
        self.assignee_caption, self.note_caption = QLabel(self), QLabel(self)
        advance_form.addRow(self.assignee_caption, self.assignee_combo)
        advance_form.addRow("", self.suggest_label)
        advance_form.addRow(self.note_caption, self.note_edit)
        advance_form.addRow(self.state_buttons_row)

        self.rating_box = QGroupBox(self)
        self.score_spin = QSpinBox(self.rating_box)
        self.score_spin.setRange(1, 5)
        self.score_spin.setValue(5)
        self.comment_edit = QLineEdit(self.rating_box)
        self.rate_button = QPushButton(self.rating_box)
        self.rate_button.setObjectName("rate")
        self.rate_button.clicked.connect(self.rate)
        rating = QHBoxLayout(self.rating_box)
        rating.addWidget(self.score_spin)
        rating.addWidget(self.comment_edit, 1)
        rating.addWidget(self.rate_button)

        self.evidence_box = QGroupBox(self)
        self.evidence_list = QListWidget(self.evidence_box)
        self.evidence_list.setMaximumHeight(70)
        self.attach_button = QPushButton(self.evidence_box)
        self.attach_button.clicked.connect(self.choose_evidence)
        evidence = QHBoxLayout(self.evidence_box)
        evidence.addWidget(self.evidence_list, 1)
        evidence.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)

        self.history_table = QTableWidget(0, 4, self)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setMinimumHeight(110)

        self.report_button = QPushButton(self)
        self.report_button.setObjectName("report")
        self.report_button.setDefault(True)
        self.report_button.clicked.connect(self.report)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printOrder")
        self.print_button.clicked.connect(self.print_order)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_line)
        layout.addWidget(self.retry_bar)
        layout.addLayout(self.form)
        layout.addWidget(self.advance_box)
        layout.addWidget(self.rating_box)
        layout.addWidget(self.evidence_box)
        layout.addWidget(self.history_table, 1)
        layout.addLayout(buttons)
        if prefill and prefill.get("title"):
            self.title_edit.setText(prefill["title"])
        self.retranslate()
        self.resize(620, 420 if number is None else 720)
        if number is None:
            self._show_new()
        else:
            self.reload()

    # -- modes -----------------------------------------------------------------------------

    def _show_new(self) -> None:
        for box in (self.advance_box, self.rating_box, self.evidence_box, self.history_table):
            box.setVisible(False)
        self.report_button.setVisible(True)
        self.print_button.setVisible(False)

    def _set_editable(self, editable: bool) -> None:
        for edit in (self.title_edit, self.asset_edit, self.space_edit, self.reporter_edit):
            edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self.priority_combo.setEnabled(editable)
        self.source_combo.setEnabled(editable)

    def show_card(self, card: WorkOrderCard) -> None:
        """Fill the form from a fresh card: fields, next-state buttons, evidence, timeline."""
        self.card, order = card, card.order
        self.number = order.number
        self._set_editable(False)
        self.report_button.setVisible(False)
        self.print_button.setVisible(True)
        for box in (self.advance_box, self.rating_box, self.evidence_box, self.history_table):
            box.setVisible(True)
        self.setWindowTitle(f"{order.number} — {order.title}")
        self.heading.setText(f"{order.number} · {word(order.state)}")
        self.title_edit.setText(order.title)
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(order.priority), 0))
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(order.source), 0))
        self.asset_edit.setText(order.asset_code or "")
        self.space_edit.setText(order.space_name or order.location or "")
        self.reporter_edit.setText(order.reporter)
        self.description_edit.setPlainText(order.description)
        self.status_line.setText(self._status_text(order))
        self.status_line.setStyleSheet("color: #b00020;" if order.overdue else "")
        self._fill_state_buttons(order)
        rateable = order.state in ("rechecked", "closed")
        self.rating_box.setEnabled(rateable)
        if order.satisfaction_score:
            self.score_spin.setValue(order.satisfaction_score)
            self.comment_edit.setText(order.satisfaction_comment)
        self.evidence_list.clear()
        for doc in card.documents:
            self.evidence_list.addItem(
                f"{word(doc.doc_type)} · {doc.file_name} · {when(doc.uploaded_at)}"
            )
        self._fill_history(card)
        update_order_buttons(self, card, self.print_button)  # features' buttons (验收…)
        if order.state in ("reported", "reopened") and self.assignee_combo.count() == 0:
            self.load_suggestions()

    def _status_text(self, order: WorkOrderView) -> str:
        parts = [
            self.tr("Priority: {0}").format(word(order.priority)),
            self.tr("Assignee: {0}").format(order.assignee or "–"),
        ]
        if order.next_due_at:
            parts.append(self.tr("Next deadline: {0}").format(when(order.next_due_at)))
        if order.overdue:
            parts.append(self.tr("Overdue by {0}").format(late_text(order.overdue_minutes)))
        if order.satisfaction_score:
            parts.append(self.tr("Rated {0}/5").format(order.satisfaction_score))
        return " · ".join(parts)

    def _fill_state_buttons(self, order: WorkOrderView) -> None:
        for button in self.state_buttons.values():
            self.state_buttons_row.removeWidget(button)
            button.deleteLater()
        self.state_buttons = {}
        for state in TRANSITIONS.get(order.state, ()):
            button = QPushButton(self.advance_box)
            button.setObjectName(f"advance_{state}")
            button.setText(self.state_button_text(order.state, state))
            button.clicked.connect(lambda _=False, s=state: self.advance(s))
            self.state_buttons_row.addWidget(button)
            self.state_buttons[state] = button
        self.advance_box.setEnabled(bool(self.state_buttons))

    def state_button_text(self, current: str, target: str) -> str:
        if current == "dispatched" and target == "reported":
            return self.tr("Decline")
        return self.tr("→ {0}").format(word(target))

    def _fill_history(self, card: WorkOrderCard) -> None:
        self.history_table.setRowCount(len(card.history))
        for row, entry in enumerate(card.history):
            detail = history_detail(entry)
            texts = (when(entry.at), entry.actor, word(entry.action), detail)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history_table.setItem(row, column, item)
        self.history_table.resizeColumnsToContents()
        self.history_table.setColumnWidth(3, min(self.history_table.columnWidth(3), 360))

    # -- actions (each one use case) ------------------------------------------------------

    def report(self) -> None:
        """Create the order from the fields (new mode)."""
        self._again = self.report
        values = {
            "title": self.title_edit.text(),
            "priority": self.priority_combo.currentData(),
            "source": self.source_combo.currentData(),
            "asset": self.asset_edit.text().strip() or None,
            "space": self.space_edit.text().strip() or None,
            "element_global_id": self.prefill.get("element_global_id", ""),
            "reporter": self.reporter_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "location": self.prefill.get("location", ""),
        }
        app = self.window.app
        self._save(lambda progress: use_cases.create_work_order(app, **values), self._on_created)

    def _on_created(self, order: WorkOrderView) -> None:
        self._idle()
        self.number = order.number
        self.reload()

    def reload(self) -> None:
        app, number = self.window.app, self.number
        if number is not None:
            self._call(lambda progress: use_cases.show_work_order(app, number), self.show_card)

    def load_suggestions(self) -> None:
        """Dispatch suggestions by skill, workload and storey (best first) into the combo."""
        app, number = self.window.app, self.number
        if number is not None:
            self.window.ops.run(
                self.tr("Work order"),
                lambda progress: use_cases.suggest_assignees(app, number),
                self._show_suggestions,
                key=f"records.suggest.{id(self)}",
                quiet=True,
                supersede=True,  # the newest list wins (a technician was added meanwhile)
            )

    def _show_suggestions(self, suggestions: list[Any]) -> None:
        typed = self.assignee_combo.currentText()
        self.assignee_combo.clear()
        for s in suggestions:
            self.assignee_combo.addItem(s.name, s.name)
        if suggestions:
            best = suggestions[0]
            self.suggest_label.setText(
                self.tr("Suggested: {0} ({1})").format(best.name, self.reason_text(best))
            )
        else:
            self.suggest_label.setText(self.tr("No technician is registered yet."))
        self.assignee_combo.setEditText(typed if typed else self.assignee_combo.currentText())

    def reason_text(self, suggestion: Any) -> str:
        """Why someone is suggested: skill, workload, storey (from the suggestion's fields)."""
        parts = [
            self.tr("has the skill") if suggestion.skill_match else self.tr("lacks the skill"),
            self.tr("{0} open order(s)").format(suggestion.open_orders),
        ]
        if suggestion.same_storey:
            parts.append(self.tr("on or based at this storey"))
        return ", ".join(parts)

    def advance(self, state: str) -> None:
        """Move the order to ``state`` with the assignee (when dispatching) and the note."""
        card = self.card
        if card is None:
            return
        self._again = lambda: self.advance(state)
        app, number, version = self.window.app, card.order.number, card.order.version
        assignee = self.assignee_combo.currentText().strip() if state in NEEDS_ASSIGNEE else None
        note = self.note_edit.text().strip()
        self._save(
            lambda progress: use_cases.advance_work_order(
                app, number, state, assignee=assignee or None, note=note, expected_version=version
            ),
            self._on_saved,
        )

    def rate(self) -> None:
        card = self.card
        if card is None:
            return
        self._again = self.rate
        app, number = self.window.app, card.order.number
        score, comment = self.score_spin.value(), self.comment_edit.text()
        self._save(
            lambda progress: use_cases.rate_work_order(app, number, score, comment), self._on_saved
        )

    def choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach evidence"),
            "",
            self.tr("Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov);;All files (*)"),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path, kind: str | None = None) -> None:
        """Store a photo (or video) as evidence of this order."""
        app, number = self.window.app, self.number
        if number is not None:
            self._save(
                lambda progress: use_cases.attach_evidence(app, number, path, kind),
                lambda _doc: self._on_saved(None),
                (Change.DOCUMENTS,),
            )

    def _on_saved(self, _order: WorkOrderView | None) -> None:
        self._idle()
        self.note_edit.clear()
        self.reload()

    def _save(
        self, work: Any, done: Any, changes: tuple[Change, ...] = (Change.WORK_ORDERS,)
    ) -> None:
        """Run a use case that changes the order; the board and card refresh on the bus."""
        self._call(work, done, changes)

    def _call(self, work: Any, done: Any, changes: tuple[Change, ...] = ()) -> None:
        if self.busy:
            return
        self.busy = True
        self.setCursor(Qt.CursorShape.BusyCursor)

        def finish(result: Any) -> None:
            if shiboken6.isValid(self):  # the form may have been closed meanwhile
                self._idle()
                self.retry_bar.setVisible(False)
                done(result)

        started = self.window.ops.run(
            self.tr("Work order"), work, finish, changes=changes, on_error=self._on_failed
        )
        if started is None:
            self._idle()

    def _idle(self) -> None:
        self.busy = False
        self.unsetCursor()

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._idle()
        if is_connection_lost(error):
            self.retry_bar.show_failure(error_sentence(error), self._again)
            return
        show_error(self, self.tr("Work order"), error)
        if isinstance(error, ConflictError) and error.fresh is not None:
            self.window.bus.publish([Change.WORK_ORDERS])
            self.reload()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.card is None:
            self.setWindowTitle(self.tr("Report a fault"))
            self.heading.setText(self.tr("New work order"))
        texts = (
            self.tr("Title"),
            self.tr("Priority"),
            self.tr("Source"),
            self.tr("Asset code"),
            self.tr("Space"),
            self.tr("Reported by"),
            self.tr("Description"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.title_edit.setPlaceholderText(self.tr("What is wrong, in a few words"))
        self.advance_box.setTitle(self.tr("Next step"))
        self.assignee_caption.setText(self.tr("Assignee"))
        self.note_caption.setText(self.tr("Note"))
        self.rating_box.setTitle(self.tr("Resident satisfaction (1–5)"))
        self.comment_edit.setPlaceholderText(self.tr("Comment"))
        self.rate_button.setText(self.tr("Save rating"))
        self.evidence_box.setTitle(self.tr("Evidence"))
        self.attach_button.setText(self.tr("Attach…"))
        self.report_button.setText(self.tr("Report"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Details")]
        )
        for index in range(self.priority_combo.count()):
            self.priority_combo.setItemText(index, word(self.priority_combo.itemData(index)))
        for index in range(self.source_combo.count()):
            self.source_combo.setItemText(index, word(self.source_combo.itemData(index)))
        if self.card is not None:
            self.show_card(self.card)

    def print_order(self) -> None:
        """Preview and print the dispatch sheet (派工单) on A4."""
        from fmdesk.ui.printing import document_painter, preview, work_order_document

        if self.card is not None:
            sheet = work_order_document(self.card.order, word)
            preview(self, self.tr("Work order"), document_painter(sheet))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
