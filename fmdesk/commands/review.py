"""``fmdesk review create|list|show|status|comment|to-wo``: review issues (审查问题).

JSON of ``create``/``show``/``status``/``comment``: one issue (``number``, ``guid``, ``title``,
``issue_type``/``type_label``, ``priority``/``priority_label``, ``status``/``status_label``,
``assignee``, ``due_date``, ``labels``, ``element_ids``, ``comments``, ``viewpoints``,
``work_order_number``, ``overdue``, …); ``list``: a list of them; ``to-wo``: ``issue`` and
``work_order``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.app.review import (
    comment_review_issue,
    create_review_issue,
    get_review_issue,
    list_review_issues,
    review_issue_to_work_order,
    set_review_status,
)
from fmdesk.commands.options import add_db_arguments, open_app
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr
from fmdesk.review.dto import ReviewIssueView
from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES, STATUSES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="review issues: create, list, show, status, comment, to work order",
        description="Review issues pinned to model elements (design review, handover).",
    )
    actions = parser.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a review issue on elements")
    create.add_argument("--title", required=True)
    create.add_argument("--element", action="append", default=[], help="GlobalId (repeatable)")
    create.add_argument("--type", dest="issue_type", choices=list(ISSUE_TYPES), default="design")
    create.add_argument("--priority", choices=list(PRIORITIES), default="normal")
    create.add_argument("--assignee", default="")
    create.add_argument("--due", default=None, help="due date, e.g. 2027-03-31")
    create.add_argument("--label", action="append", default=[])
    create.add_argument("--description", default="")
    create.add_argument("--comment", default="")
    create.add_argument("--snapshot", type=Path, default=None, help="a PNG of what you saw")
    add_db_arguments(create)
    create.set_defaults(func=run_create)

    lst = actions.add_parser("list", help="list review issues (newest first)")
    lst.add_argument("--status", action="append", choices=list(STATUSES), default=[])
    lst.add_argument("--type", dest="issue_type", action="append", default=[])
    lst.add_argument("--element", default="", help="issues on this GlobalId")
    lst.add_argument("--open", action="store_true")
    lst.add_argument("--text", default="")
    add_db_arguments(lst)
    lst.set_defaults(func=run_list)

    show = actions.add_parser("show", help="one review issue with its comments")
    show.add_argument("number")
    add_db_arguments(show)
    show.set_defaults(func=run_show)

    status = actions.add_parser("status", help="move an issue to another status")
    status.add_argument("number")
    status.add_argument("--to", required=True, choices=list(STATUSES))
    status.add_argument("--note", default="")
    add_db_arguments(status)
    status.set_defaults(func=run_status)

    comment = actions.add_parser("comment", help="comment on an issue")
    comment.add_argument("number")
    comment.add_argument("text")
    add_db_arguments(comment)
    comment.set_defaults(func=run_comment)

    to_wo = actions.add_parser("to-wo", help="raise a rework work order (返修) from an issue")
    to_wo.add_argument("number")
    to_wo.add_argument("--priority", choices=list(PRIORITIES), default=None)
    add_db_arguments(to_wo)
    to_wo.set_defaults(func=run_to_wo)


def _line(issue: ReviewIssueView) -> str:
    late = tr("  OVERDUE") if issue.overdue else ""
    return (
        f"{issue.number}  {issue.status_label:<6} {issue.priority_label:<4} "
        f"{issue.type_label:<8} {issue.title}{late}"
    )


def _details(issue: ReviewIssueView) -> str:
    lines = [_line(issue)]
    if issue.element_ids:
        lines.append(tr("Elements: {ids}", ids=", ".join(issue.element_ids)))
    if issue.assignee:
        lines.append(tr("Assignee: {name}", name=issue.assignee))
    if issue.work_order_number:
        lines.append(tr("Work order: {number}", number=issue.work_order_number))
    for comment in issue.comments:
        lines.append(f"  {comment.created_at:%Y-%m-%d %H:%M} {comment.author}: {comment.text}")
    return "\n".join(lines)


def run_create(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        issue = create_review_issue(
            app,
            title=args.title,
            element_ids=args.element,
            issue_type=args.issue_type,
            priority=args.priority,
            assignee=args.assignee,
            due_date=args.due,
            labels=args.label,
            description=args.description,
            comment=args.comment,
            snapshot=args.snapshot,
        )
    finally:
        app.close()
    print_result(issue.to_dict(), args.json, _details(issue))
    return 0


def run_list(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        issues = list_review_issues(
            app,
            status=args.status,
            issue_type=args.issue_type,
            element_id=args.element,
            open_only=args.open,
            text=args.text,
        )
    finally:
        app.close()
    text = "\n".join(_line(i) for i in issues) or tr("No review issues.")
    print_result([i.to_dict() for i in issues], args.json, text)
    return 0


def run_show(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        issue = get_review_issue(app, args.number)
    finally:
        app.close()
    print_result(issue.to_dict(), args.json, _details(issue))
    return 0


def run_status(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        issue = set_review_status(app, args.number, args.to, args.note)
    finally:
        app.close()
    print_result(issue.to_dict(), args.json, _line(issue))
    return 0


def run_comment(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        issue = comment_review_issue(app, args.number, args.text)
    finally:
        app.close()
    print_result(issue.to_dict(), args.json, _details(issue))
    return 0


def run_to_wo(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        result = review_issue_to_work_order(app, args.number, priority=args.priority)
    finally:
        app.close()
    text = tr(
        "Work order {order} raised from {number}.",
        order=result.work_order.number,
        number=result.issue.number,
    )
    print_result(result.to_dict(), args.json, text)
    return 0
