"""The annual preventive-maintenance plan: every occurrence of every task on every asset.

Each occurrence has a nominal date from its RRULE and a window (± ``window_pct`` of the interval;
only earlier for legal maximum intervals). It is placed on the working day of the Chinese calendar
nearest its nominal date where the team or contractor still has hours that day and week, so that
no day is stacked; when no such day exists the least-loaded working day of the window is taken and
the occurrence is flagged. Done records and planner edits are plain data and are kept when the
plan is regenerated: a done occurrence stays on its completion date, an edited one on its new
date, and floating tasks count their next visit from there.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from fmdesk.maintenance.lifecycle import LifeLibrary, LifeOverride
from fmdesk.maintenance.model import (
    CancelCheck,
    DoneRecord,
    Failure,
    Occurrence,
    Plan,
    PlanAsset,
    PlanEdit,
    Progress,
    TaskDefinition,
    Team,
    report_progress,
)
from fmdesk.maintenance.recurrence import interval_days, next_after, occurrences_between
from fmdesk.maintenance.replacement import plan_replacements
from fmdesk.maintenance.tasks import TaskMatcher, load_tasks, load_teams
from fmdesk.maintenance.workdays import WorkCalendar

__all__ = ["generate_plan", "plan_replacements"]

FLAG_OVER_CAPACITY = "超出产能"
FLAG_OUTSIDE_WINDOW = "超出窗口"
FLAG_OVERDUE = "上年逾期"
DEFAULT_TEAM_HOURS = 40.0


@dataclass
class _Board:
    """The year's working days and the hours already planned per team per day and week."""

    jan1: date
    working: bytes
    week_offset: int
    caps: dict[str, tuple[float, float]]  # team → (hours per day, hours per week)
    day_hours: dict[str, list[float]]
    week_hours: dict[str, list[float]]

    @classmethod
    def create(cls, year: int, working: bytes, teams: dict[str, Team]) -> _Board:
        jan1 = date(year, 1, 1)
        weeks = (len(working) + jan1.weekday()) // 7 + 2
        return cls(
            jan1,
            working,
            jan1.weekday(),
            {n: (t.hours_per_week / 5.0, t.hours_per_week) for n, t in teams.items()},
            {n: [0.0] * len(working) for n in teams},
            {n: [0.0] * weeks for n in teams},
        )

    def index(self, day: date) -> int:
        return (day - self.jan1).days

    def book(self, team: str, idx: int, hours: float) -> None:
        if 0 <= idx < len(self.working) and team in self.day_hours:
            self.day_hours[team][idx] += hours
            self.week_hours[team][(idx + self.week_offset) // 7] += hours

    def place(self, team: str, hours: float, nominal: int, lo: int, hi: int, early: bool):
        """The working day nearest ``nominal`` in [lo, hi] with room that day and week.

        Otherwise the least-loaded working day of the window (flag: over capacity); with no
        working day in the window, the nearest one outside it, earlier first for legal maximum
        intervals (flag: outside the window). A day always takes at least one task.
        """
        ndays, working = len(self.working), self.working
        day_cap, week_cap = self.caps[team]
        day_hours, week_hours = self.day_hours[team], self.week_hours[team]
        lo, hi = max(lo, 0), min(hi, ndays - 1)
        best, best_load = -1, 0.0
        for distance in range(max(nominal - lo, hi - nominal) + 1):
            for idx in (nominal - distance, nominal + distance) if distance else (nominal,):
                if idx < lo or idx > hi or not working[idx]:
                    continue
                used, week = day_hours[idx], week_hours[(idx + self.week_offset) // 7]
                if (used == 0.0 or used + hours <= day_cap) and (
                    week == 0.0 or week + hours <= week_cap
                ):
                    return idx, ""
                if best < 0 or used < best_load:
                    best, best_load = idx, used
        if best >= 0:
            return best, FLAG_OVER_CAPACITY
        order = (
            itertools.chain(range(lo - 1, -1, -1), range(hi + 1, ndays))
            if early
            else (i for d in range(1, ndays) for i in (lo - d, hi + d))
        )
        for idx in order:
            if 0 <= idx < ndays and working[idx]:
                return idx, FLAG_OUTSIDE_WINDOW
        return min(max(nominal, 0), ndays - 1), FLAG_OUTSIDE_WINDOW


@dataclass
class _Kept:
    """What must survive regeneration: completions and planner edits, and the hours they take."""

    by_id: dict[str, DoneRecord]
    by_pair: dict[tuple[str, str], list[DoneRecord]]
    edits: dict[str, PlanEdit]
    booked: set[str]

    @classmethod
    def create(cls, done: Iterable[DoneRecord], edits: Iterable[PlanEdit]) -> _Kept:
        kept = cls({}, {}, {e.occurrence_id: e for e in edits}, set())
        for record in done:
            if record.occurrence_id:
                kept.by_id[record.occurrence_id] = record
            kept.by_pair.setdefault((record.asset_code, record.task_code), []).append(record)
        return kept

    def book_pinned(self, board: _Board, tasks: dict[str, TaskDefinition], year: int) -> None:
        """Put fixed dates on the board first, so levelling works around them."""
        pinned = {i: (r.task_code, r.done_on, None) for i, r in self.by_id.items()}
        for occ_id, edit in self.edits.items():
            if edit.planned_on is not None and occ_id not in pinned:
                pinned[occ_id] = (_task_of(occ_id), edit.planned_on, edit.team)
        for occ_id, (task_code, day, team) in pinned.items():
            task = tasks.get(task_code)
            if task is not None and day.year == year:
                board.book(team or task.team, board.index(day), task.hours)
                self.booked.add(occ_id)


def _task_of(occurrence_id: str) -> str:
    """``SB-01/PUMP-INSP/2027-003`` → ``PUMP-INSP`` (asset codes may themselves hold a slash)."""
    parts = occurrence_id.rsplit("/", 2)
    return parts[1] if len(parts) == 3 else ""


def generate_plan(
    assets: Iterable[PlanAsset],
    year: int,
    *,
    tasks: list[TaskDefinition] | None = None,
    teams: dict[str, Team] | None = None,
    calendar: WorkCalendar | None = None,
    done: Iterable[DoneRecord] = (),
    edits: Iterable[PlanEdit] = (),
    failures: Iterable[Failure] = (),
    overrides: dict[str, LifeOverride] | None = None,
    group_factors: dict[str, dict[str, float]] | None = None,
    library: LifeLibrary | None = None,
    handover_date: date | None = None,
    forecast_years: int = 10,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Plan:
    """Plan ``year`` for ``assets``: routine occurrences, replacements and a replacement forecast.

    >>> lift = PlanAsset("DT-01", "电梯1#", "IfcTransportElement", "ELEVATOR")
    >>> plan = generate_plan([lift], 2027)
    >>> sum(o.task_code == "LIFT-HM" for o in plan.occurrences) >= 24
    True
    """
    asset_list = list(assets)
    tasks = tasks if tasks is not None else load_tasks()
    teams = dict(teams if teams is not None else load_teams())
    calendar = calendar or WorkCalendar()
    warnings = _add_missing_teams(tasks, teams)
    board = _Board.create(year, calendar.year(year).working, teams)
    kept = _Kept.create(done, edits)
    kept.book_pinned(board, {t.code: t for t in tasks}, year)
    matcher = TaskMatcher(tasks)
    batch_counter: dict[str, int] = {}
    occurrences: list[Occurrence] = []
    total = len(asset_list)
    step = max(1, total // 100)
    for number, asset in enumerate(asset_list):
        if number % step == 0:
            report_progress(progress, cancel, number, total)
        if not asset.in_service:
            continue
        for task in matcher.tasks_for(asset):
            k = batch_counter[task.code] = batch_counter.get(task.code, -1) + 1
            occurrences.extend(_plan_series(asset, task, k, year, board, kept))
    report_progress(progress, cancel, total, total)

    asset_map = {a.code: a for a in asset_list}
    replacements, forecast = plan_replacements(
        asset_list,
        year,
        failures=list(failures),
        overrides=overrides or {},
        group_factors=group_factors or {},
        library=library,
        handover_date=handover_date,
        forecast_years=forecast_years,
    )
    occurrences.sort(key=lambda o: (o.planned_on, o.team, o.asset_code, o.task_code))
    unmatched = sorted({code for code, _t in kept.by_pair} - set(asset_map))
    if unmatched:
        warnings.append(f"完成记录中的设备不在台账中，已忽略: {', '.join(unmatched[:10])}")
    return Plan(
        year=year,
        assets=asset_map,
        tasks={t.code: t for t in tasks},
        teams=teams,
        occurrences=occurrences,
        replacements=replacements,
        forecast=forecast,
        calendar_basis=calendar.basis(year),
        warnings=warnings,
    )


def _add_missing_teams(tasks: list[TaskDefinition], teams: dict[str, Team]) -> list[str]:
    warnings = []
    for task in tasks:
        if task.team not in teams:
            teams[task.team] = Team(task.team, DEFAULT_TEAM_HOURS, task.contractor, "未配置产能")
            warnings.append(
                f"班组/单位 {task.team} 未配置每周工时，按 {DEFAULT_TEAM_HOURS:g} 小时计。"
            )
    return warnings


def _plan_series(
    asset: PlanAsset, task: TaskDefinition, k: int, year: int, board: _Board, kept: _Kept
) -> list[Occurrence]:
    """Every visit of one task on one asset in ``year``, placed on the board."""
    interval = interval_days(task.rrule)
    width = max(1, round(interval * task.window_pct / 100.0))
    history = sorted(kept.by_pair.get((asset.code, task.code), ()), key=lambda r: r.done_on)
    previous = [r.done_on for r in history if r.done_on < board.jan1]
    loose = [r for r in history if not r.occurrence_id and r.done_on.year == year]
    start, overdue = _series_start(task, asset.code, k, interval, board.jan1, previous)
    dec31 = date(year, 12, 31)
    if task.mode == "floating":
        nominals, nominal = None, start
    else:
        nominals = (
            occurrences_between(task.rrule, start, board.jan1, dec31) if start <= dec31 else ()
        )
        nominal = nominals[0] if nominals else None
    series: list[Occurrence] = []
    while nominal is not None and nominal.year == year:
        seq = len(series) + 1
        occ_id = f"{asset.code}/{task.code}/{year}-{seq:03d}"
        record = kept.by_id.get(occ_id)
        if record is None and loose:
            record = _take_nearest(loose, nominal, interval)
        edit = kept.edits.get(occ_id)
        team = edit.team if edit is not None and edit.team else task.team
        flags: tuple[str, ...] = (FLAG_OVERDUE,) if overdue and seq == 1 else ()
        if record is not None:
            idx, status = board.index(record.done_on), "done"
        elif edit is not None and edit.planned_on is not None:
            idx, status = board.index(edit.planned_on), "edited"
        else:
            status = "edited" if team != task.team else "planned"
            n_idx = board.index(nominal)
            lo = n_idx - width
            hi = n_idx + (0 if task.strict else width)
            if (overdue and seq == 1) or (task.strict and seq == 1 and not previous):
                hi = n_idx + (interval if overdue else width)
            idx, flag = board.place(team, task.hours, n_idx, lo, hi, task.strict)
            flags = (*flags, flag) if flag else flags
        if occ_id not in kept.booked:
            board.book(team, idx, task.hours)
        planned = board.jan1 + timedelta(days=idx)
        series.append(
            Occurrence(
                occ_id, asset.code, task.code, nominal, planned, team, task.hours, status, flags
            )
        )
        if nominals is None:
            nominal = next_after(task.rrule, planned)
        else:
            nominal = nominals[seq] if seq < len(nominals) else None
    return series


def _take_nearest(records: list[DoneRecord], nominal: date, interval: int) -> DoneRecord | None:
    """The completion without an occurrence id that belongs to this visit (within half an
    interval of its nominal date), removed from ``records`` so it closes only one visit."""
    best = min(records, key=lambda r: abs((r.done_on - nominal).days))
    if abs((best.done_on - nominal).days) * 2 > interval:
        return None
    records.remove(best)
    return best


def _series_start(
    task: TaskDefinition, code: str, k: int, interval: int, jan1: date, previous: list[date]
) -> tuple[date, bool]:
    """Where the task's series starts this year: after last year's visit, else a spread phase.

    Without history, assets of one task are spread over the interval (by ``batches`` when set,
    else by a stable hash of the code) so that a hundred detectors are not all due on 1 January.
    """
    if previous:
        following = next_after(task.rrule, previous[-1])
        if task.mode == "floating" and following < jan1:
            return jan1, True
        # fixed: the old series keeps its rhythm; its dates in this year follow from it
        return following, False
    span = max(1, min((next_after(task.rrule, jan1) - jan1).days, 365))
    if task.batches > 1:
        size = max(1, span // task.batches)
        phase = (k % task.batches) * size + zlib.crc32(code.encode()) % size
    else:
        phase = zlib.crc32(f"{code}/{task.code}".encode()) % span
    start = jan1 + timedelta(days=phase)
    if start.day > 28 and interval >= 28:
        start = start.replace(day=28)
    return start, False
