"""The KPI dashboard (KPI 仪表板): tiles against targets, a 12-month trend, groups, drill-down.

A tile, a group cell or a point of the trend opens the work orders behind that figure (worst
first); a double-click on one opens its form. All figures come from the use cases of
:mod:`fmdesk.app.kpi` through ``window.ops`` (never on the GUI thread).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import kpi as use_cases
from fmdesk.i18n import render
from fmdesk.ui.operations.kpi_chart import TrendChart
from fmdesk.ui.records.labels import word

GOOD, BAD, NEUTRAL = "#e8f5e9", "#fdecea", "#f4f6f8"


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}%" if unit == "%" else f"{value:.1f}"


class KpiTile(QFrame):
    """One KPI: its label, the figure, the target; click → drill-down."""

    def __init__(self, key: str, dashboard: KpiDashboard) -> None:
        super().__init__(dashboard)
        self.key, self.dashboard = key, dashboard
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label, self.value, self.target = QLabel(), QLabel("—"), QLabel()
        self.label.setWordWrap(True)
        self.value.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.target.setStyleSheet("color: #666666;")
        for widget in (self.label, self.value, self.target):
            layout.addWidget(widget)

    def show_figure(self, definition: Any, value: float | None, selected: bool) -> None:
        unit = definition.unit
        self.label.setText(render(definition.label))
        self.value.setText(
            _figure(value, unit) + ("" if unit == "%" or value is None else " " + self._unit(unit))
        )
        if definition.target is None:
            self.target.setText("")
        else:
            sign = "≥" if definition.higher_is_better else "≤"
            self.target.setText(
                self.tr("target {0} {1}").format(sign, _figure(definition.target, unit))
            )
        colour = {True: GOOD, False: BAD, None: NEUTRAL}[definition.meets(value)]
        border = "2px solid #1f6fb2" if selected else "1px solid #c8d0d8"
        self.setStyleSheet(
            f"KpiTile {{ background: {colour}; border: {border}; border-radius: 4px; }}"
        )

    def _unit(self, unit: str) -> str:
        return {"h": self.tr("h"), "weeks": self.tr("weeks")}.get(unit, unit)

    def mousePressEvent(self, event) -> None:
        self.dashboard.select_kpi(self.key)
        super().mousePressEvent(event)


class KpiDashboard(QWidget):
    """The dashboard window; ``refresh()`` loads the period shown in the date fields."""

    GROUPINGS = ("", "contractor", "system", "building", "team")

    def __init__(self, window: Any) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setObjectName("KpiDashboard")
        self.report: Any = None
        self.trend: Any = None
        self.key = "mttr_hours"
        self.group: str | None = None
        self.group_name = ""
        self.group_trend: Any = None
        self.last_report: Any = None
        self._build()
        self.retranslate()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        today = date.today()
        first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        last = today.replace(day=1) - timedelta(days=1)
        self.from_edit, self.to_edit = QDateEdit(_qdate(first)), QDateEdit(_qdate(last))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by_combo = QComboBox()
        self.refresh_button, self.report_button = QPushButton(), QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self.write_report)
        self.from_label, self.to_label, self.by_label = QLabel(), QLabel(), QLabel()
        bar = QHBoxLayout()
        for widget in (
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.by_label,
            self.by_combo,
            self.refresh_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        tiles = QGridLayout()
        self.tiles = {}
        for index, definition in enumerate(use_cases.kpi_definitions()):
            tile = KpiTile(definition.key, self)
            self.tiles[definition.key] = tile
            tiles.addWidget(tile, index // 6, index % 6)
        self.chart = TrendChart(self)
        self.chart.on_month = self.drill_month
        self.groups = QTableWidget(0, 0)
        self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups.cellClicked.connect(self._group_clicked)
        self.drill_title = QLabel()
        self.drill_title.setStyleSheet("font-weight: bold;")
        self.drill = QTableWidget(0, 10)
        self.drill.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drill.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drill.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.drill.cellDoubleClicked.connect(self._open_order)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.chart)
        upper.addWidget(self.groups)
        upper.setSizes([560, 440])
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.drill_title)
        lower_layout.addWidget(self.drill)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(tiles)
        layout.addWidget(split, 1)
        self.resize(1280, 860)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KPI dashboard"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.by_label.setText(self.tr("Groups"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.report_button.setText(self.tr("Monthly report…"))
        names = [
            self.tr("None"),
            self.tr("Contractor"),
            self.tr("System"),
            self.tr("Building"),
            self.tr("Team"),
        ]
        current = self.by_combo.currentIndex()
        self.by_combo.clear()
        self.by_combo.addItems(names)
        self.by_combo.setCurrentIndex(max(current, 0))
        self.drill.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Title"),
                self.tr("State"),
                self.tr("Priority"),
                self.tr("Asset"),
                self.tr("System"),
                self.tr("Contractor"),
                self.tr("Assignee"),
                self.tr("Value"),
                self.tr("Met"),
            ]
        )

    # -- loading ------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def by(self) -> str | None:
        return self.GROUPINGS[self.by_combo.currentIndex()] or None

    def refresh(self) -> None:
        """Load the KPIs of the period (and per group) and the 12-month trend, off the GUI
        thread; then show them and the drill-down of the selected KPI."""
        app, (start, end), by = self.window_.app, self.period(), self.by()

        def work(progress):
            report = use_cases.compute_kpis(app, start, end, by)
            trend = use_cases.kpi_trend(app, end, 12)
            return report, trend

        self.window_.ops.run(
            self.tr("KPI dashboard"), work, self._loaded, key="kpi-dashboard", supersede=True
        )

    def _loaded(self, result: tuple[Any, Any]) -> None:
        self.report, self.trend = result
        self.group, self.group_trend = None, None
        self._show_groups()
        self.select_kpi(self.key)

    def select_kpi(self, key: str) -> None:
        """Show ``key`` selected: tiles, its trend, and the orders behind it."""
        self.key = key
        if self.report is None:
            return
        for definition in use_cases.kpi_definitions():
            value = self.report.total.get(definition.key)
            self.tiles[definition.key].show_figure(definition, value, definition.key == key)
        definition = next(d for d in use_cases.kpi_definitions() if d.key == key)
        unit = {"h": self.tr("h"), "weeks": self.tr("weeks")}.get(definition.unit, definition.unit)
        trend = self.group_trend if self.group and self.group_trend else self.trend
        title = render(definition.label)
        if self.group and self.group_trend:
            title = f"{title} · {self.group_name}"
        self.chart.show_series(
            title, trend.months, trend.series.get(key, []), definition.target, unit
        )
        self.run_drill(*self.period(), self.group)

    def _show_groups(self) -> None:
        definitions = list(use_cases.kpi_definitions())
        groups = self.report.groups[1:] if self.report else []
        self.groups.clear()
        self.groups.setRowCount(len(groups))
        self.groups.setColumnCount(len(definitions) + 1)
        self.groups.setHorizontalHeaderLabels(
            [self.tr("Group")] + [render(d.label) for d in definitions]
        )
        for row, group in enumerate(groups):
            name = QTableWidgetItem(
                group.name or group.key if group.key != "-" else self._no_group()
            )
            name.setData(Qt.ItemDataRole.UserRole, group.key)
            self.groups.setItem(row, 0, name)
            for column, definition in enumerate(definitions, start=1):
                value = group.figures.get(definition.key)
                item = QTableWidgetItem(_figure(value, definition.unit))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.groups.setItem(row, column, item)
        self.groups.resizeColumnsToContents()

    def _no_group(self) -> str:
        """The label of the orders without a key: own staff when grouping by contractor."""
        return self.tr("In-house") if self.by() == "contractor" else self.tr("(none)")

    def _group_clicked(self, row: int, column: int) -> None:
        item = self.groups.item(row, 0)
        self.group = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.group_name = item.text() if item else ""
        self.group_trend = None
        if column > 0:
            self.key = list(use_cases.kpi_definitions())[column - 1].key
        self.select_kpi(self.key)
        self._load_group_trend()

    def _load_group_trend(self) -> None:
        """The selected group's own 12-month trend (e.g. one contractor's MTTR)."""
        app, end, by, group = self.window_.app, self.period()[1], self.by(), self.group
        if not group or not by:
            return
        self.window_.ops.run(
            self.tr("KPI dashboard"),
            lambda progress: use_cases.kpi_trend(app, end, 12, by=by, group=group),
            self._group_trend_loaded,
            key="kpi-group-trend",
            supersede=True,
            quiet=True,
        )

    def _group_trend_loaded(self, trend: Any) -> None:
        self.group_trend = trend
        self.select_kpi(self.key)

    def drill_month(self, index: int) -> None:
        """A click on a month of the trend: the orders behind that month's figure."""
        if not self.trend or not 0 <= index < len(self.trend.months):
            return
        first, last = use_cases.month_bounds(use_cases.parse_month(self.trend.months[index]))
        self.run_drill(first, last, None)

    def run_drill(self, start: date, end: date, group: str | None) -> None:
        app, key, by = self.window_.app, self.key, self.by() if group else None
        self.window_.ops.run(
            self.tr("Drill-down"),
            lambda progress: use_cases.drill_kpi(app, key, start, end, by, group, limit=500),
            self._show_drill,
            key="kpi-drill",
            supersede=True,
            quiet=True,
        )

    def _show_drill(self, drill: Any) -> None:
        self.drill_title.setText(
            self.tr("{0}: {1} work orders ({2} – {3})").format(
                drill.label, drill.total, drill.start, drill.end
            )
        )
        self.drill.setRowCount(len(drill.rows))
        for row, order in enumerate(drill.rows):
            met = {True: "✓", False: "✗", None: ""}[order.met]
            values = [
                order.number,
                order.title,
                word(order.state),
                word(order.priority),
                order.asset_code,
                order.system,
                order.contractor,
                order.assignee,
                "" if order.value is None else f"{order.value:g}",
                met,
            ]
            for column, text in enumerate(values):
                self.drill.setItem(row, column, QTableWidgetItem(str(text)))
        self.drill.resizeColumnsToContents()
        self.drill.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _open_order(self, row: int, _column: int) -> None:
        item = self.drill.item(row, 0)
        records = getattr(self.window_, "records_feature", None)
        if item is not None and records is not None:
            records.open_order(item.text())

    # -- report -------------------------------------------------------------------------
    def write_report(self) -> None:
        """Ask where, then write the monthly report of the month of the "To" date."""
        from fmdesk.app.reports import monthly_report

        month = _pydate(self.to_edit.date()).replace(day=1)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Monthly report"),
            f"{month:%Y-%m}.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"),
        )
        if not path:
            return
        from pathlib import Path

        app = self.window_.app
        self.window_.ops.run(
            self.tr("Monthly report"),
            lambda progress: monthly_report(app, month, Path(path), progress=progress),
            self._report_written,
        )

    def _report_written(self, written: Any) -> None:
        self.last_report = written
        self.window_.statusBar().showMessage(
            self.tr("Wrote {0} ({1} pages)").format(written.path, written.pages), 8000
        )

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
