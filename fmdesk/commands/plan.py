"""``fmdesk plan --year 2027 --out plan.xlsx [--model IFC | --db URL] [--json]``: 年度保养计划.

Builds the preventive-maintenance plan of a year for the assets of a model or of the records
database, on working days of the Chinese calendar, levelled by team and contractor capacity, with
end-of-life replacements and a ten-year replacement forecast, and writes the Excel workbook
(optionally iCalendar files per team). ``--import-edits`` reads a planner's edited workbook back:
every row is checked and nothing is applied unless the file is valid (or ``--accept-valid``).

JSON keys (``--json``):

- ``year``, ``out`` (workbook path), ``calendar_basis`` (which calendar data the plan used),
  ``asset_count``, ``occurrence_count``, ``hours``;
- ``by_month``: ``[{month, occurrences, hours}]``; ``by_team``: ``[{team, contractor,
  hours_per_week, occurrences, hours, flagged}]``;
- ``replacements``: this year's ``[{asset_code, asset_name, system, cost, life_basis}]``;
  ``forecast``: ``[{year, count, cost}]`` for ten years;
- ``ics``: written .ics paths; ``warnings``: list of sentences;
- ``import`` (with ``--import-edits``): ``{rows_checked, ok, bad_rows, issues: [{row, column,
  value, message}], edits, done, unchanged, missing, applied}``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from fmdesk.commands.options import add_json_argument, app_for
from fmdesk.commands.output import print_result

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk plan``."""
    parser = subparsers.add_parser(
        "plan",
        help="annual preventive-maintenance plan (年度保养计划) to Excel / iCalendar",
        description="Plan a year of preventive maintenance on Chinese working days and write it "
        "to Excel; import a planner's edited workbook back.",
    )
    parser.add_argument("--year", type=int, default=date.today().year + 1, help="plan year")
    parser.add_argument("--out", type=Path, help="workbook to write (.xlsx)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--model", type=Path, help="IFC model to take the assets from")
    source.add_argument("--db", metavar="URL", help="records database URL (default: settings)")
    parser.add_argument("--user", default=None, help="who is acting (users and roles)")
    parser.add_argument("--tasks", type=Path, help="task library CSV (default: bundled)")
    parser.add_argument("--teams", type=Path, help="team capacity CSV (default: bundled)")
    parser.add_argument(
        "--workdays",
        type=Path,
        help="workday adjustments CSV (调休安排; default: the imported one)",
    )
    parser.add_argument(
        "--overrides", type=Path, help="life overrides and ISO 15686 factors per asset/group (CSV)"
    )
    parser.add_argument("--state", type=Path, help="done records and edits to keep (JSON)")
    parser.add_argument("--ics-dir", type=Path, help="also write one .ics file per team here")
    parser.add_argument("--import-edits", type=Path, help="edited plan workbook to read back")
    parser.add_argument(
        "--accept-valid", action="store_true", help="apply the valid rows even if some are wrong"
    )
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.annual_plan import make_annual_plan
    from fmdesk.app.planning import PlanFiles

    files = PlanFiles(args.tasks, args.teams, args.workdays, args.overrides)
    with app_for(args, open_database=False) as app:
        result = make_annual_plan(
            app,
            args.year,
            out=args.out,
            model=args.model,
            files=files,
            state=args.state,
            ics_dir=args.ics_dir,
            import_edits=args.import_edits,
            accept_valid=args.accept_valid,
        )
    data = result.to_dict()
    print_result(data, args.json, _text(data))
    return 2 if result.rejected else 0


def _text(data: dict[str, Any]) -> str:
    lines = [
        f"{data['year']} 年度保养计划: {data['asset_count']} 台设备, "
        f"{data['occurrence_count']} 次保养, {data['hours']:g} 工时",
        f"日历依据: {data['calendar_basis']}",
    ]
    for team in data["by_team"]:
        kind = "外包" if team["contractor"] else "内部"
        extra = f", {team['flagged']} 次超出产能/窗口" if team["flagged"] else ""
        lines.append(
            f"  {team['team']}（{kind}）: {team['occurrences']} 次, {team['hours']:g} 工时{extra}"
        )
    budget = ", ".join(f"{f['year']}: {f['cost']:,.0f}" for f in data["forecast"] if f["count"])
    lines.append(f"十年更换预算（元）: {budget or '无'}")
    if "import" in data:
        info = data["import"]
        if info["ok"]:
            lines.append(
                f"导入: {info['rows_checked']} 行全部有效, {info['edits']} 处调整, "
                f"{info['done']} 条完成记录, 已应用"
            )
        else:
            state = "已应用有效行" if info["applied"] else "未应用任何修改"
            lines.append(f"导入: {len(info['bad_rows'])} 行有误（{state}）:")
            for issue in info["issues"][:50]:
                where = f"第 {issue['row']} 行 {issue['column']} {issue['value']!r}"
                lines.append(f"  {where}: {issue['message']}")
    for warning in data["warnings"]:
        lines.append(f"注意: {warning}")
    if data["out"]:
        lines.append(f"已写入 {data['out']}")
    lines.extend(f"已写入 {p}" for p in data["ics"])
    return "\n".join(lines)
