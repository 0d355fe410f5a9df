"""Errors of the records layer, each carrying one sentence a user can act on.

The database layer never lets SQLAlchemy or driver exceptions escape: they are translated here,
so the CLI prints one line (exit 2) and the GUI shows one message box.
"""

from __future__ import annotations

from typing import Any

from fmdesk.errors import UserError


class RecordsError(UserError):
    """Base class of every user-facing records error."""


class DatabaseUnavailableError(RecordsError):
    """The database cannot be opened or reached (wrong URL, server down, bad password)."""


class DatabaseTooNewError(RecordsError):
    """The database's schema revision is newer than (or unknown to) this fmdesk."""


class DatabaseBusyError(RecordsError):
    """The SQLite file stayed locked by another program for longer than the busy timeout."""


class NotFoundError(RecordsError):
    """A code, number or id names no record."""


class DuplicateError(RecordsError):
    """A record with the same unique code already exists."""


class InvalidInputError(RecordsError):
    """A value has the wrong format or is out of range (date, priority, score…)."""


class InvalidTransitionError(RecordsError):
    """A work order or round cannot move to the requested state from its current one."""


class AttachmentError(RecordsError):
    """An attachment is missing, unreadable or larger than allowed."""


class ConflictError(RecordsError):
    """Someone else saved the same record first; ``fresh`` holds the record as it is now.

    Example::

        try:
            advance_work_order(uow_factory, number, "accepted", expected_version=card.version)
        except ConflictError as error:
            show(error.message); refresh(error.fresh)
    """

    def __init__(self, message: str, fresh: Any = None) -> None:
        super().__init__(message)
        self.fresh = fresh
