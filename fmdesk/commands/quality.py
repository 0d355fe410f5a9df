"""``fmdesk quality …``: the quality check loop (品质检查) 检查 → 发现 → 派单 → 整改 → 复核 → 销项.

- ``plan NAME --on DATE [--checker P] [--scope T]``: a check plan;
- ``finding ITEM (--asset CODE | --element GUID) [--plan NAME] [--contractor NAME]
  [--severity minor|major|critical] [--concealed] [--deadline 2027-03-20T18:00]
  [--description T] [--photo FILE]…``: a finding, its photos and its rectification order;
- ``rectify NUMBER [--note]``, ``recheck NUMBER pass|fail [--note]``, ``close NUMBER [--note]``;
- ``list [--plans] [--state open|rectified|rechecked|closed] [--contractor NAME] [--repeated]``.

All take ``--db URL`` and ``--json``. JSON of a finding: ``{number, plan, item, description,
severity, concealed, asset_code, element_global_id, contractor, found_by, found_at, deadline,
state, work_order, photo_ids, element_repeats, contractor_repeats, repeated, recheck_verdict,
overdue}``; of a plan ``{id, name, planned_on, checker, scope, state, findings}``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from fmdesk.app.dates import parse_day
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.errors import UserError
from fmdesk.i18n import _t, tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quality",
        help="quality checks (品质检查): plans, findings, rectification, recheck, closure",
    )
    actions = parser.add_subparsers(dest="quality_command", metavar="ACTION", required=True)
    plan = _action(actions, "plan", run_plan, "add a check plan")
    plan.add_argument("name")
    plan.add_argument("--on", required=True, help="planned day, 2027-03-15")
    plan.add_argument("--checker", default="")
    plan.add_argument("--scope", default="")
    finding = _action(actions, "finding", run_finding, "record a finding and dispatch it")
    finding.add_argument("item", help="the check item that failed, e.g. 消火栓箱被遮挡")
    finding.add_argument("--asset", default=None)
    finding.add_argument("--element", default="", help="GlobalId of the model element")
    finding.add_argument("--plan", default=None)
    finding.add_argument("--contractor", default=None)
    finding.add_argument("--severity", choices=["minor", "major", "critical"], default="minor")
    finding.add_argument("--concealed", action="store_true", help="a concealed fault (隐瞒故障)")
    finding.add_argument("--deadline", default="", help="rectify by, 2027-03-20T18:00")
    finding.add_argument("--description", default="")
    finding.add_argument("--photo", action="append", default=[], type=Path)
    for name, func, help_text in (
        ("rectify", run_rectify, "report a finding rectified"),
        ("close", run_close, "close a rechecked finding (销项)"),
    ):
        step = _action(actions, name, func, help_text)
        step.add_argument("number", help="e.g. ZJ-2027-000012")
        step.add_argument("--note", default="")
    recheck = _action(actions, "recheck", run_recheck, "recheck a rectified finding")
    recheck.add_argument("number")
    recheck.add_argument("verdict", choices=["pass", "fail"])
    recheck.add_argument("--note", default="")
    lst = _action(actions, "list", run_list, "list findings (or plans)")
    lst.add_argument("--plans", action="store_true", help="list the check plans instead")
    lst.add_argument("--state", default=None)
    lst.add_argument("--contractor", default=None)
    lst.add_argument("--repeated", action="store_true", help="only repeated findings (屡查屡犯)")


def _action(actions, name: str, func, help_text: str) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    add_db_arguments(parser)
    parser.set_defaults(func=func)
    return parser


def _moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            _t("{text} is not a date and time; write it as 2027-03-20T18:00.", text=text)
        ) from None
    return value if value.tzinfo else value.astimezone(UTC)


def _line(f) -> str:
    flags = " ".join(
        p
        for p in (
            tr("repeated") if f.repeated else "",
            tr("concealed") if f.concealed else "",
            tr("overdue") if f.overdue else "",
        )
        if p
    )
    return (
        f"{f.number}  {_state(f.state)}  {f.item}  {f.asset_code or f.element_global_id}  "
        f"{f.contractor or '—'}  {tr('due')} {f.deadline.astimezone():%Y-%m-%d %H:%M}  "
        f"{f.work_order}  {flags}"
    ).rstrip()


def _state(state: str) -> str:
    """A finding's state in the reader's language."""
    return {
        "open": tr("to rectify"),
        "rectified": tr("rectified"),
        "rechecked": tr("rechecked"),
        "closed": tr("closed (销项)"),
    }.get(state, state)


def _print_finding(finding, as_json: bool) -> None:
    print_result(finding.to_dict(), as_json, _line(finding))


def run_plan(args: argparse.Namespace) -> int:
    from fmdesk.app.quality import add_check_plan

    day = parse_day(args.on)
    with app_for(args) as app:
        plan = add_check_plan(app, args.name, day, args.checker, args.scope)
    print_result(plan.to_dict(), args.json, f"{plan.name}  {plan.planned_on}  {plan.checker}")
    return 0


def run_finding(args: argparse.Namespace) -> int:
    from fmdesk.app.quality import record_finding

    deadline = _moment(args.deadline) if args.deadline else None
    with app_for(args) as app:
        finding = record_finding(
            app,
            args.item,
            plan=args.plan,
            asset=args.asset,
            element_global_id=args.element,
            contractor=args.contractor,
            description=args.description,
            severity=args.severity,
            concealed=args.concealed,
            deadline=deadline,
            photos=args.photo,
        )
    _print_finding(finding, args.json)
    return 0


def run_rectify(args: argparse.Namespace) -> int:
    from fmdesk.app.quality import rectify_finding

    with app_for(args) as app:
        _print_finding(rectify_finding(app, args.number, args.note), args.json)
    return 0


def run_recheck(args: argparse.Namespace) -> int:
    from fmdesk.app.quality import recheck_finding

    with app_for(args) as app:
        _print_finding(recheck_finding(app, args.number, args.verdict, args.note), args.json)
    return 0


def run_close(args: argparse.Namespace) -> int:
    from fmdesk.app.quality import close_finding

    with app_for(args) as app:
        _print_finding(close_finding(app, args.number, args.note), args.json)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from fmdesk.app.quality import list_check_plans, list_findings

    with app_for(args) as app:
        if args.plans:
            plans = list_check_plans(app)
            text = "\n".join(
                f"{p.name}  {p.planned_on}  {p.checker}  {tr('findings')} {p.findings}"
                for p in plans
            )
            print_result([p.to_dict() for p in plans], args.json, text or tr("No check plans."))
            return 0
        findings = list_findings(
            app, state=args.state, contractor=args.contractor, repeated_only=args.repeated
        )
    text = "\n".join(_line(f) for f in findings)
    print_result([f.to_dict() for f in findings], args.json, text or tr("No findings."))
    return 0
