"""``fmdesk audit verify``: check that nobody edited or deleted history behind fmdesk's back.

Exit 0 when the hash chain is intact and the guard triggers are in place, 1 otherwise (the
first broken row is named). JSON: ``{ok, rows, head, broken_id, reason, missing_guards,
message}``.
"""

from __future__ import annotations

import argparse

from fmdesk.app.audit import verify
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="audit trail: verify the history's hash chain (审计追溯)",
        description="Check the tamper-evident history of the records database.",
    )
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    check = actions.add_parser("verify", help="exit 0 when the history is intact, 1 if not")
    check.add_argument(
        "--expect-head",
        default="",
        metavar="HASH",
        help="a head hash recorded earlier: also fail when the newest rows were removed",
    )
    add_db_arguments(check)
    check.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with app_for(args, upgrade=False) as app:
        result = verify(app, args.expect_head)
    print_result(result.to_dict(), args.json, result.message)
    return 0 if result.ok else 1
