"""Quality-check use cases (品质检查): plan, finding with photos and its rectification order,
rectify, recheck, close, lists (repeated findings, 屡查屡犯, flagged)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.operations.quality import FindingView, PlanView

__all__ = [
    "add_check_plan",
    "close_finding",
    "list_check_plans",
    "list_findings",
    "recheck_finding",
    "record_finding",
    "rectify_finding",
    "show_finding",
]


def add_check_plan(
    app: App, name: str, planned_on: date, checker: str = "", scope: str = ""
) -> PlanView:
    """Plan a quality check (检查计划)."""
    from fmdesk.operations.quality import add_plan

    return add_plan(app.uow(), name, planned_on, checker, scope)


def list_check_plans(app: App) -> list[PlanView]:
    from fmdesk.operations.quality import list_plans

    return list_plans(app.uow())


def record_finding(
    app: App,
    item: str,
    *,
    plan: str | None = None,
    asset: str | None = None,
    element_global_id: str = "",
    contractor: str | None = None,
    description: str = "",
    severity: str = "minor",
    concealed: bool = False,
    deadline: datetime | None = None,
    photos: Sequence[Path] = (),
) -> FindingView:
    """Record a finding with its photos and dispatch the rectification order (发现 → 派单)."""
    from fmdesk.operations.quality import record_finding as record

    return record(
        app.uow(),
        item,
        plan=plan,
        asset=asset,
        element_global_id=element_global_id,
        contractor=contractor,
        description=description,
        severity=severity,
        concealed=concealed,
        deadline=deadline,
        photos=list(photos),
        sla=app.sla,
    )


def rectify_finding(app: App, number: str, note: str = "") -> FindingView:
    from fmdesk.operations.quality import rectify_finding as rectify

    return rectify(app.uow(), number, note)


def recheck_finding(app: App, number: str, verdict: str, note: str = "") -> FindingView:
    from fmdesk.operations.quality import recheck_finding as recheck

    return recheck(app.uow(), number, verdict, note, sla=app.sla)


def close_finding(app: App, number: str, note: str = "") -> FindingView:
    from fmdesk.operations.quality import close_finding as close

    return close(app.uow(), number, note)


def list_findings(
    app: App,
    *,
    state: str | None = None,
    contractor: str | None = None,
    repeated_only: bool = False,
) -> list[FindingView]:
    from fmdesk.operations.quality import list_findings as query

    return query(app.uow(), state=state, contractor=contractor, repeated_only=repeated_only)


def show_finding(app: App, number: str) -> FindingView:
    from fmdesk.operations.quality import show_finding as show

    return show(app.uow(), number)
