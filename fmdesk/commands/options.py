"""Options and set-up shared by the record commands (db, assets, wo, inspect, docs, …).

``--db URL`` / ``--user NAME`` / ``--json`` and the :class:`~fmdesk.app.App` they describe. This
is CLI glue, so it lives with the commands, not in the records package.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from fmdesk.bootstrap import App, bootstrap

__all__ = ["add_db_arguments", "add_json_argument", "app_for", "open_app"]


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


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
    add_json_argument(parser)


def open_app(args: argparse.Namespace, *, open_database: bool = True, upgrade: bool = True) -> App:
    """The application for ``--db``/``--user``; with ``open_database`` the database is opened
    (and upgraded) now, so a wrong URL is one sentence before any work starts."""
    app = bootstrap(
        getattr(args, "db", None),
        actor=getattr(args, "user", None),
        open_database=open_database,
        upgrade=upgrade,
    )
    if open_database and sys.stdin is not None and sys.stdin.isatty():
        _ask_password(app)
    return app


def _ask_password(app: App) -> None:
    """At a terminal, ask for the acting user's password when it has one (FMDESK_PASSWORD
    answers it for scripts)."""
    from fmdesk.app.users import password_needed
    from fmdesk.i18n import tr

    if password_needed(app):
        app.password = getpass.getpass(tr("Password of {name}: ", name=app.actor))


@contextmanager
def app_for(
    args: argparse.Namespace, *, open_database: bool = True, upgrade: bool = True
) -> Iterator[App]:
    """``with app_for(args) as app:`` — the App of one command run, closed afterwards."""
    app = open_app(args, open_database=open_database, upgrade=upgrade)
    try:
        yield app
    finally:
        app.close()
