"""Excel export of a trace, an isolation or an outage (追溯/隔离结果), for the duty engineer's
record and for the residents' notice.

Three sheets: 概要 (what was asked, the devices to operate, counts), 构件 (every element with its
role: 起点 start, 关闭 close, 隔离段 isolated segment, 受影响 affected, 水源/电源 source, 路径 path)
and 受影响空间 (flats and rooms). Chinese headers, frozen header row, column widths; user text
never becomes a formula (:mod:`fmdesk.exports.cell_text`). Write-only mode keeps memory flat
for a whole-building result (60,000 rows). Plain data in, file out: the GUI
results panel and ``fmdesk trace/isolate --xlsx`` both call :func:`export_trace_xlsx`.
"""

from __future__ import annotations

from copy import copy
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from fmdesk.errors import UserError
from fmdesk.exports.cell_text import safe_text
from fmdesk.i18n import Msg, _t, render, tr
from fmdesk.network.labels import kind_name, medium_name
from fmdesk.network.model import NetworkNode, SpaceRef
from fmdesk.network.results import IsolationResult, OutageResult, TraceResult

__all__ = ["export_trace_xlsx"]

_ELEMENT_HEADERS = (
    _t("Role"),
    _t("Name"),
    _t("Tag"),
    _t("Kind"),
    _t("IFC class"),
    _t("Storey"),
    _t("Room"),
    _t("Flat"),
    "GlobalId",
)
_ELEMENT_WIDTHS = (14, 36, 16, 16, 24, 10, 14, 14, 26)
_SPACE_HEADERS = (_t("Type"), _t("Name"), _t("Long name"), _t("Storey"), "GlobalId")
_SPACE_WIDTHS = (12, 16, 30, 10, 26)
_FILLS = {
    "close": "FFC7CE",
    "open": "FFC7CE",
    "segment": "FFEB9C",
    "affected": "FCE4D6",
    "source": "C6EFCE",
}
ROLE_NAMES = {
    "close": _t("close"),
    "open": _t("open"),
    "segment": _t("segment"),
    "affected": _t("affected"),
    "source": _t("source"),
    "start": _t("start"),
    "path": _t("path"),
}
"""Each row's role as the reader reads it (the id picks the row's colour)."""
SHEET_NAMES = (_t("Summary"), _t("Elements"), _t("Affected spaces"))
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

Result = TraceResult | IsolationResult | OutageResult


def export_trace_xlsx(result: Result, path: str | Path, model_name: str | None = None) -> Path:
    """Write ``result`` to an .xlsx workbook at ``path`` and return the path.

    >>> export_trace_xlsx(isolate_element(net, pipe_id), "隔离-1-601.xlsx")  # doctest: +SKIP
    PosixPath('隔离-1-601.xlsx')
    """
    path = Path(path)
    workbook = Workbook(write_only=True)
    summary, elements, spaces = (render(name) for name in SHEET_NAMES)
    _write_summary(workbook.create_sheet(summary), result, model_name)
    _write_elements(workbook.create_sheet(elements), _element_rows(result))
    _write_spaces(workbook.create_sheet(spaces), result.spaces, result.rooms)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(path)
    except OSError as error:
        raise UserError(
            _t(
                "Cannot write {path} ({value}); close it in Excel or choose another folder.",
                path=path,
                value=error.strerror or error,
            )
        ) from error
    return path


def _title(result: Result) -> str:
    if isinstance(result, TraceResult):
        if result.direction == "upstream":
            return tr("Upstream trace")
        return tr("Downstream trace")
    if isinstance(result, IsolationResult):
        return tr("Isolation")
    return tr("Outage")


def _label(node: NetworkNode) -> str:
    return node.name or node.tag or node.global_id


def _cell(
    sheet: WriteOnlyWorksheet, value: object, template: WriteOnlyCell | None = None
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=safe_text(value))
    if template is not None:
        cell._style = copy(template._style)  # skips openpyxl's per-cell style hashing
    return cell


def _summary_rows(result: Result, model_name: str | None) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [
        (tr("Model"), model_name or ""),
        (tr("Created"), datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Media"), ", ".join(render(medium_name(m)) for m in result.media)),
    ]
    if isinstance(result, TraceResult):
        rows += [
            (tr("Start"), "; ".join(_label(n) for n in result.start)),
            (tr("Elements reached"), len(result.elements)),
            (tr("Sources"), "; ".join(_label(n) for n in result.sources)),
        ]
    elif isinstance(result, IsolationResult):
        rows += [
            (tr("Leak or fault at"), _label(result.start)),
            (tr("Devices to close"), "; ".join(_label(n) for n in result.close) or "-"),
            (tr("Fully isolated"), tr("yes") if result.isolated else tr("no")),
            (tr("Skipped"), "; ".join(_label(n) for n in result.skipped_inoperable)),
            (tr("Segment"), len(result.segment)),
            (tr("Collateral"), len(result.collateral)),
            (tr("Unisolated"), "; ".join(_label(n) for n in result.unisolated_sources)),
        ]
    else:
        rows += [
            (tr("Opened"), "; ".join(_label(n) for n in result.opened)),
            (tr("Affected"), len(result.affected)),
        ]
    rows += [
        (tr("Flats"), ", ".join(s.label for s in result.spaces)),
        (tr("Inferred edges used"), tr("yes") if result.inferred_edges_used else tr("no")),
    ]
    for edge in result.inferred_edges_used:
        text = f"{edge.upstream} → {edge.downstream}: {edge.basis}"
        rows.append((tr("Inferred edge"), text))
    return rows


def _write_summary(sheet: WriteOnlyWorksheet, result: Result, model_name: str | None) -> None:
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 70
    title = WriteOnlyCell(sheet, value=_title(result))
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    key = WriteOnlyCell(sheet)
    key.font = Font(bold=True)
    value = WriteOnlyCell(sheet)
    value.alignment = Alignment(wrap_text=True, vertical="top")
    for name, text in _summary_rows(result, model_name):
        sheet.append([_cell(sheet, name, key), _cell(sheet, text, value)])


def _element_rows(result: Result) -> list[tuple[str, NetworkNode]]:
    rows: list[tuple[str, NetworkNode]] = []
    if isinstance(result, TraceResult):
        sources = {n.global_id for n in result.sources}
        rows += [("start", n) for n in result.start]
        rows += [("source" if n.global_id in sources else "path", n) for n in result.elements]
    elif isinstance(result, IsolationResult):
        rows += [("close" if n.device == "valve" else "open", n) for n in result.close]
        rows += [("start", result.start)]
        rows += [("segment", n) for n in result.segment if n != result.start]
        rows += [("affected", n) for n in result.collateral]
        rows += [("source", n) for n in result.sources_cut]
    else:
        rows += [("open", n) for n in result.opened]
        rows += [("affected", n) for n in result.affected]
    return rows


def _header(
    sheet: WriteOnlyWorksheet, headers: tuple[Msg | str, ...], widths: tuple[int, ...]
) -> None:
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}1"
    cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=render(text))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cells.append(cell)
    sheet.append(cells)


def _write_elements(sheet: WriteOnlyWorksheet, rows: list[tuple[str, NetworkNode]]) -> None:
    _header(sheet, _ELEMENT_HEADERS, _ELEMENT_WIDTHS)
    role_cells: dict[str, WriteOnlyCell] = {}
    for role, fill in _FILLS.items():
        template = WriteOnlyCell(sheet)
        template.fill = PatternFill("solid", fgColor=fill)
        role_cells[role] = template
    for role, node in rows:
        values = (
            node.name,
            node.tag,
            render(kind_name(node.kind)),
            node.ifc_class,
            node.storey,
            node.space,
            node.flat,
            node.global_id,
        )
        first = _cell(sheet, render(ROLE_NAMES.get(role, role)), role_cells.get(role))
        sheet.append([first, *(safe_text(v) for v in values)])


def _write_spaces(
    sheet: WriteOnlyWorksheet, spaces: tuple[SpaceRef, ...], rooms: tuple[SpaceRef, ...]
) -> None:
    _header(sheet, _SPACE_HEADERS, _SPACE_WIDTHS)
    for word, group in ((tr("flat"), spaces), (tr("room"), rooms)):
        for space in group:
            values = (word, space.name, space.long_name, space.storey, space.global_id)
            sheet.append([safe_text(v) for v in values])
