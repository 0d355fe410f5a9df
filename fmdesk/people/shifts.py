"""Shifts and shift patterns as data, and a pattern laid over a month.

The usual ones are seeded on first use (a site may add its own rows): 白班 on working days
(常白班, following the Chinese workday calendar), 四班三倒 (早早中中夜夜休休), 24 小时值班
做一休二, and 做一休一. A person's place in the cycle is ``(day - EPOCH).days + phase``, so a
month follows on from the last without gaps, and a team staggered by phase covers every day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fmdesk.people.tables import Shift, ShiftPattern

EPOCH = date(2020, 1, 6)  # a Monday: cycles count from here
OFF = "休"


@dataclass(frozen=True)
class ShiftSpec:
    code: str
    name: str
    start_minute: int
    minutes: int


DEFAULT_SHIFTS = (
    ShiftSpec("白", "白班", 8 * 60 + 30, 9 * 60),
    ShiftSpec("早", "早班", 8 * 60, 8 * 60),
    ShiftSpec("中", "中班", 16 * 60, 8 * 60),
    ShiftSpec("夜", "夜班", 0, 8 * 60),
    ShiftSpec("值", "24小时值班", 8 * 60, 24 * 60),
    ShiftSpec(OFF, "休息", 0, 0),
    ShiftSpec("假", "休假", 0, 0),
)

# name -> (cycle, follows the workday calendar)
DEFAULT_PATTERNS: dict[str, tuple[tuple[str, ...], bool]] = {
    "常白班": (("白",), True),
    "四班三倒": (("早", "早", "中", "中", "夜", "夜", OFF, OFF), False),
    "24小时值班": (("值", OFF, OFF), False),
    "做一休一": (("值", OFF), False),
}
DEFAULT_PATTERN = "常白班"


def ensure_defaults(session: Session) -> None:
    """Add the usual shifts and patterns to an empty table (never touches edited rows)."""
    if session.scalar(select(Shift.code).limit(1)) is None:
        for position, spec in enumerate(DEFAULT_SHIFTS):
            session.add(
                Shift(
                    code=spec.code,
                    name=spec.name,
                    start_minute=spec.start_minute,
                    minutes=spec.minutes,
                    position=position,
                )
            )
    if session.scalar(select(ShiftPattern.id).limit(1)) is None:
        for name, (cycle, workdays_only) in DEFAULT_PATTERNS.items():
            session.add(ShiftPattern(name=name, cycle=list(cycle), workdays_only=workdays_only))
    session.flush()


def save_pattern(session: Session, name: str, cycle: Sequence[str], workdays_only: bool) -> str:
    """Add or replace the pattern ``name``; returns the first unknown shift code, or ""."""
    known = {s.code for s in session.scalars(select(Shift))}
    unknown = next((code for code in cycle if code not in known), "")
    if unknown:
        return unknown
    row = session.scalar(select(ShiftPattern).where(ShiftPattern.name == name))
    if row is None:
        session.add(ShiftPattern(name=name, cycle=list(cycle), workdays_only=workdays_only))
    else:
        row.cycle, row.workdays_only = list(cycle), workdays_only
    session.flush()
    return ""


def shift_rows(session: Session) -> list[Shift]:
    """The site's shifts in legend order; the usual ones (not saved) while none are stored, so
    a read never writes."""
    rows = list(session.scalars(select(Shift).order_by(Shift.position, Shift.code)))
    if rows:
        return rows
    return [
        Shift(code=s.code, name=s.name, start_minute=s.start_minute, minutes=s.minutes, position=i)
        for i, s in enumerate(DEFAULT_SHIFTS)
    ]


def month_days(month: str) -> list[date]:
    """Every day of ``YYYY-MM`` (the caller has checked the text)."""
    year, number = (int(part) for part in month.split("-"))
    day = date(year, number, 1)
    days = []
    while day.month == number:
        days.append(day)
        day += timedelta(days=1)
    return days


def expand(
    cycle: Sequence[str],
    days: Sequence[date],
    phase: int,
    workdays_only: bool,
    is_workday: object,
) -> list[str]:
    """The shift code of each day: the cycle from ``phase``; off on non-working days when the
    pattern follows the calendar (``is_workday(day) -> bool``)."""
    codes = []
    for day in days:
        if workdays_only and not is_workday(day):  # type: ignore[operator]
            codes.append(OFF)
            continue
        codes.append(cycle[((day - EPOCH).days + phase) % len(cycle)])
    return codes


def stagger(cycle: Sequence[str], count: int) -> list[int]:
    """Phases for ``count`` people on one pattern, spread over the cycle so duty is covered."""
    length = len(cycle)
    if count <= 0:
        return []
    step = max(1, length // count) if count <= length else 1
    return [(i * step) % length for i in range(count)]
