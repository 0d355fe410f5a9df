"""The last line of defence for text columns: nothing too long or with control characters is
flushed, whichever code path wrote it.

The app layer checks titles, names and codes with a message naming the field
(:mod:`fmdesk.app.validation`); this session hook catches every other path (a feature that
forgot, a script): a value longer than its ``String(n)`` column (SQLite would store it, PostgreSQL
would fail with a raw driver error) or holding NUL, BEL, ESC, DEL or C1 controls is refused with
one sentence before anything is written. Newlines and tabs are left to the app layer, which
knows which fields are multi-line.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from fmdesk.i18n import _t
from fmdesk.records.errors import InvalidInputError

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def install_text_guard(session_class: type[Session] | Any = Session) -> None:
    """Attach the check once to ``session_class`` (idempotent)."""
    # A flag on the factory, not ``event.contains``: SQLAlchemy's event registry is keyed by
    # id(), so a new sessionmaker at the address of a collected one could be taken for it
    # and left without the hook (seen once in a full test run).
    if getattr(session_class, "_fmdesk_text_guard", False):
        return
    event.listen(session_class, "before_flush", _check_flush)
    session_class._fmdesk_text_guard = True


def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        _check_object(obj)


def _check_object(obj: Any) -> None:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        value = state.dict.get(attr.key)
        if not isinstance(value, str) or not value:
            continue
        bad = _CONTROL.search(value)
        if bad is not None:
            raise InvalidInputError(
                _t(
                    "The {field} of the {table} record contains a control character "
                    "(U+{code:04X}); type plain text.",
                    field=attr.key,
                    table=column.table.name,
                    code=ord(bad.group()),
                )
            )
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length and len(value) > length:
            raise InvalidInputError(
                _t(
                    "The {field} of the {table} record is {length} characters long; at most "
                    "{limit} fit.",
                    field=attr.key,
                    table=column.table.name,
                    length=len(value),
                    limit=length,
                )
            )


def fit_text(mapped: Any, key: str, value: Any) -> Any:
    """``value`` made to fit column ``key`` of ``mapped`` (a model class), for text that comes
    from a file rather than a person (IFC names): control characters become spaces and the
    text is cut at the column's length, so one odd element never fails a whole import."""
    if not isinstance(value, str):
        return value
    column = mapped.__table__.columns.get(key)
    if column is None:
        return value
    value = _CONTROL.sub(" ", value)
    length = getattr(column.type, "length", None)
    if isinstance(column.type, String) and length:
        value = value.replace("\n", " ").replace("\t", " ")[:length]
    return value
