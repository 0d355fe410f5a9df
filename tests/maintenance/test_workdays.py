from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from fmdesk.maintenance.workdays import (
    CalendarDataError,
    WorkCalendar,
    WorkdayAdjustment,
    parse_adjustments,
    rule_holidays,
    statutory_holidays,
)


@pytest.mark.parametrize("year", [2025, 2026])
def test_rules_reproduce_the_published_weekday_holidays(year: int) -> None:
    """The law's rules plus the usual breaks give exactly the weekdays off the notices gave."""
    published = {d for d in chinese_calendar.holidays if d.year == year and d.weekday() < 5}
    derived = {d for d in rule_holidays(year) if d.weekday() < 5}
    assert published == derived


def test_statutory_days_of_2027_follow_the_2024_law() -> None:
    days = statutory_holidays(2027)
    by_name: dict[str, list[str]] = {}
    for day, name in days.items():
        by_name.setdefault(name, []).append(day.isoformat())
    assert sorted(by_name["春节"]) == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]
    assert by_name["元旦"] == ["2027-01-01"]
    assert by_name["清明节"] == ["2027-04-05"]
    assert sorted(by_name["劳动节"]) == ["2027-05-01", "2027-05-02"]
    assert by_name["端午节"] == ["2027-06-09"]
    assert by_name["中秋节"] == ["2027-09-15"]
    assert sorted(by_name["国庆节"]) == ["2027-10-01", "2027-10-02", "2027-10-03"]
    assert len(days) == 13


def test_whole_golden_week_and_spring_festival_week_of_2027_are_not_working() -> None:
    calendar = WorkCalendar()
    for first, last in (
        (date(2027, 10, 1), date(2027, 10, 7)),
        (date(2027, 2, 5), date(2027, 2, 12)),
    ):
        day = first
        while day <= last:
            assert not calendar.is_workday(day), day
            day += timedelta(days=1)
    assert calendar.is_workday(date(2027, 10, 8))
    assert calendar.holiday_name(date(2027, 10, 1)) == "国庆节"


def test_each_year_states_its_calendar_source() -> None:
    calendar = WorkCalendar()
    assert "chinese-calendar" in calendar.basis(2026)
    assert "推算" in calendar.basis(2027) and "2024年修订" in calendar.basis(2027)
    # a published adjusted working Saturday of 2026 comes from the library
    assert calendar.is_workday(date(2026, 2, 14))


def test_imported_adjustments_add_working_weekends_and_replace_rule_holidays() -> None:
    adjustments = parse_adjustments(
        "date,kind,name\n2027-02-20,workday,春节调休\n2027-10-01,holiday,国庆节\n"
    )
    calendar = WorkCalendar(adjustments)
    assert calendar.is_workday(date(2027, 2, 20))  # a Saturday worked
    assert not calendar.is_workday(date(2027, 10, 1))
    assert calendar.is_workday(date(2027, 10, 4))  # the file is now the year's holiday list
    assert "导入" in calendar.basis(2027)
    only_workdays = WorkCalendar([WorkdayAdjustment(date(2027, 9, 25), "workday")])
    assert only_workdays.is_workday(date(2027, 9, 25))
    assert not only_workdays.is_workday(date(2027, 10, 1))
    assert "已导入 1 天调休上班" in only_workdays.basis(2027)


def test_a_bad_adjustments_row_is_one_sentence_naming_the_row() -> None:
    with pytest.raises(CalendarDataError, match="row 3"):
        parse_adjustments("date,kind,name\n2027-02-20,workday,x\n2027-13-01,holiday,y\n")
    with pytest.raises(CalendarDataError, match="holiday or workday"):
        parse_adjustments("date,kind\n2027-02-20,off\n")
