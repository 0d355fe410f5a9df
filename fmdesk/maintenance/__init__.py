"""Planning: lifecycle estimates, task library, recurrence, Chinese workday calendar, annual plan.

Plain functions over plain dataclasses (see :mod:`fmdesk.maintenance.model`), callable from the CLI
and from a Qt worker (progress callback ``(done, total)`` and a cancel check).
"""

from __future__ import annotations

from fmdesk.maintenance.lifecycle import (
    FACTORS,
    LifecycleCard,
    LifeLibrary,
    LifeOverride,
    fit_groups,
    lifecycle_card,
    lifecycle_cards,
)
from fmdesk.maintenance.model import (
    DoneRecord,
    Failure,
    Occurrence,
    Plan,
    PlanAsset,
    PlanEdit,
    Replacement,
    TaskDefinition,
    Team,
)
from fmdesk.maintenance.reliability import WeibullFit, fit_weibull
from fmdesk.maintenance.scheduler import generate_plan, plan_replacements
from fmdesk.maintenance.tasks import load_tasks, load_teams, write_tasks
from fmdesk.maintenance.workdays import WorkCalendar, read_adjustments, statutory_holidays

__all__ = [
    "FACTORS",
    "DoneRecord",
    "Failure",
    "LifeLibrary",
    "LifeOverride",
    "LifecycleCard",
    "Occurrence",
    "Plan",
    "PlanAsset",
    "PlanEdit",
    "Replacement",
    "TaskDefinition",
    "Team",
    "WeibullFit",
    "WorkCalendar",
    "fit_groups",
    "fit_weibull",
    "generate_plan",
    "lifecycle_card",
    "lifecycle_cards",
    "load_tasks",
    "load_teams",
    "plan_replacements",
    "read_adjustments",
    "statutory_holidays",
    "write_tasks",
]
