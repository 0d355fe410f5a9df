"""The Meters panel with real widgets: anomalies of the period, the chart, → work order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox

from fmdesk.operations.meters.simulate import Fault, SimMeter, simulate
from tests.meters.conftest import write_csv
from tests.ui.conftest import wait_loaded

TIMEOUT = 60000


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def capture(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", capture)
    return shown


def test_a_leak_is_listed_charted_and_becomes_a_work_order(
    make_window, model_path: Path, qtbot, tmp_path: Path, informed: list[str]
) -> None:
    window = make_window("en", with_geometry=False)
    feature = window.records_feature
    qtbot.waitUntil(lambda: feature.app is not None, timeout=TIMEOUT)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    feature.import_action.trigger()
    qtbot.waitUntil(lambda: feature.last_import_report is not None, timeout=TIMEOUT)

    start = datetime(2026, 8, 3, tzinfo=UTC)
    codes = [f"WM-1-{floor}0{unit}" for floor in range(1, 4) for unit in range(1, 5)]
    leak = Fault("WM-1-203", "night_flow", start + timedelta(days=66, hours=10), size=0.01)
    series = simulate([SimMeter(c, "water") for c in codes], start, 24 * 80, [leak], seed=2)
    csv_path = write_csv(tmp_path / "readings.csv", series)

    panel = window.meters_panel
    panel.set_period((start + timedelta(days=60)).date(), (start + timedelta(days=80)).date())
    panel.import_file(str(csv_path))
    qtbot.waitUntil(lambda: len(panel.anomalies) == 1, timeout=TIMEOUT)
    assert "readings added" in informed[0]
    assert panel.meter_table.rowCount() == 75
    assert panel.anomaly_table.item(0, 1).text() == "WM-1-203"
    assert panel.anomaly_table.item(0, 2).text() == "night flow"

    panel.anomaly_table.selectRow(0)
    assert "户内给水管 1-203" in panel.where_label.text()
    assert panel.current_meter().code == "WM-1-203"
    qtbot.waitUntil(lambda: len(panel.chart.days) >= 19, timeout=TIMEOUT)
    assert panel.chart.marked  # the leak's days are drawn in red

    panel.select_downstream()
    assert len(window.selection.ids) == 5

    assert panel.order_button.isEnabled()
    panel.order_button.click()
    qtbot.waitUntil(lambda: any("created" in text for text in informed), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.anomaly_table.item(0, 5).text().startswith("GD-"))
    panel.anomaly_table.selectRow(0)
    assert not panel.order_button.isEnabled()


def test_the_panel_speaks_chinese(make_window, qtbot) -> None:
    window = make_window("en", with_geometry=False)
    window.set_language("zh_CN")
    panel = window.meters_panel
    qtbot.waitUntil(lambda: window.meters_dock.windowTitle() == "计量表")
    qtbot.waitUntil(lambda: panel.order_button.text() == "生成工单")  # LanguageChange is posted
    assert panel.menu_action.text() == "计量表与异常…"
    window.set_language("en")
