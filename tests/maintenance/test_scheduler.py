from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, timedelta

import pytest

from fmdesk.errors import CancelledError
from fmdesk.maintenance.model import DoneRecord, PlanAsset, PlanEdit
from fmdesk.maintenance.scheduler import (
    FLAG_OUTSIDE_WINDOW,
    FLAG_OVER_CAPACITY,
    generate_plan,
)
from fmdesk.maintenance.tasks import load_tasks
from fmdesk.maintenance.workdays import WorkCalendar

LIFT_TASKS = {"LIFT-HM", "LIFT-Q", "LIFT-H", "LIFT-A"}


def test_every_lift_gets_a_visit_at_least_every_15_days(plan_2027) -> None:
    lifts = [a for a in plan_2027.assets.values() if a.predefined_type == "ELEVATOR"]
    assert len(lifts) == 2
    for lift in lifts:
        visits = sorted(
            {
                o.planned_on
                for o in plan_2027.occurrences
                if o.asset_code == lift.code and o.task_code in LIFT_TASKS
            }
        )
        assert len(visits) >= 24
        half_monthly = sorted(
            o.planned_on
            for o in plan_2027.occurrences
            if o.asset_code == lift.code and o.task_code == "LIFT-HM"
        )
        gaps = [(b - a).days for a, b in itertools.pairwise(half_monthly)]
        assert max(gaps) <= 15
        assert half_monthly[0] <= date(2027, 1, 16)


def test_no_routine_task_falls_on_a_non_working_day(plan_2027) -> None:
    calendar = WorkCalendar()
    assert plan_2027.occurrences
    assert not [o for o in plan_2027.occurrences if o.planned_on == date(2027, 10, 1)]
    assert all(calendar.is_workday(o.planned_on) for o in plan_2027.occurrences)
    assert all(o.planned_on.year == 2027 for o in plan_2027.occurrences)
    assert "推算" in plan_2027.calendar_basis


def test_load_is_levelled_within_capacity_unless_flagged(plan_2027) -> None:
    per_day: dict[tuple[str, date], float] = defaultdict(float)
    counts: dict[tuple[str, date], int] = defaultdict(int)
    for occ in plan_2027.occurrences:
        if not occ.flags:
            per_day[(occ.team, occ.planned_on)] += occ.hours
            counts[(occ.team, occ.planned_on)] += 1
    for (team, _day), hours in per_day.items():
        cap = plan_2027.teams[team].hours_per_week / 5
        assert hours <= cap + 1e-9 or counts[(team, _day)] == 1
    flagged = [o for o in plan_2027.occurrences if o.flags]
    assert all(
        set(o.flags) <= {FLAG_OVER_CAPACITY, FLAG_OUTSIDE_WINDOW, "上年逾期"} for o in flagged
    )
    assert len(flagged) < len(plan_2027.occurrences) * 0.05


def test_occurrences_stay_inside_their_window_unless_flagged(plan_2027) -> None:
    tasks = plan_2027.tasks
    from fmdesk.maintenance.recurrence import interval_days

    for occ in plan_2027.occurrences:
        task = tasks[occ.task_code]
        width = max(1, round(interval_days(task.rrule) * task.window_pct / 100))
        shift = (occ.planned_on - occ.nominal).days
        if not occ.flags and task.mode == "fixed":
            assert -width <= shift <= (0 if task.strict else width), occ
        if task.strict and not occ.flags and not occ.id.endswith("-001"):
            assert shift <= 0, occ


def test_capacity_levelling_spreads_a_crowd_of_identical_tasks() -> None:
    boards = [
        PlanAsset(f"AL-{n}", f"配电箱{n}", "IfcElectricDistributionBoard") for n in range(200)
    ]
    plan = generate_plan(boards, 2027)
    per_day: dict[date, float] = defaultdict(float)
    for occ in plan.occurrences:
        per_day[occ.planned_on] += occ.hours
    cap = plan.teams["电工班"].hours_per_week / 5
    assert len(plan.occurrences) == 400
    assert max(per_day.values()) <= cap or all(
        o.flags for o in plan.occurrences if per_day[o.planned_on] > cap
    )


def test_done_and_edited_occurrences_survive_regeneration(assets, plan_2027) -> None:
    lift_visit = next(
        o for o in plan_2027.occurrences if o.task_code == "LIFT-HM" and o.id.endswith("-005")
    )
    monthly = next(
        o for o in plan_2027.occurrences if o.task_code == "FPUMP-MAN" and o.id.endswith("-003")
    )
    late = lift_visit.planned_on + timedelta(days=2)
    while not WorkCalendar().is_workday(late):
        late += timedelta(days=1)
    done = [
        DoneRecord(lift_visit.asset_code, "LIFT-HM", late, lift_visit.id),
        DoneRecord(
            monthly.asset_code, "FPUMP-MAN", monthly.planned_on + timedelta(days=6), monthly.id
        ),
    ]
    edit_target = next(o for o in plan_2027.occurrences if o.task_code == "PUMP-OVH")
    edits = [PlanEdit(edit_target.id, date(2027, 11, 3), "电工班")]
    again = generate_plan(assets, 2027, done=done, edits=edits)
    index = again.occurrence_index()
    assert index[lift_visit.id].status == "done" and index[lift_visit.id].planned_on == late
    assert index[edit_target.id].planned_on == date(2027, 11, 3)
    assert index[edit_target.id].team == "电工班" and index[edit_target.id].status == "edited"
    # floating (lift): the next visit counts from the late completion
    following = index[lift_visit.id[:-3] + "006"]
    assert 0 < (following.planned_on - late).days <= 15
    # fixed (fire pump manual start): the next month keeps its own nominal date
    old_next = plan_2027.occurrence_index()[monthly.id[:-3] + "004"]
    assert index[monthly.id[:-3] + "004"].nominal == old_next.nominal


def test_last_years_visit_anchors_this_years_floating_series() -> None:
    lift = PlanAsset("DT-09", "电梯", "IfcTransportElement", "ELEVATOR")
    plan = generate_plan([lift], 2027, done=[DoneRecord("DT-09", "LIFT-HM", date(2026, 12, 28))])
    first = min(o.planned_on for o in plan.occurrences if o.task_code == "LIFT-HM")
    assert (first - date(2026, 12, 28)).days <= 15


def test_progress_is_reported_and_cancel_stops_the_work(assets) -> None:
    seen: list[tuple[int, int]] = []
    generate_plan(assets, 2027, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(assets), len(assets)) and len(seen) > 2
    with pytest.raises(CancelledError):
        generate_plan(assets, 2027, cancel=lambda: True)


def test_sample_model_gives_each_equipment_its_tasks(plan_2027) -> None:
    codes = defaultdict(set)
    for occ in plan_2027.occurrences:
        codes[occ.asset_code].add(occ.task_code)
    assert {"FPUMP-MAN", "FPUMP-AUTO", "FPUMP-FLOW"} <= codes["XF-01"]
    assert "TANK-CLEAN" in codes["SX-01"] and "FTANK-LEVEL" in codes["XSX-01"]
    assert "TX-TEST" in codes["BYQ-01"]
    assert sum(o.task_code == "TANK-CLEAN" for o in plan_2027.occurrences) == 2
    assert {t.code for t in load_tasks()} >= {c for s in codes.values() for c in s}


def test_a_completion_without_an_id_closes_the_nearest_visit_only() -> None:
    pump = PlanAsset("SB-09", "生活水泵", "IfcPump", system_type="DOMESTICCOLDWATER")
    first = generate_plan([pump], 2027)
    visit = next(
        o for o in first.occurrences if o.task_code == "PUMP-INSP" and o.id.endswith("-004")
    )
    done = DoneRecord("SB-09", "PUMP-INSP", visit.nominal + timedelta(days=3))
    again = generate_plan([pump], 2027, done=[done])
    closed = [o for o in again.occurrences if o.status == "done"]
    assert [o.id for o in closed] == [visit.id] and closed[0].planned_on == done.done_on


def test_a_published_year_uses_the_library_calendar() -> None:
    lift = PlanAsset("DT-08", "电梯", "IfcTransportElement", "ELEVATOR")
    plan = generate_plan([lift], 2026)
    assert "chinese-calendar" in plan.calendar_basis
    assert all(o.id.split("/")[-1].startswith("2026-") for o in plan.occurrences)
    assert not [
        o for o in plan.occurrences if date(2026, 10, 1) <= o.planned_on <= date(2026, 10, 7)
    ]
