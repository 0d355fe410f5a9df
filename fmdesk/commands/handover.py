"""``fmdesk handover …``: handover inspection (物业承接查验).

- ``start NAME --delivered DATE [--system 给排水 …] [--space 住户 …] [--model FILE]``: a handover
  with its 7-step checklist and the risk-point rechecks (6 and 12 months after delivery);
- ``check NAME ITEM_CODE pass|fail|na|pending [--target T] [--note …] [--element GUID]``:
  record a result; a failure opens a review issue (承接查验问题) and prints its number;
- ``recheck NAME RECHECK_ID pass|fail [--on DATE] [--note …]``;
- ``show NAME`` / ``list``; ``reminders [--today DATE] [--days N]``: warranty ends, revisit
  periods and rechecks due;
- ``archive add FILE --type hidden_works|certificate|test_report|acceptance|… --date DATE
  (--asset CODE | --space NAME | --element GUID)`` and ``archive list [--asset …]``.

All take ``--db URL`` and ``--json``. JSON: a handover is ``{id, name, delivered_on, model_file,
builder, revisit_period, steps: [{step, name, pending, pass, fail, na}], checks: [...],
rechecks: [...], open_findings}``; a reminder ``{kind, due_on, days_left, subject, message,
asset_code, handover}``; an archive entry ``{id, doc_type, type_label, doc_date, title,
file_name, asset_code, space_name, element_global_id}``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fmdesk.app.handover import parse_day
from fmdesk.commands.output import print_result
from fmdesk.errors import UserError
from fmdesk.i18n import _t, tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "handover", help="handover inspection (承接查验): checklist, findings, archive, warranty"
    )
    actions = parser.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    start = _action(actions, "start", run_start, "start a handover with its checklist")
    start.add_argument("name")
    start.add_argument("--delivered", required=True, help="delivery date, 2027-06-30")
    start.add_argument("--system", action="append", default=None, help="system (repeatable)")
    start.add_argument("--space", action="append", default=None, help="space type (repeatable)")
    start.add_argument("--model", default="", help="the model file handed over")
    start.add_argument("--builder", default="", help="the builder (施工单位)")
    check = _action(actions, "check", run_check, "record a checklist result")
    check.add_argument("name")
    check.add_argument("item")
    check.add_argument("status", choices=["pass", "fail", "na", "pending"])
    check.add_argument("--target", default="")
    check.add_argument("--note", default="")
    check.add_argument("--element", default="", help="GlobalId of the element concerned")
    recheck = _action(actions, "recheck", run_recheck, "record a revisit recheck")
    recheck.add_argument("name")
    recheck.add_argument("recheck_id", type=int)
    recheck.add_argument("result", choices=["pass", "fail"])
    recheck.add_argument("--on", default="", help="date done (default today)")
    recheck.add_argument("--note", default="")
    show = _action(actions, "show", run_show, "one handover with its checklist")
    show.add_argument("name")
    _action(actions, "list", run_list, "all handovers")
    reminders = _action(actions, "reminders", run_reminders, "warranty and revisit reminders")
    reminders.add_argument("--today", default="")
    reminders.add_argument("--days", type=int, default=60)
    archive = _action(actions, "archive", run_archive, "the archive of handed-over documents")
    archive.add_argument("archive_action", choices=["add", "list"])
    archive.add_argument("file", nargs="?", type=Path)
    archive.add_argument("--type", dest="doc_type", default="certificate")
    archive.add_argument("--date", default="")
    archive.add_argument("--title", default="")
    archive.add_argument("--asset", default="")
    archive.add_argument("--space", default="")
    archive.add_argument("--element", default="")


def _action(actions, name: str, func, help_text: str) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    parser.add_argument("--db", default=None, help="records database URL")
    parser.add_argument("--user", default=None, help="who is acting (users and roles)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=func)
    return parser


def _app(args: argparse.Namespace):
    from fmdesk.bootstrap import bootstrap

    return bootstrap(args.db, actor=getattr(args, "user", None))


def _print_handover(view, as_json: bool) -> None:
    data = view.to_dict()
    lines = [
        f"{data['name']}: {tr('delivered')} {data['delivered_on']}, "
        + tr(
            "revisit period {start} – {end}",
            start=data["revisit_period"][0],
            end=data["revisit_period"][1],
        )
    ]
    for step in data["steps"]:
        lines.append(
            f"  {step['step']}. {step['name']}: ✓{step['pass']} ✗{step['fail']} "
            f"…{step['pending']} –{step['na']}"
        )
    print_result(data, as_json, "\n".join(lines))


def run_start(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import start_handover

    app = _app(args)
    try:
        view = start_handover(
            app,
            args.name,
            parse_day(args.delivered),
            systems=args.system,
            spaces=args.space,
            model_file=args.model,
            builder=args.builder,
        )
    finally:
        app.close()
    _print_handover(view, args.json)
    return 0


def run_check(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import check_handover_item

    app = _app(args)
    try:
        check, number = check_handover_item(
            app,
            args.name,
            args.item,
            args.status,
            target=args.target,
            note=args.note,
            element_global_id=args.element,
        )
    finally:
        app.close()
    data = {"item_code": check.item_code, "status": check.status, "issue_number": number}
    text = f"{check.item_code} {check.item}: {check.status}"
    if number:
        text += "  " + tr("review issue {number}", number=number)
    print_result(data, args.json, text)
    return 0


def run_recheck(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import recheck_risk_point

    app = _app(args)
    try:
        recheck, number = recheck_risk_point(
            app,
            args.name,
            args.recheck_id,
            args.result,
            parse_day(args.on) if args.on else date.today(),
            args.note,
        )
    finally:
        app.close()
    data = {"id": recheck.id, "result": recheck.result, "issue_number": number}
    print_result(data, args.json, f"{recheck.item_code} {recheck.item}: {recheck.result} {number}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import show_handover

    app = _app(args)
    try:
        view = show_handover(app, args.name)
    finally:
        app.close()
    _print_handover(view, args.json)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import list_handovers

    app = _app(args)
    try:
        views = list_handovers(app)
    finally:
        app.close()
    data = [v.to_dict() for v in views]
    print_result(data, args.json, "\n".join(f"{v['name']} {v['delivered_on']}" for v in data))
    return 0


def run_reminders(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import handover_reminders

    app = _app(args)
    try:
        reminders = handover_reminders(
            app, parse_day(args.today) if args.today else None, args.days
        )
    finally:
        app.close()
    data = [r.to_dict() for r in reminders]
    print_result(data, args.json, "\n".join(f"{r['due_on']} {r['message']}" for r in data))
    return 0


def run_archive(args: argparse.Namespace) -> int:
    from fmdesk.app.handover import archive_handover_document, handover_archive

    app = _app(args)
    try:
        if args.archive_action == "add":
            if args.file is None:
                raise UserError(_t("Name the file to archive."))
            archive_handover_document(
                app,
                args.file,
                args.doc_type,
                parse_day(args.date) if args.date else None,
                title=args.title,
                asset=args.asset or None,
                space=args.space or None,
                element_global_id=args.element,
            )
        entries = handover_archive(
            app, asset=args.asset, space=args.space, element_global_id=args.element
        )
    finally:
        app.close()
    data = [e.to_dict() for e in entries]
    text = "\n".join(f"{e['type_label']} {e['doc_date'] or '-'} {e['title']}" for e in data)
    print_result(data, args.json, text)
    return 0
