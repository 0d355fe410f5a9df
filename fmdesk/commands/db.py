"""``fmdesk db upgrade|info``: bring the records database to the current schema, or describe it.

JSON: ``upgrade`` → ``{url, before, after, backup}``; ``info`` → ``{url, revision, head,
up_to_date}`` (the URL with its password hidden).
"""

from __future__ import annotations

import argparse

from fmdesk.app.database import database_info, upgrade_database
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db", help="records database: upgrade, info", description="Manage the records database."
    )
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser(
        "upgrade", help="upgrade the schema to this version (SQLite is backed up first)"
    )
    add_db_arguments(upgrade)
    upgrade.set_defaults(func=run_upgrade)
    info = actions.add_parser("info", help="show the database URL and schema revision")
    add_db_arguments(info)
    info.set_defaults(func=run_info)


def run_upgrade(args: argparse.Namespace) -> int:
    with app_for(args, open_database=False) as app:
        result = upgrade_database(app)
    if not result.changed:
        text = tr("Database already at revision {revision}.", revision=result.after)
    else:
        text = tr(
            "Database upgraded from {before} to {after}.",
            before=result.before or tr("empty"),
            after=result.after,
        )
        if result.backup:
            text += " " + tr("Backup: {path}", path=result.backup)
    print_result(result.to_dict(), args.json, text)
    return 0


def run_info(args: argparse.Namespace) -> int:
    with app_for(args, open_database=False, upgrade=False) as app:
        info = database_info(app)
    state = (
        tr("up to date")
        if info.up_to_date
        else tr("needs 'fmdesk db upgrade' (head {head})", head=info.head)
    )
    revision = tr(
        "revision {revision}: {state}", revision=info.revision or tr("empty"), state=state
    )
    print_result(info.to_dict(), args.json, f"{info.url}\n{revision}")
    return 0
