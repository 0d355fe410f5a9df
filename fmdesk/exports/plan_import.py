"""Read a planner's edits (dates, assignees, completions) back from the plan workbook.

Every row of the 任务 sheet is checked against the plan: known occurrence and asset, a real date
inside the plan year on a working day (not a holiday), a known team or contractor, a known
status. Nothing is applied while any row is wrong, unless the planner accepts the valid part;
the accepted edits and completions are plain data (:class:`PlanEdit`, :class:`DoneRecord`) that
``generate_plan`` keeps when the plan is regenerated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fmdesk.errors import UserError
from fmdesk.exports.cell_text import unescape_text
from fmdesk.exports.plan_xlsx import STATUS_WORDS, TASK_HEADERS, TASK_SHEET
from fmdesk.maintenance.model import (
    CancelCheck,
    DoneRecord,
    Plan,
    PlanEdit,
    Progress,
    report_progress,
)
from fmdesk.maintenance.workdays import WorkCalendar

_STATUS_BY_WORD = {word: key for key, word in STATUS_WORDS.items()}


class PlanImportError(UserError):
    """The edited workbook cannot be used (unreadable, wrong sheet, or rows with errors)."""


@dataclass(frozen=True)
class RowIssue:
    """One problem in one row of the edited workbook."""

    row: int
    column: str
    value: str
    message: str


@dataclass
class ImportReport:
    """What an edited workbook would change, and what is wrong with it."""

    rows_checked: int = 0
    issues: list[RowIssue] = field(default_factory=list)
    edits: list[PlanEdit] = field(default_factory=list)
    done: list[DoneRecord] = field(default_factory=list)
    unchanged: int = 0
    missing: int = 0
    """Occurrences of the plan with no row in the file (deleted rows change nothing)."""
    seen: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def bad_rows(self) -> list[int]:
        return sorted({issue.row for issue in self.issues})

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows_checked": self.rows_checked,
            "ok": self.ok,
            "bad_rows": self.bad_rows,
            "issues": [issue.__dict__ for issue in self.issues],
            "edits": len(self.edits),
            "done": len(self.done),
            "unchanged": self.unchanged,
            "missing": self.missing,
        }


def import_plan_edits(
    path: str | Path,
    plan: Plan,
    calendar: WorkCalendar | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportReport:
    """Check every row of the edited task sheet against ``plan``; apply nothing.

    >>> report = import_plan_edits("plan_edited.xlsx", plan)  # doctest: +SKIP
    >>> report.ok, report.bad_rows  # doctest: +SKIP
    (False, [7])
    """
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    calendar = calendar or WorkCalendar()
    path = Path(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, BadZipFile, KeyError, ValueError) as error:
        raise PlanImportError(
            f"无法读取 {path.name}（{type(error).__name__}）；"
            "请选择由 fmdesk 导出的 .xlsx 计划文件。"
        ) from None
    try:
        if TASK_SHEET not in workbook.sheetnames:
            raise PlanImportError(
                f"{path.name} 中没有“{TASK_SHEET}”工作表；请导入由 fmdesk 导出的计划。"
            )
        rows = workbook[TASK_SHEET].iter_rows(values_only=True)
        header, first_row = _find_header(rows)
        columns = {name: header.index(name) for name in TASK_HEADERS if name in header}
        missing = [n for n in ("编号", "设备编码", "日期", "班组/单位") if n not in columns]
        if missing:
            raise PlanImportError(
                f"“{TASK_SHEET}”工作表缺少列 {'、'.join(missing)}；请不要删除或改名表头。"
            )
        report = ImportReport()
        index = plan.occurrence_index()
        total = len(index)
        for number, values in enumerate(rows, start=first_row):
            if number % 1000 == 0:
                report_progress(progress, cancel, min(number, total), total)
            if values is None or all(v in (None, "") for v in values):
                continue
            report.rows_checked += 1
            _check_row(number, values, columns, plan, index, calendar, report)
        report.missing = len(index.keys() - report.seen.keys())
    finally:
        workbook.close()
    return report


def _cell(values: tuple, columns: dict[str, int], name: str) -> Any:
    position = columns.get(name)
    if position is None or position >= len(values):
        return None
    value = unescape_text(values[position])
    return value.strip() if isinstance(value, str) else value


def _check_row(
    number: int,
    values: tuple,
    columns: dict[str, int],
    plan: Plan,
    index: dict,
    calendar: WorkCalendar,
    report: ImportReport,
) -> None:
    issues: list[RowIssue] = []

    def problem(column: str, value: Any, message: str) -> None:
        issues.append(RowIssue(number, column, "" if value is None else str(value), message))

    occ_id = _cell(values, columns, "编号")
    asset_code = _cell(values, columns, "设备编码")
    occurrence = index.get(str(occ_id)) if occ_id else None
    known_asset = asset_code not in (None, "") and str(asset_code) in plan.assets
    if not known_asset:
        problem("设备编码", asset_code, "未知设备：台账/模型中没有此编码")
    if occurrence is None:
        problem("编号", occ_id, "未知编号：计划中没有这一条，请不要修改编号列")
    elif known_asset and str(asset_code) != occurrence.asset_code:
        problem("设备编码", asset_code, f"编号 {occ_id} 属于设备 {occurrence.asset_code}")
    elif occurrence.id in report.seen:
        problem("编号", occ_id, f"编号重复：第 {report.seen[occurrence.id]} 行已有这一条")
    else:
        report.seen[occurrence.id] = number

    status_word = _cell(values, columns, "状态")
    status = _STATUS_BY_WORD.get(str(status_word)) if status_word not in (None, "") else "planned"
    if status is None:
        problem("状态", status_word, f"状态应为 {'、'.join(STATUS_WORDS.values())} 之一")

    raw_date = _cell(values, columns, "日期")
    planned = _parse_date(raw_date)
    if planned is None:
        problem("日期", raw_date, "日期无效：请填写如 2027-03-15 的日期")
    elif planned.year != plan.year:
        problem("日期", planned.isoformat(), f"日期不在 {plan.year} 年内")
    elif status != "done" and not calendar.is_workday(planned):
        problem("日期", planned.isoformat(), f"非工作日（{calendar.holiday_name(planned)}）")

    team = _cell(values, columns, "班组/单位")
    if team in (None, ""):
        problem("班组/单位", team, "班组/单位不能为空")
    elif str(team) not in plan.teams:
        problem("班组/单位", team, "未知班组/单位：请先在班组表中添加")

    hours = _cell(values, columns, "工时")
    if hours not in (None, "") and not isinstance(hours, int | float):
        problem("工时", hours, "工时应为数字")

    if issues:
        report.issues.extend(issues)
        return
    assert occurrence is not None and planned is not None
    if status == "done":
        report.done.append(
            DoneRecord(occurrence.asset_code, occurrence.task_code, planned, occurrence.id)
        )
    elif planned != occurrence.planned_on or str(team) != occurrence.team:
        report.edits.append(
            PlanEdit(
                occurrence.id,
                planned if planned != occurrence.planned_on else None,
                str(team) if str(team) != occurrence.team else None,
            )
        )
    else:
        report.unchanged += 1


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.replace("/", "-"))
        except ValueError:
            return None
    return None


def apply_plan_edits(plan: Plan, report: ImportReport, *, accept_valid_part: bool = False) -> Plan:
    """A new plan with the report's edits and completions applied; ``plan`` itself is unchanged.

    Refuses (``PlanImportError``) while the report has errors, unless ``accept_valid_part``.
    For floating tasks, regenerate with ``generate_plan(..., edits=, done=)`` instead so later
    visits move with the edited one.
    """
    if report.issues and not accept_valid_part:
        raise PlanImportError(
            f"有 {len(report.bad_rows)} 行有误"
            f"（第 {', '.join(map(str, report.bad_rows[:10]))} 行），"
            "未应用任何修改；请改正后重新导入，或选择只应用正确的行。"
        )
    edits = {e.occurrence_id: e for e in report.edits}
    done = {d.occurrence_id: d for d in report.done}
    occurrences = []
    for occ in plan.occurrences:
        if occ.id in done:
            occ = replace(occ, planned_on=done[occ.id].done_on, status="done")
        elif occ.id in edits:
            edit = edits[occ.id]
            occ = replace(
                occ,
                planned_on=edit.planned_on or occ.planned_on,
                team=edit.team or occ.team,
                status="edited",
            )
        occurrences.append(occ)
    occurrences.sort(key=lambda o: (o.planned_on, o.team, o.asset_code, o.task_code))
    return replace(plan, occurrences=occurrences)


def write_plan_state(edits: list[PlanEdit], done: list[DoneRecord], path: Path) -> None:
    """Save accepted edits and completions as JSON, the input of the next regeneration."""
    data = {
        "edits": [
            {
                "occurrence_id": e.occurrence_id,
                "planned_on": e.planned_on.isoformat() if e.planned_on else None,
                "team": e.team,
            }
            for e in edits
        ],
        "done": [
            {
                "asset_code": d.asset_code,
                "task_code": d.task_code,
                "done_on": d.done_on.isoformat(),
                "occurrence_id": d.occurrence_id,
                "by": d.by,
            }
            for d in done
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def read_plan_state(path: Path) -> tuple[list[PlanEdit], list[DoneRecord]]:
    """Read what :func:`write_plan_state` saved (edits, done records)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        edits = [
            PlanEdit(
                e["occurrence_id"],
                date.fromisoformat(e["planned_on"]) if e.get("planned_on") else None,
                e.get("team"),
            )
            for e in data.get("edits", [])
        ]
        done = [
            DoneRecord(
                d["asset_code"],
                d["task_code"],
                date.fromisoformat(d["done_on"]),
                d.get("occurrence_id", ""),
                d.get("by", ""),
            )
            for d in data.get("done", [])
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PlanImportError(
            f"无法读取计划状态文件 {path}（{type(error).__name__}）；请检查文件。"
        ) from None
    return edits, done


def _find_header(rows) -> tuple[list[str], int]:
    """The header row (the one holding 编号, below the title row since the print layout) and the
    number of the first data row; the first row when no header is found (old files)."""
    first: list[str] | None = None
    for number, values in enumerate(rows, start=1):
        header = [str(v).strip() if v is not None else "" for v in values or ()]
        first = header if first is None else first
        if "编号" in header or number >= 5:
            return (header if "编号" in header else first), number + 1
    return first or [], 2
