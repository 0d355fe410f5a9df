"""Use cases of the annual preventive-maintenance plan (年度保养计划).

Generate a year's plan for the assets of the records database or a model, export it to Excel
and iCalendar, check a planner's edited workbook and apply it (the accepted edits are kept for
the next generation). ``fmdesk plan`` and the Planning menu both call these::

    planned = generate_plan(app, 2027, model="ifc_samples/sample_residential_ifc4.ifc")
    export_plan(planned.plan, Path("2027年度保养计划.xlsx"))
    report = check_plan_edits(planned, Path("edited.xlsx"))
    plan = apply_plan_edits(planned.plan, report, accept_valid_part=False,
                            state=plan_state_path(2027))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.exports.plan_import import ImportReport
    from fmdesk.maintenance.annual import PlanAssets
    from fmdesk.maintenance.model import Plan
    from fmdesk.maintenance.workdays import WorkCalendar

__all__ = [
    "PlanFiles",
    "PlannedYear",
    "apply_plan_edits",
    "check_plan_edits",
    "core_progress",
    "current_calendar",
    "export_plan",
    "export_plan_ics",
    "generate_plan",
    "plan_state_path",
    "read_plan_source",
]


@dataclass(frozen=True)
class PlanFiles:
    """The data files a plan is made with (None: the bundled or imported ones in use)."""

    tasks: Path | None = None
    teams: Path | None = None
    workdays: Path | None = None
    overrides: Path | None = None


@dataclass(frozen=True)
class PlannedYear:
    """A generated plan with the assets it was made for and the calendar it was made on."""

    source: PlanAssets
    plan: Plan
    calendar: WorkCalendar


def plan_state_path(year: int) -> Path:
    """Where the department's accepted edits and completions of ``year`` are kept."""
    from fmdesk.maintenance.resources import user_resource_path

    return user_resource_path(f"plan_state_{year}.json")


def current_calendar() -> WorkCalendar:
    """The workday calendar plans are made on now (with the department's imported notice)."""
    from fmdesk.maintenance.annual import plan_calendar

    return plan_calendar()


def core_progress(progress: Progress) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
    """The planning core's ``(done, total)`` progress and cancel check, fed to ``progress``."""

    def report(done: int, total: int) -> None:
        progress.report(done / total if total > 0 else None)

    return report, lambda: progress.cancelled


def read_plan_source(
    app: App,
    model: str | Path | None = None,
    *,
    prefer_records: bool = False,
    progress: Progress = NO_PROGRESS,
) -> PlanAssets:
    """The assets to plan: of ``model``, else of the records database.

    ``prefer_records`` (the desktop app) uses the register when it holds assets and the model
    only otherwise; the CLI passes a model to plan that model.
    """
    from fmdesk.maintenance.annual import read_plan_assets

    report, cancel = core_progress(progress)
    return read_plan_assets(
        model,
        app.database_url,
        prefer_records=prefer_records,
        progress=report,
        cancel=cancel,
    )


def generate_plan(
    app: App,
    year: int,
    *,
    model: str | Path | None = None,
    prefer_records: bool = False,
    files: PlanFiles = PlanFiles(),
    state: Path | None = None,
    progress: Progress = NO_PROGRESS,
) -> PlannedYear:
    """Plan ``year`` on Chinese working days, levelled by team capacity, keeping the accepted
    edits and completions stored in ``state`` (a JSON file, when it exists)."""
    from fmdesk.exports.plan_import import read_plan_state
    from fmdesk.maintenance.annual import build_plan, check_plan_year, plan_calendar

    check_plan_year(year)
    calendar = plan_calendar(files.workdays)
    source = _source_with_assets(app, model, prefer_records, progress)
    edits, done = read_plan_state(state) if state is not None and state.exists() else ([], [])
    report, cancel = core_progress(progress)
    plan = build_plan(
        year,
        source,
        calendar=calendar,
        tasks=files.tasks,
        teams=files.teams,
        overrides=files.overrides,
        edits=edits,
        done=done,
        progress=report,
        cancel=cancel,
    )
    return PlannedYear(source, plan, calendar)


def _source_with_assets(
    app: App, model: str | Path | None, prefer_records: bool, progress: Progress
) -> PlanAssets:
    """The assets to plan; with ``prefer_records`` an empty result says what would help."""
    if not prefer_records:
        return read_plan_source(app, model, progress=progress)
    no_assets = _t("No assets to plan: open a model or add assets to the register.")
    try:
        source = read_plan_source(app, model, prefer_records=True, progress=progress)
    except UserError as error:
        if model is not None:
            raise
        raise UserError(no_assets) from error
    if not source.assets:
        raise UserError(no_assets)
    return source


def export_plan(
    plan: Plan,
    out: Path,
    progress: Progress = NO_PROGRESS,
    *,
    site: str = "",
    app: App | None = None,
) -> Path:
    """Write the plan workbook (summary, tasks, calendar, budget, replacements), print-ready;
    ``site`` names the project in every sheet's title row; with ``app`` its user must hold the
    export permission (the GUI passes it)."""
    if app is not None:
        require(app, Permission.EXPORT)
    from fmdesk.exports.plan_xlsx import export_plan_xlsx

    report, cancel = core_progress(progress)
    return export_plan_xlsx(plan, Path(out), progress=report, cancel=cancel, site=site)


def export_plan_ics(
    plan: Plan,
    folder: Path,
    teams: list[str] | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    app: App | None = None,
) -> list[Path]:
    """One ``.ics`` calendar per team (or only ``teams``) in ``folder``; with ``app`` its user
    must hold the export permission."""
    if app is not None:
        require(app, Permission.EXPORT)
    from fmdesk.exports.plan_ics import export_ics

    report, cancel = core_progress(progress)
    return export_ics(plan, Path(folder), teams=teams, progress=report, cancel=cancel)


def check_plan_edits(
    planned: PlannedYear, workbook: Path, progress: Progress = NO_PROGRESS
) -> ImportReport:
    """Check every row of a planner's edited workbook against the plan; apply nothing."""
    from fmdesk.exports.plan_import import import_plan_edits

    report, cancel = core_progress(progress)
    return import_plan_edits(
        Path(workbook), planned.plan, planned.calendar, progress=report, cancel=cancel
    )


def apply_plan_edits(
    plan: Plan,
    report: ImportReport,
    *,
    accept_valid_part: bool = False,
    state: Path | None = None,
) -> Plan:
    """The plan with the checked edits applied (all valid, or only the valid part when the
    planner chose it); the accepted edits and completions are added to ``state`` so the next
    generation keeps them."""
    from fmdesk.exports.plan_import import apply_plan_edits as apply

    edited = apply(plan, report, accept_valid_part=accept_valid_part)
    if state is not None:
        remember_plan_edits(report, state)
    return edited


def remember_plan_edits(report: ImportReport, state: Path) -> None:
    """Merge the report's edits and completions into the state file (as ``--state`` does)."""
    from fmdesk.exports.plan_import import read_plan_state, write_plan_state

    edits, done = read_plan_state(state) if state.exists() else ([], [])
    kept = {e.occurrence_id: e for e in edits} | {e.occurrence_id: e for e in report.edits}
    state.parent.mkdir(parents=True, exist_ok=True)
    write_plan_state(list(kept.values()), [*done, *report.done], state)
