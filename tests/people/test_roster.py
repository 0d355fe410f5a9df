"""The duty roster on SQLite and PostgreSQL: generated from patterns and the workday calendar,
hand edits kept, who is on duty at a moment (past midnight too), the night dispatch default,
and the printable grid read back with openpyxl."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fmdesk.app import App
from fmdesk.app.people import import_people, load_sample_staff
from fmdesk.app.roster import (
    export_roster,
    generate_roster,
    night_assignee,
    night_default_assignee,
    on_duty,
    set_shift,
    show_roster,
)
from fmdesk.app.workorders import add_technician, advance_work_order, create_work_order
from fmdesk.cli import main
from fmdesk.errors import UserError

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"


def codes_of(grid, person: str) -> list[str]:
    return next(r.codes for r in grid.rows if r.person == person)


def test_generate_follows_patterns_and_the_workday_calendar(services: App) -> None:
    load_sample_staff(services)
    result = generate_roster(services, "2027-01")
    assert result.people == 12 and result.cells == 12 * 31 and result.sample_staff_loaded == 0
    grid = show_roster(services, "2027-01")
    days = [date.fromisoformat(d) for d in grid.days]
    # 常白班: 白班 on working days only; 元旦 (1 Jan) and weekends are off
    day_shift = codes_of(grid, "王建国")
    assert day_shift[0] == "休" and "2027-01-01" in grid.holidays
    assert all(
        (code == "白") == (d.weekday() < 5 and d.day != 1)
        for d, code in zip(days, day_shift, strict=True)
    )
    # the 强电组 on 四班三倒 (four people, staggered): every day has 早, 中 and 夜 covered
    shift_team = [r for r in grid.rows if r.team == "强电组"]
    for i in range(len(days)):
        on_day = Counter(r.codes[i] for r in shift_team)
        assert on_day["早"] == on_day["中"] == on_day["夜"] == 1
    # 24 小时值班 做一休二 in 水电组: exactly one on duty every day
    duty = [r for r in grid.rows if r.team == "水电组" and "值" in r.codes]
    assert all(sum(r.codes[i] == "值" for r in duty) == 1 for i in range(len(days)))


def test_hand_edits_survive_a_new_generation_unless_replaced(services: App) -> None:
    load_sample_staff(services)
    generate_roster(services, "2027-02")
    set_shift(services, "王建国", date(2027, 2, 1), "假")
    generate_roster(services, "2027-02")
    assert codes_of(show_roster(services, "2027-02"), "王建国")[0] == "假"
    generate_roster(services, "2027-02", replace=True)
    assert codes_of(show_roster(services, "2027-02"), "王建国")[0] == "白"
    with pytest.raises(UserError):
        set_shift(services, "王建国", date(2027, 2, 1), "X")
    with pytest.raises(UserError):
        set_shift(services, "无名氏", date(2027, 2, 1), "休")
    with pytest.raises(UserError):
        generate_roster(services, "2027-13")
    with pytest.raises(UserError):
        generate_roster(services, "2027-02", pattern="九班倒")


def test_pattern_given_to_people_without_one(services: App) -> None:
    add_technician(services, "甲", [])
    add_technician(services, "乙", [])
    generate_roster(services, "2027-03", pattern="做一休一")
    grid = show_roster(services, "2027-03")
    first, second = codes_of(grid, "甲"), codes_of(grid, "乙")
    assert set(first) == {"值", "休"} and all(a != b for a, b in zip(first, second, strict=True))


def test_on_duty_reads_shifts_past_midnight_and_sets_the_night_default(services: App) -> None:
    load_sample_staff(services)
    generate_roster(services, "2027-01")
    grid = show_roster(services, "2027-01")
    on_the_4th = next(r.person for r in grid.rows if r.codes[3] == "值")  # 24 h from 4 Jan 08:00
    night = on_duty(services, datetime(2027, 1, 5, 2, 0))
    assert on_the_4th in [d.name for d in night if d.shift_code == "值"]
    assert any(d.shift_code == "夜" for d in night)
    assert all(d.starts <= datetime(2027, 1, 5, 2, 0) < d.ends for d in night)
    morning = {d.name for d in on_duty(services, datetime(2027, 1, 5, 9, 0))}
    assert "王建国" in morning and on_the_4th not in morning
    assert night_assignee(services, datetime(2027, 1, 5, 10, 0)) is None
    assert night_assignee(services, datetime(2027, 1, 5, 2, 0)) == night[0].name


def test_a_night_dispatch_without_assignee_goes_to_the_duty_engineer(services: App) -> None:
    from fmdesk.records.assets import create_asset

    load_sample_staff(services)
    today = datetime.now()
    generate_roster(services, today.strftime("%Y-%m"))
    create_asset(services.uow(), "SB-01", "生活水泵1#", "pump")
    order = create_work_order(services, asset="SB-01", title="漏水")
    expected = night_default_assignee(services, order.number)
    if expected is None:  # daytime: a dispatch still needs a name
        with pytest.raises(UserError):
            advance_work_order(services, order.number, "dispatched")
    else:
        assert advance_work_order(services, order.number, "dispatched").assignee == expected


def test_export_writes_a_printable_chinese_grid(services: App, tmp_path: Path) -> None:
    load_sample_staff(services)
    result = export_roster(services, "2027-01", tmp_path / "roster.xlsx", site="示例小区")
    assert result.generated and result.people == 12
    sheet = load_workbook(tmp_path / "roster.xlsx").active
    assert sheet["A1"].value == "示例小区 2027年1月 值班表"
    assert [sheet.cell(row=2, column=c).value for c in (1, 2, 3, 4, 34)] == [
        "序号",
        "姓名",
        "班组",
        "1",
        "31",
    ]
    assert sheet.cell(row=3, column=4).value == "五"  # 2027-01-01 is a Friday
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$3"
    assert sheet.oddFooter.center.text == "第 &P 页 / 共 &N 页"
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any(t.startswith("白＝白班") for t in texts)  # the legend
    assert "夜班人数" in texts and "合计天数" in texts
    assert not any(ch.isascii() and ch.isalpha() for t in texts for ch in t)  # Chinese only
    # totals per person: 王建国's 白 count equals the working days of January 2027
    names = [sheet.cell(row=r, column=2).value for r in range(4, 16)]
    row = 4 + names.index("王建国")
    white_col = 3 + 31 + 1
    assert sheet.cell(row=2, column=white_col).value == "白"
    assert sheet.cell(row=row, column=white_col).value == 20
    # 节假日班: shifts on 元旦 (1 January 2027), not on ordinary weekends
    holiday_col = 3 + 31 + 5 + 2
    assert sheet.cell(row=2, column=holiday_col).value == "节假日班"
    for r in range(4, 16):
        on_new_year = sheet.cell(row=r, column=4).value
        expected = 1 if on_new_year in ("早", "中", "夜", "值") else 0
        assert sheet.cell(row=r, column=holiday_col).value == expected


def test_export_on_a_fresh_database_after_importing_the_sample(
    services: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The must-show: assets import of the sample, then roster export, nothing else."""
    db = ("--db", services.settings.database_url)
    assert main(["assets", "import", str(SAMPLE), *db]) == 0
    capsys.readouterr()
    out = tmp_path / "roster.xlsx"
    assert main(["roster", "export", "--month", "2027-01", "--out", str(out), "--json", *db]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["people"] == 12 and exported["sample_staff_loaded"] == 12
    sheet = load_workbook(out).active
    assert "2027年1月 值班表" in sheet["A1"].value
    assert sheet.max_row > 15
    assert (
        main(["roster", "export", "--month", "2027-1", "--out", str(tmp_path / "x.csv"), *db]) == 2
    )
    assert main(["roster", "now", "--at", "2027-01-05T02:00", "--json", *db]) == 0
    assert len(json.loads(capsys.readouterr().out)) >= 2


def test_another_site_with_nobody_on_the_list_is_told_to_import_its_people(
    services: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sample's staff come only with the sample building: on any other site an empty
    staff list gives one sentence (exit 2) and no roster of made-up names."""
    db = ("--db", services.settings.database_url)
    other = tmp_path / "某小区3号楼.ifc"
    other.write_bytes(SAMPLE.read_bytes())
    assert main(["assets", "import", str(other), *db]) == 0
    capsys.readouterr()
    out = tmp_path / "roster.xlsx"
    assert main(["roster", "export", "--month", "2027-01", "--out", str(out), *db]) == 2
    err = capsys.readouterr().err
    assert "people import" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert main(["people", "list", "--json", *db]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_import_with_a_pattern_is_rostered_by_it(services: App, tmp_path: Path) -> None:
    staff = tmp_path / "s.csv"
    staff.write_text(
        "姓名,班组,班制\n甲,值班组,24小时值班\n乙,值班组,24小时值班\n丙,值班组,24小时值班\n",
        encoding="utf-8",
    )
    assert len(import_people(services, staff).added) == 3
    generate_roster(services, "2027-04")
    grid = show_roster(services, "2027-04")
    assert all(sum(r.codes[i] == "值" for r in grid.rows) == 1 for i in range(30))


def test_night_dispatch_suggestions_put_the_duty_engineer_first(services: App) -> None:
    from fmdesk.app.roster import night_duty_first
    from fmdesk.workorders.dispatch import DispatchSuggestion

    load_sample_staff(services)
    generate_roster(services, "2027-01")
    names = ["王建国", "马建军", "刘志强", "赵永明", "陈海涛"]
    suggestions = [DispatchSuggestion(n, 1.0, True, 0, False, []) for n in names]
    night = datetime(2027, 1, 5, 2, 0)
    on = {d.name for d in on_duty(services, night)}
    first = night_duty_first(services, suggestions, night)[0].name
    assert first in on and first != "王建国"
    day = datetime(2027, 1, 5, 10, 0)
    assert [s.name for s in night_duty_first(services, suggestions, day)] == names


def test_at_night_the_duty_engineer_with_the_skill_gets_the_order(services: App) -> None:
    from fmdesk.records.assets import create_asset

    load_sample_staff(services)
    generate_roster(services, "2027-01")
    night = datetime(2027, 1, 4, 2, 0)
    on = {d.name: d for d in on_duty(services, night)}
    plumbers = [n for n, d in on.items() if "plumbing" in d.skills]
    others = [n for n, d in on.items() if "plumbing" not in d.skills]
    assert plumbers and others  # a 24-hour plumber and an electrician on the night shift
    create_asset(services.uow(), "SB-01", "生活水泵1#", "pump")
    order = create_work_order(services, asset="SB-01", title="水泵漏水")
    assert night_default_assignee(services, order.number, night) in plumbers
    assert night_default_assignee(services, order.number, datetime(2027, 1, 4, 10, 0)) is None


def test_patterns_are_data(services: App, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", services.settings.database_url)
    assert main(["roster", "pattern", "做二休四", "--cycle", "值,值,休,休,休,休", *db]) == 0
    assert main(["roster", "pattern", "乱码", "--cycle", "值,X", *db]) == 2
    capsys.readouterr()
    assert main(["roster", "patterns", "--json", *db]) == 0
    names = {p["name"]: p["cycle"] for p in json.loads(capsys.readouterr().out)}
    assert names["做二休四"] == ["值", "值", "休", "休", "休", "休"] and "乱码" not in names
    add_technician(services, "丁", [])
    generate_roster(services, "2027-05", pattern="做二休四")
    codes = codes_of(show_roster(services, "2027-05"), "丁")
    assert Counter(codes)["值"] in (10, 11, 12)


def test_a_name_like_a_formula_stays_text(services: App, tmp_path: Path) -> None:
    staff = tmp_path / "s.csv"
    staff.write_text("姓名,班组\n=1+1,值班组\n", encoding="utf-8")
    import_people(services, staff)
    export_roster(services, "2027-06", tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    cell = sheet.cell(row=4, column=2)
    assert cell.value == "=1+1" and cell.data_type == "s"
