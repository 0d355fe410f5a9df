"""``fmdesk kpi --from DATE --to DATE [--by contractor|system|building|team] [--drill KPI]``.

Prints the KPIs of a period (设备完好率, SLA, MTTR, MTBF, PM compliance, …) with their targets,
overall and per group; ``--drill KPI`` lists the work orders behind one figure instead.

JSON: ``{from, to, by, intact_rate, response_sla_met, onsite_sla_met, mttr_hours, mtbf_hours,
pm_compliance, schedule_compliance, backlog, first_time_fix, rework_rate, satisfaction,
satisfaction_score, counts, labels, targets, groups: [{group, name, <the same KPIs>, counts}]}``;
with ``--drill``: ``{key, label, group, total, from, to, orders: [{number, title, state, …,
value, met}]}``.
"""

from __future__ import annotations

import argparse

from fmdesk.app.dates import parse_day
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr
from fmdesk.operations.kpi_model import GROUPINGS, KPI_KEYS

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kpi",
        help="KPIs of a period (关键绩效指标): intact rate, SLA, MTTR, MTBF, PM compliance…",
        description="KPIs of a period, overall or per contractor, system, building or team; "
        "--drill KPI lists the work orders behind one figure.",
    )
    parser.add_argument("--from", dest="start", required=True, help="first day, 2027-01-01")
    parser.add_argument("--to", dest="end", required=True, help="last day (included), 2027-01-31")
    parser.add_argument("--by", choices=GROUPINGS, default=None, help="one group per …")
    parser.add_argument(
        "--drill",
        choices=KPI_KEYS,
        default=None,
        metavar="KPI",
        help="list the work orders behind this KPI",
    )
    parser.add_argument("--group", default=None, help="with --drill and --by: only this group")
    parser.add_argument("--limit", type=int, default=200, help="orders listed by --drill")
    add_db_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.kpi import compute_kpis, drill_kpi

    start, end = parse_day(args.start), parse_day(args.end)
    with app_for(args) as app:
        if args.drill:
            drill = drill_kpi(app, args.drill, start, end, args.by, args.group, args.limit)
            print_result(drill.to_dict(), args.json, _drill_text(drill))
            return 0
        report = compute_kpis(app, start, end, args.by)
    print_result(report.to_dict(), args.json, _report_text(report))
    return 0


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} %" if unit == "%" else f"{value:.1f} {tr(unit)}"


def _report_text(report) -> str:
    from fmdesk.app.kpi import kpi_definitions
    from fmdesk.i18n import render

    lines = [tr("KPIs {start} – {end}", start=report.start, end=report.end)]
    for group in report.groups:
        if group.key != "all":
            none = tr("In-house") if report.by == "contractor" else tr("(none)")
            lines.append(f"\n[{group.name or none}]")
        for kpi in kpi_definitions():
            sign = "≥" if kpi.higher_is_better else "≤"
            goal = _figure(kpi.target, kpi.unit)
            target = "" if kpi.target is None else f"  ({tr('target')} {sign} {goal})"
            mark = {True: " ✓", False: " ✗", None: ""}[kpi.meets(group.figures.get(kpi.key))]
            value = _figure(group.figures.get(kpi.key), kpi.unit)
            lines.append(f"  {render(kpi.label)}: {value}{mark}{target}")
    return "\n".join(lines)


def _drill_text(drill) -> str:
    lines = [tr("{label}: {total} work orders", label=drill.label, total=drill.total)]
    for row in drill.rows:
        met = {True: "✓", False: "✗", None: " "}[row.met]
        value = "" if row.value is None else f"{row.value:g}"
        lines.append(
            f"  {met} {row.number}  {row.title}  {row.asset_code}  {row.contractor}  {value}"
        )
    return "\n".join(lines)
