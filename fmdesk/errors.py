"""Domain errors that carry one user-facing sentence.

Every error a user can cause (a bad file, a wrong date, a duplicate code) is raised as a
``UserError`` subclass whose message says what is wrong and what to do. The edges translate
them: the CLI prints the sentence and exits 2, the GUI shows it in a message box. Library
exceptions (ifcopenshell, SQLAlchemy, openpyxl) are never shown raw.
"""


class UserError(Exception):
    """Bad input from the user: shown as one sentence, CLI exit code 2."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ModelOpenError(UserError):
    """An IFC model cannot be opened (missing, not IFC, unsupported, corrupt, empty)."""


class CancelledError(Exception):
    """Long work stopped because the user pressed Cancel."""
