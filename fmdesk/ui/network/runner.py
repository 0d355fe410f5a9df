"""Where the network feature gets its application object and its operation runner.

The main window provides ``window.app`` and ``window.ops`` (the application core's work); a
window without them (an older shell, a bare test window) gets its own here, created once and
kept on the window, so the feature always runs use cases the same way.
"""

from __future__ import annotations

from typing import Any

__all__ = ["feature_app", "feature_runner"]


def feature_app(window: Any) -> Any:
    """``window.app``, else an :class:`fmdesk.app.App` for the window's database settings."""
    app = getattr(window, "app", None)
    if app is not None:
        return app
    from fmdesk.bootstrap import bootstrap

    settings = getattr(window, "settings", None)
    url = settings.effective_database_url() if settings is not None else None
    app = bootstrap(database_url=url, open_database=False)
    window.app = app
    return app


def feature_runner(window: Any) -> Any:
    """``window.ops``, else an :class:`~fmdesk.ui.ops.OperationRunner` on the window's status
    bar with a change bus (``window.bus``)."""
    ops = getattr(window, "ops", None)
    if ops is not None:
        return ops
    from fmdesk.ui.changes import ChangeBus
    from fmdesk.ui.ops import OperationRunner

    bus = getattr(window, "bus", None)
    if bus is None:
        bus = window.bus = ChangeBus(window)
    window.ops = OperationRunner(window.statusBar(), bus, window)
    return window.ops
