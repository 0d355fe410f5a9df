"""Handover inspection (物业承接查验): the 7-step checklist of a delivery and its rechecks.

A handover is started with its delivery date and the systems and space types it covers; its
checklist comes from ``resources/handover/checklist.csv`` (editable). Each item is passed,
failed (a finding: the application layer opens a review issue and links its number here) or
marked not applicable. Items that are risk points (防水, 渗漏, 电梯安全…) are scheduled for
rechecks 6 and 12 months after delivery, the quality revisit period (质保期回访).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from fmdesk.errors import UserError
from fmdesk.handover.tables import Handover, HandoverCheck, HandoverRecheck
from fmdesk.i18n import Msg, _t
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork
from fmdesk.resources import resource_path

__all__ = [
    "REVISIT_MONTHS",
    "STEPS",
    "ChecklistItem",
    "HandoverView",
    "complete_recheck",
    "handover_view",
    "link_issue",
    "list_handovers",
    "load_checklist",
    "record_check",
    "start_handover",
]

STEPS: dict[int, Msg] = {
    1: _t("Documents handed over (资料移交)"),
    2: _t("Site inspection (现场查验)"),
    3: _t("Rectification (问题整改)"),
    4: _t("Recheck (复验)"),
    5: _t("Handover (交接)"),
    6: _t("Archiving (归档)"),
    7: _t("Warranty-period revisit (质保期回访)"),
}
REVISIT_MONTHS = (6, 12)
"""The quality revisit period: rechecks of the risk points 6 and 12 months after delivery."""
STATUSES = ("pending", "pass", "fail", "na")


@dataclass(frozen=True)
class ChecklistItem:
    step: int
    target_kind: str
    target: str
    item_code: str
    item: str
    evidence: tuple[str, ...] = ()
    risk_point: bool = False


def load_checklist(path: Path | None = None) -> list[ChecklistItem]:
    """The checklist template (comment lines start with #)."""
    source = path or resource_path("handover", "checklist.csv")
    with source.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    items = []
    for row in csv.DictReader(lines):
        items.append(
            ChecklistItem(
                step=int(row["step"]),
                target_kind=row["target_kind"].strip(),
                target=row["target"].strip(),
                item_code=row["item_code"].strip(),
                item=row["item"].strip(),
                evidence=tuple(e for e in row.get("evidence", "").split("|") if e),
                risk_point=row.get("risk_point", "").strip().lower() in ("yes", "y", "1", "true"),
            )
        )
    return items


@dataclass(frozen=True)
class CheckView:
    id: int
    step: int
    target_kind: str
    target: str
    item_code: str
    item: str
    evidence: tuple[str, ...]
    risk_point: bool
    status: str
    note: str
    element_global_id: str
    issue_number: str
    checked_by: str
    checked_at: datetime | None


@dataclass(frozen=True)
class RecheckView:
    id: int
    check_id: int
    item_code: str
    item: str
    due_on: date
    done_on: date | None
    result: str
    issue_number: str


@dataclass
class HandoverView:
    id: int
    name: str
    delivered_on: date
    model_file: str
    builder: str
    checks: list[CheckView] = field(default_factory=list)
    rechecks: list[RecheckView] = field(default_factory=list)

    @property
    def revisit_period(self) -> tuple[date, date]:
        """The quality revisit period: 6 to 12 months after delivery."""
        return (
            self.delivered_on + relativedelta(months=REVISIT_MONTHS[0]),
            self.delivered_on + relativedelta(months=REVISIT_MONTHS[-1]),
        )

    def step_progress(self) -> dict[int, dict[str, int]]:
        """Step → {pending, pass, fail, na} counts."""
        progress: dict[int, dict[str, int]] = {step: dict.fromkeys(STATUSES, 0) for step in STEPS}
        for check in self.checks:
            progress[check.step][check.status] += 1
        return progress

    def to_dict(self) -> dict[str, Any]:
        start, end = self.revisit_period
        return {
            "id": self.id,
            "name": self.name,
            "delivered_on": self.delivered_on.isoformat(),
            "model_file": self.model_file,
            "builder": self.builder,
            "revisit_period": [start.isoformat(), end.isoformat()],
            "steps": [
                {"step": step, "name": STEPS[step].render(), **counts}
                for step, counts in self.step_progress().items()
            ],
            "checks": [{**_plain(c.__dict__), "evidence": list(c.evidence)} for c in self.checks],
            "rechecks": [_plain(r.__dict__) for r in self.rechecks],
            "open_findings": sum(1 for c in self.checks if c.status == "fail"),
        }


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in values.items()}


def start_handover(
    uow: UnitOfWork,
    name: str,
    delivered_on: date,
    *,
    systems: list[str] | None = None,
    spaces: list[str] | None = None,
    model_file: str = "",
    builder: str = "",
    checklist: list[ChecklistItem] | None = None,
) -> HandoverView:
    """Create a handover with the checklist items of its systems and space types (all when
    none are named; items for 全部 always) and the rechecks of its risk points."""
    if not name.strip():
        raise UserError(_t("A handover needs a name."))
    items = [
        item
        for item in checklist or load_checklist()
        if item.target == "全部"
        or (item.target_kind == "system" and (not systems or item.target in systems))
        or (item.target_kind == "space" and (not spaces or item.target in spaces))
    ]
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(Handover.id).where(Handover.name == name)) is not None:
            raise UserError(_t("A handover called {name} already exists.", name=name))
        handover = Handover(
            name=name,
            delivered_on=delivered_on,
            model_file=model_file,
            builder=builder,
            created_by=uow.actor,
        )
        uow.session.add(handover)
        uow.flush()
        for item in items:
            check = HandoverCheck(
                handover_id=handover.id,
                step=item.step,
                target_kind=item.target_kind,
                target=item.target,
                item_code=item.item_code,
                item=item.item,
                evidence="|".join(item.evidence),
                risk_point=item.risk_point,
            )
            uow.session.add(check)
            if item.risk_point:
                uow.flush()
                for months in REVISIT_MONTHS:
                    uow.session.add(
                        HandoverRecheck(
                            handover_id=handover.id,
                            check_id=check.id,
                            due_on=delivered_on + relativedelta(months=months),
                        )
                    )
        uow.flush()
        view = _view(uow, handover)
        uow.commit()
        return view


def _handover(uow: UnitOfWork, name: str) -> Handover:
    found = uow.session.scalar(select(Handover).where(Handover.name == name))
    if found is None:
        raise UserError(_t("There is no handover called {name}.", name=name))
    return found


def record_check(
    uow: UnitOfWork,
    handover_name: str,
    item_code: str,
    status: str,
    *,
    target: str = "",
    note: str = "",
    element_global_id: str = "",
) -> CheckView:
    """Record the result of one checklist item (``pass``, ``fail``, ``na`` or ``pending``)."""
    if status not in STATUSES:
        raise UserError(_t("A check is pass, fail, na or pending, not {status}.", status=status))
    with uow:
        uow.begin_write()
        handover = _handover(uow, handover_name)
        query = select(HandoverCheck).where(
            HandoverCheck.handover_id == handover.id, HandoverCheck.item_code == item_code
        )
        if target:
            query = query.where(HandoverCheck.target == target)
        check = uow.session.scalars(query).first()
        if check is None:
            raise UserError(
                _t(
                    "Handover {name} has no checklist item {code}.",
                    name=handover_name,
                    code=item_code,
                )
            )
        check.status, check.note = status, note
        check.element_global_id = element_global_id or check.element_global_id
        check.checked_by, check.checked_at = uow.actor, utcnow()
        uow.flush()
        view = _check_view(check)
        uow.commit()
        return view


def link_issue(uow: UnitOfWork, check_id: int, issue_number: str, recheck_id: int = 0) -> None:
    """Note the review issue that tracks a failed item (or a failed recheck)."""
    with uow:
        uow.begin_write()
        row = uow.session.get(
            HandoverRecheck if recheck_id else HandoverCheck, recheck_id or check_id
        )
        if row is not None:
            row.issue_number = issue_number
        uow.commit()


def complete_recheck(
    uow: UnitOfWork, recheck_id: int, result: str, done_on: date, note: str = ""
) -> RecheckView:
    """Record a revisit recheck as ``pass`` or ``fail``."""
    if result not in ("pass", "fail"):
        raise UserError(_t("A recheck passes or fails, not {result}.", result=result))
    with uow:
        uow.begin_write()
        recheck = uow.session.get(HandoverRecheck, recheck_id)
        if recheck is None:
            raise UserError(_t("There is no recheck {id}.", id=recheck_id))
        recheck.result, recheck.done_on, recheck.note = result, done_on, note
        uow.flush()
        check = uow.session.get(HandoverCheck, recheck.check_id)
        view = _recheck_view(recheck, check)
        uow.commit()
        return view


def handover_view(uow: UnitOfWork, name: str) -> HandoverView:
    with uow:
        return _view(uow, _handover(uow, name))


def list_handovers(uow: UnitOfWork) -> list[HandoverView]:
    with uow:
        rows = uow.session.scalars(select(Handover).order_by(Handover.delivered_on)).all()
        return [_view(uow, row) for row in rows]


def _view(uow: UnitOfWork, handover: Handover) -> HandoverView:
    checks = uow.session.scalars(
        select(HandoverCheck)
        .where(HandoverCheck.handover_id == handover.id)
        .order_by(HandoverCheck.step, HandoverCheck.id)
    ).all()
    by_id = {c.id: c for c in checks}
    rechecks = uow.session.scalars(
        select(HandoverRecheck)
        .where(HandoverRecheck.handover_id == handover.id)
        .order_by(HandoverRecheck.due_on, HandoverRecheck.id)
    ).all()
    return HandoverView(
        id=handover.id,
        name=handover.name,
        delivered_on=handover.delivered_on,
        model_file=handover.model_file,
        builder=handover.builder,
        checks=[_check_view(c) for c in checks],
        rechecks=[_recheck_view(r, by_id.get(r.check_id)) for r in rechecks],
    )


def _check_view(check: HandoverCheck) -> CheckView:
    return CheckView(
        id=check.id,
        step=check.step,
        target_kind=check.target_kind,
        target=check.target,
        item_code=check.item_code,
        item=check.item,
        evidence=tuple(e for e in check.evidence.split("|") if e),
        risk_point=check.risk_point,
        status=check.status,
        note=check.note,
        element_global_id=check.element_global_id,
        issue_number=check.issue_number,
        checked_by=check.checked_by,
        checked_at=check.checked_at,
    )


def _recheck_view(recheck: HandoverRecheck, check: HandoverCheck | None) -> RecheckView:
    return RecheckView(
        id=recheck.id,
        check_id=recheck.check_id,
        item_code=check.item_code if check else "",
        item=check.item if check else "",
        due_on=recheck.due_on,
        done_on=recheck.done_on,
        result=recheck.result,
        issue_number=recheck.issue_number,
    )


def count_statuses(view: HandoverView) -> Counter[str]:
    return Counter(c.status for c in view.checks)
