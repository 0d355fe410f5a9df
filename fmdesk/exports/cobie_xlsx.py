"""Write a COBie 2.4 workbook: plain rows in, ``.xlsx`` out.

Every sheet of :data:`~fmdesk.exports.cobie_sheets.SHEETS` is written, in order, with the header
row coloured by column kind and frozen. Text from the model is always stored as text: a name
such as ``=HYPERLINK(…)`` or one starting with ``+ - @``, a tab or a carriage return is written
as a string cell (never a formula) and keeps its exact value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill

from fmdesk.exports.cobie_sheets import COLOURS, PICK_LISTS, SHEETS, sheet_columns

__all__ = ["write_cobie_workbook"]

Row = Mapping[str, Any]


def write_cobie_workbook(
    rows: Mapping[str, Iterable[Row]], out: Path, instruction: list[tuple[str, str]]
) -> dict[str, int]:
    """Write the workbook; returns the number of data rows per sheet."""
    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for sheet in SHEETS:
        worksheet = book.create_sheet(sheet)
        if sheet == "Instruction":
            counts[sheet] = _write_pairs(worksheet, instruction)
        elif sheet == "PickLists":
            counts[sheet] = _write_pick_lists(worksheet)
        else:
            counts[sheet] = _write_sheet(worksheet, sheet, rows.get(sheet, ()))
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".part")
    book.save(temporary)
    temporary.replace(out)
    return counts


def _text_cell(worksheet: Any, value: Any) -> Any:
    """A cell holding ``value``; strings are always string cells (no formula, ever)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool | int | float):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:32767]
    cell = WriteOnlyCell(worksheet, value=text)
    cell.data_type = "s"
    return cell


def _header(worksheet: Any, names: list[str], kinds: list[str]) -> None:
    cells = []
    for name, kind in zip(names, kinds, strict=True):
        cell = WriteOnlyCell(worksheet, value=name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=COLOURS[kind])
        cells.append(cell)
    worksheet.append(cells)


def _write_sheet(worksheet: Any, sheet: str, rows: Iterable[Row]) -> int:
    columns = sheet_columns(sheet)
    names = [c.name for c in columns]
    for index, name in enumerate(names):
        worksheet.column_dimensions[_letter(index)].width = max(12, min(40, len(name) + 6))
    worksheet.freeze_panes = "B2"
    _header(worksheet, names, [c.kind for c in columns])
    count = 0
    for row in rows:
        worksheet.append([_text_cell(worksheet, row.get(name)) for name in names])
        count += 1
    return count


def _write_pairs(worksheet: Any, pairs: list[tuple[str, str]]) -> int:
    worksheet.column_dimensions["A"].width = 28
    worksheet.column_dimensions["B"].width = 90
    _header(worksheet, ["Item", "Value"], ["required", "optional"])
    for key, value in pairs:
        worksheet.append([_text_cell(worksheet, key), _text_cell(worksheet, value)])
    legend = [(f"Colour {kind}", f"#{colour}") for kind, colour in COLOURS.items()]
    for key, value in legend:
        cell = WriteOnlyCell(worksheet, value=value)
        cell.fill = PatternFill("solid", fgColor=value[1:])
        worksheet.append([_text_cell(worksheet, key), cell])
    return len(pairs) + len(legend)


def _write_pick_lists(worksheet: Any) -> int:
    names = list(PICK_LISTS)
    for index in range(len(names)):
        worksheet.column_dimensions[_letter(index)].width = 22
    _header(worksheet, names, ["reference"] * len(names))
    depth = max(len(values) for values in PICK_LISTS.values())
    for row in range(depth):
        worksheet.append(
            [
                _text_cell(worksheet, PICK_LISTS[n][row]) if row < len(PICK_LISTS[n]) else None
                for n in names
            ]
        )
    return depth


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
