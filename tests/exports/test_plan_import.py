from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fmdesk.exports.plan_import import (
    PlanImportError,
    apply_plan_edits,
    import_plan_edits,
    read_plan_state,
    write_plan_state,
)
from fmdesk.exports.plan_xlsx import TASK_HEADERS, TASK_SHEET, export_plan_xlsx
from fmdesk.maintenance.scheduler import generate_plan
from fmdesk.maintenance.workdays import WorkCalendar

COL = {name: i + 1 for i, name in enumerate(TASK_HEADERS)}


@pytest.fixture(scope="module")
def exported(plan_2027, tmp_path_factory) -> Path:
    return export_plan_xlsx(plan_2027, tmp_path_factory.mktemp("imp") / "plan.xlsx")


def _edit(source: Path, target: Path, changes: dict[tuple[int, str], object]) -> Path:
    """What a planner does in Excel: change some cells and save."""
    book = load_workbook(source)
    sheet = book[TASK_SHEET]
    for (row, column), value in changes.items():
        sheet.cell(row=row, column=COL[column]).value = value
    book.save(target)
    book.close()
    return target


def _next_workday(day: date) -> date:
    calendar = WorkCalendar()
    day = date.fromordinal(day.toordinal() + 1)
    while not calendar.is_workday(day):
        day = date.fromordinal(day.toordinal() + 1)
    return day


def _row_of(plan, path: Path, occ_id: str) -> int:
    sheet = load_workbook(path, read_only=True)[TASK_SHEET]
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if row[0] == occ_id:
            return number
    raise AssertionError(occ_id)


def test_an_unchanged_workbook_imports_clean(exported, plan_2027) -> None:
    report = import_plan_edits(exported, plan_2027)
    assert report.ok and report.rows_checked == len(plan_2027.occurrences)
    assert report.edits == [] and report.unchanged == report.rows_checked


def test_one_bad_row_is_reported_and_nothing_is_applied(exported, plan_2027, tmp_path) -> None:
    # row 1 is the title, row 2 the header: occurrence n is on row n + 3
    good = plan_2027.occurrences[10]
    new_day = _next_workday(good.planned_on)
    edited = _edit(
        exported,
        tmp_path / "edited.xlsx",
        {
            (13, "日期"): datetime(new_day.year, new_day.month, new_day.day),
            (13, "班组/单位"): "电工班",
            (41, "日期"): datetime(2027, 10, 1),
        },
    )
    report = import_plan_edits(edited, plan_2027)
    assert not report.ok
    assert report.bad_rows == [41]
    [issue] = report.issues
    assert issue.column == "日期" and "国庆节" in issue.message and issue.value == "2027-10-01"
    assert len(report.edits) == 1  # the good row was understood ...
    before = [(o.id, o.planned_on, o.team) for o in plan_2027.occurrences]
    with pytest.raises(PlanImportError, match="第 41 行"):
        apply_plan_edits(plan_2027, report)  # ... but nothing is applied
    assert [(o.id, o.planned_on, o.team) for o in plan_2027.occurrences] == before
    accepted = apply_plan_edits(plan_2027, report, accept_valid_part=True)
    changed = accepted.occurrence_index()[good.id]
    assert changed.planned_on == new_day and changed.team == "电工班" and changed.status == "edited"
    bad_occ = plan_2027.occurrences[38]
    assert accepted.occurrence_index()[bad_occ.id].planned_on == bad_occ.planned_on


def test_each_kind_of_bad_value_is_named(exported, plan_2027, tmp_path) -> None:
    edited = _edit(
        exported,
        tmp_path / "bad.xlsx",
        {
            (3, "设备编码"): "NO-SUCH-PUMP",
            (4, "日期"): datetime(2028, 1, 5),
            (5, "日期"): "下周三",
            (6, "班组/单位"): "不存在的外包单位",
            (7, "编号"): "XX/YY/001",
            (8, "工时"): "两小时",
            (9, "状态"): "随便",
            (10, "日期"): datetime(2027, 2, 8),
        },
    )
    report = import_plan_edits(edited, plan_2027)
    messages = {issue.row: issue.message for issue in report.issues}
    assert report.bad_rows == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "未知设备" in messages[3]
    assert "不在 2027 年内" in messages[4]
    assert "日期无效" in messages[5]
    assert "未知班组" in messages[6]
    assert "未知编号" in messages[7]
    assert "工时" in messages[8]
    assert "状态" in messages[9]
    assert "春节" in messages[10]


def test_completed_rows_become_done_records_kept_by_regeneration(
    exported, plan_2027, assets, tmp_path
) -> None:
    occ = next(o for o in plan_2027.occurrences if o.task_code == "LIFT-HM")
    row = _row_of(plan_2027, exported, occ.id)
    edited = _edit(exported, tmp_path / "done.xlsx", {(row, "状态"): "已完成"})
    report = import_plan_edits(edited, plan_2027)
    assert report.ok and [d.occurrence_id for d in report.done] == [occ.id]
    state = tmp_path / "state.json"
    write_plan_state(report.edits, report.done, state)
    edits, done = read_plan_state(state)
    again = generate_plan(assets, 2027, edits=edits, done=done)
    assert again.occurrence_index()[occ.id].status == "done"


def test_a_file_that_is_not_a_plan_is_one_sentence(plan_2027, tmp_path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(PlanImportError, match=r"junk\.xlsx"):
        import_plan_edits(junk, plan_2027)


def test_duplicated_rows_are_errors_and_deleted_rows_are_counted(
    exported, plan_2027, tmp_path
) -> None:
    book = load_workbook(exported)
    sheet = book[TASK_SHEET]
    copied = [c.value for c in sheet[5]]
    for column, value in enumerate(copied, start=1):
        sheet.cell(row=6, column=column).value = value
    sheet.delete_rows(20, 3)
    book.save(tmp_path / "dup.xlsx")
    report = import_plan_edits(tmp_path / "dup.xlsx", plan_2027)
    assert report.bad_rows == [6]
    assert "编号重复：第 5 行" in report.issues[0].message
    assert report.missing == 4  # row 6's own occurrence was overwritten, three rows deleted
