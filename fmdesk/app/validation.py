"""Text that users type, checked once at the app layer before any record is written.

A title, a name or a code is one line of printable text that fits its column: NUL, BEL, ESC
sequences and DEL are refused (they corrupt terminals, CSV files and other programs reading the
database), and so is text longer than the column. Multi-line fields (descriptions, notes) may
also hold newlines and tabs. :func:`printable` is the other half: what the CLI prints is never a
raw escape sequence, whatever an older version let into the database.

Example: ``title = check_text(title, _t("title"), 300)``.
"""

from __future__ import annotations

import re
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import Msg, _t

__all__ = ["InvalidTextError", "check_columns", "check_limit", "check_text", "printable"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class InvalidTextError(UserError):
    """A text field holds control characters or is longer than its column."""


def check_text(
    value: str | None, what: Msg | str, max_length: int, *, multiline: bool = False
) -> str:
    """``value`` when it is clean and fits ``max_length`` characters; else InvalidTextError."""
    if value is None:
        return ""
    pattern = _CONTROL_MULTILINE if multiline else _CONTROL
    bad = pattern.search(value)
    if bad is not None:
        raise InvalidTextError(
            _t(
                "The {what} contains a control character (U+{code:04X}); type plain text.",
                what=what,
                code=ord(bad.group()),
            )
        )
    if len(value) > max_length:
        raise InvalidTextError(
            _t(
                "The {what} is {length} characters long; at most {limit} fit.",
                what=what,
                length=len(value),
                limit=max_length,
            )
        )
    return value


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters other than newline and tab shown as
    ``\\x1b`` style escapes, so nothing stored can move the cursor or ring the bell."""
    return _CONTROL_MULTILINE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def check_columns(table: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Check every text value against its column of ``table`` (a mapped class or Table):
    a ``String(n)`` is one line of at most n characters, a ``Text`` may span lines."""
    from sqlalchemy import String, Text

    columns = table.__table__.columns if hasattr(table, "__table__") else table.columns
    for key, value in values.items():
        column = columns.get(key)
        if column is None or not isinstance(value, str):
            continue
        kind = column.type
        if isinstance(kind, Text):
            check_text(value, key, 1_000_000, multiline=True)
        elif isinstance(kind, String) and kind.length:
            check_text(value, key, kind.length)
    return values


def check_limit(limit: int | None) -> int | None:
    """A row limit is a whole number ≥ 0 (None means no limit)."""
    if limit is not None and limit < 0:
        raise InvalidTextError(_t("The limit must be 0 or more, not {limit}.", limit=limit))
    return limit
