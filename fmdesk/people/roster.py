"""The monthly roster (值班表): generated from each person's pattern and the workday calendar,
edited cell by cell, read back as a grid, and asked "who is on duty at this moment?".

Generating again keeps hand-edited cells (``edited``) unless told to replace them. A person
with no pattern of their own follows the one given (default 常白班); people on the same pattern
in the same team are staggered through its cycle the first time, so someone is always on duty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fmdesk.people.shifts import OFF, ensure_defaults, expand, shift_rows, stagger
from fmdesk.people.tables import RosterDay, Shift, ShiftPattern, StaffDuty
from fmdesk.records.models import Team, Technician
from fmdesk.records.uow import UnitOfWork


@dataclass(frozen=True)
class ShiftInfo:
    code: str
    name: str
    start: str  # "08:00"
    end: str
    hours: float

    @classmethod
    def of(cls, shift: Shift) -> ShiftInfo:
        end = (shift.start_minute + shift.minutes) % (24 * 60)
        return cls(
            shift.code,
            shift.name,
            _clock(shift.start_minute) if shift.minutes else "",
            _clock(end) if shift.minutes else "",
            shift.minutes / 60,
        )


@dataclass(frozen=True)
class RosterRow:
    person: str
    team: str
    phone: str
    codes: list[str]


@dataclass(frozen=True)
class RosterGrid:
    month: str
    days: list[str]
    holidays: dict[str, str]  # day -> 元旦 / 周末 for non-working days
    shifts: list[ShiftInfo]
    rows: list[RosterRow]


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def generate(
    uow: UnitOfWork,
    days: Sequence[date],
    is_workday: Callable[[date], bool],
    pattern_name: str | None,
    replace: bool = False,
) -> int:
    """Fill ``days`` for every active person; returns the number of cells written.
    ``pattern_name`` is given to people without a pattern (and to everyone if ``replace``)."""
    written = 0
    with uow:
        uow.begin_write()
        session = uow.session
        ensure_defaults(session)
        duties = _duties(session, pattern_name, replace)
        patterns = {p.id: p for p in session.scalars(select(ShiftPattern))}
        first, last = days[0], days[-1]
        kept = _edited_cells(session, first, last) if not replace else set()
        session.execute(
            delete(RosterDay).where(RosterDay.day >= first, RosterDay.day <= last)
            if replace
            else delete(RosterDay).where(
                RosterDay.day >= first, RosterDay.day <= last, RosterDay.edited.is_(False)
            )
        )
        for duty in duties:
            pattern = patterns[duty.pattern_id]
            codes = expand(pattern.cycle, days, duty.phase, pattern.workdays_only, is_workday)
            for day, code in zip(days, codes, strict=True):
                if (duty.technician_id, day) in kept:
                    continue
                session.add(RosterDay(technician_id=duty.technician_id, day=day, shift_code=code))
                written += 1
        uow.commit()
    return written


def _edited_cells(session: Session, first: date, last: date) -> set[tuple[int, date]]:
    rows = session.execute(
        select(RosterDay.technician_id, RosterDay.day).where(
            RosterDay.day >= first, RosterDay.day <= last, RosterDay.edited.is_(True)
        )
    )
    return {(tech, day) for tech, day in rows}


def _duties(session: Session, pattern_name: str | None, replace: bool) -> list[StaffDuty]:
    """Each active person's duty row, creating (staggered by team) the missing ones."""
    given = None
    if pattern_name:
        given = session.scalar(select(ShiftPattern).where(ShiftPattern.name == pattern_name))
        if given is None:
            raise LookupError(pattern_name)
    fallback = given or session.scalar(select(ShiftPattern).order_by(ShiftPattern.id).limit(1))
    people = session.execute(
        select(Technician.id, Technician.team_id)
        .where(Technician.active.is_(True))
        .order_by(Technician.team_id, Technician.name)
    ).all()
    existing = {d.technician_id: d for d in session.scalars(select(StaffDuty))}
    fresh: dict[tuple[int | None, int], list[int]] = {}
    for tech_id, team_id in people:
        duty = existing.get(tech_id)
        if duty is None or (replace and given is not None):
            pattern_id = given.id if given is not None else fallback.id
            fresh.setdefault((team_id, pattern_id), []).append(tech_id)
    for (_team, pattern_id), members in fresh.items():
        cycle = session.get(ShiftPattern, pattern_id).cycle
        for tech_id, phase in zip(members, stagger(cycle, len(members)), strict=True):
            duty = existing.get(tech_id)
            if duty is None:
                duty = StaffDuty(technician_id=tech_id, pattern_id=pattern_id, phase=phase)
                session.add(duty)
                existing[tech_id] = duty
            else:
                duty.pattern_id, duty.phase = pattern_id, phase
    session.flush()
    return [existing[tech_id] for tech_id, _ in people]


def load_grid(
    uow: UnitOfWork, month: str, days: Sequence[date], holiday_name: Callable[[date], str]
) -> RosterGrid:
    """The saved month: one row per person with a shift that month or active now."""
    with uow:
        session = uow.session
        shifts = shift_rows(session)
        cells = session.execute(
            select(RosterDay.technician_id, RosterDay.day, RosterDay.shift_code).where(
                RosterDay.day >= days[0], RosterDay.day <= days[-1]
            )
        ).all()
        by_person: dict[int, dict[date, str]] = {}
        for tech_id, day, code in cells:
            by_person.setdefault(tech_id, {})[day] = code
        people = session.execute(
            select(Technician, Team.name).outerjoin(Team, Technician.team_id == Team.id)
        ).all()
        rows = [
            RosterRow(
                tech.name,
                team or "",
                tech.phone,
                [by_person.get(tech.id, {}).get(day, "") for day in days],
            )
            for tech, team in sorted(people, key=lambda p: (p[1] is None, p[1] or "", p[0].name))
            if tech.id in by_person or tech.active
        ]
        if not cells:
            rows = []
        holidays = {d.isoformat(): holiday_name(d) for d in days if holiday_name(d)}
        return RosterGrid(
            month, [d.isoformat() for d in days], holidays, [ShiftInfo.of(s) for s in shifts], rows
        )


def set_cell(uow: UnitOfWork, person: str, day: date, code: str) -> None:
    """Put ``code`` (a known shift code) in one cell, marked as a hand edit."""
    with uow:
        uow.begin_write()
        session = uow.session
        ensure_defaults(session)
        if session.get(Shift, code) is None:
            raise KeyError(code)
        tech = session.scalar(select(Technician).where(Technician.name == person))
        if tech is None:
            raise LookupError(person)
        cell = session.scalar(
            select(RosterDay).where(RosterDay.technician_id == tech.id, RosterDay.day == day)
        )
        if cell is None:
            session.add(RosterDay(technician_id=tech.id, day=day, shift_code=code, edited=True))
        else:
            cell.shift_code, cell.edited = code, True
        uow.commit()


@dataclass(frozen=True)
class Duty:
    person: str
    team: str
    phone: str
    skills: list[str]
    shift: ShiftInfo
    starts: datetime
    ends: datetime


def on_duty(uow: UnitOfWork, when: datetime) -> list[Duty]:
    """Everyone whose shift covers the local time ``when`` (naive), earliest-ending first.
    Yesterday's cells are read too: a 夜班 or a 24-hour duty runs past midnight."""
    today = when.date()
    with uow:
        session = uow.session
        shifts = {s.code: s for s in shift_rows(session)}
        rows = session.execute(
            select(RosterDay.day, RosterDay.shift_code, Technician, Team.name)
            .join(Technician, RosterDay.technician_id == Technician.id)
            .outerjoin(Team, Technician.team_id == Team.id)
            .where(RosterDay.day >= today - timedelta(days=1), RosterDay.day <= today)
            .where(RosterDay.shift_code != OFF)
        ).all()
        found = []
        for day, code, tech, team in rows:
            shift = shifts.get(code)
            if shift is None or not shift.minutes:
                continue
            starts = datetime.combine(day, datetime.min.time()) + timedelta(
                minutes=shift.start_minute
            )
            ends = starts + timedelta(minutes=shift.minutes)
            if starts <= when < ends:
                found.append(
                    Duty(
                        tech.name,
                        team or "",
                        tech.phone,
                        list(tech.skills or []),
                        ShiftInfo.of(shift),
                        starts,
                        ends,
                    )
                )
    return sorted(found, key=lambda d: (d.ends, d.person))
