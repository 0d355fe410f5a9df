"""Users and the audit trail (issue 18): login dialog, current user, Tools → audit verify.

See :mod:`fmdesk.ui.login`; this module only plugs it into the main window.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the login, the user label and the audit action to ``window``."""
    from fmdesk.ui.login.controller import SecurityController

    window.security_feature = SecurityController(window)
