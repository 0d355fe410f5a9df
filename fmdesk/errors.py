"""Domain errors that carry one user-facing sentence.

Every error a user can cause (a bad file, a wrong date, a duplicate code) is raised as a
``UserError`` subclass whose message says what is wrong and what to do. The message is a
:class:`fmdesk.i18n.Msg`, rendered in the reader's language where it is shown: the CLI prints the
sentence and exits 2, the GUI shows it in a message box. Library exceptions (ifcopenshell,
SQLAlchemy, openpyxl) are never shown raw.
"""

from __future__ import annotations

from fmdesk.i18n import Msg, as_msg


class UserError(Exception):
    """Bad input from the user: shown as one sentence, CLI exit code 2.

    ``UserError(_t("No work order is numbered {number}.", number=n))``; a plain string is
    accepted too (it is shown as written, untranslated).
    """

    exit_code = 2
    category = "bad_input"
    """A stable machine-readable word for ``--json`` callers (subclasses refine it)."""

    def __init__(self, message: Msg | str) -> None:
        self.msg = as_msg(message)
        super().__init__(self.msg.text)

    @property
    def message(self) -> str:
        """The sentence in the current language."""
        return self.msg.render()

    def __str__(self) -> str:
        return self.message


class ModelOpenError(UserError):
    """An IFC model cannot be opened (missing, not IFC, unsupported, corrupt, empty)."""


class CancelledError(Exception):
    """Long work stopped because the user pressed Cancel."""
