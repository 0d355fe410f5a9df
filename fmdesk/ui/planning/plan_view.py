"""The plan as a month or week calendar: who does what on which working day, holidays shaded.

The view only mirrors a :class:`~fmdesk.maintenance.model.Plan` (and the workday calendar it was
made with): filters by system, team and contractor; a summary line; a list of the chosen day's
(month) or week's occurrences. Clicking an occurrence emits ``asset_chosen(asset_code)``; the
feature turns that into the shared 3D selection.
"""

from __future__ import annotations

import calendar as month_calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fmdesk.ui.planning.plan_filters import ALL, CONTRACTORS, INTERNAL, PlanFilters

if TYPE_CHECKING:
    from fmdesk.maintenance.model import Occurrence, Plan
    from fmdesk.maintenance.workdays import WorkCalendar

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
HOLIDAY_BRUSH = QBrush(QColor("#fde2e1"))
WEEKEND_BRUSH = QBrush(QColor("#eeeeee"))
OUTSIDE_BRUSH = QBrush(QColor("#f7f7f7"))
FLAGGED_BRUSH = QBrush(QColor("#fff2cc"))
MAX_LINES_PER_DAY = 4
__all__ = ["ALL", "CONTRACTORS", "HOLIDAY_BRUSH", "INTERNAL", "PlanView"]


class PlanView(PlanFilters, QWidget):
    """Month and week calendars of a plan with filters and a summary line."""

    asset_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.calendar: WorkCalendar | None = None
        self.origin_text = ""
        self.month = 1
        self.week_start = date.today()
        self.selected_day: date | None = None
        self._by_day: dict[date, list[Occurrence]] = {}
        self._build()
        self.retranslate()
        self._refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.month_button = QToolButton(self)
        self.week_button = QToolButton(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
        self.month_button.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.month_button)
        self.mode_group.addButton(self.week_button)
        self.mode_group.buttonToggled.connect(lambda *_: self._on_mode_changed())
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel(self)
        self.period_label.setMinimumWidth(120)
        self.system_filter = QComboBox(self)
        self.team_filter = QComboBox(self)
        self.contractor_filter = QComboBox(self)
        for combo in (self.system_filter, self.team_filter, self.contractor_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda *_: self._refresh())
        self.system_label, self.team_label, self.contractor_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        bar = QHBoxLayout()
        for widget in (
            self.month_button,
            self.week_button,
            self.previous_button,
            self.period_label,
            self.next_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for label, combo in (
            (self.system_label, self.system_filter),
            (self.team_label, self.team_filter),
            (self.contractor_label, self.contractor_filter),
        ):
            bar.addWidget(label)
            bar.addWidget(combo)

        self.month_table = QTableWidget(6, 7, self)
        self.month_table.setWordWrap(True)
        self.month_table.verticalHeader().setVisible(False)
        self.month_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.itemSelectionChanged.connect(self._on_day_chosen)

        self.week_table = QTableWidget(0, 7, self)
        self.week_table.verticalHeader().setVisible(False)
        self.week_table.setWordWrap(True)
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_table.itemClicked.connect(self._on_occurrence_clicked)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.month_table)
        self.stack.addWidget(self.week_table)

        self.list_table = QTableWidget(0, 6, self)
        self.list_table.verticalHeader().setVisible(False)
        self.list_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_table.horizontalHeader().setStretchLastSection(True)
        self.list_table.itemClicked.connect(self._on_occurrence_clicked)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.list_table)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)

    # -- public ----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None, calendar: WorkCalendar | None, origin_text: str) -> None:
        """Show ``plan`` (None clears); keeps the month shown when the year is the same."""
        same_year = self.plan is not None and plan is not None and self.plan.year == plan.year
        self.plan, self.calendar, self.origin_text = plan, calendar, origin_text
        if plan is not None and not same_year:
            self.month = 1
            self.week_start = _monday(date(plan.year, 1, 1))
            self.selected_day = None
        self._fill_filters()
        self._refresh()

    def show_month(self, month: int) -> None:
        self.month = max(1, min(12, month))
        self.month_button.setChecked(True)
        self._refresh()

    def show_week_of(self, day: date) -> None:
        self.week_button.setChecked(True)
        self.week_start = _monday(day)
        self._refresh()

    def step(self, direction: int) -> None:
        if self.week_button.isChecked():
            self.week_start += timedelta(days=7 * direction)
            if self.plan is not None:
                first = _monday(date(self.plan.year, 1, 1))
                last = _monday(date(self.plan.year, 12, 31))
                self.week_start = min(max(self.week_start, first), last)
        else:
            self.month = max(1, min(12, self.month + direction))
        self._refresh()

    def occurrences_on(self, day: date) -> list[Occurrence]:
        """The occurrences shown on ``day`` (after the filters)."""
        return list(self._by_day.get(day, ()))

    def shown_occurrences(self) -> list[Occurrence]:
        return [occ for day in sorted(self._by_day) for occ in self._by_day[day]]

    def month_cell(self, day: date) -> QTableWidgetItem | None:
        """The month table's item for ``day`` (when that month is shown)."""
        for row in range(self.month_table.rowCount()):
            for column in range(7):
                item = self.month_table.item(row, column)
                if item is not None and item.data(DAY_ROLE) == day.isoformat():
                    return item
        return None

    # -- drawing ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        self._by_day = {}
        if self.plan is not None:
            for occ in self.plan.occurrences:
                if self._passes(occ):
                    self._by_day.setdefault(occ.planned_on, []).append(occ)
        week_mode = self.week_button.isChecked()
        self.stack.setCurrentIndex(1 if week_mode else 0)
        self.previous_button.setEnabled(self.plan is not None)
        self.next_button.setEnabled(self.plan is not None)
        if week_mode:
            self._draw_week()
        else:
            self._draw_month()
        self._draw_list()
        self._draw_summary()

    def _day_note(self, day: date) -> tuple[str, QBrush | None]:
        """The holiday name (or "") and the brush of a non-working day."""
        if self.calendar is None:
            return "", (WEEKEND_BRUSH if day.weekday() >= 5 else None)
        name = self.calendar.holiday_name(day)
        if not name:
            return "", None
        if name == "周末":
            return "", WEEKEND_BRUSH
        return name, HOLIDAY_BRUSH

    def _occurrence_line(self, occ: Occurrence) -> str:
        assert self.plan is not None
        task = self.plan.tasks.get(occ.task_code)
        return f"{occ.asset_code} {task.name if task else occ.task_code}"

    def _draw_month(self) -> None:
        table = self.month_table
        year = self.plan.year if self.plan else date.today().year
        self.period_label.setText(self.tr("{0}-{1:02d}").format(year, self.month))
        table.setHorizontalHeaderLabels(self._weekday_names())
        weeks = month_calendar.Calendar(0).monthdatescalendar(year, self.month)
        with QSignalBlocker(table):
            table.clearContents()
            table.setRowCount(len(weeks))
            for row, week in enumerate(weeks):
                for column, day in enumerate(week):
                    table.setItem(row, column, self._month_item(day))
            if self.selected_day is not None:
                item = self.month_cell(self.selected_day)
                if item is not None:
                    table.setCurrentItem(item)

    def _month_item(self, day: date) -> QTableWidgetItem:
        note, brush = self._day_note(day)
        in_month = day.month == self.month
        occurrences = self._by_day.get(day, []) if in_month else []
        count = self.tr("({0})").format(len(occurrences)) if len(occurrences) > 2 else ""
        lines = ["  ".join(part for part in (str(day.day), note, count) if part)]
        lines += [self._occurrence_line(o) for o in occurrences[:MAX_LINES_PER_DAY]]
        if len(occurrences) > MAX_LINES_PER_DAY:
            lines.append(self.tr("+{0} more").format(len(occurrences) - MAX_LINES_PER_DAY))
        item = QTableWidgetItem("\n".join(lines))
        item.setData(DAY_ROLE, day.isoformat())
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if occurrences:
            hours = sum(o.hours for o in occurrences)
            tips = [f"{self._occurrence_line(o)} · {o.team} · {o.hours:g} h" for o in occurrences]
            total = self.tr("{0} visit(s), {1:g} h").format(len(occurrences), hours)
            item.setToolTip("\n".join([*tips, total]))
        if not in_month:
            item.setBackground(OUTSIDE_BRUSH)
            item.setForeground(QBrush(QColor("#aaaaaa")))
        elif brush is not None:
            item.setBackground(brush)
        elif any(o.flags for o in occurrences):
            item.setBackground(FLAGGED_BRUSH)
        return item

    def _draw_week(self) -> None:
        table = self.week_table
        days = [self.week_start + timedelta(days=i) for i in range(7)]
        number = self.week_start.isocalendar()[1]
        self.period_label.setText(
            self.tr("Week {0}: {1} – {2}").format(number, days[0].isoformat(), days[-1].isoformat())
        )
        headers = []
        for name, day in zip(self._weekday_names(), days, strict=True):
            note, _brush = self._day_note(day)
            headers.append(f"{name} {day.month}/{day.day}" + (f"\n{note}" if note else ""))
        table.setHorizontalHeaderLabels(headers)
        columns = [self._by_day.get(day, []) for day in days]
        rows = max((len(c) for c in columns), default=0)
        with QSignalBlocker(table):
            table.clearContents()
            table.setRowCount(max(rows, 1))
            for column, (day, occurrences) in enumerate(zip(days, columns, strict=True)):
                note, brush = self._day_note(day)
                for row in range(max(rows, 1)):
                    occ = occurrences[row] if row < len(occurrences) else None
                    text = ""
                    if occ is not None:
                        text = f"{self._occurrence_line(occ)}\n{occ.team} · {occ.hours:g} h"
                    elif row == 0 and note:
                        text = note
                    item = QTableWidgetItem(text)
                    item.setData(DAY_ROLE, day.isoformat())
                    if occ is not None:
                        item.setData(OCCURRENCE_ROLE, occ.id)
                        item.setToolTip(occ.id)
                    if brush is not None:
                        item.setBackground(brush)
                    table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _list_days(self) -> list[date]:
        if self.week_button.isChecked():
            return [self.week_start + timedelta(days=i) for i in range(7)]
        return [self.selected_day] if self.selected_day is not None else []

    def _draw_list(self) -> None:
        table = self.list_table
        table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Asset"),
                self.tr("Task"),
                self.tr("Team / contractor"),
                self.tr("Hours"),
                self.tr("Status"),
            ]
        )
        occurrences = [o for day in self._list_days() for o in self._by_day.get(day, [])]
        statuses = {
            "planned": self.tr("planned"),
            "done": self.tr("done"),
            "edited": self.tr("edited"),
        }
        with QSignalBlocker(table):
            table.setRowCount(len(occurrences))
            for row, occ in enumerate(occurrences):
                asset = self.plan.assets.get(occ.asset_code) if self.plan else None
                task = self.plan.tasks.get(occ.task_code) if self.plan else None
                status = statuses.get(occ.status, occ.status)
                if occ.flags:
                    status += " (" + "、".join(occ.flags) + ")"
                values = [
                    occ.planned_on.isoformat(),
                    f"{occ.asset_code} {asset.name if asset else ''}".strip(),
                    task.name if task else occ.task_code,
                    occ.team,
                    f"{occ.hours:g}",
                    status,
                ]
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(OCCURRENCE_ROLE, occ.id)
                    table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _draw_summary(self) -> None:
        if self.plan is None:
            self.summary_label.setText(self.tr("No plan yet: Planning → Generate plan for year…"))
            return
        plan = self.plan
        total_hours = sum(o.hours for o in plan.occurrences)
        shown = self.shown_occurrences()
        text = self.tr("{0} plan, assets from {1}: {2} visit(s), {3:g} h in the year").format(
            plan.year, self.origin_text, len(plan.occurrences), round(total_hours, 1)
        )
        if len(shown) != len(plan.occurrences):
            text += self.tr("; filtered: {0} visit(s), {1:g} h").format(
                len(shown), round(sum(o.hours for o in shown), 1)
            )
        if self.month_button.isChecked():
            in_month = [o for o in shown if o.planned_on.month == self.month]
            text += self.tr("; this month: {0} visit(s), {1:g} h").format(
                len(in_month), round(sum(o.hours for o in in_month), 1)
            )
        flagged = sum(bool(o.flags) for o in plan.occurrences)
        if flagged:
            text += self.tr("; {0} over capacity or outside the window").format(flagged)
        self.summary_label.setText(text)
        self.summary_label.setToolTip("\n".join([plan.calendar_basis, *plan.warnings]))

    # -- interaction -----------------------------------------------------------------------

    def _on_mode_changed(self) -> None:
        if self.week_button.isChecked() and self.plan is not None:
            anchor = self.selected_day or date(self.plan.year, self.month, 1)
            self.week_start = _monday(anchor)
        self._refresh()

    def _on_day_chosen(self) -> None:
        item = self.month_table.currentItem()
        if item is None or not item.data(DAY_ROLE):
            return
        self.selected_day = date.fromisoformat(item.data(DAY_ROLE))
        self._draw_list()

    def _on_occurrence_clicked(self, item: QTableWidgetItem) -> None:
        occ_id = item.data(OCCURRENCE_ROLE)
        if not occ_id or self.plan is None:
            return
        occ = next((o for o in self.plan.occurrences if o.id == occ_id), None)
        if occ is not None:
            self.asset_chosen.emit(occ.asset_code)

    # -- texts -----------------------------------------------------------------------------

    def _weekday_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def retranslate(self) -> None:
        self.month_button.setText(self.tr("Month"))
        self.week_button.setText(self.tr("Week"))
        self.previous_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.system_label.setText(self.tr("System:"))
        self.team_label.setText(self.tr("Team:"))
        self.contractor_label.setText(self.tr("Who:"))
        self._fill_filters()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
