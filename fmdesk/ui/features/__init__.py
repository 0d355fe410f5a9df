"""Features that plug into the main window without the window knowing them.

Each module here (network tracing, records, planning…) exposes ``install(window) -> None``,
called once by :class:`fmdesk.ui.main_window.MainWindow` (at the end of its construction, or
after its first paint with ``defer_start``), before the saved dock layout is restored. A feature
adds its docks (``window.add_dock(name, widget, title)``: a stable ``objectName`` so the layout
is remembered), menu entries and context actions (:mod:`fmdesk.ui.context_actions`); its slots
run use cases of :mod:`fmdesk.app` with ``window.app`` through ``window.ops``, and it refreshes
on ``window.bus``, ``window.model_changed`` and ``window.selection.changed``. It types the window
as :class:`fmdesk.ui.shell.Shell` (never importing the main window). Modules are installed in
name order; importing one must stay cheap (heavy libraries inside functions).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any


def install_features(window: Any) -> list[str]:
    """Install every feature module into ``window``; returns their names (for tests)."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__))
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        module.install(window)
    return names
