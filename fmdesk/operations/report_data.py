"""The facts of the monthly reports (设施健康报告 / 工程运维报告), gathered in SQL.

Everything here is one aggregate or one short ordered list per section, so a month of a large
estate is read in a few queries; the layout (PDF, Excel) is elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from fmdesk.operations.kpi_sql import Period, hours_between
from fmdesk.records.models import Asset, Contractor, WorkOrder

__all__ = ["MonthFacts", "month_facts"]

W = WorkOrder
TOP = 10
LIST_LIMIT = 20


@dataclass
class MonthFacts:
    """Tables of the month: each a list of row tuples, headers chosen by the layout."""

    by_system: list[tuple[str, int, int, int]] = field(default_factory=list)
    by_source: list[tuple[str, int]] = field(default_factory=list)
    by_priority: list[tuple[str, int]] = field(default_factory=list)
    repeated_faults: list[tuple[str, str, str, int, str]] = field(default_factory=list)
    overdue: list[tuple[str, str, str, str, float]] = field(default_factory=list)
    overdue_total: int = 0
    reopened: list[tuple[str, str, str, int, str]] = field(default_factory=list)
    pm_by_system: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    next_month_pm: list[tuple[str, int]] = field(default_factory=list)
    next_month_orders: list[tuple[str, str, str, str]] = field(default_factory=list)
    carried_over: int = 0


def _live() -> Any:
    return W.state != "cancelled"


def _reported(p: Period) -> Any:
    return and_(W.created_at >= p.start, W.created_at < p.end, _live())


def month_facts(session: Session, p: Period) -> MonthFacts:
    """Every table of the month ``p`` (and the planned work of the month after it)."""
    facts = MonthFacts()
    system = func.coalesce(Asset.system, "")
    repair = W.source != "preventive"
    facts.by_system = [
        (name or "", int(total), int(repairs or 0), int(open_ or 0))
        for name, total, repairs, open_ in session.execute(
            select(
                system,
                func.count(),
                func.count().filter(repair),
                func.count().filter(or_(W.rectified_at.is_(None), W.rectified_at >= p.end)),
            )
            .select_from(W)
            .outerjoin(Asset, W.asset_id == Asset.id)
            .where(_reported(p))
            .group_by(system)
            .order_by(func.count().desc())
        )
    ]
    facts.by_source = _count_by(session, W.source, _reported(p))
    facts.by_priority = _count_by(session, W.priority, _reported(p))
    facts.repeated_faults = _repeated_faults(session, p)
    facts.overdue, facts.overdue_total = _overdue(session, p)
    facts.reopened = _reopened(session, p)
    facts.pm_by_system = _pm_by_system(session, p)
    facts.next_month_pm, facts.next_month_orders = _next_month(session, p)
    facts.carried_over = (
        session.scalar(
            select(func.count())
            .select_from(W)
            .where(
                W.created_at < p.end,
                or_(W.rectified_at.is_(None), W.rectified_at >= p.end),
                _live(),
            )
        )
        or 0
    )
    return facts


def _count_by(session: Session, column: Any, where: Any) -> list[tuple[str, int]]:
    rows = session.execute(
        select(column, func.count()).where(where).group_by(column).order_by(func.count().desc())
    )
    return [(str(key), int(count)) for key, count in rows]


def _repeated_faults(session: Session, p: Period) -> list[tuple[str, str, str, int, str]]:
    """Assets with two or more repairs in the 90 days up to the month's end (屡修设备)."""
    since = p.end - timedelta(days=90)
    count = func.count().label("n")
    rows = session.execute(
        select(Asset.code, Asset.name, Asset.system, count, func.max(W.title))
        .select_from(W)
        .join(Asset, W.asset_id == Asset.id)
        .where(W.created_at >= since, W.created_at < p.end, W.source != "preventive", _live())
        .group_by(Asset.code, Asset.name, Asset.system)
        .having(func.count() >= 2)
        .order_by(count.desc(), Asset.code)
        .limit(TOP)
    )
    return [(c, n, s or "", int(k), t) for c, n, s, k, t in rows]


def _overdue(session: Session, p: Period) -> tuple[list[tuple[str, str, str, str, float]], int]:
    """Orders due in the month that were finished late or are still open past their due."""
    late_done = and_(W.rectified_at.is_not(None), W.rectified_at > W.completion_due)
    still_open = and_(W.rectified_at.is_(None), W.completion_due < p.as_of)
    where = and_(
        W.completion_due >= p.start, W.completion_due < p.end, or_(late_done, still_open), _live()
    )
    finished = func.coalesce(W.rectified_at, p.at(p.as_of))
    hours = hours_between(finished, W.completion_due, p.dialect)
    total = session.scalar(select(func.count()).select_from(W).where(where)) or 0
    rows = session.execute(
        select(W.number, W.title, W.priority, func.coalesce(Contractor.name, ""), hours)
        .outerjoin(Contractor, W.contractor_id == Contractor.id)
        .where(where)
        .order_by(hours.desc())
        .limit(LIST_LIMIT)
    )
    return [(n, t, pr, c, round(float(h), 1)) for n, t, pr, c, h in rows], total


def _reopened(session: Session, p: Period) -> list[tuple[str, str, str, int, str]]:
    """Orders reopened (返工: failed recheck or complaint) that were active in the month."""
    active = or_(
        and_(W.rectified_at >= p.start, W.rectified_at < p.end),
        and_(W.rectified_at.is_(None), W.created_at < p.end),
    )
    rows = session.execute(
        select(W.number, W.title, W.state, W.reopened_count, func.coalesce(Contractor.name, ""))
        .outerjoin(Contractor, W.contractor_id == Contractor.id)
        .where(W.reopened_count > 0, active, _live())
        .order_by(W.reopened_count.desc(), W.number)
        .limit(LIST_LIMIT)
    )
    return [(n, t, s, int(k), c) for n, t, s, k, c in rows]


def _pm_by_system(session: Session, p: Period) -> list[tuple[str, int, int, int, int]]:
    """Preventive orders due in the month per system: planned, on time, late, not done."""
    system = func.coalesce(Asset.system, "")
    on_time = and_(W.rectified_at.is_not(None), W.rectified_at <= W.completion_due)
    late = and_(W.rectified_at.is_not(None), W.rectified_at > W.completion_due)
    rows = session.execute(
        select(
            system,
            func.count(),
            func.count().filter(on_time),
            func.count().filter(late),
            func.count().filter(W.rectified_at.is_(None)),
        )
        .select_from(W)
        .outerjoin(Asset, W.asset_id == Asset.id)
        .where(
            W.source == "preventive",
            W.completion_due >= p.start,
            W.completion_due < p.end,
            _live(),
        )
        .group_by(system)
        .order_by(system)
    )
    return [(s or "", int(a), int(b), int(c), int(d)) for s, a, b, c, d in rows]


def _next_month(
    session: Session, p: Period
) -> tuple[list[tuple[str, int]], list[tuple[str, str, str, str]]]:
    """Planned work of the following month: preventive orders due then, per system and the
    first of them by due date."""
    start = p.end
    end = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
    system = func.coalesce(Asset.system, "")
    planned = and_(
        W.source == "preventive", W.completion_due >= start, W.completion_due < end, _live()
    )
    per_system = session.execute(
        select(system, func.count())
        .select_from(W)
        .outerjoin(Asset, W.asset_id == Asset.id)
        .where(planned)
        .group_by(system)
        .order_by(system)
    )
    first = session.execute(
        select(W.number, W.title, func.coalesce(Asset.code, ""), W.completion_due)
        .outerjoin(Asset, W.asset_id == Asset.id)
        .where(planned)
        .order_by(W.completion_due, W.number)
        .limit(LIST_LIMIT)
    )
    return (
        [(s or "", int(n)) for s, n in per_system],
        [(n, t, a, _day(d)) for n, t, a, d in first],
    )


def _day(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d") if value else ""
