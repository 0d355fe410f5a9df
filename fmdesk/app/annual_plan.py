"""The whole ``fmdesk plan`` run as one use case: generate, optionally read edits back, write.

:func:`make_annual_plan` generates the year's plan, checks a planner's edited workbook when one
is given (and applies it only when valid, or its valid part on request), then writes the
workbook and the team calendars. :class:`AnnualPlan` is what the command prints (``to_dict`` is
its ``--json``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.planning import (
    PlanFiles,
    apply_plan_edits,
    check_plan_edits,
    export_plan,
    export_plan_ics,
    generate_plan,
)
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.maintenance.model import Plan

__all__ = ["AnnualPlan", "make_annual_plan"]


@dataclass(frozen=True)
class AnnualPlan:
    """A generated plan, the files written and, with edits read back, the check's report."""

    plan: Plan
    out: Path | None
    ics: list[Path]
    import_info: dict[str, Any] | None

    @property
    def rejected(self) -> bool:
        """Edits were read back but not applied (the workbook had errors): exit code 2."""
        return self.import_info is not None and not self.import_info["applied"]

    def to_dict(self) -> dict[str, Any]:
        return plan_summary(self.plan, self.out, self.ics, self.import_info)


def make_annual_plan(
    app: App,
    year: int,
    *,
    out: Path | None,
    model: Path | None = None,
    files: PlanFiles | None = None,
    state: Path | None = None,
    ics_dir: Path | None = None,
    import_edits: Path | None = None,
    accept_valid: bool = False,
    site: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> AnnualPlan:
    """Plan ``year`` for ``model`` (else the records database) and write ``out`` (.xlsx) and
    ``ics_dir``; with ``import_edits`` the edited workbook is checked first and nothing is
    written unless its edits were applied."""
    require(app, Permission.EXPORT)
    from fmdesk.maintenance.annual import check_plan_year

    check_plan_year(year)
    if out is None and import_edits is None:
        raise UserError(_t("Give the .xlsx workbook to write with --out."))
    planned = generate_plan(
        app, year, model=model, files=files or PlanFiles(), state=state, progress=progress
    )
    plan, import_info = planned.plan, None
    if import_edits is not None:
        report = check_plan_edits(planned, import_edits, progress)
        import_info = report.as_dict() | {"applied": False}
        if report.ok or accept_valid:
            plan = apply_plan_edits(plan, report, accept_valid_part=accept_valid, state=state)
            import_info["applied"] = True
    may_write = import_info is None or bool(import_info["applied"])
    if site is None:
        site = site_name(app, model)
    written = export_plan(plan, out, progress, site=site) if out and may_write else None
    ics = export_plan_ics(plan, ics_dir, progress=progress) if ics_dir and may_write else []
    return AnnualPlan(plan, written, ics, import_info)


def site_name(app: App, model: Path | None) -> str:
    """The project's name for the workbook's title row: the model's IfcSite (else IfcBuilding,
    else IfcProject) name; empty without a model or a name."""
    if model is None:
        return ""
    try:
        opened = app.open_model(model)
    except UserError:
        return ""
    for ifc_class in ("IfcSite", "IfcBuilding", "IfcProject"):
        for entity in opened.file.by_type(ifc_class):
            name = (entity.LongName if hasattr(entity, "LongName") else None) or entity.Name
            if name and name.strip():
                return name.strip()
    return ""


def plan_summary(
    plan: Plan, written: Path | None, ics: list[Path], import_info: dict[str, Any] | None
) -> dict[str, Any]:
    """The plan in numbers: per month, per team, replacements and the ten-year forecast."""
    count: Counter[int] = Counter()
    hours: defaultdict[int, float] = defaultdict(float)
    team_count: Counter[str] = Counter()
    team_hours: defaultdict[str, float] = defaultdict(float)
    flagged: Counter[str] = Counter()
    for occ in plan.occurrences:
        count[occ.planned_on.month] += 1
        hours[occ.planned_on.month] += occ.hours
        team_count[occ.team] += 1
        team_hours[occ.team] += occ.hours
        flagged[occ.team] += bool(occ.flags)
    forecast: defaultdict[int, list[float]] = defaultdict(list)
    for item in plan.forecast:
        forecast[item.year].append(item.cost)
    data: dict[str, Any] = {
        "year": plan.year,
        "out": str(written) if written else None,
        "calendar_basis": plan.calendar_basis,
        "asset_count": len(plan.assets),
        "occurrence_count": len(plan.occurrences),
        "hours": round(sum(hours.values()), 2),
        "by_month": [
            {"month": m, "occurrences": count[m], "hours": round(hours[m], 2)} for m in range(1, 13)
        ],
        "by_team": [
            {
                "team": team,
                "contractor": bool(plan.teams[team].contractor) if team in plan.teams else False,
                "hours_per_week": plan.teams[team].hours_per_week if team in plan.teams else None,
                "occurrences": team_count[team],
                "hours": round(team_hours[team], 2),
                "flagged": flagged[team],
            }
            for team in sorted(team_count)
        ],
        "replacements": [
            {
                "asset_code": r.asset_code,
                "asset_name": r.asset_name,
                "system": r.system,
                "cost": r.cost,
                "life_basis": r.life_basis,
            }
            for r in plan.replacements
        ],
        "forecast": [
            {"year": y, "count": len(forecast[y]), "cost": round(sum(forecast[y]), 2)}
            for y in range(plan.year, plan.year + 10)
        ],
        "ics": [str(p) for p in ics],
        "warnings": plan.warnings,
    }
    if import_info is not None:
        data["import"] = import_info
    return data
