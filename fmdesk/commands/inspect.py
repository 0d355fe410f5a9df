"""``fmdesk inspect templates|route|start|record|finish|repeats``: inspection rounds (巡检)."""

from __future__ import annotations

import argparse

from fmdesk.commands.options import add_db_arguments, open_app
from fmdesk.commands.output import print_result
from fmdesk.records.dto import to_json
from fmdesk.workorders.inspection import (
    OUTCOMES,
    create_route,
    finish_round,
    record_result,
    repeated_findings,
    start_round,
)
from fmdesk.workorders.templates import load_templates


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="inspection rounds: routes, checklists, results, repeated findings",
        description="Inspection rounds (巡检); a failed item opens a work order.",
    )
    actions = parser.add_subparsers(dest="inspect_command", metavar="ACTION", required=True)

    templates = actions.add_parser("templates", help="list checklist templates")
    templates.add_argument("--json", action="store_true")
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
    """JSON: list of {name, title, applies_to, items}."""
    templates = list(load_templates().values())
    text = "\n".join(f"{t.name:<20} {t.title}  ({len(t.items)} items)" for t in templates)
    print_result(to_json(templates), args.json, text)
    return 0


def run_route(args: argparse.Namespace) -> int:
    """JSON keys: id, name, storey_name, space_name, stops."""
    app = open_app(args)
    try:
        info = create_route(app.uow(), args.name, args.storey, args.space, args.category)
    finally:
        app.close()
    print_result(to_json(info), args.json, f"Route {info.name}: {len(info.stops)} stops")
    return 0


def run_start(args: argparse.Namespace) -> int:
    """JSON keys: id, route, inspector, state, started_at, stops."""
    app = open_app(args)
    try:
        info = start_round(app.uow(), args.route, args.inspector)
    finally:
        app.close()
    lines = [f"Round {info.id} on {info.route}"]
    for stop in info.stops:
        lines += [f"  {stop.asset_code} {stop.asset_name}"]
        lines += [f"    {code}  {text}" for code, text in stop.items]
    print_result(to_json(info), args.json, "\n".join(lines))
    return 0


def run_record(args: argparse.Namespace) -> int:
    """JSON keys: id, asset_code, item_code, outcome, work_order_number, repeat_count."""
    app = open_app(args)
    try:
        result = record_result(
            app.uow(), args.round, args.asset, args.item, args.result, args.note, sla=app.sla
        )
    finally:
        app.close()
    text = f"{result.asset_code} {result.item_code}: {result.outcome}"
    if result.work_order_number:
        text += f" → work order {result.work_order_number}"
    if result.repeated:
        text += f" (屡查屡犯: found {result.repeat_count} time(s) before)"
    print_result(to_json(result), args.json, text)
    return 0


def run_finish(args: argparse.Namespace) -> int:
    """JSON keys: round, checked, passed, failed, not_applicable, missing, work_orders, repeated."""
    app = open_app(args)
    try:
        summary = finish_round(app.uow(), args.round)
    finally:
        app.close()
    text = (
        f"Round {summary.round.id}: {summary.checked} checked, {summary.passed} passed, "
        f"{summary.failed} failed, {len(summary.missing)} not checked; "
        f"orders {', '.join(summary.work_orders) or '-'}"
    )
    print_result(to_json(summary), args.json, text)
    return 0


def run_repeats(args: argparse.Namespace) -> int:
    """JSON: list of {asset_code, asset_name, item_code, count, last_at}."""
    app = open_app(args)
    try:
        found = repeated_findings(app.uow())
    finally:
        app.close()
    text = "\n".join(
        f"{f.asset_code:<12} {f.item_code:<16} ×{f.count}  {f.asset_name}" for f in found
    )
    print_result(to_json(found), args.json, text or "No repeated findings.")
    return 0
