"""Use case of the monthly reports (月度报告): facility health + engineering O&M, PDF or Excel.

``fmdesk report monthly`` and the KPI dashboard's "Monthly report…" call it::

    written = monthly_report(app, date(2027, 1, 1), Path("2027-01 月报.pdf"))
    written.pages   # ≥ 2

Contractor scores come from :func:`fmdesk.app.contractors.monthly_scores` and meter
consumption and anomalies from :mod:`fmdesk.app.meters` when those features are installed;
until then their sections say so and show what the work orders tell.
"""

from __future__ import annotations

import importlib
import time as clock
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.kpi import kpi_definitions, kpi_trend, month_bounds, period_bounds
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.results import Result, to_dict
from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = ["REPORT_KINDS", "ReportFile", "monthly_report"]

REPORT_KINDS = ("both", "health", "operations")


@dataclass(frozen=True)
class ReportFile(Result):
    """A report written: where, its format, pages (PDF) or sheets (Excel), and how long."""

    path: Path
    format: str
    pages: int
    seconds: float
    sections: list[str]


def monthly_report(
    app: App,
    month: date,
    out: Path,
    kind: str = "both",
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> ReportFile:
    """Write the reports of the month of ``month`` to ``out`` (.pdf or .xlsx)."""
    from fmdesk.app.permissions import Permission
    from fmdesk.app.users import require

    require(app, Permission.EXPORT)  # a report is a file written from the records
    began = clock.perf_counter()
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(_t("Write the report to a .pdf or .xlsx file, not '{name}'.", name=out))
    if kind not in REPORT_KINDS:
        raise UserError(_t("'{kind}' is not a report; use both, health or operations.", kind=kind))
    if not out.parent.is_dir():
        raise UserError(_t("The folder {folder} does not exist.", folder=out.parent))
    progress.report(0.05, _t("Computing the KPIs"))
    inputs = _gather(app, month, suffix == ".pdf", now, progress)
    progress.check_cancelled()
    progress.report(0.7, _t("Laying out the report"))
    from fmdesk.operations.report_content import build_report

    report = build_report(inputs, kind)
    partial = out.with_name(out.name + ".partial")
    try:
        if suffix == ".pdf":
            from fmdesk.operations.report_pdf import write_pdf

            pages = write_pdf(report, partial)
        else:
            from fmdesk.operations.report_xlsx import write_xlsx

            pages = write_xlsx(report, partial)
        partial.replace(out)
    except OSError as error:
        raise UserError(_t("Cannot write {path}: {reason}", path=out, reason=error)) from None
    finally:
        partial.unlink(missing_ok=True)
    progress.report(1.0, _t("Report written"))
    return ReportFile(
        out,
        suffix[1:],
        pages,
        round(clock.perf_counter() - began, 2),
        [s.title for s in report.sections],
    )


def _gather(app: App, month: date, charts: bool, now: datetime | None, progress: Progress):
    from sqlalchemy import select

    from fmdesk.operations.kpi_query import kpi_groups, make_period
    from fmdesk.operations.report_content import ReportInputs
    from fmdesk.operations.report_data import month_facts
    from fmdesk.records.models import Site

    first, last = month_bounds(month)
    start, end = period_bounds(first, last)
    previous = month_bounds(first - timedelta(days=1))
    prev_start, prev_end = period_bounds(*previous)
    with app.uow() as uow:
        session = uow.session
        site = session.scalar(select(Site.name).order_by(Site.id)) or ""
        total = kpi_groups(session, start, end, None, now)[0]
        before = kpi_groups(session, prev_start, prev_end, None, now)[0]
        contractors = kpi_groups(session, start, end, "contractor", now)[1:]
        progress.report(0.3, _t("Reading the work orders of the month"))
        facts = month_facts(session, make_period(session, start, end, now))
    progress.report(0.5, _t("Computing the 12-month trends"))
    trend = kpi_trend(app, first, 12, now)
    progress.report(0.6, _t("Planning next month's maintenance"))
    planned = _planned_next_month(app, last + timedelta(days=1))
    scores = _optional(app, "fmdesk.app.contractors", "monthly_scores", first.strftime("%Y-%m"))
    consumption = _optional(app, "fmdesk.app.meters", "consumption", start, end)
    anomalies = _optional(app, "fmdesk.app.meters", "find_anomalies", start, end)
    return ReportInputs(
        month=first.strftime("%Y-%m"),
        site=site,
        total=total,
        previous=before,
        by_contractor=contractors,
        months=trend.months,
        series=trend.series,
        facts=facts,
        contractor_scores=scores,
        meter_consumption=consumption,
        meter_anomalies=anomalies,
        planned_visits=planned,
        charts=charts,
        definitions=kpi_definitions(),
    )


def _optional(app: App, module: str, name: str, *args: Any) -> list[dict[str, Any]] | None:
    """The rows of another feature's use case, or None when that feature is not installed
    (empty when it has nothing for the month and says so with a UserError)."""
    try:
        function = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    try:
        return [to_dict(item) for item in function(app, *args)]
    except UserError:  # e.g. no meter readings at all: an empty section, not a failed report
        return []


def _planned_next_month(app: App, first: date) -> list[tuple[str, str, int, float]] | None:
    """Next month's visits of the annual PM plan of the register's assets, per task and team
    (task, team, visits, hours), most hours first; None when there is nothing to plan."""
    from collections import defaultdict

    from fmdesk.app.planning import generate_plan

    try:
        plan = generate_plan(app, first.year, prefer_records=True).plan
    except UserError:
        return None
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for occurrence in plan.occurrences:
        day = occurrence.planned_on
        if (day.year, day.month) == (first.year, first.month):
            task = plan.tasks.get(occurrence.task_code)
            total = totals[(task.name if task else occurrence.task_code, occurrence.team)]
            total[0] += 1
            total[1] += occurrence.hours
    rows = [(task, team, int(n), round(h, 1)) for (task, team), (n, h) in totals.items()]
    return sorted(rows, key=lambda row: (-row[3], row[0]))
