"""The wiring of an annual plan, shared by ``fmdesk plan`` and the desktop app's Planning menu.

Both front ends do the same thing: find the assets (a model or the records database), read the
data files in use (task library, teams, workday adjustments, life overrides) and call
:func:`~fmdesk.maintenance.scheduler.generate_plan`. Keeping that here means the GUI cannot plan
differently from the command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.maintenance.lifecycle import read_life_overrides
from fmdesk.maintenance.model import (
    CancelCheck,
    DoneRecord,
    Failure,
    Plan,
    PlanAsset,
    PlanEdit,
    Progress,
)
from fmdesk.maintenance.scheduler import generate_plan
from fmdesk.maintenance.tasks import load_tasks, load_teams
from fmdesk.maintenance.workdays import WorkCalendar, read_adjustments, saved_adjustments

ORIGIN_MODEL = "model"
ORIGIN_RECORDS = "records"


@dataclass(frozen=True)
class PlanAssets:
    """The assets to plan, their failure history, the model's handover date, and their origin
    (``"model"`` or ``"records"``) so the planner is told where the register came from."""

    assets: list[PlanAsset]
    failures: list[Failure] = field(default_factory=list)
    handover_date: date | None = None
    origin: str = ORIGIN_MODEL


def check_plan_year(year: int) -> None:
    """Refuse years nobody plans for (a typo such as 227 or 20277).

    >>> check_plan_year(2027)
    """
    if not 2000 <= year <= 2100:
        raise UserError(
            _t("The year {year} is not plausible; give a year between 2000 and 2100.", year=year)
        )


def read_plan_assets(
    model: str | Path | Any | None = None,
    db_url: str | None = None,
    *,
    prefer_records: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> PlanAssets:
    """The assets of ``model`` (a path or an open ``ifcopenshell.file``), else of the database.

    With ``prefer_records`` (the desktop app) the records database is used when it holds assets
    and the model only otherwise; without it (the CLI) a given model wins and the database is
    read only when no model is given.

    >>> read_plan_assets("sample_residential_ifc4.ifc").origin  # doctest: +SKIP
    'model'
    """
    if model is not None and prefer_records:
        found = _records_if_any(db_url, progress, cancel)
        if found is not None:
            return found
    if model is not None:
        from fmdesk.maintenance.from_model import assets_from_model

        assets, handover = assets_from_model(model, progress=progress, cancel=cancel)
        return PlanAssets(assets, [], handover, ORIGIN_MODEL)
    from fmdesk.maintenance.from_records import assets_from_records

    assets, failures = assets_from_records(db_url, progress=progress, cancel=cancel)
    return PlanAssets(assets, failures, None, ORIGIN_RECORDS)


def _records_if_any(
    db_url: str | None, progress: Progress | None, cancel: CancelCheck | None
) -> PlanAssets | None:
    """The register's assets, or None when there is no usable database or it is empty."""
    from sqlalchemy.exc import SQLAlchemyError

    from fmdesk.maintenance.from_records import assets_from_records

    try:
        assets, failures = assets_from_records(db_url, progress=progress, cancel=cancel)
    except (UserError, SQLAlchemyError):
        return None
    if not assets:
        return None
    return PlanAssets(assets, failures, None, ORIGIN_RECORDS)


def plan_calendar(workdays: Path | None = None) -> WorkCalendar:
    """The workday calendar: the given adjustments file, else the department's imported one."""
    return WorkCalendar(read_adjustments(workdays) if workdays else saved_adjustments())


def build_plan(
    year: int,
    source: PlanAssets,
    *,
    calendar: WorkCalendar | None = None,
    tasks: Path | None = None,
    teams: Path | None = None,
    overrides: Path | None = None,
    edits: Iterable[PlanEdit] = (),
    done: Iterable[DoneRecord] = (),
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Plan:
    """Plan ``year`` for ``source`` with the data files in use (bundled or imported).

    >>> plan = build_plan(2027, PlanAssets([PlanAsset("DT-01", "电梯1#", "IfcTransportElement",
    ...     "ELEVATOR")]))
    >>> plan.year, len(plan.occurrences) >= 24
    (2027, True)
    """
    check_plan_year(year)
    per_asset, per_group = read_life_overrides(overrides) if overrides else ({}, {})
    return generate_plan(
        source.assets,
        year,
        tasks=load_tasks(tasks),
        teams=load_teams(teams),
        calendar=calendar or plan_calendar(),
        done=done,
        edits=edits,
        failures=source.failures,
        overrides=per_asset,
        group_factors=per_group,
        handover_date=source.handover_date,
        progress=progress,
        cancel=cancel,
    )
