"""``fmdesk inspect templates|route|start|record|finish|repeats``: inspection rounds (巡检).

JSON: ``templates`` → ``[{name, title, applies_to, items}]``; ``route`` → ``{id, name,
storey_name, space_name, stops}``; ``start`` → ``{id, route, inspector, state, started_at,
stops}``; ``record`` → ``{id, asset_code, item_code, outcome, work_order_number, repeat_count,
…}``; ``finish`` → ``{round, checked, passed, failed, not_applicable, missing, work_orders,
repeated}``; ``repeats`` → ``[{asset_code, asset_name, item_code, count, last_at}]``.
"""

from __future__ import annotations

import argparse

from fmdesk.app import inspections
from fmdesk.app.results import to_dict
from fmdesk.commands.options import add_db_arguments, add_json_argument, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import _t, render, tr
from fmdesk.network.labels import kind_name
from fmdesk.workorders.inspection import OUTCOMES

__all__ = ["register"]

OUTCOME_NAMES = {"pass": _t("passed"), "fail": _t("failed"), "na": _t("not applicable")}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="inspection rounds: routes, checklists, results, repeated findings",
        description="Inspection rounds (巡检); a failed item opens a work order.",
    )
    actions = parser.add_subparsers(dest="inspect_command", metavar="ACTION", required=True)

    templates = actions.add_parser("templates", help="list checklist templates")
    add_json_argument(templates)
    templates.set_defaults(func=run_templates)

    route = actions.add_parser("route", help="create a route over a storey and/or space")
    route.add_argument("name")
    route.add_argument("--storey", default="")
    route.add_argument("--space", default="")
    route.add_argument("--category", action="append", default=None)
    add_db_arguments(route)
    route.set_defaults(func=run_route)

    start = actions.add_parser("start", help="start a round on a route")
    start.add_argument("route")
    start.add_argument("--inspector", default=None)
    add_db_arguments(start)
    start.set_defaults(func=run_start)

    record = actions.add_parser("record", help="record one checklist item")
    record.add_argument("round", type=int)
    record.add_argument("--asset", required=True)
    record.add_argument("--item", required=True, help="item code, e.g. PUMP-LEAK")
    record.add_argument("--result", required=True, choices=OUTCOMES)
    record.add_argument("--note", default="")
    add_db_arguments(record)
    record.set_defaults(func=run_record)

    finish = actions.add_parser("finish", help="finish a round and summarise it")
    finish.add_argument("round", type=int)
    add_db_arguments(finish)
    finish.set_defaults(func=run_finish)

    repeats = actions.add_parser("repeats", help="repeated findings (屡查屡犯)")
    add_db_arguments(repeats)
    repeats.set_defaults(func=run_repeats)


def run_templates(args: argparse.Namespace) -> int:
    templates = inspections.list_templates()
    text = "\n".join(
        f"{render(kind_name(t.name) if t.name != 'generic' else _t('generic')):<8} {t.title}  "
        + tr("({count} items)", count=len(t.items))
        for t in templates
    )
    print_result(to_dict(templates), args.json, text)
    return 0


def run_route(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        info = inspections.create_route(app, args.name, args.storey, args.space, args.category)
    print_result(
        to_dict(info),
        args.json,
        tr("Route {name}: {count} stops", name=info.name, count=len(info.stops)),
    )
    return 0


def run_start(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        info = inspections.start_round(app, args.route, args.inspector)
    lines = [tr("Round {id} on {route}", id=info.id, route=info.route)]
    for stop in info.stops:
        lines += [f"  {stop.asset_code} {stop.asset_name}"]
        lines += [f"    {code}  {text}" for code, text in stop.items]
    print_result(to_dict(info), args.json, "\n".join(lines))
    return 0


def run_record(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        result = inspections.record_result(
            app, args.round, args.asset, args.item, args.result, args.note
        )
    outcome = render(OUTCOME_NAMES.get(result.outcome, result.outcome))
    text = f"{result.asset_code} {result.item_code}: {outcome}"
    if result.work_order_number:
        text += " → " + tr("work order {number}", number=result.work_order_number)
    if result.repeated:
        text += " " + tr(
            "(repeated finding: found {count} time(s) before)", count=result.repeat_count
        )
    print_result(to_dict(result), args.json, text)
    return 0


def run_finish(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        summary = inspections.finish_round(app, args.round)
    text = tr(
        "Round {id}: {checked} checked, {passed} passed, {failed} failed, {missing} not checked; "
        "orders {orders}",
        id=summary.round.id,
        checked=summary.checked,
        passed=summary.passed,
        failed=summary.failed,
        missing=len(summary.missing),
        orders=summary.work_orders or "-",
    )
    print_result(to_dict(summary), args.json, text)
    return 0


def run_repeats(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        found = inspections.repeated_findings(app)
    text = "\n".join(
        f"{f.asset_code:<12} {f.item_code:<16} ×{f.count}  {f.asset_name}" for f in found
    )
    print_result(to_dict(found), args.json, text or tr("No repeated findings."))
    return 0
