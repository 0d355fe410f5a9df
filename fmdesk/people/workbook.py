"""The printable month grid of a roster (值班表.xlsx): people × days with shift codes, a title
row with site and month, weekday and holiday marks, totals per person and per shift, a legend;
landscape A4 fitted to one page wide, header rows repeated, footer 第 &P 页 / 共 &N 页. Every
word on it is Chinese (the shift names are the site's own data)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from fmdesk.people.roster import RosterGrid

WEEKDAYS = "一二三四五六日"
FIXED = ("序号", "姓名", "班组")
HEADER_ROWS = 3  # title, day numbers, weekdays


def write_roster(grid: RosterGrid, site: str, path: Path) -> Path:
    """Write ``grid`` to ``path`` (a temporary file first, so a failure leaves nothing)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    year, month = grid.month.split("-")
    sheet.title = f"{int(month)}月值班表"
    working = [s.code for s in grid.shifts if s.hours > 0]
    day_count = len(grid.days)
    total_cols = len(FIXED) + day_count + len(working) + 2
    _title(sheet, f"{site} {year}年{int(month)}月 值班表", total_cols)
    _header(sheet, grid, working)
    _body(sheet, grid, working)
    last_row = HEADER_ROWS + len(grid.rows)
    _shift_totals(sheet, grid, working, last_row + 1)
    _legend(sheet, grid, last_row + 3)
    _page_setup(sheet, total_cols)
    temporary = path.with_name(path.name + ".part")
    book.save(temporary)
    temporary.replace(path)
    return path


def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "center": Alignment(horizontal="center", vertical="center"),
        "bold": Font(bold=True),
        "title": Font(bold=True, size=16),
        "off": PatternFill("solid", fgColor="F2DCDB"),
        "head": PatternFill("solid", fgColor="DDEBF7"),
    }


def _title(sheet, text: str, columns: int) -> None:
    style = _styles()
    sheet.cell(row=1, column=1, value=text).font = style["title"]
    sheet.cell(row=1, column=1).alignment = style["center"]
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.row_dimensions[1].height = 28


def _header(sheet, grid: RosterGrid, working: list[str]) -> None:
    from openpyxl.utils import get_column_letter

    style = _styles()
    titles = [*FIXED, *(str(int(d[-2:])) for d in grid.days), *working, "合计天数", "节假日班"]
    for col, text in enumerate(titles, start=1):
        cell = sheet.cell(row=2, column=col, value=text)
        cell.font, cell.alignment, cell.border = style["bold"], style["center"], style["border"]
        cell.fill = style["head"]
        below = sheet.cell(row=3, column=col)
        below.border, below.alignment = style["border"], style["center"]
        below.fill = style["head"]
        if col <= len(FIXED) or col > len(FIXED) + len(grid.days):
            sheet.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    for i, day in enumerate(grid.days):
        col = len(FIXED) + 1 + i
        weekday = date.fromisoformat(day).weekday()
        cell = sheet.cell(row=3, column=col, value=WEEKDAYS[weekday])
        if day in grid.holidays:
            for row in (2, 3):
                sheet.cell(row=row, column=col).fill = style["off"]
        sheet.column_dimensions[get_column_letter(col)].width = 3.6
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 9
    sheet.column_dimensions["C"].width = 11
    first_total = len(FIXED) + len(grid.days) + 1
    for col in range(first_total, first_total + len(working) + 2):
        sheet.column_dimensions[get_column_letter(col)].width = 5
    sheet.freeze_panes = sheet.cell(row=HEADER_ROWS + 1, column=len(FIXED) + 1)


def _body(sheet, grid: RosterGrid, working: list[str]) -> None:
    style = _styles()
    for index, row in enumerate(grid.rows, start=1):
        r = HEADER_ROWS + index
        counts = Counter(row.codes)
        values = [
            index,
            row.person,
            row.team,
            *row.codes,
            *(counts.get(code, 0) for code in working),
            sum(counts.get(code, 0) for code in working),
            _holiday_shifts(grid, row.codes, working),
        ]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # a name typed as "=…" stays text, never a formula
            cell.border, cell.alignment = style["border"], style["center"]
            day_index = col - len(FIXED) - 1
            if 0 <= day_index < len(grid.days) and grid.days[day_index] in grid.holidays:
                cell.fill = style["off"]


def _holiday_shifts(grid: RosterGrid, codes: list[str], working: list[str]) -> int:
    """Shifts worked on statutory holidays (元旦, 春节 …; not ordinary weekends): paid extra."""
    return sum(
        1
        for day, code in zip(grid.days, codes, strict=True)
        if code in working and grid.holidays.get(day, "周末") != "周末"
    )


def _shift_totals(sheet, grid: RosterGrid, working: list[str], first_row: int) -> None:
    """One row per working shift: how many people hold it each day (coverage at a glance)."""
    style = _styles()
    for offset, code in enumerate(working):
        r = first_row + offset
        name = next(s.name for s in grid.shifts if s.code == code)
        sheet.cell(row=r, column=2, value=f"{name}人数").font = style["bold"]
        sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        for i in range(len(grid.days)):
            count = sum(1 for row in grid.rows if row.codes[i] == code)
            cell = sheet.cell(row=r, column=len(FIXED) + 1 + i, value=count)
            cell.border, cell.alignment = style["border"], style["center"]
        total = sum(row.codes.count(code) for row in grid.rows)
        col = len(FIXED) + len(grid.days) + 1 + working.index(code)
        sheet.cell(row=r, column=col, value=total).alignment = style["center"]


def _legend(sheet, grid: RosterGrid, first_row: int) -> None:
    style = _styles()
    working = [s for s in grid.shifts if s.hours > 0]
    legend_row = first_row + len(working)
    sheet.cell(row=legend_row, column=2, value="图例").font = style["bold"]
    parts = []
    for shift in grid.shifts:
        hours = f" {shift.start}–{shift.end}" if shift.hours else ""
        parts.append(f"{shift.code}＝{shift.name}{hours}")
    sheet.cell(row=legend_row, column=4, value="；".join(parts))
    sheet.cell(
        row=legend_row + 1,
        column=4,
        value="底色标记为周末或法定节假日；节假日班为法定节假日当天的班次数。",
    )


def _page_setup(sheet, columns: int) -> None:
    from openpyxl.utils import get_column_letter

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"1:{HEADER_ROWS}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    sheet.print_area = f"A1:{get_column_letter(columns)}{sheet.max_row}"
