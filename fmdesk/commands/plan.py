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
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from fmdesk.commands.output import print_result
from fmdesk.errors import UserError

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
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.exports.plan_ics import export_ics
    from fmdesk.exports.plan_import import (
        apply_plan_edits,
        import_plan_edits,
        read_plan_state,
        write_plan_state,
    )
    from fmdesk.exports.plan_xlsx import export_plan_xlsx
    from fmdesk.maintenance.annual import (
        build_plan,
        check_plan_year,
        plan_calendar,
        read_plan_assets,
    )

    check_plan_year(args.year)
    if args.out is None and args.import_edits is None:
        raise UserError("请用 --out 指定要写入的 .xlsx 文件。")
    calendar = plan_calendar(args.workdays)
    edits, done = read_plan_state(args.state) if args.state and args.state.exists() else ([], [])
    plan = build_plan(
        args.year,
        read_plan_assets(args.model, args.db),
        calendar=calendar,
        tasks=args.tasks,
        teams=args.teams,
        overrides=args.overrides,
        edits=edits,
        done=done,
    )
    import_info: dict[str, Any] | None = None
    if args.import_edits is not None:
        report = import_plan_edits(args.import_edits, plan, calendar)
        import_info = report.as_dict() | {"applied": False}
        if report.ok or args.accept_valid:
            plan = apply_plan_edits(plan, report, accept_valid_part=args.accept_valid)
            import_info["applied"] = True
            if args.state:
                kept = {e.occurrence_id: e for e in edits} | {
                    e.occurrence_id: e for e in report.edits
                }
                write_plan_state(list(kept.values()), [*done, *report.done], args.state)
    written = export_plan_xlsx(plan, args.out) if args.out and _may_write(import_info) else None
    ics = export_ics(plan, args.ics_dir) if args.ics_dir and _may_write(import_info) else []
    data = _summary(plan, written, ics, import_info)
    print_result(data, args.json, _text(data))
    return 2 if import_info is not None and not import_info["applied"] else 0


def _may_write(import_info: dict[str, Any] | None) -> bool:
    return import_info is None or bool(import_info["applied"])


def _summary(plan, written, ics, import_info) -> dict[str, Any]:
    count: Counter[int] = Counter()
    hours: defaultdict[int, float] = defaultdict(float)
    team_count: Counter[str] = Counter()
    team_hours: defaultdict[str, float] = defaultdict(float)
    flagged: Counter[str] = Counter()
    for occ in plan.occurrences:
        count[occ.planned_on.month] += 1
        hours[occ.planned_on.month] += occ.hours
        team_count[occ.team] += 1
        team_hours[occ.team] += occ.hours
        flagged[occ.team] += bool(occ.flags)
    forecast: defaultdict[int, list[float]] = defaultdict(list)
    for item in plan.forecast:
        forecast[item.year].append(item.cost)
    data: dict[str, Any] = {
        "year": plan.year,
        "out": str(written) if written else None,
        "calendar_basis": plan.calendar_basis,
        "asset_count": len(plan.assets),
        "occurrence_count": len(plan.occurrences),
        "hours": round(sum(hours.values()), 2),
        "by_month": [
            {"month": m, "occurrences": count[m], "hours": round(hours[m], 2)} for m in range(1, 13)
        ],
        "by_team": [
            {
                "team": team,
                "contractor": bool(plan.teams[team].contractor) if team in plan.teams else False,
                "hours_per_week": plan.teams[team].hours_per_week if team in plan.teams else None,
                "occurrences": team_count[team],
                "hours": round(team_hours[team], 2),
                "flagged": flagged[team],
            }
            for team in sorted(team_count)
        ],
        "replacements": [
            {
                "asset_code": r.asset_code,
                "asset_name": r.asset_name,
                "system": r.system,
                "cost": r.cost,
                "life_basis": r.life_basis,
            }
            for r in plan.replacements
        ],
        "forecast": [
            {"year": y, "count": len(forecast[y]), "cost": round(sum(forecast[y]), 2)}
            for y in range(plan.year, plan.year + 10)
        ],
        "ics": [str(p) for p in ics],
        "warnings": plan.warnings,
    }
    if import_info is not None:
        data["import"] = import_info
    return data


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
