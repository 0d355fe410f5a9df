"""Drill-down (钻取): the work orders behind one KPI figure, worst first.

Each KPI names its population (the same conditions as its aggregate in
:mod:`fmdesk.operations.kpi_sql`), the value shown per order (hours, a score) and whether the
order met the target, so "MTTR 7.5 h" opens on the longest repairs and "response within SLA
91 %" on the late responses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from fmdesk.operations.kpi_model import KPI_KEYS
from fmdesk.operations.kpi_sql import (
    Period,
    due_where,
    hours_between,
    reactive,
    reported_where,
    sla_clock_over,
)
from fmdesk.records.models import Asset, Contractor, Technician, WorkOrder

__all__ = ["DRILLABLE", "DrillRow", "drill_rows"]

W = WorkOrder
DRILLABLE = KPI_KEYS


@dataclass(frozen=True)
class DrillRow:
    """One order behind a figure: ``value`` is what the KPI measures on it (hours, score) and
    ``met`` whether it reached the target (None when the KPI is not a yes/no)."""

    number: str
    title: str
    state: str
    priority: str
    source: str
    asset_code: str
    system: str
    contractor: str
    assignee: str
    created_at: datetime
    rectified_at: datetime | None
    value: float | None
    met: bool | None


def _spec(key: str, p: Period) -> tuple[ColumnElement[bool], Any, Any, bool]:
    """(population, value, met, worst-first is descending value) of a KPI's drill-down."""
    fixed = and_(W.rectified_at >= p.start, W.rectified_at < p.end, W.state != "cancelled")
    repair_hours = hours_between(W.rectified_at, W.created_at, p.dialect)
    if key in ("response_sla_met", "onsite_sla_met"):
        stamp, due = (
            (W.accepted_at, W.response_due)
            if key == "response_sla_met"
            else (W.on_site_at, W.on_site_due)
        )
        late = hours_between(func.coalesce(stamp, literal(p.as_of, due.type)), due, p.dialect)
        return and_(reported_where(p), sla_clock_over(p, stamp, due)), late, stamp <= due, True
    if key == "mttr_hours":
        return and_(fixed, reactive()), repair_hours, None, True
    if key in ("intact_rate", "mtbf_hours"):
        still_open = or_(W.rectified_at.is_(None), W.rectified_at >= p.start)
        where = and_(reactive(), W.asset_id.is_not(None), W.created_at < p.as_of, still_open)
        return and_(where, W.state != "cancelled"), repair_hours, None, True
    if key in ("pm_compliance", "schedule_compliance"):
        where = and_(due_where(p), or_(W.rectified_at.is_not(None), W.completion_due < p.as_of))
        if key == "pm_compliance":
            where = and_(where, W.source == "preventive")
        late = hours_between(
            func.coalesce(W.rectified_at, literal(p.as_of, W.completion_due.type)),
            W.completion_due,
            p.dialect,
        )
        return where, late, W.rectified_at <= W.completion_due, True
    if key == "backlog":
        open_at_end = or_(W.rectified_at.is_(None), W.rectified_at >= p.end)
        age = hours_between(literal(p.as_of, W.created_at.type), W.created_at, p.dialect)
        where = and_(W.created_at < p.end, open_at_end, W.state != "cancelled")
        return where, age, None, True
    if key in ("first_time_fix", "rework_rate"):
        where = and_(fixed, reactive()) if key == "first_time_fix" else fixed
        return where, W.reopened_count, W.reopened_count == 0, True
    if key == "satisfaction":
        where = and_(fixed, W.satisfaction_score.is_not(None))
        return where, W.satisfaction_score, W.satisfaction_score >= 4, False
    raise KeyError(key)


def drill_rows(
    session: Session,
    period: Period,
    key: str,
    group_filter: ColumnElement[bool] | None = None,
    limit: int = 500,
) -> tuple[list[DrillRow], int]:
    """The orders behind ``key`` in ``period`` (worst first, at most ``limit``) and how many
    there are in all."""
    where, value, met, descending = _spec(key, period)
    if group_filter is not None:
        where = and_(where, group_filter)
    met_column = literal(None) if met is None else case((met, 1), else_=0)
    ordered = value.desc() if descending else value.asc()
    query = (
        select(
            W.number,
            W.title,
            W.state,
            W.priority,
            W.source,
            Asset.code,
            Asset.system,
            Contractor.name,
            Technician.name,
            W.created_at,
            W.rectified_at,
            value.label("value"),
            met_column.label("met"),
        )
        .outerjoin(Asset, W.asset_id == Asset.id)
        .outerjoin(Contractor, W.contractor_id == Contractor.id)
        .outerjoin(Technician, W.assignee_id == Technician.id)
        .where(where)
        .order_by(met_column.asc() if met is not None else literal(0), ordered, W.number)
        .limit(limit)
    )
    total_query = select(func.count()).select_from(W)
    if group_filter is not None:
        total_query = total_query.outerjoin(Asset, W.asset_id == Asset.id).outerjoin(
            Technician, W.assignee_id == Technician.id
        )
    total = session.scalar(total_query.where(where)) or 0
    rows = [
        DrillRow(
            number=r[0],
            title=r[1],
            state=r[2],
            priority=r[3],
            source=r[4],
            asset_code=r[5] or "",
            system=r[6] or "",
            contractor=r[7] or "",
            assignee=r[8] or "",
            created_at=_aware(r[9]),
            rectified_at=_aware(r[10]) if r[10] is not None else None,
            value=None if r[11] is None else round(float(r[11]), 2),
            met=None if r[12] is None else bool(r[12]),
        )
        for r in session.execute(query).all()
    ]
    return rows, total


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
