"""Use cases of the workday calendar (节假日与调休) the plans are made on.

``show_holidays`` says which days of a year are holidays or adjusted working weekends and where
that knowledge comes from; ``import_workday_adjustments`` checks and saves the State Council's
notice (``date,kind,name`` CSV) for every later plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from fmdesk.app.results import Result
from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = ["HolidayYear", "WorkdayImport", "import_workday_adjustments", "show_holidays"]


@dataclass(frozen=True)
class HolidayYear(Result):
    year: int
    basis: str
    holidays: list[dict[str, str]]
    working_weekends: list[str]
    working_days: int


@dataclass(frozen=True)
class WorkdayImport(Result):
    path: str
    rows: int
    years: list[int]


def show_holidays(year: int, workdays: Path | None = None) -> HolidayYear:
    """Holidays, adjusted working weekends and the count of working days of ``year`` (with
    ``workdays``: that adjustments file instead of the saved one)."""
    from fmdesk.maintenance.workdays import WorkCalendar, read_adjustments, saved_adjustments

    if not 2000 <= year <= 2100:
        raise UserError(
            _t("The year {year} is unlikely; give a year from 2000 to 2100.", year=year)
        )
    adjustments = read_adjustments(workdays) if workdays else saved_adjustments()
    calendar = WorkCalendar(adjustments).year(year)
    day = date(year, 1, 1)
    holidays, weekends_worked, working = [], [], 0
    for flag in calendar.working:
        if flag:
            working += 1
            if day.weekday() >= 5:
                weekends_worked.append(day.isoformat())
        elif day in calendar.holidays:
            holidays.append({"date": day.isoformat(), "name": calendar.holidays[day]})
        day += timedelta(days=1)
    return HolidayYear(year, calendar.basis, holidays, weekends_worked, working)


def import_workday_adjustments(path: Path) -> WorkdayImport:
    """Check a ``date,kind,name`` notice and save it; a year in it replaces that year."""
    from fmdesk.maintenance.workdays import read_adjustments, save_adjustments

    rows = read_adjustments(Path(path))
    saved = save_adjustments(rows)
    return WorkdayImport(str(saved), len(rows), sorted({r.day.year for r in rows}))
