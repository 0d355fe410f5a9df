"""Three-level acceptance of contractor work (三级验收): the contractor's self-check (自检), the
property's initial check (物业初验), then the third party's final check (第三方终验).

Each level needs the one before it passed; a failed initial or final check sends the work back
(the use case reopens the order, which the monthly score counts as rework, 返修).

Example::

    record_acceptance(records.uow(), "GD-2027-000012", 1, "电梯公司 王工", "pass")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from fmdesk.i18n import _t
from fmdesk.operations.contract_tables import WorkAcceptance
from fmdesk.operations.contracts import contract_for_order
from fmdesk.records.errors import InvalidInputError, InvalidTransitionError
from fmdesk.records.models import WorkOrder
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork

LEVELS = {1: "self_check", 2: "initial_check", 3: "final_check"}
VERDICTS = ("pass", "fail")
DONE_WORK = ("rectified", "rechecked", "closed")


@dataclass(frozen=True)
class AcceptanceStep:
    level: int
    stage: str
    person: str
    at: datetime
    verdict: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "stage": self.stage,
            "person": self.person,
            "at": self.at.isoformat(),
            "verdict": self.verdict,
            "note": self.note,
        }


@dataclass(frozen=True)
class AcceptanceRecord:
    """An order's acceptance so far: every step, oldest first, and whether it is complete."""

    number: str
    steps: list[AcceptanceStep]
    passed_level: int  # the highest level passed in sequence (0: none)
    order_state: str
    due: datetime | None = None  # rectified + the contract's acceptance minutes
    late: bool = False  # the final check passed after ``due`` (or is still missing after it)

    @property
    def complete(self) -> bool:
        return self.passed_level == 3

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "steps": [s.to_dict() for s in self.steps],
            "passed_level": self.passed_level,
            "complete": self.complete,
            "order_state": self.order_state,
            "due": self.due.isoformat() if self.due else None,
            "late": self.late,
        }


def record_acceptance(
    uow: UnitOfWork,
    number: str,
    level: int,
    person: str,
    verdict: str,
    note: str = "",
    now: datetime | None = None,
) -> AcceptanceRecord:
    """Record one level's verdict on a contractor's finished order."""
    if level not in LEVELS:
        raise InvalidInputError(
            _t("Acceptance levels are 1 (self-check), 2 (initial) and 3 (final).")
        )
    if verdict not in VERDICTS:
        raise InvalidInputError(_t("An acceptance verdict is pass or fail."))
    if not person.strip():
        raise InvalidInputError(_t("Name the person who checked the work."))
    with uow:
        uow.begin_write()
        order = uow.work_orders.get(number)
        if order.contractor_id is None:
            raise InvalidInputError(
                _t(
                    "Work order {number} is not a contractor's; it needs no three-level "
                    "acceptance.",
                    number=number,
                )
            )
        if order.state not in DONE_WORK:
            raise InvalidTransitionError(
                _t(
                    "Work order {number} is {state}; accept it after the work is done.",
                    number=number,
                    state=order.state,
                )
            )
        passed = _passed_level(_steps(uow, order))
        if level > passed + 1:
            raise InvalidTransitionError(
                _t(
                    "Level {level} needs level {before} passed first.",
                    level=level,
                    before=level - 1,
                )
            )
        uow.session.add(
            WorkAcceptance(
                work_order_id=order.id,
                level=level,
                person=person.strip(),
                at=now or utcnow(),
                verdict=verdict,
                note=note,
            )
        )
        uow.flush()
        record = _record(uow, order, now)
        uow.commit()
        return record


def acceptance_of(uow: UnitOfWork, number: str) -> AcceptanceRecord:
    with uow:
        return _record(uow, uow.work_orders.get(number))


def _steps(uow: UnitOfWork, order: WorkOrder) -> list[AcceptanceStep]:
    rows = uow.session.scalars(
        select(WorkAcceptance)
        .where(WorkAcceptance.work_order_id == order.id)
        .order_by(WorkAcceptance.at, WorkAcceptance.id)
    ).all()
    return [
        AcceptanceStep(r.level, LEVELS[r.level], r.person, r.at, r.verdict, r.note) for r in rows
    ]


def _passed_level(steps: list[AcceptanceStep]) -> int:
    """The highest level passed in sequence since the last failure.

    A failure at any level sends the work back: the acceptance starts again at the self-check."""
    passed = 0
    for step in steps:
        if step.verdict == "pass" and step.level == passed + 1:
            passed = step.level
        elif step.verdict == "fail":
            passed = 0
    return passed


def _record(uow: UnitOfWork, order: WorkOrder, now: datetime | None = None) -> AcceptanceRecord:
    steps = _steps(uow, order)
    passed = _passed_level(steps)
    due = _due(uow, order)
    final = next((s.at for s in reversed(steps) if s.level == 3 and s.verdict == "pass"), None)
    late = due is not None and (final or now or utcnow()) > due
    return AcceptanceRecord(order.number, steps, passed, order.state, due, late)


def _due(uow: UnitOfWork, order: WorkOrder) -> datetime | None:
    """When the acceptance should be complete: the contract's acceptance minutes for the
    order's priority after the work was rectified (None without such a standard)."""
    if order.rectified_at is None:
        return None
    contract = contract_for_order(uow.session, order)
    standard = ((contract.standards or {}) if contract else {}).get(order.priority) or {}
    minutes = standard.get("acceptance_minutes")
    return order.rectified_at + timedelta(minutes=minutes) if minutes else None
