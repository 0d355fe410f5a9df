"""Planning in the desktop app: menu-generated plan, calendar, exports, import, card, library."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from fmdesk.app.planning import core_progress, plan_state_path
from fmdesk.maintenance.model import report_progress
from fmdesk.maintenance.resources import user_resource_path
from fmdesk.maintenance.tasks import load_tasks
from fmdesk.ui.planning.controller import PLAN_KEY
from fmdesk.ui.planning.plan_view import HOLIDAY_BRUSH
from tests.ui.conftest import wait_loaded

LIFT_TASK = "电梯半月维保"


def open_sample(make_window, qtbot, model_path: Path, language: str = "en"):
    window = make_window(language=language, with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    return window


def generate_through_menu(window, qtbot, monkeypatch: pytest.MonkeyPatch, year: int) -> None:
    asked: list[int] = []

    def ask(parent, title, label, value, *args, **kwargs):
        asked.append(value)
        return year, True

    monkeypatch.setattr(QInputDialog, "getInt", ask)
    window.planning.generate_action.trigger()
    qtbot.waitUntil(lambda: not window.planning.is_busy(), timeout=30000)
    assert asked == [date.today().year + 1], "the default year is next year"
    assert window.ops.last_error is None
    assert window.planning.plan is not None and window.planning.plan.year == year


def test_plan_2027_calendar_export_and_a_refused_import(
    make_window, qtbot, model_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_sample(make_window, qtbot, model_path)
    generate_through_menu(window, qtbot, monkeypatch, 2027)
    planning, view = window.planning, window.planning.view
    plan = planning.plan

    # the register is empty in this FMDESK_HOME, so the assets came from the model, and it says so
    assert planning.source.origin == "model"
    assert "sample_residential_ifc4.ifc" in view.summary_label.text()
    assert f"{len(plan.occurrences)} visit(s)" in view.summary_label.text()

    # January: lift visits in the month calendar
    view.show_month(1)
    january = [date(2027, 1, d) for d in range(1, 32)]
    lift_days = [
        d for d in january if any(o.task_code == "LIFT-HM" for o in view.occurrences_on(d))
    ]
    assert len(lift_days) >= 2
    assert LIFT_TASK in view.month_cell(lift_days[0]).text()

    # National Day: shaded, named, empty
    view.show_month(10)
    national_day = view.month_cell(date(2027, 10, 1))
    assert national_day.text() == "1  国庆节"
    assert national_day.background() == HOLIDAY_BRUSH
    assert view.occurrences_on(date(2027, 10, 1)) == []
    assert not [o for o in plan.occurrences if o.planned_on == date(2027, 10, 1)]

    # filters: only contractors → only contractor teams shown
    view.set_filters(contractor="__contractors__")
    shown = view.shown_occurrences()
    assert shown and all(plan.teams[o.team].contractor for o in shown)
    view.set_filters()

    # clicking a listed lift visit selects the lift in the shared selection
    view.show_month(1)
    view.month_table.setCurrentItem(view.month_cell(lift_days[0]))
    row = next(
        r
        for r in range(view.list_table.rowCount())
        if LIFT_TASK in view.list_table.item(r, 2).text()
    )
    item = view.list_table.item(row, 0)
    rect = view.list_table.visualItemRect(item)
    qtbot.mouseClick(view.list_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    lift_code = view.list_table.item(row, 1).text().split()[0]
    assert window.selection.current == plan.assets[lift_code].global_id

    # Export to Excel through the menu: the task sheet has one row per visit
    out = tmp_path / "plan2027.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    planning.export_xlsx_action.trigger()
    qtbot.waitUntil(lambda: not planning.is_busy(), timeout=30000)
    assert window.ops.last_error is None
    workbook = load_workbook(out, read_only=True)
    rows = list(workbook["任务"].iter_rows(values_only=True))
    workbook.close()
    assert len(rows) == len(plan.occurrences) + 2  # the title row, the header row
    assert rows[0][0].startswith("示例小区 2027")  # the model's site and the year

    # an edited workbook with one bad row (a holiday) and one good change: nothing applied
    edited = tmp_path / "edited.xlsx"
    book = load_workbook(out)
    sheet = book["任务"]
    header = [c.value for c in sheet[2]]
    date_column = header.index("日期") + 1
    sheet.cell(row=5, column=date_column).value = "2027-10-01"
    sheet.cell(row=6, column=date_column).value = "2027-03-03"
    book.save(edited)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(edited), ""))
    planning.import_edits_action.trigger()
    qtbot.waitUntil(lambda: planning.report_dialog is not None, timeout=30000)
    dialog = planning.report_dialog
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 0).text() == "5"
    assert dialog.table.item(0, 1).text() == "日期"
    assert "国庆节" in dialog.table.item(0, 3).text()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    assert planning.plan is plan
    assert all(o.status == "planned" for o in plan.occurrences)
    assert not plan_state_path(2027).exists()

    # the planner explicitly accepts the valid part: only row 6 changes, and it is remembered.
    # The import starts right away: the previous check released the planning key when its
    # report arrived (wave one refused it until the check's thread had ended).
    moved_id = sheet.cell(row=6, column=header.index("编号") + 1).value
    assert planning.import_edits(edited)
    qtbot.waitUntil(lambda: planning.report_dialog is not dialog, timeout=30000)
    planning.report_dialog.apply_valid_button.click()
    edited_plan = planning.plan
    assert edited_plan is not plan
    moved = edited_plan.occurrence_index()[moved_id]
    assert (moved.planned_on, moved.status) == (date(2027, 3, 3), "edited")
    assert sum(o.status != "planned" for o in edited_plan.occurrences) == 1
    assert plan_state_path(2027).exists()
    generate_through_menu(window, qtbot, monkeypatch, 2027)
    assert planning.plan.occurrence_index()[moved_id].planned_on == date(2027, 3, 3)

    # iCalendar per team, through the menu
    ics = tmp_path / "ics"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(ics))
    planning.export_ics_action.trigger()
    qtbot.waitUntil(lambda: not planning.is_busy(), timeout=30000)
    teams = {o.team for o in planning.plan.occurrences}
    assert len(list(ics.glob("2027_*.ics"))) == len(teams)

    # the lifecycle card lists the pump's next visits from this plan
    pump = next(e for e in window.loaded.elements.values() if e.tag == "SB-01")
    window.selection.select([pump.global_id], source="test")
    first = next(o for o in planning.plan.occurrences if o.asset_code == "SB-01")
    assert planning.plan.tasks[first.task_code].name in planning.card_panel.text()
    assert first.planned_on.isoformat() in planning.card_panel.text()


def test_selecting_a_pump_shows_its_lifecycle_card(make_window, qtbot, model_path: Path) -> None:
    window = open_sample(make_window, qtbot, model_path)
    pump = next(e for e in window.loaded.elements.values() if e.tag == "SB-01")
    window.selection.select([pump.global_id], source="test")
    panel = window.planning.card_panel
    qtbot.waitUntil(lambda: panel.card is not None, timeout=30000)
    card = panel.card
    assert card.asset_code == "SB-01"
    assert isinstance(card.end_of_life_year, int) and card.end_of_life_year > 2000
    text = panel.text()
    assert "End-of-life year" in text and str(card.end_of_life_year) in text
    assert "quality of components" in text and "maintenance level" in text
    assert card.basis in text


def test_an_invalid_task_library_edit_is_refused_with_a_message(
    make_window, message_boxes: list[tuple[str, str]]
) -> None:
    window = make_window(with_geometry=False)
    dialog = window.planning.edit_task_library()
    row = dialog.row_of("LIFT-HM")
    assert row >= 0
    dialog.set_cell(row, "rrule", "FREQ=SOMETIMES")
    assert dialog.table.item(row, 5).text() == "?"
    assert not dialog.save()
    assert len(message_boxes) == 1 and f"Row {row + 1}" in message_boxes[0][1]
    assert not user_resource_path("tasks.csv").exists()

    dialog.set_cell(row, "rrule", "FREQ=DAILY;INTERVAL=15")
    dialog.set_cell(row, "hours", "many")
    assert not dialog.save()
    assert len(message_boxes) == 2
    assert not user_resource_path("tasks.csv").exists()

    dialog.set_cell(row, "hours", "2.5")
    assert dialog.save()
    saved = {t.code: t for t in load_tasks()}
    assert saved["LIFT-HM"].hours == 2.5
    assert user_resource_path("tasks.csv").exists()

    dialog.reset_to_shipped()
    assert not user_resource_path("tasks.csv").exists()
    assert dialog.table.item(dialog.row_of("LIFT-HM"), 7).text() == "1.5"
    dialog.reject()


def test_planning_without_a_model_or_register_is_one_sentence_and_the_app_stays_usable(
    make_window, qtbot, monkeypatch: pytest.MonkeyPatch, message_boxes: list
) -> None:
    window = make_window(with_geometry=False)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2027, True))
    window.planning.generate_action.trigger()
    qtbot.waitUntil(lambda: not window.planning.is_busy(), timeout=30000)
    assert window.planning.plan is None
    assert len(message_boxes) == 1
    assert message_boxes[0][1] == window.ops.last_error
    assert "open a model" in message_boxes[0][1] and "\n" not in message_boxes[0][1]
    assert window.planning.generate_action.isEnabled()


def test_a_planning_job_can_be_cancelled(make_window, qtbot) -> None:
    window = make_window(with_geometry=False)
    ops, planning = window.ops, window.planning
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=30000)  # the features' start-up work
    results: list = []

    def core_like(progress):  # the core's loop: report, and stop when cancelled
        report, cancel = core_progress(progress)
        for step in range(10_000):
            report_progress(report, cancel, step, 10_000)
            time.sleep(0.01)

    assert ops.run("Testing", core_like, results.append, key=PLAN_KEY) is not None
    assert ops.widget.isVisible() and planning.generate_action.isEnabled() is False
    assert not planning.generate_plan(2027), "one planning job at a time"
    ops.widget.cancel_button.click()
    qtbot.waitUntil(lambda: not planning.is_busy(), timeout=10000)
    assert results == [] and ops.last_error is None
    assert "cancelled" in window.statusBar().currentMessage()
    assert not ops.widget.isVisible()
    assert planning.generate_action.isEnabled()


def test_workday_adjustments_are_checked_and_used(
    make_window, tmp_path: Path, message_boxes: list
) -> None:
    window = make_window(with_geometry=False)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2027-02-30,holiday,春节\n", encoding="utf-8")
    assert not window.planning.import_workdays(bad)
    assert len(message_boxes) == 1 and "2027-02-30" in message_boxes[0][1]
    good = tmp_path / "2027.csv"
    good.write_text(
        "date,kind,name\n2027-10-01,holiday,国庆节\n2027-10-09,workday,国庆节调休\n",
        encoding="utf-8",
    )
    assert window.planning.import_workdays(good)
    assert "导入的放假调休安排" in window.planning.calendar.basis(2027)
    assert window.planning.calendar.is_workday(date(2027, 10, 9))


def test_the_register_is_preferred_and_its_failures_explain_the_pump_card(
    make_window, qtbot, model_path: Path, records, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fmdesk.records.model_import import import_assets
    from fmdesk.settings import load_settings, save_settings
    from fmdesk.workorders.service import create_work_order

    import_assets(records.uow(actor="计划员"), model_path)
    for number in range(6):
        create_work_order(records.uow(), f"水泵故障 {number}", asset=f"SB-0{number % 2 + 1}")
    settings = load_settings()
    settings.database_url = records.url  # the workstation's database, chosen before start-up
    save_settings(settings)
    window = open_sample(make_window, qtbot, model_path, language="zh_CN")
    generate_through_menu(window, qtbot, monkeypatch, 2027)
    planning = window.planning
    assert planning.source.origin == "records"
    assert "设备台账数据库" in planning.view.summary_label.text()
    assert planning.menu.title() == "计划(&P)"

    pump = next(e for e in window.loaded.elements.values() if e.tag == "SB-01")
    window.selection.select([pump.global_id], source="test")
    card = planning.card_panel.card
    assert card is not None and card.asset_code == "SB-01"
    assert "6 次故障" in card.basis and card.basis in planning.card_panel.text()
    assert "维护水平" in planning.card_panel.text()  # factor G in Chinese


def test_switching_language_translates_the_planning_menu_and_panels(make_window, qapp) -> None:
    window = make_window(language="en", with_geometry=False)
    planning = window.planning
    assert planning.menu.title() == "&Planning"
    window.set_language("zh_CN")
    qapp.processEvents()
    assert planning.menu.title() == "计划(&P)"
    assert planning.generate_action.text() == "生成年度计划(&G)…"
    assert planning.view.parentWidget().windowTitle() == "保养计划"
    assert planning.card_panel.parentWidget().windowTitle() == "寿命估算"
    assert planning.view.month_button.text() == "月"
    assert planning.view.team_filter.itemText(0) == "全部班组"
