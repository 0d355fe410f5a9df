"""Features that plug into the main window without the window knowing them.

Each module here (network tracing, records, planning…) exposes ``install(window) -> None``,
called once at the end of :class:`fmdesk.ui.main_window.MainWindow` construction, before the
saved dock layout is restored. A feature adds its docks (``window.add_feature_dock``-style:
``QDockWidget`` with a stable ``objectName`` so the layout is remembered), menu entries and
context actions (:mod:`fmdesk.ui.context_actions`), and listens to ``window.model_changed``
and ``window.selection.changed``. Modules are installed in name order.
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
