from __future__ import annotations

from collections import Counter
from datetime import date

from icalendar import Calendar

from fmdesk.exports.plan_ics import export_ics


def test_one_calendar_per_team_with_one_all_day_event_per_occurrence(plan_2027, tmp_path) -> None:
    paths = export_ics(plan_2027, tmp_path)
    per_team = Counter(o.team for o in plan_2027.occurrences)
    assert len(paths) == len(per_team)
    lift_file = tmp_path / "2027_电梯维保单位.ics"
    assert lift_file in paths
    calendar = Calendar.from_ical(lift_file.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == per_team["电梯维保单位"]
    uids = {str(e["UID"]) for e in events}
    assert len(uids) == len(events)
    starts = [e.decoded("DTSTART") for e in events]
    assert all(type(d) is date for d in starts)
    assert date(2027, 10, 1) not in starts
    first = events[0]
    assert "电梯" in str(first["SUMMARY"]) and "TSG" in str(first["DESCRIPTION"])


def test_only_the_requested_teams_are_written(plan_2027, tmp_path) -> None:
    paths = export_ics(plan_2027, tmp_path, teams=["水工班"])
    assert [p.name for p in paths] == ["2027_水工班.ics"]
