"""The "new review issue" dialog: what is wrong, its type and priority, who fixes it by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES
from fmdesk.ui.review.panel import label
from fmdesk.ui.screen_fit import FittedDialog

__all__ = ["NewIssueDialog"]


class NewIssueDialog(FittedDialog):
    """Reads the fields of a new issue; the elements and the view come from the window."""

    def __init__(self, element_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review issue"))
        self.title = QLineEdit(self)
        self.kind = QComboBox(self)
        for code in ISSUE_TYPES:
            self.kind.addItem(label(ISSUE_TYPES, code), code)
        self.priority = QComboBox(self)
        for code in PRIORITIES:
            self.priority.addItem(label(PRIORITIES, code), code)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.assignee = QLineEdit(self)
        self.has_due = QCheckBox(self)
        self.due = QDateEdit(QDate.currentDate().addDays(14), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.labels = QLineEdit(self)
        self.labels.setPlaceholderText(self.tr("comma separated, e.g. 给排水, 泵房"))
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Elements: {0} selected").format(element_count), self))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Assignee:"), self.assignee)
        form.addRow(self.tr("Due date:"), due_row)
        form.addRow(self.tr("Labels:"), self.labels)
        form.addRow(self.tr("Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, 0)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for :func:`fmdesk.app.review.create_review_issue`."""
        labels = [p.strip() for p in self.labels.text().replace("，", ",").split(",") if p.strip()]
        return {
            "title": self.title.text().strip(),
            "issue_type": self.kind.currentData(),
            "priority": self.priority.currentData(),
            "assignee": self.assignee.text().strip(),
            "due_date": self.due.date().toPython() if self.has_due.isChecked() else None,
            "labels": labels,
            "description": self.description.toPlainText().strip(),
        }
