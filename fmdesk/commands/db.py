"""``fmdesk db upgrade|info``: bring the records database to the current schema, or describe it."""

from __future__ import annotations

import argparse

from fmdesk.commands.options import add_db_arguments
from fmdesk.commands.output import print_result
from fmdesk.records.database import open_records
from fmdesk.records.migrate import current_revision, head_revision
from fmdesk.settings import load_settings


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


def _url(args: argparse.Namespace) -> str:
    return args.db or load_settings().effective_database_url()


def run_upgrade(args: argparse.Namespace) -> int:
    """JSON keys: url, before, after, backup."""
    records = open_records(_url(args))
    try:
        result = records.upgrade
        assert result is not None
        data = {
            "url": records.engine.url.render_as_string(hide_password=True),
            "before": result.before,
            "after": result.after,
            "backup": str(result.backup) if result.backup else None,
        }
    finally:
        records.dispose()
    if data["before"] == data["after"]:
        text = f"Database already at revision {data['after']}."
    else:
        text = f"Database upgraded from {data['before'] or 'empty'} to {data['after']}."
        if data["backup"]:
            text += f" Backup: {data['backup']}"
    print_result(data, args.json, text)
    return 0


def run_info(args: argparse.Namespace) -> int:
    """JSON keys: url, revision, head, up_to_date."""
    records = open_records(_url(args), upgrade=False)
    try:
        revision = current_revision(records.engine)
        url = records.engine.url.render_as_string(hide_password=True)
    finally:
        records.dispose()
    head = head_revision()
    data = {"url": url, "revision": revision, "head": head, "up_to_date": revision == head}
    state = "up to date" if revision == head else f"needs 'fmdesk db upgrade' (head {head})"
    print_result(data, args.json, f"{url}\nrevision {revision or 'empty'}: {state}")
    return 0
