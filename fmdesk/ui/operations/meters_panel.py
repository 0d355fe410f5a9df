"""The Meters panel (抄表与异常): meters, one meter's daily use, anomalies, → work order.

Every action is one use case of :mod:`fmdesk.app.meters` run through ``window.ops``: the list
and the anomalies refresh together, a meter's chart loads when it is chosen, "Create work order"
turns the chosen anomaly into an order (the work-order board refreshes on the change bus), and a
double-click on an anomaly selects the network elements downstream of its meter in the model.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import meters as use_cases
from fmdesk.app.changes import Change
from fmdesk.operations.meters.views import KIND_LABELS, METER_LABELS
from fmdesk.ui.operations.meters_chart import MeterChartWidget

__all__ = ["MetersPanel"]

LOCAL = timezone(timedelta(hours=8))


class MetersPanel(QWidget):
    """Meters on the left; the chosen meter's chart and the period's anomalies on the right."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window = window
        self.meters: list[Any] = []
        self.anomalies: list[Any] = []
        self.menu_action: Any = None
        """Tools → Meters and anomalies (set by the feature), retranslated with the panel."""
        self._build()
        self.retranslate()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.from_label, self.to_label = QLabel(), QLabel()
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.start_edit.setDate(today.addDays(-30))
        self.end_edit.setDate(today.addDays(1))
        self.refresh_button, self.import_button = QPushButton(), QPushButton()
        self.order_button = QPushButton()
        self.order_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.import_file)
        self.order_button.clicked.connect(self.create_order)
        bar = QHBoxLayout()
        for widget in (self.from_label, self.start_edit, self.to_label, self.end_edit):
            bar.addWidget(widget)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        self.meter_table = _table(5)
        self.meter_table.itemSelectionChanged.connect(self.load_chart)
        self.chart = MeterChartWidget()
        self.anomaly_table = _table(6)
        self.anomaly_table.itemSelectionChanged.connect(self._anomaly_chosen)
        self.anomaly_table.itemDoubleClicked.connect(lambda _item: self.select_downstream())
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.anomaly_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.where_label, 1)
        bottom.addWidget(self.order_button)
        right_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.meter_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.menu_action is not None:
            self.menu_action.setText(self.tr("Meters and anomalies…"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.refresh_button.setText(self.tr("Find anomalies"))
        self.import_button.setText(self.tr("Import readings…"))
        self.order_button.setText(self.tr("Create work order"))
        self.meter_table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Main meter"),
                self.tr("Readings"),
            ]
        )
        self.anomaly_table.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("Meter"),
                self.tr("Anomaly"),
                self.tr("Size"),
                self.tr("Description"),
                self.tr("Work order"),
            ]
        )

    # -- period ------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))

    # -- actions -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the meters and the anomalies of the period."""
        app = self.window.app
        start, end = self.period()

        def work(progress: Any) -> Any:
            meters = use_cases.list_meters(app, progress)
            return meters, use_cases.find_anomalies(app, start, end, progress=progress)

        self.window.ops.run(
            self.tr("Meters"), work, self._show, key="meters-refresh", supersede=True
        )

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import meter readings"),
                "",
                self.tr("Readings (*.csv *.xlsx)"),
            )
        if not path:
            return
        app = self.window.app
        self.window.ops.run(
            self.tr("Importing meter readings"),
            lambda progress: use_cases.import_readings(app, Path(path), progress),
            self._imported,
            changes=[Change.OPERATIONS],
        )

    def load_chart(self) -> None:
        meter = self.current_meter()
        if meter is None:
            self.chart.clear()
            return
        app = self.window.app
        start, end = self.period()
        self.window.ops.run(
            self.tr("Meter readings"),
            lambda progress: use_cases.meter_chart(app, meter.code, start, end, progress),
            self._show_chart,
            key="meters-chart",
            supersede=True,
            quiet=True,
        )

    def create_order(self) -> None:
        anomaly = self.current_anomaly()
        if anomaly is None:
            return
        app = self.window.app
        self.window.ops.run(
            self.tr("Work order"),
            lambda progress: use_cases.anomaly_to_work_order(app, anomaly.id),
            self._ordered,
            changes=[Change.WORK_ORDERS, Change.OPERATIONS],
        )

    def select_downstream(self) -> None:
        anomaly = self.current_anomaly()
        if anomaly is not None and anomaly.downstream:
            ids = [element["global_id"] for element in anomaly.downstream]
            self.window.selection.select(ids, source="meters")

    # -- results -----------------------------------------------------------------------------
    def _show(self, result: Any) -> None:
        self.meters, self.anomalies = result
        language = getattr(self.window, "language", None)  # core texts in the window's language
        _fill(self.meter_table, [_meter_row(m, language) for m in self.meters])
        _fill(self.anomaly_table, [_anomaly_row(a, language) for a in self.anomalies])
        self._anomaly_chosen()

    def _show_chart(self, chart: Any) -> None:
        marked = set()
        for anomaly in chart.anomalies:
            day = anomaly.start.astimezone(LOCAL).date()
            last = min(anomaly.end, anomaly.start + timedelta(days=30)).astimezone(LOCAL).date()
            while day <= last:
                marked.add(day)
                day += timedelta(days=1)
        days = [d.astimezone(LOCAL) for d in chart.days]
        meter = self.current_meter()
        per_day = self.tr("{0}/day").format(chart.unit)
        title = f"{meter.name} ({per_day})" if meter else chart.meter
        self.chart.set_data(title, days, chart.daily, chart.unit, marked)

    def _imported(self, result: Any) -> None:
        lines = [
            self.tr("{0} readings added, {1} updated, {2} unchanged, {3} bad rows.").format(
                result.added, result.updated, result.unchanged, len(result.bad)
            )
        ]
        lines += [
            self.tr("Line {0}: {1}").format(
                row.line, row.reason.render(getattr(self.window, "language", None))
            )
            for row in result.bad[:20]
        ]
        QMessageBox.information(self, self.tr("Import meter readings"), "\n".join(lines))
        self.refresh()

    def _ordered(self, order: Any) -> None:
        QMessageBox.information(
            self,
            self.tr("Work order"),
            self.tr("Work order {0} created.").format(order.number),
        )
        self.refresh()

    def _anomaly_chosen(self) -> None:
        anomaly = self.current_anomaly()
        self.order_button.setEnabled(anomaly is not None and not anomaly.work_order)
        if anomaly is None:
            self.where_label.setText("")
            return
        names = "、".join(e["name"] for e in anomaly.downstream[:8]) or "—"
        self.where_label.setText(self.tr("Where to look: {0}").format(names))
        for row, meter in enumerate(self.meters):
            if meter.code == anomaly.meter:
                self.meter_table.selectRow(row)
                break

    # -- helpers -----------------------------------------------------------------------------
    def current_meter(self) -> Any:
        rows = self.meter_table.selectionModel().selectedRows()
        return self.meters[rows[0].row()] if rows and rows[0].row() < len(self.meters) else None

    def current_anomaly(self) -> Any:
        rows = self.anomaly_table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.anomalies):
            return self.anomalies[rows[0].row()]
        return None


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.blockSignals(False)


def _meter_row(meter: Any, language: str | None) -> list[str]:
    label = METER_LABELS.get(meter.kind)
    kind = label.render(language) if label else meter.kind
    return [meter.code, meter.name, kind, meter.parent, str(meter.readings)]


def _anomaly_row(anomaly: Any, language: str | None) -> list[str]:
    label = KIND_LABELS.get(anomaly.kind)
    start = anomaly.start.astimezone(LOCAL)
    size = f"{abs(anomaly.size):.3f} {anomaly.unit}"
    if anomaly.kind == "stopped":
        size = f"{anomaly.size:.0f} h"
    elif anomaly.kind == "night_flow":
        size = f"{anomaly.size:.3f} {anomaly.unit}/h"
    return [
        f"{start:%Y-%m-%d %H:%M}",
        anomaly.meter,
        label.render(language) if label else anomaly.kind,
        size,
        anomaly.text.render(language),
        anomaly.work_order or "",
    ]


def as_utc(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), LOCAL).astimezone(UTC)
