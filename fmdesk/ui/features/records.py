"""Maintenance records feature (issue 5): asset register, asset card, work orders, inspection.

See :mod:`fmdesk.ui.records`; this module only plugs it into the main window.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the records docks, menu entries, search box and context action to ``window``."""
    from fmdesk.ui.records.controller import RecordsController

    window.records_feature = RecordsController(window)
