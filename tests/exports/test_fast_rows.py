from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

import fmdesk.exports.plan_xlsx as plan_xlsx
from fmdesk.exports.plan_xlsx import CALENDAR_SHEET, TASK_SHEET, export_plan_xlsx
from fmdesk.maintenance.model import PlanAsset
from fmdesk.maintenance.scheduler import generate_plan


def _cells(path: Path, sheet: str) -> list[tuple]:
    book = load_workbook(path)
    try:
        return [
            tuple(
                (c.value, c.number_format if c.is_date else None, c.fill.fgColor.rgb, c.data_type)
                for c in row
            )
            for row in book[sheet].iter_rows()
        ]
    finally:
        book.close()


def test_fast_rows_write_exactly_what_openpyxl_cells_would(
    plan_2027, tmp_path, monkeypatch
) -> None:
    weird = PlanAsset(" SB-99 ", "泵\x07 with bell and =formula", "IfcPump", location="  B1  ")
    plan = generate_plan([*plan_2027.assets.values(), weird], 2027)
    fast = export_plan_xlsx(plan, tmp_path / "fast.xlsx")
    monkeypatch.setattr(plan_xlsx, "enable_fast_rows", lambda sheet, style: False)
    slow = export_plan_xlsx(plan, tmp_path / "slow.xlsx")
    for sheet in (TASK_SHEET, CALENDAR_SHEET):
        fast_cells, slow_cells = _cells(fast, sheet), _cells(slow, sheet)
        assert len(fast_cells) > 100
        assert fast_cells == slow_cells
