"""RFC 5545 recurrence rules (python-dateutil ``rrule``), cached because plans repeat them a lot.

No date arithmetic by hand: every "next date" comes from ``dateutil.rrule``. A rule counted from
the 29th–31st of a month would, by RFC 5545, skip the months that lack that day; such starts get
``BYMONTHDAY=28,…,d;BYSETPOS=-1`` so the visit falls on the month's last day instead.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

from fmdesk.errors import UserError
from fmdesk.i18n import _t


class RecurrenceError(UserError):
    """A recurrence rule in the task library is not valid RFC 5545."""


def parse_rule(rule: str, start: date) -> rrule:
    """The dateutil rule for ``rule`` counted from ``start``.

    >>> [d.date().isoformat() for d in parse_rule("FREQ=MONTHLY", date(2027, 1, 31))[:3]]
    ['2027-01-31', '2027-02-28', '2027-03-31']
    """
    text = rule.strip().removeprefix("RRULE:")
    parts = dict(p.split("=", 1) for p in text.upper().split(";") if "=" in p)
    if (
        start.day > 28
        and parts.get("FREQ") in ("MONTHLY", "YEARLY")
        and not {"BYMONTHDAY", "BYDAY", "BYSETPOS", "BYYEARDAY", "BYWEEKNO"} & parts.keys()
    ):
        days = ",".join(str(d) for d in range(28, start.day + 1))
        text += f";BYMONTHDAY={days};BYSETPOS=-1"
        if parts["FREQ"] == "YEARLY" and "BYMONTH" not in parts:
            text += f";BYMONTH={start.month}"
    try:
        return rrulestr(text, dtstart=datetime(start.year, start.month, start.day))
    except (ValueError, TypeError) as error:
        raise RecurrenceError(
            _t(
                "The recurrence rule {rule!r} is not valid ({error}); write it like "
                "FREQ=MONTHLY;INTERVAL=3.",
                rule=rule,
                error=error,
            )
        ) from None


def check_rule(rule: str) -> None:
    """Raise ``RecurrenceError`` unless ``rule`` is a valid, unbounded-enough RFC 5545 rule."""
    if not occurrences_between(rule, date(2027, 1, 1), date(2027, 1, 1), date(2030, 12, 31)):
        raise RecurrenceError(
            _t(
                "The recurrence rule {rule!r} gives no date within four years; check COUNT/UNTIL.",
                rule=rule,
            )
        )


@lru_cache(maxsize=4096)
def occurrences_between(rule: str, start: date, first: date, last: date) -> tuple[date, ...]:
    """Dates of ``rule`` counted from ``start`` that fall in ``[first, last]``."""
    parsed = parse_rule(rule, start)
    lo = datetime(first.year, first.month, first.day)
    hi = datetime(last.year, last.month, last.day)
    return tuple(d.date() for d in parsed.between(lo, hi, inc=True))


@lru_cache(maxsize=65536)
def next_after(rule: str, day: date) -> date:
    """The next date of ``rule`` after a visit on ``day`` (floating tasks count from the visit).

    >>> next_after("FREQ=DAILY;INTERVAL=15", date(2027, 1, 4))
    datetime.date(2027, 1, 19)
    """
    parsed = parse_rule(rule, day)
    following = parsed.after(datetime(day.year, day.month, day.day), inc=False)
    if following is None:
        raise RecurrenceError(
            _t(
                "The recurrence rule {rule!r} gives no date after {day}; check COUNT/UNTIL.",
                rule=rule,
                day=day,
            )
        )
    return following.date()


@lru_cache(maxsize=1024)
def interval_days(rule: str) -> int:
    """The rule's typical interval in days (for windows and phases).

    >>> interval_days("FREQ=MONTHLY;INTERVAL=3"), interval_days("FREQ=WEEKLY")
    (91, 7)
    """
    dates = occurrences_between(rule, date(2027, 1, 1), date(2027, 1, 1), date(2031, 12, 31))
    if len(dates) < 2:
        return 365
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    return max(1, round(sum(gaps) / len(gaps)))


_FREQ_WORDS = {
    ("DAILY", 1): "每天",
    ("WEEKLY", 1): "每周",
    ("WEEKLY", 2): "每两周",
    ("MONTHLY", 1): "每月",
    ("MONTHLY", 2): "每两月",
    ("MONTHLY", 3): "每季度",
    ("MONTHLY", 6): "每半年",
    ("YEARLY", 1): "每年",
}
_UNITS = {"DAILY": "天", "WEEKLY": "周", "MONTHLY": "个月", "YEARLY": "年"}


@lru_cache(maxsize=1024)
def describe_rule(rule: str) -> str:
    """A planner's word for the rule.

    >>> describe_rule("FREQ=DAILY;INTERVAL=15"), describe_rule("FREQ=MONTHLY;INTERVAL=3")
    ('每15天', '每季度')
    """
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    try:
        interval = int(parts.get("INTERVAL", "1"))
    except ValueError:
        return rule
    word = _FREQ_WORDS.get((freq, interval))
    if word:
        return word
    return f"每{interval}{_UNITS.get(freq, '')}" if freq in _UNITS else rule
