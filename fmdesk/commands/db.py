"""``fmdesk db upgrade|info|backup|restore``: the records database itself.

JSON: ``upgrade`` → ``{url, before, after, backup}``; ``info`` → ``{url, revision, head,
up_to_date}`` (the URL with its password hidden); ``backup`` → ``{path, size, fmdesk_version,
schema_revision, checksum, tables, documents}``; ``restore`` → ``{url, source, fmdesk_version,
schema_revision, tables, documents}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.app.database import database_info, upgrade_database
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db",
        help="records database: upgrade, info, backup, restore",
        description="Manage the records database.",
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
    backup = actions.add_parser(
        "backup", help="write a consistent backup (records, documents, photos) to one file"
    )
    backup.add_argument("--out", required=True, type=Path, metavar="FILE", help="backup file")
    backup.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_db_arguments(backup)
    backup.set_defaults(func=run_backup)
    restore = actions.add_parser(
        "restore", help="restore a backup into a new, empty database (--db URL)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a file written by db backup")
    add_db_arguments(restore)
    restore.set_defaults(func=run_restore)


def run_upgrade(args: argparse.Namespace) -> int:
    with app_for(args, open_database=False) as app:
        result = upgrade_database(app)
    if not result.changed:
        text = f"Database already at revision {result.after}."
    else:
        text = f"Database upgraded from {result.before or 'empty'} to {result.after}."
        if result.backup:
            text += f" Backup: {result.backup}"
    print_result(result.to_dict(), args.json, text)
    return 0


def run_info(args: argparse.Namespace) -> int:
    with app_for(args, open_database=False, upgrade=False) as app:
        info = database_info(app)
    state = "up to date" if info.up_to_date else f"needs 'fmdesk db upgrade' (head {info.head})"
    print_result(
        info.to_dict(), args.json, f"{info.url}\nrevision {info.revision or 'empty'}: {state}"
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from fmdesk.app.backup import backup_database

    with app_for(args) as app:
        result = backup_database(app, args.out, overwrite=args.force)
    rows = sum(result.tables.values())
    text = tr(
        "Backup written to {path}: {rows} rows in {tables} tables, {documents} documents, "
        "{size:.1f} MB.",
        path=result.path,
        rows=rows,
        tables=len(result.tables),
        documents=result.documents,
        size=result.size / 1e6,
    )
    print_result(result.to_dict(), args.json, text)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from fmdesk.app.backup import restore_database

    with app_for(args, open_database=False, upgrade=False) as app:
        result = restore_database(app, args.file)
    text = tr(
        "Restored {rows} rows in {tables} tables and {documents} documents into {url}.",
        rows=sum(result.tables.values()),
        tables=len(result.tables),
        documents=result.documents,
        url=result.url,
    )
    print_result(result.to_dict(), args.json, text)
    return 0
