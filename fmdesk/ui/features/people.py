"""People on duty (issue 14): 工具 › 值班表 / 人员与证书, and who is on duty in the status bar.

The work is in :class:`fmdesk.ui.people.controller.PeopleFeature` (``window.people_feature``);
this module only plugs it into the shell.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the roster and staff entries to the Tools menu and the on-duty label."""
    from fmdesk.ui.people.controller import PeopleFeature

    window.people_feature = PeopleFeature(window)
