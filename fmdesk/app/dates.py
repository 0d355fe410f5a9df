"""Days typed by a user (``2027-06-30``), read once for every command and dialog: one sentence
when the text is not a date."""

from __future__ import annotations

from datetime import date

from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = ["parse_day"]


def parse_day(text: str) -> date:
    """``2027-06-30`` → that day; a :class:`UserError` naming the text otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(_t("{text} is not a date; write it as 2027-06-30.", text=text)) from None
