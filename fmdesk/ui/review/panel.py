"""The Review panel (审查问题): issue list with filters, and the chosen issue's details.

A dumb view: it shows :class:`~fmdesk.review.dto.ReviewIssueView` objects and emits what the
user asked for; :class:`fmdesk.ui.review.controller.ReviewController` does the work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.review.dto import ReviewIssueView
from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES, STATUSES

__all__ = ["ReviewPanel", "label"]


def ui_language() -> str:
    """The widgets' language (the core messages follow it here, whatever the process default)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def label(table: dict, code: str) -> str:
    """A code's label in the widgets' language; an unknown code (a BCF word) as written."""
    found = table.get(code)
    return found.render(ui_language()) if found is not None else code


COLUMNS = 6
_STATUS_COLOURS = {"open": "#c0392b", "in_progress": "#d68910", "resolved": "#1e8449"}


class ReviewPanel(QWidget):
    """Filters, the issue table, and the detail of the current issue."""

    filters_changed = Signal()
    issue_chosen = Signal(str)  # number
    new_requested = Signal()
    restore_requested = Signal(str)
    add_viewpoint_requested = Signal(str)
    status_requested = Signal(str, str)  # number, status
    comment_requested = Signal(str, str)  # number, text
    work_order_requested = Signal(str)
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: list[ReviewIssueView] = []
        self.current: ReviewIssueView | None = None
        self.status_filter = QComboBox(self)
        self.type_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.textChanged.connect(lambda _: self.filters_changed.emit())
        self.status_filter.currentIndexChanged.connect(lambda _: self.filters_changed.emit())
        self.type_filter.currentIndexChanged.connect(lambda _: self.filters_changed.emit())
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_row)
        self.table.itemDoubleClicked.connect(lambda _: self._emit(self.restore_requested))
        self.new_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self._build_detail()
        self._layout()
        self.retranslate()
        self.show_issue(None)

    # -- construction ----------------------------------------------------------------------
    def _build_detail(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.snapshot = QLabel(self)
        self.snapshot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.snapshot.setMinimumHeight(120)
        self.comments = QListWidget(self)
        self.comments.setWordWrap(True)
        self.comment_edit = QLineEdit(self)
        self.comment_button = QPushButton(self)
        self.status_box = QComboBox(self)
        self.status_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.viewpoint_button = QPushButton(self)
        self.work_order_button = QPushButton(self)
        self.comment_button.clicked.connect(self._comment)
        self.comment_edit.returnPressed.connect(self._comment)
        self.status_button.clicked.connect(self._status)
        self.restore_button.clicked.connect(lambda: self._emit(self.restore_requested))
        self.viewpoint_button.clicked.connect(lambda: self._emit(self.add_viewpoint_requested))
        self.work_order_button.clicked.connect(lambda: self._emit(self.work_order_requested))

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table)
        top_layout.addLayout(actions)
        detail = QWidget(self)
        form = QVBoxLayout(detail)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.title_label)
        form.addWidget(self.facts)
        form.addWidget(self.snapshot)
        view_row = QHBoxLayout()
        for button in (self.restore_button, self.viewpoint_button, self.work_order_button):
            view_row.addWidget(button)
        form.addLayout(view_row)
        status_row = QFormLayout()
        status_line = QHBoxLayout()
        status_line.addWidget(self.status_box, 1)
        status_line.addWidget(self.status_button)
        self.status_caption = QLabel(self)
        status_row.addRow(self.status_caption, status_line)
        form.addLayout(status_row)
        form.addWidget(self.comments, 1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment_edit, 1)
        comment_row.addWidget(self.comment_button)
        form.addLayout(comment_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        statuses = [(c, label(STATUSES, c)) for c in STATUSES]
        everything = [("", self.tr("All statuses")), ("@open", self.tr("Open only"))]
        self._fill_combo(self.status_filter, everything + statuses)
        self._fill_combo(
            self.type_filter,
            [("", self.tr("All types"))] + [(c, label(ISSUE_TYPES, c)) for c in ISSUE_TYPES],
        )
        self._fill_combo(self.status_box, statuses)
        self.search.setPlaceholderText(self.tr("Search number, title, assignee…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Priority"),
                self.tr("Type"),
                self.tr("Due"),
                self.tr("Title"),
            ]
        )
        self.new_button.setText(self.tr("New issue"))
        self.new_button.setToolTip(
            self.tr("Create an issue on the selected elements with this view")
        )
        self.import_button.setText(self.tr("Import BCF…"))
        self.export_button.setText(self.tr("Export BCF…"))
        self.restore_button.setText(self.tr("Restore viewpoint"))
        self.viewpoint_button.setText(self.tr("Add current view"))
        self.work_order_button.setText(self.tr("Make work order"))
        self.work_order_button.setToolTip(
            self.tr("Raise a rework work order (返修) for the builder")
        )
        self.status_caption.setText(self.tr("Status:"))
        self.status_button.setText(self.tr("Apply"))
        self.comment_edit.setPlaceholderText(self.tr("Add a comment…"))
        self.comment_button.setText(self.tr("Comment"))
        self.set_issues(self.issues)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, label in items:
            combo.addItem(label, code)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- state -----------------------------------------------------------------------------
    def filter_values(self) -> dict[str, object]:
        status = self.status_filter.currentData() or ""
        kind = self.type_filter.currentData() or ""
        return {
            "open_only": status == "@open",
            "status": [status] if status and status != "@open" else [],
            "issue_type": [kind] if kind else [],
            "text": self.search.text().strip(),
        }

    def set_issues(self, issues: Sequence[ReviewIssueView]) -> None:
        """Show ``issues``; the current issue stays chosen when it is still listed."""
        keep = self.current.number if self.current else None
        self.issues = list(issues)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.issues))
        for row, issue in enumerate(self.issues):
            due = issue.due_date.astimezone().strftime("%Y-%m-%d") if issue.due_date else ""
            cells = [
                issue.number,
                label(STATUSES, issue.status),
                label(PRIORITIES, issue.priority),
                label(ISSUE_TYPES, issue.issue_type),
                due,
                issue.title,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1 and issue.status in _STATUS_COLOURS:
                    item.setForeground(QColor(_STATUS_COLOURS[issue.status]))
                if column == 4 and issue.overdue:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        numbers = [i.number for i in self.issues]
        if keep in numbers:
            self.select_number(keep)
        elif self.current is not None:
            self.show_issue(None)

    def select_number(self, number: str) -> None:
        numbers = [i.number for i in self.issues]
        if number in numbers:
            self.table.blockSignals(True)
            self.table.selectRow(numbers.index(number))
            self.table.blockSignals(False)

    def show_issue(self, issue: ReviewIssueView | None, snapshot: bytes | None = None) -> None:
        self.current = issue
        for widget in (
            self.restore_button,
            self.viewpoint_button,
            self.work_order_button,
            self.status_box,
            self.status_button,
            self.comment_edit,
            self.comment_button,
        ):
            widget.setEnabled(issue is not None)
        self.comments.clear()
        if issue is None:
            self.title_label.setText(self.tr("No issue chosen"))
            self.facts.setText("")
            self.snapshot.clear()
            return
        self.title_label.setText(f"{issue.number}  {issue.title}")
        self.facts.setText(self._facts(issue))
        self.status_box.setCurrentIndex(max(self.status_box.findData(issue.status), 0))
        self.restore_button.setEnabled(bool(issue.viewpoints))
        self.work_order_button.setEnabled(not issue.work_order_number)
        for comment in issue.comments:
            when = comment.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.comments.addItem(f"{when}  {comment.author}：{comment.text}")
        self.set_snapshot(snapshot)

    def set_snapshot(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.snapshot.setPixmap(
                pixmap.scaled(
                    max(self.snapshot.width(), 200),
                    160,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.snapshot.setText(self.tr("(no snapshot)"))

    def _facts(self, issue: ReviewIssueView) -> str:
        due = issue.due_date.astimezone().strftime("%Y-%m-%d") if issue.due_date else "—"
        parts = [
            self.tr("Type: {0}").format(label(ISSUE_TYPES, issue.issue_type)),
            self.tr("Priority: {0}").format(label(PRIORITIES, issue.priority)),
            self.tr("Status: {0}").format(label(STATUSES, issue.status)),
            self.tr("Assignee: {0}").format(issue.assignee or "—"),
            self.tr("Due: {0}").format(due),
        ]
        lines = ["　".join(parts)]
        if issue.labels:
            lines.append(self.tr("Labels: {0}").format("、".join(issue.labels)))
        if issue.element_ids:
            lines.append(self.tr("Elements: {0}").format(len(issue.element_ids)))
        if issue.work_order_number:
            lines.append(self.tr("Work order: {0}").format(issue.work_order_number))
        if issue.description:
            lines.append(issue.description)
        return "\n".join(lines)

    # -- user actions ----------------------------------------------------------------------
    def _on_row(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) == 1:
            row = rows.pop()
            if 0 <= row < len(self.issues):
                self.issue_chosen.emit(self.issues[row].number)

    def _emit(self, signal: Signal) -> None:
        if self.current is not None:
            signal.emit(self.current.number)

    def _comment(self) -> None:
        text = self.comment_edit.text().strip()
        if self.current is not None and text:
            self.comment_requested.emit(self.current.number, text)
            self.comment_edit.clear()

    def _status(self) -> None:
        status = self.status_box.currentData()
        if self.current is not None and status and status != self.current.status:
            self.status_requested.emit(self.current.number, status)
