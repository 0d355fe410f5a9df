"""The KPI dashboard on the real main window and a real records database: tiles, groups,
trend and the drill-down to the orders behind a figure."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QDate

from tests.operations.history import build_january

TIMEOUT = 60000


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_tiles_groups_and_drill_down(make_window, qtbot, utc, tmp_path, monkeypatch) -> None:
    window = make_window("en", with_geometry=False)
    qtbot.waitUntil(lambda: window.records_feature.app is not None, timeout=TIMEOUT)
    numbers = build_january(window.app.records.uow)
    actions = window.menuBar().actions()
    operations = [a.menu() for a in actions].index(window.kpi_feature.menu)
    assert operations < actions.index(window.menus.help_menu.menuAction())  # before Help
    assert window.kpi_feature.menu.title() == "&Operations"
    window.kpi_feature.dashboard_action.trigger()
    dashboard = window.kpi_feature.dashboard
    dashboard.from_edit.setDate(QDate(2027, 1, 1))
    dashboard.to_edit.setDate(QDate(2027, 1, 31))
    dashboard.by_combo.setCurrentIndex(1)  # contractor
    dashboard.refresh()
    qtbot.waitUntil(
        lambda: dashboard.report is not None and dashboard.report.by == "contractor",
        timeout=TIMEOUT,
    )
    assert dashboard.tiles["mttr_hours"].value.text() == "13.0 h"
    names = {dashboard.groups.item(r, 0).text() for r in range(dashboard.groups.rowCount())}
    assert names == {"恒安电梯", "In-house"}
    qtbot.waitUntil(lambda: dashboard.drill.rowCount() == 2, timeout=TIMEOUT)
    assert dashboard.drill.item(0, 0).text() == numbers["O2"]  # the longest repair first
    assert dashboard.chart.months[-1] == "2027-01"

    dashboard.select_kpi("satisfaction")
    qtbot.waitUntil(lambda: "Resident satisfaction" in dashboard.drill_title.text())
    assert dashboard.drill.item(0, 9).text() == "✗"  # the score of 2 first
    row = next(
        r
        for r in range(dashboard.groups.rowCount())
        if dashboard.groups.item(r, 0).text() == "恒安电梯"
    )
    dashboard._group_clicked(row, 4)  # the contractor's MTTR
    qtbot.waitUntil(lambda: dashboard.drill.rowCount() == 1, timeout=TIMEOUT)
    assert dashboard.drill.item(0, 0).text() == numbers["O1"]
    qtbot.waitUntil(lambda: "恒安电梯" in dashboard.chart.axes.get_title(), timeout=TIMEOUT)
    assert dashboard.group_trend.series["mttr_hours"][-1] == 2.0  # the contractor's own trend

    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "2027-01.xlsx"  # the file dialog answers as a user would
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.kpi_feature.report_action.trigger()
    qtbot.waitUntil(out.is_file, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dashboard.last_report is not None, timeout=TIMEOUT)
    assert dashboard.last_report.path == out and dashboard.last_report.format == "xlsx"
    dashboard.close()
