"""Shared pieces of the records commands (db, assets, wo, inspect, docs): ``--db`` and opening."""

from __future__ import annotations

import argparse

from fmdesk.bootstrap import App, bootstrap


def add_db_arguments(parser: argparse.ArgumentParser) -> None:
    """``--db URL`` (default: settings / FMDESK_DATABASE_URL / the embedded SQLite file),
    ``--user NAME`` (recorded in the history) and ``--json``."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL (default: the embedded SQLite database, or FMDESK_DATABASE_URL)",
    )
    parser.add_argument("--user", default=None, help="who is acting (recorded in the history)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def open_app(args: argparse.Namespace) -> App:
    """Open (and upgrade) the database named by ``--db``; one sentence if it cannot be opened."""
    return bootstrap(args.db, actor=args.user)
