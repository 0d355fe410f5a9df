"""The application layer: one use case per user action, shared by the CLI, the GUI and tests.

No Qt here. A use case is a function (or a small class) that takes the :class:`App` (settings,
records, opened models, the current user), plain arguments and a :class:`Progress`, and returns
a plain result (a dataclass with ``to_dict()`` for ``--json``); it raises
:class:`fmdesk.errors.UserError` subclasses carrying a translatable message. Use cases live in one
module per feature (``fmdesk/app/network.py``: ``trace``, ``isolate``, ``check_network`` …) and
declare what they change with :class:`Change` so the GUI refreshes the right panels.

Example (the same call from ``fmdesk isolate``, the network panel and a test)::

    app = bootstrap()
    result = isolate(app, "ifc_samples/sample_residential_ifc4.ifc", at=["2x…"])

Layers (import-linter contracts in ``pyproject.toml``)::

    fmdesk.ui | fmdesk.commands  →  fmdesk.bootstrap  →  fmdesk.app  →  domain packages
"""

from __future__ import annotations

from fmdesk.app.changes import Change
from fmdesk.app.context import App, current_user
from fmdesk.app.opened_model import OpenedModel
from fmdesk.app.progress import NO_PROGRESS, CallbackProgress, Progress, part_of

__all__ = [
    "NO_PROGRESS",
    "App",
    "CallbackProgress",
    "Change",
    "OpenedModel",
    "Progress",
    "current_user",
    "part_of",
]
