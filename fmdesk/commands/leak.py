"""``fmdesk leak ELEMENT_OR_FLAT [--model IFC] [--hours H] [--order] [--json]`` (漏水处置).

The guided leak plan as text: where the leak is, what feeds it, the valves to close (with
storey and room), the flats that lose water, the 停水通知 to post, and after the repair the
valves to reopen in order. ``ELEMENT_OR_FLAT`` is a flat or room name (``1-601``), a GlobalId
or an element's name or tag. Without ``--model`` the model last imported into the asset
register is used. ``--order`` also creates the shut-off work order.

JSON keys (``--json``): ``model``, ``query``, ``located_as`` (element|flat|room),
``location`` and ``leak`` (``global_id``, ``label``, ``name``, ``storey``, ``flat``, ``room``),
``upstream`` and ``sources`` (places, from the source to the leak), ``close`` and ``reopen``
(places with ``order`` and ``upstream``), ``flats``, ``isolated``, ``unisolated_sources``,
``notice``, ``order_title``, ``order_body``, ``reopen_checklist``, ``highlight``, and
``work_order`` (the number, or null without ``--order``).
"""

from __future__ import annotations

import argparse

from fmdesk.commands.options import add_db_arguments, app_for

__all__ = ["format_plan", "register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk leak``."""
    parser = subparsers.add_parser(
        "leak",
        help="guided leak plan: valves to close, flats without water, notice (漏水处置)",
        description="Plan the handling of a reported leak: locate it, trace it upstream, the "
        "valves to close, the flats that lose water with the notice text, and the reopen order.",
    )
    parser.add_argument("query", metavar="ELEMENT_OR_FLAT", help="flat (1-601), room or GlobalId")
    parser.add_argument("--model", default=None, help="IFC model (default: the last imported)")
    parser.add_argument(
        "--hours", type=float, default=2.0, help="expected duration of the shut-off (hours)"
    )
    parser.add_argument("--order", action="store_true", help="also create the shut-off order")
    add_db_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Plan the leak, optionally create its order, print the plan."""
    from fmdesk.app.leak import create_leak_order, plan_leak
    from fmdesk.commands.output import print_result

    with app_for(args, open_database=False) as app:
        plan = plan_leak(app, args.query, model=args.model, hours=args.hours)
        number = create_leak_order(app, plan).number if args.order else None
    print_result({**plan.to_dict(), "work_order": number}, args.json, format_plan(plan, number))
    return 0


def format_plan(plan, number: str | None = None) -> str:
    """The plan as a duty engineer reads it in a terminal."""
    from fmdesk.app.leak_text import valve_line
    from fmdesk.i18n import tr

    lines = [tr("Leak at: {place}", place=plan.leak.label)]
    if plan.sources:
        lines.append(tr("Fed from: {names}", names="; ".join(p.label for p in plan.sources)))
    lines.append(tr("Valves to close, in order:"))
    lines += ["  " + valve_line(s.order, s.valve) for s in plan.close] or ["  " + tr("none")]
    if not plan.isolated:
        lines.append(tr("Warning: the leak cannot be fully isolated by valves."))
    lines.append(tr("Flats without water: {flats}.", flats=", ".join(plan.flats) or tr("none")))
    lines += ["", plan.notice, "", tr("After the repair, reopen in this order:")]
    lines += ["  " + step for step in plan.reopen_checklist]
    if number:
        lines.append(tr("Work order created: {number}", number=number))
    return "\n".join(lines)
