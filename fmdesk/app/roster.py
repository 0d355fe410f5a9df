"""Use cases of the duty roster (值班表): generate a month from the patterns and the Chinese
workday calendar, show and edit it, export the printable grid, and ask who is on duty.

Example::

    generate_roster(app, "2027-01")                  # everyone's own pattern, else 常白班
    set_shift(app, "刘志强", date(2027, 1, 3), "休")  # a hand edit, kept by the next generate
    export_roster(app, "2027-01", Path("roster.xlsx"))
    on_duty(app, datetime(2027, 1, 3, 2, 0))         # the night dispatch default
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.results import Result
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = [
    "NIGHT_ENDS",
    "NIGHT_STARTS",
    "PersonOnDuty",
    "RosterExport",
    "RosterGenerated",
    "export_roster",
    "generate_roster",
    "is_night",
    "list_patterns",
    "night_assignee",
    "night_default_assignee",
    "night_duty_first",
    "on_duty",
    "save_pattern",
    "set_shift",
    "show_roster",
]

NIGHT_STARTS = time(18, 0)
NIGHT_ENDS = time(8, 0)


@dataclass(frozen=True)
class RosterGenerated(Result):
    month: str
    cells: int
    people: int
    sample_staff_loaded: int  # people loaded from the sample list because there were none


@dataclass(frozen=True)
class RosterExport(Result):
    month: str
    path: str
    people: int
    generated: bool
    sample_staff_loaded: int


@dataclass(frozen=True)
class PersonOnDuty(Result):
    name: str
    team: str
    phone: str
    skills: list[str]
    shift_code: str
    shift_name: str
    starts: datetime
    ends: datetime


def _days(month: str) -> list[date]:
    from fmdesk.people.shifts import month_days

    match = re.fullmatch(r"(\d{4})-(\d{1,2})", month.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or not 2000 <= int(match.group(1)) <= 2100:
        raise UserError(
            _t("'{month}' is not a month; write it as YYYY-MM, e.g. 2027-01.", month=month)
        )
    return month_days(f"{match.group(1)}-{int(match.group(2)):02d}")


def _calendar():
    from fmdesk.maintenance.workdays import WorkCalendar, saved_adjustments

    return WorkCalendar(saved_adjustments())


SAMPLE_MODEL_PREFIX = "sample_residential"
"""The file names ``fmdesk samples`` gives the bundled sample building."""


def generate_roster(
    app: App, month: str, pattern: str | None = None, replace: bool = False
) -> RosterGenerated:
    """Lay everyone's pattern over ``month`` (hand edits kept unless ``replace``). ``pattern``
    is given to people without one (with ``replace``: to everyone). With nobody on the staff
    list yet, the sample building's staff are loaded first when the records hold the sample
    (the result says how many); any other site is told to import its people."""
    require(app, Permission.ROSTER_EDIT)
    from fmdesk.people.roster import generate
    from fmdesk.people.staff import list_people as people_now

    days = _days(month)
    loaded = 0
    if not people_now(app.uow()):
        loaded = _load_sample_staff_for_the_sample(app)
    calendar = _calendar()
    try:
        cells = generate(app.uow(), days, calendar.is_workday, pattern, replace)
    except LookupError as error:
        raise UserError(
            _t(
                "There is no shift pattern called {name}; see fmdesk roster patterns.",
                name=pattern,
            )
        ) from error
    people = len(people_now(app.uow()))
    return RosterGenerated(days[0].strftime("%Y-%m"), cells, people, loaded)


def _load_sample_staff_for_the_sample(app: App) -> int:
    """The sample building comes with its staff (so a fresh demo database can be rostered at
    once); any other site must import its own people first: a roster of sample names would
    look real."""
    from sqlalchemy import select

    from fmdesk.app.people import load_sample_staff
    from fmdesk.records.models import ModelRevision

    with app.uow() as uow:
        files = uow.session.scalars(select(ModelRevision.file_name)).all()
    if not any(name.lower().startswith(SAMPLE_MODEL_PREFIX) for name in files):
        raise UserError(
            _t(
                "Nobody is on the staff list yet; import it first with fmdesk people import "
                "FILE.xlsx (or Tools › Staff and certificates › Import staff list)."
            )
        )
    return len(load_sample_staff(app).added)


def show_roster(app: App, month: str):
    """The saved month as a grid (``RosterGrid``: days, holidays, shifts, one row a person)."""
    from fmdesk.people.roster import load_grid

    days = _days(month)
    return load_grid(app.uow(), days[0].strftime("%Y-%m"), days, _calendar().holiday_name)


def set_shift(app: App, person: str, day: date, code: str):
    """Put shift ``code`` in ``person``'s cell of ``day`` (a hand edit); returns the cell."""
    require(app, Permission.ROSTER_EDIT)
    from fmdesk.people.roster import set_cell

    try:
        set_cell(app.uow(), person, day, code.strip())
    except KeyError as error:
        raise UserError(
            _t("'{code}' is not a shift code; see the legend of the roster.", code=code)
        ) from error
    except LookupError as error:
        raise UserError(_t("Nobody on the staff list is called {name}.", name=person)) from error
    return {"person": person, "day": day.isoformat(), "shift": code.strip()}


def export_roster(app: App, month: str, out: Path, site: str = "") -> RosterExport:
    """Write the printable month grid to ``out``; a month never generated is generated first."""
    require(app, Permission.EXPORT)
    from fmdesk.people.workbook import write_roster

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(_t("The roster is written as an Excel workbook; name it *.xlsx."))
    if not out.parent.is_dir():
        raise UserError(_t("The folder {folder} does not exist.", folder=str(out.parent)))
    grid = show_roster(app, month)
    generated, loaded = False, 0
    if not grid.rows:
        loaded = generate_roster(app, month).sample_staff_loaded
        grid, generated = show_roster(app, month), True
    write_roster(grid, site or _site_name(app), out)
    return RosterExport(grid.month, str(out), len(grid.rows), generated, loaded)


def _site_name(app: App) -> str:
    from sqlalchemy import select

    from fmdesk.records.models import Site

    with app.uow() as uow:
        names = [s.name for s in uow.session.scalars(select(Site)) if s.name != s.code]
    return names[0] if names else "物业服务中心"


def list_patterns(app: App) -> list[dict]:
    """The shift patterns (name, cycle, follows the workday calendar) and the shifts."""
    from sqlalchemy import select

    from fmdesk.people.shifts import ensure_defaults
    from fmdesk.people.tables import ShiftPattern

    uow = app.uow()
    with uow:
        uow.begin_write()
        ensure_defaults(uow.session)
        rows = [
            {"name": p.name, "cycle": list(p.cycle), "workdays_only": p.workdays_only}
            for p in uow.session.scalars(select(ShiftPattern).order_by(ShiftPattern.id))
        ]
        uow.commit()
    return rows


def save_pattern(app: App, name: str, cycle: list[str], workdays_only: bool = False) -> dict:
    """Add or change a shift pattern: a cycle of shift codes (``["值", "休", "休"]``), which
    with ``workdays_only`` runs on working days only."""
    require(app, Permission.ROSTER_EDIT)
    from fmdesk.people.shifts import ensure_defaults
    from fmdesk.people.shifts import save_pattern as save

    name = name.strip()
    cycle = [code.strip() for code in cycle if code.strip()]
    if not name or not cycle or len(cycle) > 366:
        raise UserError(_t("A shift pattern needs a name and 1 to 366 shift codes."))
    uow = app.uow()
    with uow:
        uow.begin_write()
        ensure_defaults(uow.session)
        unknown = save(uow.session, name, cycle, workdays_only)
        if unknown:
            raise UserError(
                _t("'{code}' is not a shift code; see the legend of the roster.", code=unknown)
            )
        uow.commit()
    return {"name": name, "cycle": cycle, "workdays_only": workdays_only}


def on_duty(app: App, when: datetime | None = None) -> list[PersonOnDuty]:
    """Who is on shift at ``when`` (default now; an aware time is taken in local time)."""
    from fmdesk.people.roster import on_duty as query

    when = when or datetime.now()
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return [
        PersonOnDuty(
            d.person,
            d.team,
            d.phone,
            d.skills,
            d.shift.code,
            d.shift.name,
            d.starts,
            d.ends,
        )
        for d in query(app.uow(), when)
    ]


def is_night(when: datetime) -> bool:
    """18:00–08:00 local time: when a dispatch without an assignee goes to the duty engineer."""
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return when.time() >= NIGHT_STARTS or when.time() < NIGHT_ENDS


def night_duty_first(app: App, suggestions: list, when: datetime | None = None) -> list:
    """``suggestions`` (anything with a ``name``, best first) with the people on duty moved to
    the front, in their own order, when it is night at ``when`` (default now)."""
    when = when or datetime.now()
    if not is_night(when):
        return list(suggestions)
    on = {d.name for d in on_duty(app, when)}
    return sorted(suggestions, key=lambda s: s.name not in on)


def night_default_assignee(app: App, number: str, when: datetime | None = None) -> str | None:
    """Who a dispatch of order ``number`` without an assignee goes to at night: of the people
    on duty, the one the dispatch ranking likes best (skill, open orders, storey); None by day
    or when nobody is rostered."""
    from fmdesk.workorders.dispatch import suggest_assignees

    when = when or datetime.now()
    if not is_night(when):
        return None
    duty = on_duty(app, when)
    if not duty:
        return None
    on = {d.name for d in duty}
    ranked = [s.name for s in suggest_assignees(app.uow(), number, limit=1000) if s.name in on]
    return ranked[0] if ranked else duty[0].name


def night_assignee(app: App, when: datetime | None = None) -> str | None:
    """The default assignee of a dispatch at night: the first person on duty, else None."""
    when = when or datetime.now()
    if not is_night(when):
        return None
    duty = on_duty(app, when)
    return duty[0].name if duty else None
