"""THE guard against formula injection: text written into any workbook or CSV file stays text.

A name such as ``=HYPERLINK(...)`` or ``@SUM(...)`` typed into the asset register, a model or a
work-order title would run as a formula when someone opens the export in a spreadsheet
(CSV/formula injection). Every string that starts with ``= + - @``, a tab or a carriage return
gets a leading apostrophe, as OWASP advises, in every workbook (:func:`safe_text`) and every CSV
file (:func:`safe_csv_writer`) fmdesk writes; the importers remove exactly that apostrophe
again (:func:`unescape_text`). Control characters that XML cannot hold (a bell pasted from
another program) are dropped instead of failing the whole export.

It sits with the basics (no imports) so the domain packages that write CSV can use it too.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["safe_csv_writer", "safe_row", "safe_text", "unescape_text"]

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
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
    return "'" + value if value.startswith(DANGEROUS) else value


def unescape_text(value: Any) -> Any:
    """Undo :func:`safe_text` on a value read back from a workbook or CSV file.

    >>> unescape_text("'=1+1"), unescape_text("'quoted")
    ('=1+1', "'quoted")
    """
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """A CSV or worksheet row with every string guarded."""
    return [safe_text(v) for v in values]


class _SafeWriter:
    """A ``csv.writer`` whose rows are guarded (numbers stay numbers)."""

    def __init__(self, stream: Any, **options: Any) -> None:
        self._writer = csv.writer(stream, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_csv_writer(stream: Any, **options: Any) -> _SafeWriter:
    """``csv.writer(stream)`` for files fmdesk writes: use it for every CSV export."""
    return _SafeWriter(stream, **options)
