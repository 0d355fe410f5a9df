"""History notes that read in the reader's language.

A note written by fmdesk itself ("reported via phone", "model import X.ifc") is a message id with
its arguments, stored in the existing ``history.note`` text column as a small JSON object
(``{"msg": "Reported via {source}.", "args": {...}}``); a note typed by a user is stored as the
text itself. Reading turns either back into text in the current language, so rows written before
notes were messages (plain English) still display, unchanged. No new column is needed.
"""

from __future__ import annotations

import json

from fmdesk.i18n import Msg

__all__ = ["read_note", "store_note"]


def store_note(note: Msg | str) -> str:
    """The column value of ``note``: JSON for a message, the text itself for free text."""
    if isinstance(note, Msg):
        return json.dumps(note.to_data(), ensure_ascii=False)
    return str(note or "")


def read_note(value: str | None, language: str | None = None) -> str:
    """The note as text in ``language`` (default: the current one)."""
    text = value or ""
    if text.startswith('{"msg"'):
        try:
            return Msg.from_data(json.loads(text)).render(language)
        except ValueError:
            return text
    return text
