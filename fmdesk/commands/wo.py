"""``fmdesk wo create|advance|list|show|rate|suggest|technician|contractor``: work orders (工单).

JSON: ``create``, ``advance``, ``rate`` → the work order (``number, title, state, priority,
asset_code, location, assignee, response_due, on_site_due, next_due_at, overdue, version, …``);
``list`` → a list of them; ``show`` → ``{order, history, documents}``; ``suggest`` →
``[{name, score, skill_match, open_orders, same_storey, reasons}]``; ``technician`` and
``contractor`` → the person or company registered.
"""

from __future__ import annotations

import argparse

from fmdesk.app import workorders
from fmdesk.app.results import to_dict
from fmdesk.commands._labels import action_name
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import render, tr
from fmdesk.records.dto import WorkOrderView
from fmdesk.records.people import SKILLS
from fmdesk.workorders.sla import PRIORITIES, priority_name
from fmdesk.workorders.states import SOURCES, STATES, state_name

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "wo",
        help="work orders: create, advance, list, show, rate, dispatch suggestions",
        description="Work orders (工单闭环): reported → dispatched → … → closed.",
    )
    actions = parser.add_subparsers(dest="wo_command", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="report a work order")
    create.add_argument("--title", required=True)
    create.add_argument("--asset", default=None, help="asset code (or GlobalId)")
    create.add_argument("--space", default=None, help="flat or room, e.g. 1-1202")
    create.add_argument("--priority", choices=PRIORITIES, default="normal")
    create.add_argument("--source", choices=SOURCES, default="phone")
    create.add_argument("--description", default="")
    create.add_argument("--reporter", default="")
    add_db_arguments(create)
    create.set_defaults(func=run_create)

    advance = actions.add_parser("advance", help="move a work order to another state")
    advance.add_argument("number", help="e.g. GD-2027-000123")
    advance.add_argument("--to", required=True, choices=STATES, metavar="STATE")
    advance.add_argument("--assignee", default=None, help="technician name")
    advance.add_argument("--contractor", default=None, help="contractor name")
    advance.add_argument("--note", default="")
    advance.add_argument(
        "--expected-version", type=int, default=None, help="refuse if someone saved it since"
    )
    add_db_arguments(advance)
    advance.set_defaults(func=run_advance)

    lst = actions.add_parser("list", help="list work orders (newest first)")
    lst.add_argument("--overdue", action="store_true", help="only orders past an SLA deadline")
    lst.add_argument("--state", action="append", choices=STATES, default=None)
    lst.add_argument("--asset", default=None)
    lst.add_argument("--limit", type=int, default=200)
    add_db_arguments(lst)
    lst.set_defaults(func=run_list)

    show = actions.add_parser("show", help="one work order with its timeline")
    show.add_argument("number")
    add_db_arguments(show)
    show.set_defaults(func=run_show)

    rate = actions.add_parser("rate", help="record the resident's satisfaction (1-5)")
    rate.add_argument("number")
    rate.add_argument("--score", type=int, required=True)
    rate.add_argument("--comment", default="")
    add_db_arguments(rate)
    rate.set_defaults(func=run_rate)

    suggest = actions.add_parser("suggest", help="who should be dispatched (skill, load, place)")
    suggest.add_argument("number")
    add_db_arguments(suggest)
    suggest.set_defaults(func=run_suggest)

    tech = actions.add_parser("technician", help="register a technician")
    tech.add_argument("name")
    tech.add_argument("--skill", action="append", choices=sorted(SKILLS), default=[])
    tech.add_argument("--phone", default="")
    tech.add_argument("--storey", default="", help="where they are based, e.g. B1")
    add_db_arguments(tech)
    tech.set_defaults(func=run_technician)

    contractor = actions.add_parser("contractor", help="register a contractor")
    contractor.add_argument("name")
    contractor.add_argument("--scope", default="")
    contractor.add_argument("--contact", default="")
    contractor.add_argument("--phone", default="")
    add_db_arguments(contractor)
    contractor.set_defaults(func=run_contractor)


def _line(o: WorkOrderView) -> str:
    late = "  " + tr("OVERDUE") if o.overdue else ""
    target = o.asset_code or o.space_name or o.location or "-"
    state, priority = render(state_name(o.state)), render(priority_name(o.priority))
    return f"{o.number}  {state:<6} {priority:<4} {target:<12} {o.title}{late}"


def run_create(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        order = workorders.create_work_order(
            app,
            args.title,
            priority=args.priority,
            asset=args.asset,
            space=args.space,
            source=args.source,
            description=args.description,
            reporter=args.reporter,
        )
    print_result(to_dict(order), args.json, tr("Created {order}", order=_line(order)))
    return 0


def run_advance(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        order = workorders.advance_work_order(
            app,
            args.number,
            args.to,
            assignee=args.assignee,
            contractor=args.contractor,
            note=args.note,
            expected_version=args.expected_version,
        )
    print_result(to_dict(order), args.json, _line(order))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        orders = workorders.list_work_orders(
            app, overdue=args.overdue, states=args.state, asset=args.asset, limit=args.limit
        )
    text = "\n".join(_line(o) for o in orders) or tr("No work orders.")
    print_result(to_dict(orders), args.json, text)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        card = workorders.show_work_order(app, args.number)
    lines = [_line(card.order)]
    for h in card.history:
        state = h.changes.get("state")
        what = (
            f"{render(state_name(state[0]))} → {render(state_name(state[1]))}"
            if isinstance(state, list)
            else render(action_name(h.action))
        )
        lines.append(f"  {h.at:%Y-%m-%d %H:%M} {h.actor:<8} {what} {h.note}")
    print_result(to_dict(card), args.json, "\n".join(lines))
    return 0


def run_rate(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        order = workorders.rate_work_order(app, args.number, args.score, args.comment)
    print_result(
        to_dict(order),
        args.json,
        tr("{number} rated {score}/5", number=order.number, score=order.satisfaction_score),
    )
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        suggestions = workorders.suggest_assignees(app, args.number)
    text = "\n".join(f"{s.name:<8} {s.score:5.1f}  {'; '.join(s.reasons)}" for s in suggestions)
    print_result(to_dict(suggestions), args.json, text or tr("No active technicians."))
    return 0


def run_technician(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        info = workorders.add_technician(
            app, args.name, args.skill, phone=args.phone, home_storey=args.storey
        )
    print_result(
        to_dict(info),
        args.json,
        tr("Technician {name} ({skills})", name=info.name, skills=info.skills),
    )
    return 0


def run_contractor(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        info = workorders.add_contractor(
            app, args.name, scope=args.scope, contact=args.contact, phone=args.phone
        )
    print_result(to_dict(info), args.json, tr("Contractor {name}", name=info.name))
    return 0
