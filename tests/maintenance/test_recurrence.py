from __future__ import annotations

from datetime import date

import pytest

from fmdesk.maintenance.recurrence import (
    RecurrenceError,
    describe_rule,
    interval_days,
    next_after,
    occurrences_between,
)


def test_monthly_rule_from_the_31st_falls_on_each_months_last_day() -> None:
    dates = occurrences_between(
        "FREQ=MONTHLY", date(2027, 1, 31), date(2027, 1, 1), date(2027, 5, 1)
    )
    assert [d.isoformat() for d in dates] == [
        "2027-01-31",
        "2027-02-28",
        "2027-03-31",
        "2027-04-30",
    ]


def test_next_visit_counts_from_the_last_one() -> None:
    assert next_after("FREQ=DAILY;INTERVAL=15", date(2027, 2, 4)) == date(2027, 2, 19)
    assert next_after("FREQ=MONTHLY;INTERVAL=6", date(2027, 8, 31)) == date(2028, 2, 29)


def test_intervals_and_words() -> None:
    assert interval_days("FREQ=WEEKLY") == 7
    assert 90 <= interval_days("FREQ=MONTHLY;INTERVAL=3") <= 92
    assert describe_rule("FREQ=MONTHLY;INTERVAL=6") == "每半年"
    assert describe_rule("FREQ=DAILY;INTERVAL=15") == "每15天"


def test_an_invalid_rule_is_a_user_error() -> None:
    with pytest.raises(RecurrenceError):
        next_after("FREQ=SOMETIMES", date(2027, 1, 1))
