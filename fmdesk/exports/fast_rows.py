"""A faster row path for openpyxl write-only sheets with 100,000+ rows.

openpyxl's write-only mode streams rows but still builds, types and serialises one ``Cell`` per
value through several Python context managers (~7 µs a cell here); a 100,000-row plan then takes
longer than a planner should wait. This module keeps openpyxl's workbook, sheet set-up, styles and
streaming writer, and replaces only the per-row step for plain values: each row becomes one lxml
``<row>`` element serialised in C. It relies on two internals of openpyxl 3.1's write-only sheet
(``_values_to_row`` and ``_writer.write_row``); :func:`enable_fast_rows` checks they exist and
returns ``False`` otherwise, and the caller then appends normally. Strings are always written as
inline strings, so they can never be formulas; illegal XML characters are removed and text is cut
at Excel's 32,767-character limit exactly as openpyxl does.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_MAX_TEXT = 32767
_LETTERS = [get_column_letter(i) for i in range(1, 300)]
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class Styled(NamedTuple):
    """A value with the style of a template cell (fill, alignment, number format)."""

    value: Any
    style_id: int


def enable_fast_rows(sheet: WriteOnlyWorksheet, date_style: int) -> bool:
    """Switch ``sheet`` (after its styled header row) to the fast path; False if unsupported.

    Rows appended afterwards must hold only None, str, int, float, date/datetime (written with
    ``date_style``) or :class:`Styled` values.
    """
    writer = getattr(sheet, "_writer", None)
    if writer is None or not hasattr(writer, "write_row") or not hasattr(sheet, "_values_to_row"):
        return False
    try:
        from lxml.etree import Element, SubElement
    except ImportError:  # openpyxl without lxml uses another XML writer
        return False
    date_attr = str(date_style)
    clean: dict[str, tuple[str, bool]] = {}  # plans repeat names, teams and tasks a lot

    def text_of(value: str) -> tuple[str, bool]:
        found = clean.get(value)
        if found is None:
            text = ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_TEXT]
            found = (text, text != text.strip())
            if len(clean) < 200_000:
                clean[value] = found
        return found

    def write_row(xf: Any, row: Any, row_idx: int) -> None:
        number = str(row_idx)
        element = Element("row", r=number)
        for column, value in enumerate(row):
            if value is None:
                continue
            style = None
            if isinstance(value, Styled):
                value, style = value.value, str(value.style_id)
            ref = _LETTERS[column] + number
            if isinstance(value, str):
                text, preserve = text_of(value)
                cell = SubElement(element, "c", r=ref, t="inlineStr")
                holder = SubElement(SubElement(cell, "is"), "t")
                if preserve:
                    holder.set(_XML_SPACE, "preserve")
                holder.text = text
            elif isinstance(value, date):
                serial = to_excel(value)
                cell = SubElement(element, "c", r=ref, t="n", s=style or date_attr)
                SubElement(cell, "v").text = (
                    repr(serial) if isinstance(value, datetime) else str(int(serial))
                )
                continue
            elif isinstance(value, bool):
                cell = SubElement(element, "c", r=ref, t="b")
                SubElement(cell, "v").text = "1" if value else "0"
            elif isinstance(value, int | float):
                cell = SubElement(element, "c", r=ref, t="n")
                SubElement(cell, "v").text = repr(value)
            else:
                raise TypeError(f"fast rows cannot write {type(value).__name__}")
            if style is not None:
                cell.set("s", style)
        xf.write(element)

    writer.write_row = write_row
    sheet._values_to_row = lambda row, _row_idx: row
    return True
