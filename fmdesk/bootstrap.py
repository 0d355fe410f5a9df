"""Composition root: settings → database URL → :class:`fmdesk.app.App`. No Qt here.

The CLI and the GUI call :func:`bootstrap` once; tests call it with a database URL of their own.

Example::

    app = bootstrap()                      # embedded SQLite in the user data folder
    app = bootstrap("postgresql+psycopg://fm:pw@server/fmdesk")
    board = work_order_board(app.uow(), page=0)
"""

from __future__ import annotations

from fmdesk.app import App, current_user
from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.settings import Settings, load_settings

__all__ = ["App", "bootstrap", "current_user"]


def bootstrap(
    database_url: str | None = None,
    settings: Settings | None = None,
    upgrade: bool = True,
    actor: str | None = None,
    open_database: bool = True,
) -> App:
    """The application for the database named by the argument, else by the settings.

    With ``open_database`` the database is opened (and upgraded to head) now, so a wrong URL
    fails here with one sentence (DatabaseUnavailableError); otherwise on first use.
    """
    if database_url is not None and not database_url.strip():
        raise UserError(
            _t(
                "The database URL is empty; give sqlite:///PATH or "
                "postgresql+psycopg://USER@HOST/DB, or leave out --db."
            )
        )
    settings = settings or load_settings()
    url = database_url or settings.effective_database_url()
    app = App(settings, url, actor or current_user(), upgrade=upgrade)
    if open_database:
        _ = app.records
    return app
