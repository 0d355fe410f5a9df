"""Text from users written into spreadsheets as text, never as a formula.

A name such as ``=HYPERLINK(...)`` or ``@SUM(...)`` typed into the asset register would run as
a formula when the planner opens the workbook (CSV/formula injection). Every user string that
starts with ``= + - @`` or a tab/carriage return gets a leading apostrophe, as OWASP advises;
the importer removes exactly that apostrophe again. Control characters that XML cannot hold
(a bell pasted from another program) are dropped instead of failing the whole export.
"""

from __future__ import annotations

import re
from typing import Any

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
"""Control characters XML 1.0 cannot hold (openpyxl refuses them); dropped from user text."""


def safe_text(value: Any) -> Any:
    """``value`` unchanged unless it is a string that a spreadsheet would read as a formula.

    >>> safe_text("=1+1"), safe_text("生活\x07水泵"), safe_text(3)
    ("'=1+1", '生活水泵', 3)
    """
    if not isinstance(value, str):
        return value
    value = _ILLEGAL.sub("", value)
    return "'" + value if value.startswith(_DANGEROUS) else value


def unescape_text(value: Any) -> Any:
    """Undo :func:`safe_text` on a value read back from a workbook.

    >>> unescape_text("'=1+1"), unescape_text("'quoted")
    ('=1+1', "'quoted")
    """
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in "=+-@\t\r":
        return value[1:]
    return value
