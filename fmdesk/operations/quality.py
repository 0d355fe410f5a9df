"""The quality check loop (品质检查): 检查 → 发现 → 派单 → 整改 → 复核 → 销项.

A finding is numbered ZJ-YYYY-NNNNNN, keeps its photos in the documents store (linked to its
rectification work order), and opens that order at once with the finding's deadline as the
completion due; it goes to the contractor responsible when one is named. Rectifying, rechecking
and closing the finding move the order along with it (a failed recheck reopens both). Earlier
findings of the same item on the same element, or by the same contractor, within a year make a
finding repeated (屡查屡犯); the contractor's monthly score counts them.

Example::

    add_plan(records.uow("品质部"), "2027-03 月度品质检查", date(2027, 3, 15), "品质部 刘工")
    f = record_finding(records.uow("品质部"), "消防通道堵塞", asset="FH-B1-01",
                       contractor="消防维保公司", photos=[Path("堵塞.jpg")])
    rectify_finding(uow, f.number, "已清理"); recheck_finding(uow, f.number, "pass")
    close_finding(uow, f.number)
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from fmdesk.i18n import Msg, _t
from fmdesk.operations.contracts import contractor_row
from fmdesk.operations.quality_tables import QualityFinding, QualityPlan
from fmdesk.records.documents import read_attachment
from fmdesk.records.errors import (
    DuplicateError,
    InvalidInputError,
    InvalidTransitionError,
    NotFoundError,
)
from fmdesk.records.models import Asset, Contractor, Document, Technician, WorkOrder
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.numbering import next_number
from fmdesk.workorders.service import advance_work_order, create_work_order
from fmdesk.workorders.sla import SlaTarget

SEVERITIES = {"minor": ("low", 72), "major": ("normal", 24), "critical": ("urgent", 4)}
"""Severity → (the rectification order's priority, default hours to rectify)."""
STATES = ("open", "rectified", "rechecked", "closed")
REPEAT_WINDOW = timedelta(days=365)
PREFIX = "ZJ"
# How the rectification order gets from where it is to "rectified".
_TO_RECTIFIED = {
    "reported": "dispatched",
    "reopened": "dispatched",
    "dispatched": "accepted",
    "accepted": "on_site",
    "on_site": "rectified",
}


@dataclass(frozen=True)
class PlanView:
    id: int
    name: str
    planned_on: date
    checker: str
    scope: str
    state: str
    findings: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "planned_on": self.planned_on.isoformat()}


@dataclass(frozen=True)
class FindingView:
    """A finding as lists, the CLI and the GUI show it."""

    number: str
    plan: str
    item: str
    description: str
    severity: str
    concealed: bool
    asset_code: str
    element_global_id: str
    contractor: str
    found_by: str
    found_at: datetime
    deadline: datetime
    state: str
    work_order: str
    photo_ids: list[int]
    element_repeats: int
    contractor_repeats: int
    recheck_verdict: str
    overdue: bool

    @property
    def repeated(self) -> bool:
        return self.element_repeats > 0 or self.contractor_repeats > 0

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["found_at"], data["deadline"] = self.found_at.isoformat(), self.deadline.isoformat()
        data["repeated"] = self.repeated
        return data


def add_plan(
    uow: UnitOfWork, name: str, planned_on: date, checker: str = "", scope: str = ""
) -> PlanView:
    """A check plan (检查计划): which walk, when, by whom."""
    if not name.strip():
        raise InvalidInputError(_t("A check plan needs a name."))
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(QualityPlan).where(QualityPlan.name == name.strip())):
            raise DuplicateError(_t("A check plan called '{name}' already exists.", name=name))
        plan = QualityPlan(
            name=name.strip(), planned_on=planned_on, checker=checker or uow.actor, scope=scope
        )
        uow.session.add(plan)
        uow.flush()
        view = PlanView(plan.id, plan.name, planned_on, plan.checker, scope, plan.state, 0)
        uow.commit()
        return view


def list_plans(uow: UnitOfWork) -> list[PlanView]:
    with uow:
        counts = dict(
            uow.session.execute(
                select(QualityFinding.plan_id, func.count()).group_by(QualityFinding.plan_id)
            ).all()
        )
        plans = uow.session.scalars(select(QualityPlan).order_by(QualityPlan.planned_on)).all()
        return [
            PlanView(p.id, p.name, p.planned_on, p.checker, p.scope, p.state, counts.get(p.id, 0))
            for p in plans
        ]


def record_finding(
    uow: UnitOfWork,
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
    photos: Sequence[Path | bytes] = (),
    now: datetime | None = None,
    sla: dict[str, SlaTarget] | None = None,
) -> FindingView:
    """Record a finding (发现) and dispatch its rectification order (派单) in one transaction."""
    item = item.strip()
    if not item:
        raise InvalidInputError(_t("A finding needs the check item that failed."))
    if severity not in SEVERITIES:
        raise InvalidInputError(
            _t("'{severity}' is not a severity; use minor, major or critical.", severity=severity)
        )
    if not (asset or element_global_id):
        raise InvalidInputError(_t("A finding needs an asset code or a model element."))
    now = now or utcnow()
    priority, hours = SEVERITIES[severity]
    deadline = deadline or now + timedelta(hours=hours)
    if deadline <= now:
        raise InvalidInputError(_t("The rectification deadline must be after the finding."))
    contents = [p if isinstance(p, bytes) else read_attachment(Path(p)) for p in photos]
    names = [
        f"{item}-{i + 1}.jpg" if isinstance(p, bytes) else Path(p).name
        for i, p in enumerate(photos)
    ]
    with uow:
        uow.begin_write()
        session = uow.session
        row = QualityFinding(
            item=item,
            description=description,
            severity=severity,
            concealed=concealed,
            found_by=uow.actor,
            found_at=now,
            deadline=deadline,
            element_global_id=element_global_id,
        )
        if plan:
            row.plan_id = _plan(uow, plan).id
        asset_row = uow.assets.get(asset) if asset else None
        if asset_row is not None:
            row.asset_id = asset_row.id
            row.element_global_id = element_global_id or (asset_row.ifc_global_id or "")
        contractor_obj = contractor_row(session, contractor) if contractor else None
        row.contractor_id = contractor_obj.id if contractor_obj else None
        row.element_repeats, row.contractor_repeats = _repeats(uow, row, now)
        row.number = next_number(session, uow.sites.get(uow.site_code).id, now.year, PREFIX)
        repeat = _t("(repeated finding)").render() if row.element_repeats else ""
        order = create_work_order(
            uow,
            f"品质检查整改：{item}{repeat}"[:300],
            priority=priority,
            asset=asset_row.code if asset_row else None,
            element_global_id=row.element_global_id,
            source="inspection",
            description=description,
            source_ref=f"quality:{row.number}",
            completion_due=deadline,
            reporter=uow.actor,
            sla=sla,
            now=now,
        )
        if contractor_obj is not None:
            advance_work_order(
                uow, order.number, "dispatched", contractor=contractor_obj.name, sla=sla, now=now
            )
        row.work_order_id = order.id
        row.photo_ids = [
            _store_photo(uow, data, name, order.id, row.asset_id, row.element_global_id)
            for data, name in zip(contents, names, strict=True)
        ]
        session.add(row)
        return _saved_view(uow, row, now)


def _finding_in_state(
    uow: UnitOfWork, number: str, state: str, refusal: Msg
) -> tuple[QualityFinding, WorkOrder | None]:
    """The finding ``number`` and its rectification order, when the finding is in ``state``;
    else ``refusal`` (a message with ``{number}`` and ``{state}``) as the one sentence."""
    row = _finding(uow, number)
    if row.state != state:
        raise InvalidTransitionError(Msg(refusal.text, {"number": number, "state": row.state}))
    order = uow.session.get(WorkOrder, row.work_order_id) if row.work_order_id else None
    return row, order


def _saved_view(uow: UnitOfWork, row: QualityFinding, now: datetime) -> FindingView:
    """Flush, read the finding back as the caller sees it, then commit."""
    uow.flush()
    view = _view(uow, row, now)
    uow.commit()
    return view


def rectify_finding(
    uow: UnitOfWork, number: str, note: str = "", now: datetime | None = None
) -> FindingView:
    """The responsible party reports the finding rectified (整改); its order follows."""
    now = now or utcnow()
    with uow:
        uow.begin_write()
        row, order = _finding_in_state(
            uow,
            number,
            "open",
            _t("Finding {number} is {state}; only an open finding can be rectified."),
        )
        if order is not None:
            assignee, contractor = _who_for(uow, order)
            while order.state in _TO_RECTIFIED:
                advance_work_order(
                    uow,
                    order.number,
                    _TO_RECTIFIED[order.state],
                    assignee=assignee,
                    contractor=contractor,
                    note=note,
                    now=now,
                )
                uow.session.refresh(order)
        row.state, row.rectified_at, row.rectify_note = "rectified", now, note
        return _saved_view(uow, row, now)


def recheck_finding(
    uow: UnitOfWork,
    number: str,
    verdict: str,
    note: str = "",
    now: datetime | None = None,
    sla: dict[str, SlaTarget] | None = None,
) -> FindingView:
    """The checker rechecks (复核): pass → rechecked; fail → open again, its order reopened."""
    if verdict not in ("pass", "fail"):
        raise InvalidInputError(_t("A recheck verdict is pass or fail."))
    now = now or utcnow()
    with uow:
        uow.begin_write()
        row, order = _finding_in_state(
            uow,
            number,
            "rectified",
            _t("Finding {number} is {state}; recheck it after it is rectified."),
        )
        target = "rechecked" if verdict == "pass" else "reopened"
        if order is not None and order.state == "rectified":
            advance_work_order(
                uow, order.number, target, note=note, recheck_by=uow.actor, sla=sla, now=now
            )
        row.recheck_by, row.rechecked_at, row.recheck_verdict = uow.actor, now, verdict
        row.recheck_count += 1
        row.state = "rechecked" if verdict == "pass" else "open"
        return _saved_view(uow, row, now)


def close_finding(
    uow: UnitOfWork, number: str, note: str = "", now: datetime | None = None
) -> FindingView:
    """Close a rechecked finding (销项) and its rectification order."""
    now = now or utcnow()
    with uow:
        uow.begin_write()
        row, order = _finding_in_state(
            uow,
            number,
            "rechecked",
            _t("Finding {number} is {state}; close it after a passed recheck."),
        )
        if order is not None and order.state == "rechecked":
            advance_work_order(uow, order.number, "closed", note=note, now=now)
        row.state, row.closed_at = "closed", now
        return _saved_view(uow, row, now)


def list_findings(
    uow: UnitOfWork,
    *,
    state: str | None = None,
    contractor: str | None = None,
    repeated_only: bool = False,
    limit: int = 500,
    now: datetime | None = None,
) -> list[FindingView]:
    """Findings, newest first; optionally one state, one contractor, only the repeated ones."""
    if state and state not in STATES:
        raise InvalidInputError(
            _t(
                "'{state}' is not a finding state; use open, rectified, rechecked or closed.",
                state=state,
            )
        )
    now = now or utcnow()
    with uow:
        query = select(QualityFinding).order_by(
            QualityFinding.found_at.desc(), QualityFinding.id.desc()
        )
        if state:
            query = query.where(QualityFinding.state == state)
        if contractor:
            query = query.where(
                QualityFinding.contractor_id == contractor_row(uow.session, contractor).id
            )
        if repeated_only:
            query = query.where(
                or_(QualityFinding.element_repeats > 0, QualityFinding.contractor_repeats > 0)
            )
        return [_view(uow, row, now) for row in uow.session.scalars(query.limit(limit))]


def show_finding(uow: UnitOfWork, number: str, now: datetime | None = None) -> FindingView:
    with uow:
        return _view(uow, _finding(uow, number), now or utcnow())


def _repeats(uow: UnitOfWork, row: QualityFinding, now: datetime) -> tuple[int, int]:
    """Earlier findings of the same item on the same element, and by the same contractor."""
    since = now - REPEAT_WINDOW
    base = (
        select(func.count())
        .select_from(QualityFinding)
        .where(QualityFinding.item == row.item, QualityFinding.found_at >= since)
    )
    same_place = []
    if row.asset_id is not None:
        same_place.append(QualityFinding.asset_id == row.asset_id)
    if row.element_global_id:
        same_place.append(QualityFinding.element_global_id == row.element_global_id)
    element = uow.session.scalar(base.where(or_(*same_place))) or 0
    contractor = 0
    if row.contractor_id is not None:
        contractor = (
            uow.session.scalar(base.where(QualityFinding.contractor_id == row.contractor_id)) or 0
        )
    return int(element), int(contractor)


def _store_photo(
    uow: UnitOfWork,
    data: bytes,
    name: str,
    order_id: int,
    asset_id: int | None,
    element_global_id: str,
) -> int:
    """Keep a photo in the documents store, linked to the rectification order."""
    doc = Document(
        file_name=name,
        mime_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        size=len(data),
        doc_type="photo",
        title=name,
        storage=uow.blobs.kind,
        asset_id=asset_id,
        work_order_id=order_id,
        element_global_id=element_global_id,
        uploaded_by=uow.actor,
    )
    doc.sha256 = uow.blobs.put(uow.session, data)
    uow.session.add(doc)
    uow.flush()
    return doc.id


def _who_for(uow: UnitOfWork, order: WorkOrder) -> tuple[str | None, str | None]:
    """Who the order is with (dispatching needs someone): its contractor, else its technician,
    else the finding is rectified by the acting user's department (no one named)."""
    if order.contractor_id is not None:
        row = uow.session.get(Contractor, order.contractor_id)
        return None, row.name if row else None
    if order.assignee_id is not None:
        return uow.session.get_one(Technician, order.assignee_id).name, None
    raise InvalidTransitionError(
        _t(
            "The rectification order {number} has nobody on it; dispatch it first.",
            number=order.number,
        )
    )


def _plan(uow: UnitOfWork, name: str) -> QualityPlan:
    plan = uow.session.scalar(select(QualityPlan).where(QualityPlan.name == name))
    if plan is None:
        raise NotFoundError(_t("No check plan is called '{name}'.", name=name))
    return plan


def _finding(uow: UnitOfWork, number: str) -> QualityFinding:
    row = uow.session.scalar(select(QualityFinding).where(QualityFinding.number == number.strip()))
    if row is None:
        raise NotFoundError(_t("No finding is numbered {number}.", number=number))
    return row


def _view(uow: UnitOfWork, row: QualityFinding, now: datetime) -> FindingView:
    session = uow.session
    asset = session.get(Asset, row.asset_id) if row.asset_id else None
    contractor = session.get(Contractor, row.contractor_id) if row.contractor_id else None
    order = session.get(WorkOrder, row.work_order_id) if row.work_order_id else None
    plan = session.get(QualityPlan, row.plan_id) if row.plan_id else None
    return FindingView(
        number=row.number,
        plan=plan.name if plan else "",
        item=row.item,
        description=row.description,
        severity=row.severity,
        concealed=row.concealed,
        asset_code=asset.code if asset else "",
        element_global_id=row.element_global_id,
        contractor=contractor.name if contractor else "",
        found_by=row.found_by,
        found_at=row.found_at,
        deadline=row.deadline,
        state=row.state,
        work_order=order.number if order else "",
        photo_ids=list(row.photo_ids or []),
        element_repeats=row.element_repeats,
        contractor_repeats=row.contractor_repeats,
        recheck_verdict=row.recheck_verdict,
        overdue=row.state == "open" and row.deadline < now,
    )
