from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fmdesk.exports.plan_xlsx import (
    BUDGET_SHEET,
    CALENDAR_SHEET,
    REPLACEMENT_SHEET,
    SUMMARY_SHEET,
    TASK_HEADERS,
    TASK_SHEET,
    export_plan_xlsx,
)
from fmdesk.maintenance.lifecycle import LifeOverride
from fmdesk.maintenance.model import PlanAsset
from fmdesk.maintenance.scheduler import generate_plan
from fmdesk.maintenance.workdays import WorkCalendar

LIFT_TASKS = ("电梯半月维保", "电梯季度维保项目", "电梯半年维保项目", "电梯年度维保项目")


@pytest.fixture(scope="module")
def workbook_path(plan_2027, tmp_path_factory) -> Path:
    return export_plan_xlsx(plan_2027, tmp_path_factory.mktemp("plan") / "plan_2027.xlsx")


@pytest.fixture(scope="module")
def workbook(workbook_path):
    book = load_workbook(workbook_path)
    yield book
    book.close()


def _task_rows(workbook) -> list[dict]:
    rows = workbook[TASK_SHEET].iter_rows(values_only=True)
    next(rows)  # the title row
    header = next(rows)
    return [dict(zip(header, row, strict=False)) for row in rows]


def test_workbook_has_the_five_sheets_with_chinese_headers_frozen_filtered_and_printable(
    workbook,
) -> None:
    assert workbook.sheetnames == [
        SUMMARY_SHEET,
        TASK_SHEET,
        CALENDAR_SHEET,
        BUDGET_SHEET,
        REPLACEMENT_SHEET,
    ]
    tasks = workbook[TASK_SHEET]
    assert tuple(c.value for c in tasks[2]) == TASK_HEADERS
    assert tasks.freeze_panes == "A3"
    assert tasks.auto_filter.ref.startswith("A2:L")
    assert tasks.column_dimensions["D"].width >= 20
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.freeze_panes is not None
    assert workbook[CALENDAR_SHEET].freeze_panes == "D3"
    assert workbook[REPLACEMENT_SHEET].auto_filter.ref


def test_dates_are_real_excel_dates(workbook) -> None:
    cell = workbook[TASK_SHEET]["B3"]
    assert isinstance(cell.value, datetime)
    assert cell.number_format == "yyyy-mm-dd"
    assert cell.is_date  # stored as a serial number with a date format, not as text


def test_every_lift_has_at_least_24_visits_in_the_exported_plan(workbook) -> None:
    rows = _task_rows(workbook)
    lifts = {r["设备编码"] for r in rows if r["任务"] in LIFT_TASKS}
    assert lifts == {"DT-01", "DT-02"}
    for lift in lifts:
        visit_days = {
            r["日期"].date() for r in rows if r["设备编码"] == lift and r["任务"] in LIFT_TASKS
        }
        assert len(visit_days) >= 24


def test_no_exported_task_falls_on_national_day_or_any_holiday(workbook, plan_2027) -> None:
    rows = _task_rows(workbook)
    assert len(rows) == len(plan_2027.occurrences) > 300
    days = [r["日期"].date() for r in rows]
    assert date(2027, 10, 1) not in days
    calendar = WorkCalendar()
    assert all(calendar.is_workday(d) for d in days)


def _expected_replacements_within_ten_years(assets: list[PlanAsset], overrides=None) -> set[str]:
    """Pumps whose end of life (install date + service life) is in 2027..2036, worked out here."""
    overrides = overrides or {}
    expected = set()
    for asset in assets:
        if asset.ifc_class != "IfcPump":
            continue
        override = overrides.get(asset.code, LifeOverride())
        installed = override.install_date or asset.install_date
        life = override.service_life_years or asset.service_life_years
        end = installed.year + int(life + (installed.timetuple().tm_yday - 1) / 365.25)
        if end <= 2036:
            expected.add(asset.code)
    return expected


def _pumps_in_sheet(workbook) -> set[str]:
    rows = workbook[REPLACEMENT_SHEET].iter_rows(values_only=True)
    next(rows)  # the title row
    header = next(rows)
    records = [dict(zip(header, row, strict=False)) for row in rows if row[0] is not None]
    assert all(2027 <= r["年份"] <= 2036 and r["预算（元）"] > 0 and r["费用依据"] for r in records)
    return {r["设备编码"] for r in records if r["类别"] == "水泵"}


def test_replacement_sheet_lists_the_pumps_whose_life_ends_within_ten_years(
    workbook, assets
) -> None:
    expected = _expected_replacements_within_ten_years(assets)
    assert expected == {"SB-01", "SB-02", "XF-01", "XF-02"}  # installed 2019, 15-year life
    assert _pumps_in_sheet(workbook) == expected
    budget = list(workbook[BUDGET_SHEET].iter_rows(values_only=True))
    assert [row[0] for row in budget[2:12]] == list(range(2027, 2037))
    assert sum(row[-1] for row in budget[2:12]) > 0


def test_replacement_sheet_leaves_out_pumps_with_a_longer_remaining_life(assets, tmp_path) -> None:
    overrides = {
        "SB-02": LifeOverride(install_date=date(2024, 3, 1)),
        "XF-02": LifeOverride(service_life_years=30),
    }
    plan = generate_plan(assets, 2027, overrides=overrides)
    book = load_workbook(export_plan_xlsx(plan, tmp_path / "p.xlsx"), read_only=True)
    try:
        expected = _expected_replacements_within_ten_years(assets, overrides)
        assert expected == {"SB-01", "XF-01"}
        assert _pumps_in_sheet(book) == expected
    finally:
        book.close()


def test_summary_counts_match_the_task_rows(workbook, plan_2027) -> None:
    rows = list(workbook[SUMMARY_SHEET].iter_rows(values_only=True))
    assert "推算" in rows[1][1]
    month_rows = [
        r for r in rows if isinstance(r[0], str) and r[0].endswith("月") and r[0][:-1].isdigit()
    ]
    assert len(month_rows) == 12
    assert sum(r[1] for r in month_rows) == len(plan_2027.occurrences)
    assert month_rows[9][1] > 0  # October still has work, just not in Golden Week


def test_user_text_never_becomes_a_formula(tmp_path) -> None:
    evil = PlanAsset(
        "=cmd|' /C calc'!A0",
        '=HYPERLINK("http://x","点我")',
        "IfcPump",
        location="+1F",
        system="@SUM(1)",
    )
    plan = generate_plan([evil], 2027)
    path = export_plan_xlsx(plan, tmp_path / "evil.xlsx")
    book = load_workbook(path)
    sheet = book[TASK_SHEET]
    row = [c for c in sheet[3]]
    texts = [c.value for c in row if isinstance(c.value, str)]
    assert all(c.data_type != "f" for c in row)
    assert '\'=HYPERLINK("http://x","点我")' in texts and "'+1F" in texts and "'@SUM(1)" in texts
    assert not any(t.startswith(("=", "+", "@")) for t in texts)


def test_summary_names_the_source_of_every_task_used(workbook, plan_2027) -> None:
    rows = list(workbook[SUMMARY_SHEET].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "任务" and r[4] == "依据")
    listed = {r[0]: r for r in rows[start + 1 :] if r and r[0] and r[0] != "注意"}
    used = {plan_2027.tasks[o.task_code].name for o in plan_2027.occurrences}
    assert used <= listed.keys()
    assert "GB 50974-2014 14.0.4" in listed["消防水泵手动启动试验"][4]
