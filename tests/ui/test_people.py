"""The roster grid and the staff list in the main window (real widgets, a real SQLite file in
FMDESK_HOME): generate a month, edit a cell, export, certificates in red, on duty in the
status bar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from fmdesk.app.people import expiring_certificates, load_sample_staff
from fmdesk.app.roster import generate_roster, show_roster

TIMEOUT = 20000


@pytest.fixture
def window(make_window, qtbot):
    window = make_window("en", with_geometry=False)
    qtbot.waitUntil(lambda: window.records_feature.app is not None, timeout=TIMEOUT)
    load_sample_staff(window.app)
    return window


def fits_150_percent(dialog) -> None:
    """1366×768 at 150 % is 910×512 logical pixels: the dialog can shrink to that, and it
    opens within the screen it is on."""
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 910 and hint.height() <= 512, hint
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ops.is_busy(), timeout=TIMEOUT)


def test_roster_dialog_generates_edits_and_exports(window, qtbot, tmp_path: Path) -> None:
    feature = window.people_feature
    assert feature.roster_action in window.menus.tools_menu.actions()
    feature.roster_action.trigger()
    dialog = feature.roster_dialog
    assert dialog.isVisible()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    fits_150_percent(dialog)
    dialog.month_edit.setDate(QDate(2027, 1, 1))
    idle(qtbot, window)
    assert dialog.table.rowCount() == 0
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 12, timeout=TIMEOUT)
    idle(qtbot, window)
    assert dialog.table.columnCount() == 31 + 5 + 1  # days, 白早中夜值 totals, total
    total_col = dialog.table.columnCount() - 1
    assert dialog.table.horizontalHeaderItem(0).text() == "1\n五"
    row = [r.person for r in dialog.grid.rows].index("王建国")
    assert dialog.table.item(row, 3).text() == "白"  # Monday 4 January
    worked = int(dialog.table.item(row, total_col).text())
    assert worked == 20  # 王建国 on 常白班: the working days of January 2027
    with qtbot.waitSignal(dialog.shift_changed, timeout=TIMEOUT):
        dialog.table.item(row, 3).setText("假")
    assert int(dialog.table.item(row, total_col).text()) == worked - 1
    idle(qtbot, window)
    grid = show_roster(window.app, "2027-01")
    assert next(r.codes for r in grid.rows if r.person == "王建国")[3] == "假"
    out = tmp_path / "值班表.xlsx"
    dialog.export(out)
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    idle(qtbot, window)
    assert load_workbook(out).active["A1"].value.endswith("2027年1月 值班表")
    dialog.close()


def test_staff_dialog_marks_certificates_due(window, qtbot, tmp_path: Path) -> None:
    soon = (date.today() + timedelta(days=10)).isoformat()
    extra = tmp_path / "extra.csv"
    extra.write_text(f"姓名,班组,证书\n林涛,强电组,电工证 {soon}\n", encoding="utf-8")
    feature = window.people_feature
    feature.staff_action.trigger()
    dialog = feature.staff_dialog
    fits_150_percent(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 12, timeout=TIMEOUT)
    idle(qtbot, window)
    dialog.import_file(extra)  # what the Import button does after the file dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 13, timeout=TIMEOUT)
    idle(qtbot, window)
    due = len(expiring_certificates(window.app, 30))
    assert due >= 1 and str(due) in dialog.warning.text()
    row = [p.name for p in dialog.people].index("林涛")
    assert dialog.table.item(row, 5).foreground().color().name() == "#c00000"
    dialog.close()


def test_status_bar_shows_who_is_on_duty(window, qtbot) -> None:
    feature = window.people_feature
    generate_roster(window.app, datetime.now().strftime("%Y-%m"))
    generate_roster(window.app, (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m"))
    feature.refresh_on_duty()
    qtbot.waitUntil(lambda: feature.duty_label.text().startswith("On duty:"), timeout=TIMEOUT)
    idle(qtbot, window)
    # 24-hour duty in 水电组 means someone is always on duty
    assert "nobody" not in feature.duty_label.text()
