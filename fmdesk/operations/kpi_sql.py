"""The SQL pieces of the KPIs: three aggregate queries, the same on SQLite and PostgreSQL
(durations and least/greatest are the only dialect differences).

The orders that count fall in four populations, each read by one query over its own covering
index (migration 0700), so a million orders cost a few narrow index scans, never a Python loop:

- *reported* in the period (``created_at``): response and on-site SLA, failures;
- *rectified* in it or later (``rectified_at``): repairs, MTTR, first-time fix, rework,
  satisfaction, downtime (intact rate, MTBF) and the backlog at its end;
- *not rectified* yet (``rectified_at`` null): downtime and backlog;
- *due* in it (``completion_due``): schedule and PM compliance.

Cancelled orders count nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_

from fmdesk.records.models import WorkOrder
from fmdesk.records.types import UTCDateTime

__all__ = ["Period", "Population", "hours_between", "populations"]

W = WorkOrder


class Period:
    """``[start, end)`` and ``as_of`` (= min(end, now): deadlines after it are not yet missed)."""

    def __init__(self, start: datetime, end: datetime, now: datetime, dialect: str) -> None:
        self.start, self.end, self.as_of = start, end, max(start, min(end, now))
        self.dialect = dialect

    @property
    def hours(self) -> float:
        """Hours of the period elapsed so far (the exposure of the intact rate and MTBF)."""
        return (self.as_of - self.start).total_seconds() / 3600.0

    def at(self, value: datetime) -> ColumnElement[Any]:
        return literal(value, UTCDateTime())


@dataclass(frozen=True)
class Population:
    """One aggregate query: which orders (``where``) and the labelled sums over them."""

    name: str
    where: ColumnElement[bool]
    columns: list[Any]


def hours_between(later: Any, earlier: Any, dialect: str) -> Any:
    """``later - earlier`` in hours, as SQL."""
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 24.0
    return func.extract("epoch", later - earlier) / 3600.0


def _least(a: Any, b: Any, dialect: str) -> Any:
    return func.min(a, b) if dialect == "sqlite" else func.least(a, b)


def _greatest(a: Any, b: Any, dialect: str) -> Any:
    return func.max(a, b) if dialect == "sqlite" else func.greatest(a, b)


def _count(condition: ColumnElement[bool] | None = None) -> Any:
    return func.count() if condition is None else func.count().filter(condition)


def _total(value: Any, condition: ColumnElement[bool]) -> Any:
    return func.sum(value).filter(condition)


def reactive() -> ColumnElement[bool]:
    """Repairs (报修), not planned maintenance."""
    return W.source != "preventive"


def live() -> ColumnElement[bool]:
    return W.state != "cancelled"


def reported_where(p: Period) -> ColumnElement[bool]:
    return and_(W.created_at >= p.start, W.created_at < p.end, live())


def rectified_where(p: Period) -> ColumnElement[bool]:
    """Reported before the end and rectified in the period or after it."""
    return and_(W.rectified_at >= p.start, W.created_at < p.end, live())


def unrectified_where(p: Period) -> ColumnElement[bool]:
    """Reported before the end and not rectified yet."""
    return and_(W.rectified_at.is_(None), W.created_at < p.end, live())


def due_where(p: Period) -> ColumnElement[bool]:
    return and_(W.completion_due >= p.start, W.completion_due < p.end, live())


def sla_clock_over(p: Period, stamp: Any, due: Any) -> ColumnElement[bool]:
    """An SLA clock that has stopped or run out (a clock still running is not a miss yet)."""
    return and_(due.is_not(None), or_(stamp.is_not(None), due < p.as_of))


def _down(p: Period, until: Any) -> tuple[Any, ColumnElement[bool]]:
    """Hours of the period the order's asset was down (report → ``until``) and when it counts
    (a repair on an asset that was down for some of the period)."""
    start = _greatest(W.created_at, p.at(p.start), p.dialect)
    return hours_between(until, start, p.dialect), and_(
        W.source != "preventive", W.asset_id.is_not(None), until > start
    )


def populations(p: Period) -> list[Population]:
    """The four queries' populations and sums (named as the fields of ``KpiSums``); sums of
    the same name add up across populations."""
    fixed = W.rectified_at < p.end
    repair = and_(fixed, reactive())
    done_by_due = and_(W.rectified_at.is_not(None), W.rectified_at <= W.completion_due)
    scheduled = or_(W.rectified_at.is_not(None), W.completion_due < p.as_of)
    score = W.satisfaction_score
    on_asset = and_(reactive(), W.asset_id.is_not(None))
    down_fixed, down_fixed_when = _down(p, _least(W.rectified_at, p.at(p.as_of), p.dialect))
    down_open, down_open_when = _down(p, p.at(p.as_of))
    return [
        Population(
            "reported",
            reported_where(p),
            [
                _count().label("reported"),
                _count(sla_clock_over(p, W.accepted_at, W.response_due)).label("response_due"),
                _count(W.accepted_at <= W.response_due).label("response_met"),
                _count(sla_clock_over(p, W.on_site_at, W.on_site_due)).label("onsite_due"),
                _count(W.on_site_at <= W.on_site_due).label("onsite_met"),
                _count(on_asset).label("failures"),
            ],
        ),
        Population(
            "rectified",
            rectified_where(p),
            [
                _count(repair).label("repairs"),
                _total(hours_between(W.rectified_at, W.created_at, p.dialect), repair).label(
                    "repair_hours"
                ),
                _count(and_(repair, W.reopened_count == 0)).label("first_fix"),
                _count(fixed).label("completed"),
                _count(and_(fixed, W.reopened_count > 0)).label("reworked"),
                _count(and_(fixed, score.is_not(None))).label("rated"),
                _count(and_(fixed, score >= 4)).label("satisfied"),
                _total(score, fixed).label("score_sum"),
                _total(down_fixed, down_fixed_when).label("down_hours"),
                _count(W.rectified_at >= p.end).label("backlog_orders"),
            ],
        ),
        Population(
            "unrectified",
            unrectified_where(p),
            [
                _total(down_open, down_open_when).label("down_hours"),
                _count().label("backlog_orders"),
            ],
        ),
        Population(
            "due",
            due_where(p),
            [
                _count(scheduled).label("scheduled"),
                _count(done_by_due).label("scheduled_met"),
                _count(and_(scheduled, W.source == "preventive")).label("pm_due"),
                _count(and_(done_by_due, W.source == "preventive")).label("pm_met"),
            ],
        ),
    ]
