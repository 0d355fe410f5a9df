"""Three-level acceptance of a contractor's work order (三级验收) in the desktop app: the three
levels (自检 / 物业初验 / 第三方终验) with person, time and verdict, and a form to record the
next level's verdict through :func:`fmdesk.app.contractors.record_acceptance`.

Opened by the "Acceptance…" button of the work-order form on a contractor's order.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app.changes import Change
from fmdesk.ui.dialogs import show_error
from fmdesk.ui.records.labels import when
from fmdesk.ui.screen_fit import FittedDialog

LEVELS = (1, 2, 3)
DONE_WORK = ("rectified", "rechecked", "closed")
VERDICT_COLOURS = {"pass": "#1a7f37", "fail": "#b42318"}


class AcceptanceDialog(FittedDialog):
    """The acceptance table of one order, oldest step first, and the next level's form."""

    def __init__(self, window: Any, number: str, parent: Any = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("AcceptanceDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.number = number
        self.record: Any = None
        self.last_error = ""
        self.setWindowTitle(self.tr("Three-level acceptance — {0}").format(number))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Level"), self.tr("Person"), self.tr("Time"), self.tr("Verdict"),
             self.tr("Note")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.level = QComboBox(self)
        for level in LEVELS:
            self.level.addItem(self.level_name(level), level)
        self.verdict = QComboBox(self)
        self.verdict.addItem(self.tr("Pass"), "pass")
        self.verdict.addItem(self.tr("Fail (back to the contractor)"), "fail")
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("Who checked the work"))
        self.note = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b4e00;")
        fields = QWidget(self)  # a widget, not a layout: screen_fit may scroll the body
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Next level"), self.level)
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Note"), self.note)
        self.record_button = QPushButton(self.tr("Record"), self)
        self.record_button.setObjectName("recordAcceptance")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(fields)
        layout.addLayout(buttons)
        self.resize(720, 400)  # fits 1366 × 768 at 150 %
        self.refresh()

    def level_name(self, level: int) -> str:
        return {
            1: self.tr("1 · Contractor self-check"),
            2: self.tr("2 · Property initial check"),
            3: self.tr("3 · Third-party final check"),
        }[level]

    def verdict_name(self, verdict: str) -> str:
        return {"pass": self.tr("Passed"), "fail": self.tr("Failed")}.get(verdict, verdict)

    def is_busy(self) -> bool:
        return any(self.window_.ops.is_busy(k) for k in self._keys())

    def _keys(self) -> tuple[str, str]:
        return f"acceptance.load.{id(self)}", f"acceptance.record.{id(self)}"

    def refresh(self) -> None:
        from fmdesk.app.contractors import acceptance_of

        app, number = self.window_.app, self.number
        self.window_.ops.run(
            self.tr("Acceptance"),
            lambda progress: acceptance_of(app, number),
            self.show_record,
            key=self._keys()[0],
            supersede=True,
            quiet=True,
        )

    def show_record(self, record: Any) -> None:
        """The steps, the summary line and the next level preselected."""
        if not shiboken6.isValid(self):
            return
        self.record = record
        self.table.setRowCount(len(record.steps))
        for row, step in enumerate(record.steps):
            texts = (
                self.level_name(step.level),
                step.person,
                when(step.at),
                self.verdict_name(step.verdict),
                step.note,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setForeground(QBrush(QColor(VERDICT_COLOURS.get(step.verdict, "#000"))))
                self.table.setItem(row, column, item)
        done = record.passed_level
        parts = [self.tr("Passed {0} of 3 levels").format(done)]
        if record.due is not None:
            parts.append(self.tr("due by {0}").format(when(record.due)))
        if record.late:
            parts.append(self.tr("late"))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet("color: #b42318;" if record.late else "")
        if done < 3:
            self.level.setCurrentIndex(done)
        ready = record.order_state in DONE_WORK and done < 3
        self.record_button.setEnabled(ready)
        if done >= 3:
            self.hint.setText(self.tr("All three levels passed: the work is accepted."))
        elif record.order_state not in DONE_WORK:
            self.hint.setText(self.tr("Record the acceptance once the work is rectified."))
        else:
            self.hint.setText("")

    def submit(self) -> None:
        """Record the chosen level's verdict (one use case)."""
        from fmdesk.app.contractors import record_acceptance

        app, number = self.window_.app, self.number
        level, verdict = self.level.currentData(), self.verdict.currentData()
        person, note = self.person.text().strip(), self.note.text().strip()
        self.window_.ops.run(
            self.tr("Acceptance"),
            lambda progress: record_acceptance(app, number, level, person, verdict, note),
            self._recorded,
            key=self._keys()[1],
            changes=[Change.WORK_ORDERS, Change.OPERATIONS],
            on_error=self._failed,
        )

    def _recorded(self, record: Any) -> None:
        if shiboken6.isValid(self):
            self.note.clear()
            self.show_record(record)
            form = self.parent()
            if hasattr(form, "reload"):  # a failed check reopened the order: show its state
                form.reload()

    def _failed(self, error: BaseException) -> None:
        from fmdesk.ui.dialogs import error_sentence

        if shiboken6.isValid(self):
            self.last_error = error_sentence(error)
            show_error(self, self.tr("Acceptance"), error)


def open_acceptance(form: Any, card: Any) -> AcceptanceDialog | None:
    """The acceptance dialog of the form's order (one per form, raised when already open)."""
    if card is None:
        return None
    dialog = getattr(form, "acceptance_dialog", None)
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = AcceptanceDialog(form.window, card.order.number, parent=form)
        form.acceptance_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog
