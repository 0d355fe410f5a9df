"""``fmdesk bcf import FILE | export --version 2.1|3.0 --out FILE``: exchange review issues as
BCF with the design team's tools (BIMcollab, Solibri, Revit plug-ins, Bonsai…).

``import --json``: ``path``, ``version`` (of the file), ``project`` (``id``, ``name``),
``topic_count``, ``created``, ``updated``, ``numbers`` (the issues), ``comment_count``,
``viewpoint_count``, ``snapshot_count``, ``warnings`` (parts that could not be read).
``export --json``: ``path``, ``version``, ``topic_count``, ``numbers``, ``warnings`` (what the
chosen BCF version cannot hold). Filters: ``--status``, ``--type``, ``--priority`` (repeatable),
``--assignee``, ``--label``, ``--number`` (repeatable), ``--open``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.app.review_bcf import export_bcf, import_bcf
from fmdesk.commands.options import add_db_arguments, open_app
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr
from fmdesk.review.vocab import PRIORITIES, STATUSES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bcf",
        help="import / export review issues as BCF 2.1 or 3.0",
        description="BCF (BIM Collaboration Format) exchange of review issues.",
    )
    actions = parser.add_subparsers(dest="bcf_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a .bcfzip / .bcf file as review issues")
    imp.add_argument("file", type=Path)
    add_db_arguments(imp)
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="export review issues as BCF")
    exp.add_argument("--version", choices=("2.1", "3.0"), default="2.1")
    exp.add_argument("--out", type=Path, required=True, help="e.g. issues.bcfzip or issues.bcf")
    exp.add_argument("--status", action="append", choices=list(STATUSES), default=[])
    exp.add_argument("--type", dest="issue_type", action="append", default=[], metavar="TYPE")
    exp.add_argument("--priority", action="append", choices=list(PRIORITIES), default=[])
    exp.add_argument("--assignee", default="")
    exp.add_argument("--label", default="")
    exp.add_argument("--number", action="append", default=[], help="only these issues")
    exp.add_argument("--open", action="store_true", help="only open and in-progress issues")
    add_db_arguments(exp)
    exp.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        result = import_bcf(app, args.file)
    finally:
        app.close()
    text = tr(
        "Imported {topics} topic(s) from {path} (BCF {version}): {created} new, {updated} "
        "updated, {comments} comment(s), {viewpoints} viewpoint(s).",
        topics=result.topic_count,
        path=args.file.name,
        version=result.version,
        created=result.created,
        updated=result.updated,
        comments=result.comment_count,
        viewpoints=result.viewpoint_count,
    )
    lines = [text, *(f"  ! {w}" for w in result.warnings)]
    print_result(result.to_dict(), args.json, "\n".join(lines))
    return 0


def run_export(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        result = export_bcf(
            app,
            args.out,
            version=args.version,
            numbers=args.number,
            status=args.status,
            issue_type=args.issue_type,
            priority=args.priority,
            assignee=args.assignee,
            label=args.label,
            open_only=args.open,
        )
    finally:
        app.close()
    text = tr(
        "Exported {topics} review issue(s) to {path} (BCF {version}).",
        topics=result.topic_count,
        path=str(args.out),
        version=result.version,
    )
    lines = [text, *(f"  ! {w}" for w in result.warnings)]
    print_result(result.to_dict(), args.json, "\n".join(lines))
    return 0
