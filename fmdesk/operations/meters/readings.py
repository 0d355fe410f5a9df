"""Reading files of cumulative meter readings: CSV or Excel, columns ``meter,time,reading``.

A file from a remote-reading system or a technician's round sheet is never perfect; a bad row
is reported with its line number and the reason, and the good rows are kept, so one typo does
not cost a month of readings. Times are ISO 8601; a time without an offset is local time
(China Standard Time, UTC+8), which is how a reading sheet is written.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import Msg, _t

__all__ = ["BadRow", "ParsedReadings", "Reading", "ReadingsFileError", "parse_readings"]

LOCAL = timezone(timedelta(hours=8))
COLUMNS = ("meter", "time", "reading")
ALIASES = {
    "表号": "meter",
    "设备编码": "meter",
    "时间": "time",
    "抄表时间": "time",
    "读数": "reading",
}
"""Chinese headers a meter-reading export or a hand-made sheet uses, accepted as the columns."""


class ReadingsFileError(UserError):
    """A readings file that cannot be read at all (missing, wrong type, no header)."""


@dataclass(frozen=True)
class Reading:
    meter: str
    at: datetime
    value: float
    line: int


@dataclass(frozen=True)
class BadRow:
    """A row left out, with its line number (1 = the header) and why."""

    line: int
    reason: Msg

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason.render()}


@dataclass(frozen=True)
class ParsedReadings:
    readings: list[Reading]
    bad: list[BadRow]


def parse_readings(path: Path) -> ParsedReadings:
    """Read ``path`` (.csv or .xlsx); every row becomes a reading or a bad row."""
    if not path.is_file():
        raise ReadingsFileError(_t("The file {path} does not exist.", path=str(path)))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    else:
        raise ReadingsFileError(
            _t("Meter readings must be a .csv or .xlsx file, not {name}.", name=path.name)
        )
    return _parse(rows, path.name)


def _csv_rows(path: Path) -> Iterator[list[Any]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            yield from csv.reader(handle)
    except UnicodeDecodeError:
        raise ReadingsFileError(
            _t("{name} is not UTF-8 text; save it as CSV UTF-8 and import again.", name=path.name)
        ) from None


def _xlsx_rows(path: Path) -> Iterator[list[Any]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise ReadingsFileError(
            _t("{name} is not a readable Excel workbook.", name=path.name)
        ) from None
    try:
        for row in book.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _parse(rows: Iterable[list[Any]], name: str) -> ParsedReadings:
    iterator = iter(rows)
    header = next(iterator, None)
    columns = _columns(header, name)
    readings: list[Reading] = []
    bad: list[BadRow] = []
    for line, row in enumerate(iterator, start=2):
        if not any(_text(cell) for cell in row):
            continue
        try:
            readings.append(_reading(row, columns, line))
        except _BadValue as problem:
            bad.append(BadRow(line, problem.reason))
    return ParsedReadings(readings, bad)


def _columns(header: list[Any] | None, name: str) -> dict[str, int]:
    names = [_text(cell).lower() for cell in header or []]
    names = [ALIASES.get(n, n) for n in names]
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise ReadingsFileError(
            _t(
                "{name} needs the columns meter, time and reading (表号, 时间, 读数) in its "
                "first row (missing: {missing}).",
                name=name,
                missing=", ".join(missing),
            )
        )
    return {column: names.index(column) for column in COLUMNS}


class _BadValue(Exception):
    def __init__(self, reason: Msg) -> None:
        self.reason = reason


def _reading(row: list[Any], columns: dict[str, int], line: int) -> Reading:
    cells = {key: (row[i] if i < len(row) else None) for key, i in columns.items()}
    meter = _text(cells["meter"])
    if not meter:
        raise _BadValue(_t("no meter code"))
    return Reading(meter, _time(cells["time"]), _value(cells["reading"]), line)


def _time(cell: Any) -> datetime:
    if isinstance(cell, datetime):
        at = cell
    else:
        text = _text(cell)
        if not text:
            raise _BadValue(_t("no time"))
        try:
            at = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise _BadValue(_t("'{text}' is not an ISO 8601 time", text=text)) from None
    if at.tzinfo is None:
        at = at.replace(tzinfo=LOCAL)
    return at.astimezone(UTC)


def _value(cell: Any) -> float:
    if isinstance(cell, bool):
        raise _BadValue(_t("the reading is not a number"))
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = _text(cell)
        if not text:
            raise _BadValue(_t("no reading"))
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            raise _BadValue(_t("'{text}' is not a number", text=text)) from None
    if not math.isfinite(value) or value < 0:
        raise _BadValue(_t("a cumulative reading cannot be negative or infinite"))
    return value


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()
