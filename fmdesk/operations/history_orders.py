"""Plausible work-order lives for the generated history, written with bulk inserts.

An order's clock follows its target (the contract's service standard when a contractor has one,
else the department's SLA): most are answered and finished well inside it, some break it; the
share of breaches falls and repairs get faster over the history (the department improves),
except in a contractor's bad months. Some repairs fail and are redone (返修); most closed
orders are rated by the resident. Everything after the end of the history is cut off, so recent
orders are still open in the state they had reached.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fmdesk.operations.contract_tables import WorkAcceptance
from fmdesk.records.models import NumberSequence, WorkOrder
from fmdesk.workorders.numbering import PREFIX, format_number
from fmdesk.workorders.sla import SlaTarget, next_due

CHUNK = 2000
STAMP_ORDER = ("dispatched", "accepted", "on_site", "rectified", "rechecked", "closed")


@dataclass(frozen=True)
class Target:
    """Response, on-site and completion allowances of one order, in minutes."""

    response: float
    on_site: float
    completion: float


@dataclass
class OrderFactory:
    """Builds order rows for the history between ``start`` and ``end``."""

    rng: random.Random
    start: datetime
    end: datetime
    site_id: int
    sla: dict[str, SlaTarget]
    standards: dict[int, dict[str, Any]] = field(default_factory=dict)  # contractor → standard
    bad_months: dict[int, set[str]] = field(default_factory=dict)  # contractor → {"2027-03"}
    recheckers: Sequence[str] = ("品质部 刘工", "工程部 陈主管")

    def progress(self, when: datetime) -> float:
        """How far into the history ``when`` is (0 at the start, 1 at the end)."""
        span = (self.end - self.start).total_seconds() or 1.0
        return min(1.0, max(0.0, (when - self.start).total_seconds() / span))

    def is_bad(self, contractor_id: int | None, when: datetime) -> bool:
        return contractor_id is not None and when.strftime("%Y-%m") in self.bad_months.get(
            contractor_id, set()
        )

    def target(self, priority: str, contractor_id: int | None) -> Target:
        base = self.sla[priority]
        standard = (self.standards.get(contractor_id or 0) or {}).get(priority) or {}
        response = standard.get("response_minutes", base.response.total_seconds() / 60)
        completion = standard.get("completion_minutes", base.completion.total_seconds() / 60)
        return Target(response, base.on_site.total_seconds() / 60, completion)

    def make(
        self,
        created: datetime,
        title: str,
        *,
        priority: str,
        source: str,
        asset_id: int | None = None,
        space_id: int | None = None,
        element_global_id: str = "",
        location: str = "",
        reporter: str = "",
        contractor_id: int | None = None,
        assignee_id: int | None = None,
        completion_due: datetime | None = None,
        source_ref: str = "",
    ) -> dict[str, Any]:
        """One order's row, its life simulated and cut at the end of the history."""
        rng = self.rng
        target = self.target(priority, contractor_id)
        due_response = created + timedelta(minutes=self.sla[priority].response.total_seconds() / 60)
        due_on_site = created + self.sla[priority].on_site
        due_completion = completion_due or created + self.sla[priority].completion
        t = self.progress(created)
        bad = self.is_bad(contractor_id, created)
        breach = 0.6 if bad else 0.2 - 0.15 * t
        speed = 1.0 - 0.55 * t if not bad else 1.2
        respond = target.response * (
            rng.uniform(1.2, 4.0) if rng.random() < breach * 0.6 else rng.uniform(0.1, 0.9)
        )
        travel = min(target.on_site * rng.uniform(0.05, 0.6), 240.0)
        late = rng.random() < breach * 0.6
        finish = target.completion * (
            rng.uniform(1.1, 2.5) if late else rng.uniform(0.08, 0.8) * speed
        )
        dispatched = created + timedelta(minutes=rng.uniform(1, min(10, respond)))
        accepted = created + timedelta(minutes=respond)
        on_site = accepted + timedelta(minutes=travel)
        rectified = max(on_site + timedelta(minutes=20), created + timedelta(minutes=finish))
        reworked = rng.random() < (0.2 if bad else 0.08 - 0.05 * t)
        if reworked:
            rectified += timedelta(hours=rng.uniform(20, 60))
        rechecked = rectified + timedelta(hours=rng.uniform(1, 24))
        closed = rechecked + timedelta(hours=rng.uniform(1, 72))
        stamps = dict(
            zip(
                STAMP_ORDER,
                (dispatched, accepted, on_site, rectified, rechecked, closed),
                strict=True,
            )
        )
        row: dict[str, Any] = {
            "site_id": self.site_id,
            "title": title,
            "description": "",
            "source": source,
            "priority": priority,
            "asset_id": asset_id,
            "space_id": space_id,
            "element_global_id": element_global_id,
            "location": location,
            "reporter": reporter,
            "reporter_phone": "",
            "assignee_id": assignee_id,
            "contractor_id": contractor_id,
            "source_ref": source_ref,
            "shutoff": {},
            "created_at": created,
            "response_due": due_response,
            "on_site_due": due_on_site,
            "completion_due": due_completion,
            "reopened_count": 1 if reworked and rectified <= self.end else 0,
            "recheck_by": "",
            "satisfaction_score": None,
            "satisfaction_comment": "",
            "cancelled_at": None,
            "version": 1,
        }
        if rng.random() < 0.02 and created + timedelta(hours=2) < self.end:
            return self._cancelled(row, created + timedelta(hours=rng.uniform(0.2, 2)))
        state, updated = "reported", created
        for name in STAMP_ORDER:
            when = stamps[name]
            if when <= self.end:
                row[f"{name}_at"] = when
                state, updated = name, when
            else:
                row[f"{name}_at"] = None
        if row["rechecked_at"] is not None:
            row["recheck_by"] = rng.choice(list(self.recheckers))
        if state == "closed" and rng.random() < 0.7:
            satisfied = 0.6 if bad else 0.82 + 0.14 * t
            row["satisfaction_score"] = (
                rng.choice((4, 5, 5)) if rng.random() < satisfied else rng.choice((1, 2, 3, 3))
            )
        row["state"], row["updated_at"] = state, updated
        row["next_due_at"] = next_due(
            state,
            (due_response, due_on_site, due_completion),
            (row["accepted_at"], row["on_site_at"], row["rectified_at"]),
        )
        return row

    def _cancelled(self, row: dict[str, Any], when: datetime) -> dict[str, Any]:
        for name in STAMP_ORDER:
            row[f"{name}_at"] = None
        row.update(state="cancelled", cancelled_at=when, updated_at=when, next_due_at=None)
        row["reopened_count"] = 0
        return row


def insert_orders(session: Session, rows: list[dict[str, Any]]) -> list[tuple[int, dict]]:
    """Number the rows per year in time order (after any numbers already taken), insert them in
    chunks and return (id, row) pairs; the number sequences are moved past the last number."""
    if not rows:
        return []
    rows.sort(key=lambda r: r["created_at"])
    site_id = rows[0]["site_id"]
    taken = dict(
        session.execute(
            select(NumberSequence.year, NumberSequence.last_value).where(
                NumberSequence.site_id == site_id, NumberSequence.prefix == PREFIX
            )
        ).all()
    )
    for row in rows:
        year = row["created_at"].year
        taken[year] = taken.get(year, 0) + 1
        row["number"] = format_number(PREFIX, year, taken[year])
    table = WorkOrder.__table__
    ids: list[int] = []
    for first in range(0, len(rows), CHUNK):
        chunk = rows[first : first + CHUNK]
        result = session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), chunk
        )
        ids.extend(result.scalars().all())
    _move_sequences(session, site_id, taken)
    return list(zip(ids, rows, strict=True))


def _move_sequences(session: Session, site_id: int, last: dict[int, int]) -> None:
    for year, value in last.items():
        row = session.get(NumberSequence, (site_id, PREFIX, year))
        if row is None:
            session.add(NumberSequence(site_id=site_id, prefix=PREFIX, year=year, last_value=value))
        else:
            row.last_value = value
    session.flush()


def insert_acceptances(
    session: Session,
    rng: random.Random,
    orders: list[tuple[int, dict]],
    names: dict[int, str],
    end: datetime,
) -> int:
    """Three-level acceptance rows for the contractors' finished orders (a reworked order first
    failed its initial check)."""
    rows: list[dict[str, Any]] = []
    for order_id, row in orders:
        contractor = row["contractor_id"]
        rectified = row["rectified_at"]
        if contractor is None or rectified is None:
            continue
        staff = names.get(contractor, "")
        if row["reopened_count"]:
            first = rectified - timedelta(hours=rng.uniform(24, 48))
            rows.append(_acceptance(order_id, 1, staff, first, "pass"))
            rows.append(
                _acceptance(
                    order_id,
                    2,
                    "工程部 陈主管",
                    first + timedelta(hours=2),
                    "fail",
                    "复查不合格，返修",
                )
            )
        steps = [
            (1, staff, 0.5),
            (2, "工程部 陈主管", rng.uniform(2, 20)),
            (3, "第三方监理 韩工", rng.uniform(24, 96)),
        ]
        for level, person, hours in steps:
            when = rectified + timedelta(hours=hours)
            if when > end:
                break
            rows.append(_acceptance(order_id, level, person, when, "pass"))
    for first in range(0, len(rows), CHUNK):
        session.execute(insert(WorkAcceptance.__table__), rows[first : first + CHUNK])
    return len(rows)


def _acceptance(
    order_id: int, level: int, person: str, at: datetime, verdict: str, note: str = ""
) -> dict[str, Any]:
    return {
        "work_order_id": order_id,
        "level": level,
        "person": person,
        "at": at,
        "verdict": verdict,
        "note": note,
    }
