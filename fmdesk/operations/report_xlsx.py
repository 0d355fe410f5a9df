"""A report as an Excel workbook: one sheet per section with its tables (openpyxl).

Cells are written as plain values; every text goes through :func:`fmdesk.safe_cells.safe_text`,
so a work-order title such as ``=HYPERLINK(…)`` stays text when the workbook is opened.
"""

from __future__ import annotations

from pathlib import Path

from fmdesk.operations.report_model import Report
from fmdesk.safe_cells import safe_text

__all__ = ["write_xlsx"]


def write_xlsx(report: Report, path: Path) -> int:
    """Write the tables of ``report`` to ``path``; returns the number of sheets."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    cover = workbook.active
    cover.title = "概要" if any("\u4e00" <= c <= "\u9fff" for c in report.title) else "Summary"
    cover.append([_plain(report.title)])
    cover.append([_plain(report.subtitle)])
    cover["A1"].font = Font(bold=True, size=14)
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    used = {cover.title}
    for number, section in enumerate(report.sections, start=1):
        cover.append([_plain(f"{number}. {section.part} · {section.title}")])
        name = _sheet_name(f"{number} {section.title}", used)
        sheet = workbook.create_sheet(name)
        sheet.append([_plain(section.title)])
        sheet["A1"].font = Font(bold=True, size=12)
        for paragraph in section.paragraphs:
            sheet.append([_plain(paragraph)])
        for table in section.tables:
            sheet.append([])
            sheet.append([_plain(table.title)])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
            sheet.append([_plain(h) for h in table.headers])
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
                cell.fill = header_fill
            for row in table.rows:
                sheet.append([_plain(v) for v in row])
            if table.note:
                sheet.append([_plain(table.note)])
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(10, width * 1.6), 50)
    workbook.save(path)
    return len(workbook.sheetnames)


def _plain(value):
    if value is None or isinstance(value, int | float):
        return value
    return safe_text(str(value))


def _sheet_name(text: str, used: set[str]) -> str:
    """An Excel-legal, unique sheet name (≤ 31 characters, no []:*?/\\)."""
    name = "".join("_" if c in "[]:*?/\\" else c for c in text)[:31]
    candidate, suffix = name, 2
    while candidate in used:
        candidate = f"{name[:28]}~{suffix}"
        suffix += 1
    used.add(candidate)
    return candidate
