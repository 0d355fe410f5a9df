"""Names as COBie wants them: unique per sheet, contacts keyed by e-mail."""

from __future__ import annotations

import re

__all__ = ["UniqueNames", "email_of"]


class UniqueNames:
    """Unique names per sheet: a repeated name gets " (2)", " (3)"…"""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        name = wanted or "-"
        number = 1
        while name in self.used:
            number += 1
            name = f"{wanted} ({number})"
        self.used.add(name)
        return name


def email_of(text: str) -> str:
    """A contact's key: its e-mail, or one made from the name (``…@fmdesk.invalid``)."""
    slug = re.sub(r"[^A-Za-z0-9]+", ".", text).strip(".").lower() or "contact"
    return f"{slug}@fmdesk.invalid" if "@" not in text else text
