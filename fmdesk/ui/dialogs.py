"""Message boxes with one sentence: the GUI edge where domain errors meet the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fmdesk.errors import UserError


def error_sentence(error: BaseException) -> str:
    """A UserError says what to do; anything else is an internal error shown in one line."""
    if isinstance(error, UserError):
        return error.message
    text = QCoreApplication.translate(
        "Dialogs", "Internal error ({name}): {detail}. Please report it to the maintainers."
    )
    return text.format(name=type(error).__name__, detail=str(error).splitlines()[0][:200] or "-")


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """Show one sentence in a warning box; the app stays usable afterwards."""
    message = error if isinstance(error, str) else error_sentence(error)
    QMessageBox.warning(parent, title, message)
