"""The annual plan as an Excel workbook a planner can read without help (openpyxl, write-only).

Sheets: 汇总 (occurrences and hours per month, per team and contractor, replacement budget,
calendar basis), 任务 (one row per occurrence; the sheet the planner edits and imports back),
日历 (assets × weeks, coloured by team), 更换计划 (years × systems, CNY) and 更换明细 (one row per
replacement with its cost and life basis). Chinese headers, frozen header rows, auto-filters,
column widths, real Excel dates, landscape fit-to-width printing; user text never becomes a
formula (:mod:`fmdesk.exports.cell_text`). Write-only mode keeps memory flat for big plans.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from copy import copy
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from fmdesk.errors import UserError
from fmdesk.exports.cell_text import safe_text
from fmdesk.exports.fast_rows import Styled, enable_fast_rows
from fmdesk.exports.plan_print import add_task_validations, category_name, paper_text
from fmdesk.maintenance.model import CancelCheck, Plan, Progress, report_progress
from fmdesk.maintenance.recurrence import describe_rule

SUMMARY_SHEET = "汇总"
TASK_SHEET = "任务"
CALENDAR_SHEET = "日历"
BUDGET_SHEET = "更换计划"
REPLACEMENT_SHEET = "更换明细"

TASK_HEADERS = (
    "编号",
    "日期",
    "设备编码",
    "设备名称",
    "位置",
    "系统",
    "任务",
    "频次",
    "班组/单位",
    "工时",
    "状态",
    "备注",
)
"""Columns of the task sheet; the importer finds them by these names, not by position."""

STATUS_WORDS = {"planned": "计划", "done": "已完成", "edited": "已调整"}
TASK_WIDTHS = (26, 12, 12, 28, 22, 16, 30, 10, 16, 8, 8, 14)
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
PAGE_FOOTER = "第 &P 页 / 共 &N 页"
TASK_HEADER_ROW = 2
"""The task sheet's header row (row 1 is the title); the importer looks for it in the top rows."""
_PALETTE = (
    "9BC2E6",
    "F4B183",
    "A9D08E",
    "FFD966",
    "C9A0DC",
    "8FD3D0",
    "F8CBAD",
    "BDD7EE",
    "E2EFDA",
    "D9D9D9",
)


class ExportError(UserError):
    """The workbook cannot be written (folder missing, file open in Excel, disk full)."""


def export_plan_xlsx(
    plan: Plan,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    site: str = "",
) -> Path:
    """Write ``plan`` to ``path`` and return it; ``site`` names the project in the title rows.

    >>> export_plan_xlsx(plan, "plan.xlsx")  # doctest: +SKIP
    PosixPath('plan.xlsx')
    """
    path = Path(path)
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise ExportError(f"无法写入 {path}：文件夹不存在或不可写；请选择其他位置。")
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    title = plan_title(plan, site)
    _write_summary(workbook.create_sheet(SUMMARY_SHEET), plan, bold, title)
    _write_tasks(workbook.create_sheet(TASK_SHEET), plan, bold, progress, cancel, title)
    _write_calendar(workbook.create_sheet(CALENDAR_SHEET), plan, bold, title)
    _write_budget(workbook.create_sheet(BUDGET_SHEET), plan, bold, title)
    _write_replacements(workbook.create_sheet(REPLACEMENT_SHEET), plan, bold, title)
    tmp = path.with_name(path.name + ".part")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"无法写入 {path}: {error.strerror}；请确认文件夹存在且文件未在 Excel 中打开。"
        ) from None
    return path


def plan_title(plan: Plan, site: str = "") -> str:
    """``某某小区 2027 年度预防性维护计划`` (the site left out when unknown)."""
    return " ".join(p for p in (site.strip(), f"{plan.year} 年度预防性维护计划") if p)


def _setup(
    sheet: WriteOnlyWorksheet,
    widths: tuple[int, ...],
    header_rows: int,
    title: str,
    freeze: str = "A",
) -> None:
    """Column widths, the title row, frozen header, A4 landscape fit-to-width printing with the
    title and header rows on every page and 第 N 页 / 共 M 页 in the footer."""
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = f"{freeze}{header_rows + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"1:{header_rows}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = PAGE_FOOTER
    sheet.evenFooter.center.text = PAGE_FOOTER
    sheet.oddHeader.right.text = f"{title} {sheet.title}"
    sheet.append(_title_row(sheet, f"{title}（{sheet.title}）"))


def _title_row(sheet: WriteOnlyWorksheet, text: str) -> list[WriteOnlyCell]:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True, size=14)
    return [cell]


def _money(sheet: WriteOnlyWorksheet, value: float) -> WriteOnlyCell:
    """An amount in yuan with thousands separators (1,234.50)."""
    cell = WriteOnlyCell(sheet, value=round(value, 2))
    cell.number_format = MONEY_FORMAT
    return cell


def _styled(sheet: WriteOnlyWorksheet, template: WriteOnlyCell, value: object) -> WriteOnlyCell:
    """A cell with ``template``'s style. Copying the style array skips openpyxl's per-cell style
    lookup (hashing every font and fill), which otherwise dominates big write-only sheets."""
    cell = WriteOnlyCell(sheet)
    cell._style = copy(template._style)
    cell.value = value
    return cell


def _header(sheet: WriteOnlyWorksheet, values: list | tuple, font: Font) -> list[WriteOnlyCell]:
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cells.append(cell)
    return cells


def _write_summary(sheet: WriteOnlyWorksheet, plan: Plan, bold: Font, title: str) -> None:
    teams = sorted({o.team for o in plan.occurrences} | set(plan.teams), key=str)
    teams = [t for t in teams if any(o.team == t for o in plan.occurrences)] or teams
    widths = (16, 10, 10, *(14 for _ in teams))
    _setup(sheet, widths, 4, title)
    sheet.append(["日历依据", safe_text(paper_text(plan.calendar_basis))])
    sheet.append(
        [
            "生成时间",
            datetime.now().replace(microsecond=0),
            "设备数",
            len(plan.assets),
            "保养次数",
            len(plan.occurrences),
        ]
    )
    sheet.append(_header(sheet, ["月份", "次数", "工时", *[f"{t} 工时" for t in teams]], bold))
    count: Counter[int] = Counter()
    hours: defaultdict[int, float] = defaultdict(float)
    team_hours: defaultdict[tuple[int, str], float] = defaultdict(float)
    team_count: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for occ in plan.occurrences:
        month = occ.planned_on.month
        count[month] += 1
        hours[month] += occ.hours
        team_hours[(month, occ.team)] += occ.hours
        team_count[occ.team] += 1
        if occ.flags:
            flagged[occ.team] += 1
    for month in range(1, 13):
        sheet.append(
            [
                f"{month}月",
                count[month],
                round(hours[month], 2),
                *[round(team_hours[(month, t)], 2) for t in teams],
            ]
        )
    total_row = [
        "合计",
        sum(count.values()),
        round(sum(hours.values()), 2),
        *[round(sum(team_hours[(m, t)] for m in range(1, 13)), 2) for t in teams],
    ]
    sheet.append(_header(sheet, total_row, bold))
    sheet.append([])
    sheet.append(
        _header(
            sheet, ["班组/单位", "类型", "每周工时", "全年次数", "全年工时", "超出产能/窗口"], bold
        )
    )
    for team in teams:
        info = plan.teams.get(team)
        sheet.append(
            [
                safe_text(team),
                "外包单位" if info and info.contractor else "内部班组",
                info.hours_per_week if info else None,
                team_count[team],
                round(sum(team_hours[(m, team)] for m in range(1, 13)), 2),
                flagged[team],
            ]
        )
    sheet.append([])
    sheet.append(_header(sheet, ["年份", "更换数量", "更换预算（元）"], bold))
    by_year: defaultdict[int, list[float]] = defaultdict(list)
    for item in plan.forecast:
        by_year[item.year].append(item.cost)
    for year in sorted(by_year):
        sheet.append([year, len(by_year[year]), _money(sheet, sum(by_year[year]))])
    used = Counter(o.task_code for o in plan.occurrences)
    sheet.append([])
    sheet.append(_header(sheet, ["任务", "频次", "班组/单位", "次数", "依据", "说明"], bold))
    for code in sorted(used, key=lambda c: (plan.tasks[c].team, c) if c in plan.tasks else ("", c)):
        task = plan.tasks.get(code)
        if task is None:
            continue
        sheet.append(
            [
                safe_text(task.name),
                describe_rule(task.rrule),
                safe_text(task.team),
                used[code],
                safe_text(paper_text(task.source)),
                safe_text(paper_text(task.note)) or None,
            ]
        )
    if plan.warnings:
        sheet.append([])
        for warning in plan.warnings:
            sheet.append(["注意", safe_text(paper_text(warning))])


def _write_tasks(
    sheet: WriteOnlyWorksheet,
    plan: Plan,
    bold: Font,
    progress: Progress | None,
    cancel: CancelCheck | None,
    title: str,
) -> None:
    _setup(sheet, TASK_WIDTHS, TASK_HEADER_ROW, title)
    total = len(plan.occurrences)
    last = get_column_letter(len(TASK_HEADERS))
    sheet.auto_filter.ref = f"A{TASK_HEADER_ROW}:{last}{total + TASK_HEADER_ROW}"
    add_task_validations(sheet, plan, total + TASK_HEADER_ROW)
    sheet.append(_header(sheet, TASK_HEADERS, bold))
    assets, tasks = plan.assets, plan.tasks
    asset_text: dict[str, tuple] = {}
    task_text: dict[str, tuple] = {}
    step = max(1, total // 100)
    date_style = WriteOnlyCell(sheet, value=date(plan.year, 1, 1))
    date_style.number_format = DATE_FORMAT
    fast = enable_fast_rows(sheet, date_style.style_id)
    for number, occ in enumerate(plan.occurrences):
        if number % step == 0:
            report_progress(progress, cancel, number, total)
        fields = asset_text.get(occ.asset_code)
        if fields is None:
            asset = assets.get(occ.asset_code)
            fields = asset_text[occ.asset_code] = (
                safe_text(occ.asset_code),
                safe_text(asset.name) if asset else None,
                safe_text(asset.location) if asset and asset.location else None,
                safe_text(asset.system) if asset and asset.system else None,
            )
        words = task_text.get(occ.task_code)
        if words is None:
            task = tasks.get(occ.task_code)
            words = task_text[occ.task_code] = (
                safe_text(task.name if task else occ.task_code),
                describe_rule(task.rrule) if task else None,
            )
        sheet.append(
            [
                safe_text(occ.id),
                occ.planned_on if fast else _styled(sheet, date_style, occ.planned_on),
                *fields,
                *words,
                safe_text(occ.team),
                occ.hours,
                STATUS_WORDS.get(occ.status, occ.status),
                "、".join(occ.flags) if occ.flags else None,
            ]
        )
    report_progress(progress, cancel, total, total)


def _week_of(day: date, year: int) -> int:
    """Week number in the plan year, Monday-based, the week holding 1 January being week 1."""
    jan1 = date(year, 1, 1)
    return ((day - jan1).days + jan1.weekday()) // 7 + 1


def _write_calendar(sheet: WriteOnlyWorksheet, plan: Plan, bold: Font, title: str) -> None:
    weeks = _week_of(date(plan.year, 12, 31), plan.year)
    _setup(sheet, (12, 24, 14, *(5 for _ in range(weeks))), 2, title, freeze="D")
    per_asset: dict[str, dict[int, list[str]]] = {}
    week_one = date(plan.year, 1, 1).toordinal() - date(plan.year, 1, 1).weekday()
    for occ in plan.occurrences:  # inline _week_of: this loop sees every occurrence
        week = (occ.planned_on.toordinal() - week_one) // 7 + 1
        per_asset.setdefault(occ.asset_code, {}).setdefault(week, []).append(occ.team)
    sheet.auto_filter.ref = f"A2:{get_column_letter(3 + weeks)}{len(per_asset) + 2}"
    headers = ["设备编码", "设备名称", "系统", *[f"{w}周" for w in range(1, weeks + 1)]]
    sheet.append(_header(sheet, headers, bold))
    teams = sorted({o.team for o in plan.occurrences}, key=str)
    templates = {}
    for number, team in enumerate(teams):
        template = templates[team] = WriteOnlyCell(sheet, value=1)
        template.fill = PatternFill("solid", fgColor=_PALETTE[number % len(_PALETTE)])
        template.alignment = Alignment(horizontal="center")
    fast = enable_fast_rows(sheet, 0)

    def coloured(team: str, value: object) -> object:
        template = templates[team]
        return Styled(value, template.style_id) if fast else _styled(sheet, template, value)

    for code in sorted(per_asset):
        asset = plan.assets.get(code)
        row: list = [
            safe_text(code),
            safe_text(asset.name) if asset else None,
            safe_text(asset.system) if asset and asset.system else None,
        ]
        row.extend([None] * weeks)
        for week, teams_in_week in per_asset[code].items():
            row[2 + week] = coloured(teams_in_week[0], len(teams_in_week))
        sheet.append(row)
    sheet.append([])
    sheet.append(["图例（数字为当周次数）"])
    for team in teams:
        sheet.append([coloured(team, safe_text(team))])


def _write_budget(sheet: WriteOnlyWorksheet, plan: Plan, bold: Font, title: str) -> None:
    systems = sorted({r.system for r in plan.forecast}, key=str)
    _setup(sheet, (10, *(16 for _ in systems), 14, 16), 2, title)
    years = list(range(plan.year, plan.year + 10))
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(systems) + 3)}{len(years) + 2}"
    sheet.append(
        _header(sheet, ["年份", *[safe_text(s) for s in systems], "数量", "合计（元）"], bold)
    )
    cost: defaultdict[tuple[int, str], float] = defaultdict(float)
    count: Counter[int] = Counter()
    for item in plan.forecast:
        cost[(item.year, item.system)] += item.cost
        count[item.year] += 1
    for year in years:
        values = [round(cost[(year, s)], 2) for s in systems]
        money = [_money(sheet, v) for v in values]
        sheet.append([year, *money, count[year], _money(sheet, sum(values))])
    sheet.append([])
    sheet.append(["费用依据见“更换明细”；单价取自 fmdesk 随附的设备更换单价表。"])


def _write_replacements(sheet: WriteOnlyWorksheet, plan: Plan, bold: Font, title: str) -> None:
    headers = (
        "年份",
        "设备编码",
        "设备名称",
        "类别",
        "系统",
        "位置",
        "预算（元）",
        "费用依据",
        "寿命依据",
    )
    _setup(sheet, (8, 12, 28, 24, 16, 20, 12, 40, 60), 2, title)
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(headers))}{len(plan.forecast) + 2}"
    sheet.append(_header(sheet, headers, bold))
    for item in plan.forecast:
        sheet.append(
            [
                item.year,
                safe_text(item.asset_code),
                safe_text(item.asset_name),
                category_name(item.ifc_class),
                safe_text(item.system),
                safe_text(item.location) or None,
                _money(sheet, item.cost),
                safe_text(paper_text(item.cost_basis)),
                safe_text(paper_text(item.life_basis)),
            ]
        )
