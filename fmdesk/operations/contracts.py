"""Contractors' profiles and contracts (外包/委托管理): staff, qualifications, insurance, the
backup supplier pool, contracts with scope, service standards, fee, milestones and penalties,
and which contractor an order goes to by default.

Example::

    add_contract(records.uow("主管"), "电梯维保公司", "HT-2027-001", date(2027, 1, 1),
                 date(2027, 12, 31), categories=["lift"], monthly_fee=20000,
                 penalties={"sla_breach_yuan": 500, "concealed_fault_percent": 5})
    default_contractor(records.uow(), "GD-2027-000012")   # "电梯维保公司"
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fmdesk.i18n import _t
from fmdesk.operations.contract_tables import Contract
from fmdesk.records.errors import DuplicateError, InvalidInputError, NotFoundError
from fmdesk.records.models import Asset, Contractor, Technician, WorkOrder
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.dispatch import DispatchSuggestion
from fmdesk.workorders.sla import PRIORITIES
from fmdesk.workorders.states import DONE_STATES

POOLS = ("active", "backup", "ended")
POOL_LABELS = {
    "active": _t("in service"),
    "backup": _t("backup supplier"),
    "ended": _t("contract ended"),
}
"""The pools in the reader's words (在用 / 备选 / 已终止); the ids stay in the data and JSON."""
STANDARD_KEYS = ("response_minutes", "completion_minutes", "acceptance_minutes")
PENALTY_KEYS = ("sla_breach_yuan", "concealed_fault_percent", "repeat_finding_yuan")
DEFAULT_PENALTIES = {
    "sla_breach_yuan": 500.0,
    "concealed_fault_percent": 5.0,
    "repeat_finding_yuan": 200.0,
}


@dataclass(frozen=True)
class ContractView:
    """A contract as lists and the CLI show it."""

    id: int
    number: str
    contractor: str
    title: str
    start_on: date
    end_on: date
    scope: dict[str, list[str]]
    standards: dict[str, dict[str, float]]
    monthly_fee: float
    milestones: list[dict[str, Any]]
    penalties: dict[str, float]
    pass_score: int
    status: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["start_on"], data["end_on"] = self.start_on.isoformat(), self.end_on.isoformat()
        return data


@dataclass(frozen=True)
class ContractorProfile:
    """A contractor with its people, papers and the pool it is in."""

    id: int
    name: str
    scope: str
    contact_name: str
    phone: str
    staff: list[dict[str, Any]]
    qualifications: list[dict[str, Any]]
    insurance: dict[str, Any]
    pool: str
    contracts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def update_profile(
    uow: UnitOfWork,
    name: str,
    *,
    staff: Sequence[dict[str, Any]] | None = None,
    qualifications: Sequence[dict[str, Any]] | None = None,
    insurance: dict[str, Any] | None = None,
    pool: str | None = None,
) -> ContractorProfile:
    """Set a contractor's staff, qualifications, insurance or pool (what is None is kept)."""
    if pool is not None and pool not in POOLS:
        raise InvalidInputError(
            _t("'{pool}' is not a pool; use active, backup or ended.", pool=pool)
        )
    with uow:
        uow.begin_write()
        row = contractor_row(uow.session, name)
        if staff is not None:
            row.staff = [dict(s) for s in staff]
        if qualifications is not None:
            row.qualifications = [dict(q) for q in qualifications]
        if insurance is not None:
            row.insurance = dict(insurance)
        if pool is not None:
            row.pool = pool
        uow.flush()
        profile = _profile(uow.session, row)
        uow.commit()
        return profile


def list_contractors(uow: UnitOfWork, pool: str | None = None) -> list[ContractorProfile]:
    """Contractors by name, optionally only one pool (``backup``: the backup suppliers)."""
    with uow:
        query = select(Contractor).order_by(Contractor.name)
        if pool:
            query = query.where(Contractor.pool == pool)
        return [_profile(uow.session, row) for row in uow.session.scalars(query)]


def add_contract(
    uow: UnitOfWork,
    contractor: str,
    number: str,
    start_on: date,
    end_on: date,
    *,
    title: str = "",
    systems: Sequence[str] = (),
    buildings: Sequence[str] = (),
    categories: Sequence[str] = (),
    standards: dict[str, dict[str, float]] | None = None,
    monthly_fee: float = 0.0,
    milestones: Sequence[dict[str, Any]] = (),
    penalties: dict[str, float] | None = None,
    pass_score: int = 80,
) -> ContractView:
    """Register a contract; its scope decides which orders go to the contractor by default."""
    number = number.strip()
    if not number:
        raise InvalidInputError(_t("A contract needs a number."))
    if end_on < start_on:
        raise InvalidInputError(_t("A contract cannot end before it starts."))
    if monthly_fee < 0 or not 0 <= pass_score <= 100:
        raise InvalidInputError(
            _t("The monthly fee cannot be negative and the pass score is 0–100.")
        )
    with uow:
        uow.begin_write()
        row_contractor = contractor_row(uow.session, contractor)
        if uow.session.scalar(select(Contract).where(Contract.number == number)) is not None:
            raise DuplicateError(_t("A contract numbered {number} already exists.", number=number))
        row = Contract(
            number=number,
            contractor_id=row_contractor.id,
            title=title,
            start_on=start_on,
            end_on=end_on,
            scope={
                "systems": list(systems),
                "buildings": list(buildings),
                "categories": list(categories),
            },
            standards=check_standards(standards or {}),
            monthly_fee=float(monthly_fee),
            milestones=[_milestone(m) for m in milestones],
            penalties={**DEFAULT_PENALTIES, **check_penalties(penalties or {})},
            pass_score=int(pass_score),
        )
        uow.session.add(row)
        uow.flush()
        view = contract_view(row, row_contractor.name)
        uow.commit()
        return view


def list_contracts(uow: UnitOfWork, contractor: str | None = None) -> list[ContractView]:
    with uow:
        query = select(Contract, Contractor.name).join(
            Contractor, Contract.contractor_id == Contractor.id
        )
        if contractor:
            query = query.where(
                Contract.contractor_id == contractor_row(uow.session, contractor).id
            )
        rows = uow.session.execute(query.order_by(Contract.start_on, Contract.number)).all()
        return [contract_view(row, name) for row, name in rows]


def default_contractor(uow: UnitOfWork, number: str) -> str | None:
    """The contractor whose active contract covers order ``number`` (None: in-house work)."""
    with uow:
        order = uow.work_orders.get(number)
        found = contract_for_order(uow.session, order)
        if found is None:
            return None
        row = uow.session.get(Contractor, found.contractor_id)
        return row.name if row else None


def dispatch_target(
    uow: UnitOfWork, number: str, assignee: str | None
) -> tuple[str | None, str | None]:
    """(technician, contractor) to dispatch order ``number`` to (see the use case)."""
    with uow:
        if not assignee:
            order = uow.work_orders.get(number)
            found = contract_for_order(uow.session, order)
            row = uow.session.get(Contractor, found.contractor_id) if found else None
            return None, row.name if row else None
        name = assignee.strip()
        technician = uow.session.scalar(select(Technician.id).where(Technician.name == name))
        contractor = uow.session.scalar(select(Contractor.id).where(Contractor.name == name))
        if technician is None and contractor is not None:
            return None, name
        return assignee, None


def contractor_suggestion(uow: UnitOfWork, number: str) -> DispatchSuggestion | None:
    """The covering contract's contractor as a dispatch suggestion ranked first."""
    with uow:
        order = uow.work_orders.get(number)
        found = contract_for_order(uow.session, order)
        if found is None:
            return None
        row = uow.session.get(Contractor, found.contractor_id)
        if row is None:
            return None
        busy = uow.session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .where(WorkOrder.contractor_id == row.id, WorkOrder.state.not_in(DONE_STATES))
        )
        return DispatchSuggestion(
            name=row.name,
            score=100.0,
            skill_match=True,
            open_orders=int(busy or 0),
            same_storey=False,
            reasons=[f"contract {found.number} covers this asset"],
        )


def contract_for_order(session: Session, order: WorkOrder) -> Contract | None:
    """The first active contract (newest start first) whose scope covers the order's asset."""
    asset = session.get(Asset, order.asset_id) if order.asset_id else None
    if asset is None:
        return None
    day = order.created_at.date() if order.created_at else date.today()
    contracts = session.scalars(
        select(Contract)
        .join(Contractor, Contract.contractor_id == Contractor.id)
        .where(
            Contract.status == "active",
            Contract.start_on <= day,
            Contract.end_on >= day,
            Contractor.pool == "active",
        )
        .order_by(Contract.start_on.desc(), Contract.id)
    ).all()
    return next((c for c in contracts if covers(c.scope, asset, order.location)), None)


def covers(scope: dict[str, Any], asset: Asset, location: str = "") -> bool:
    """Whether a contract scope covers an asset: every non-empty list must match."""
    categories = scope.get("categories") or []
    systems = scope.get("systems") or []
    buildings = scope.get("buildings") or []
    if categories and asset.category not in categories:
        return False
    if systems and not any(s and s in (asset.system or "") for s in systems):
        return False
    where = " ".join([asset.space_name or "", asset.storey_name or "", location or ""])
    return not buildings or any(b and b in where for b in buildings)


def active_contract(
    session: Session, contractor_id: int, start: date, end: date
) -> Contract | None:
    """The contractor's contract in force during [start, end) (the newest when several)."""
    return session.scalar(
        select(Contract)
        .where(
            Contract.contractor_id == contractor_id,
            Contract.start_on < end,
            Contract.end_on >= start,
        )
        .order_by(Contract.start_on.desc(), Contract.id.desc())
        .limit(1)
    )


def check_standards(standards: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Service standards per priority, in minutes; unknown priorities or keys are refused."""
    checked: dict[str, dict[str, float]] = {}
    for priority, values in standards.items():
        if priority not in PRIORITIES:
            raise InvalidInputError(
                _t(
                    "'{priority}' is not a priority; use urgent, high, normal or low.",
                    priority=priority,
                )
            )
        unknown = [k for k in values if k not in STANDARD_KEYS]
        if unknown or any(float(v) <= 0 for v in values.values()):
            raise InvalidInputError(
                _t("Service standards are response, completion and acceptance minutes above 0.")
            )
        checked[priority] = {k: float(v) for k, v in values.items()}
    return checked


def check_penalties(penalties: dict[str, float]) -> dict[str, float]:
    unknown = [k for k in penalties if k not in PENALTY_KEYS]
    if unknown or any(float(v) < 0 for v in penalties.values()):
        raise InvalidInputError(
            _t(
                "Penalty rules are sla_breach_yuan, concealed_fault_percent and "
                "repeat_finding_yuan, none negative."
            )
        )
    return {k: float(v) for k, v in penalties.items()}


def contractor_row(session: Session, name: str) -> Contractor:
    row = session.scalar(select(Contractor).where(Contractor.name == name.strip()))
    if row is None:
        raise NotFoundError(_t("No contractor is called '{name}'; add it first.", name=name))
    return row


def contract_view(row: Contract, contractor: str) -> ContractView:
    return ContractView(
        id=row.id,
        number=row.number,
        contractor=contractor,
        title=row.title,
        start_on=row.start_on,
        end_on=row.end_on,
        scope={k: list(v) for k, v in (row.scope or {}).items()},
        standards=dict(row.standards or {}),
        monthly_fee=float(row.monthly_fee),
        milestones=list(row.milestones or []),
        penalties=dict(row.penalties or {}),
        pass_score=row.pass_score,
        status=row.status,
    )


def _milestone(value: dict[str, Any]) -> dict[str, Any]:
    """A payment milestone {name, due_on (ISO date), amount}."""
    try:
        due = date.fromisoformat(str(value.get("due_on", "")))
        amount = float(value.get("amount", 0))
    except ValueError:
        raise InvalidInputError(
            _t("A payment milestone is a name, a date (2027-06-30) and an amount.")
        ) from None
    return {"name": str(value.get("name", "")), "due_on": due.isoformat(), "amount": amount}


def _profile(session: Session, row: Contractor) -> ContractorProfile:
    numbers = session.scalars(
        select(Contract.number).where(Contract.contractor_id == row.id).order_by(Contract.start_on)
    ).all()
    return ContractorProfile(
        id=row.id,
        name=row.name,
        scope=row.scope,
        contact_name=row.contact_name,
        phone=row.phone,
        staff=list(row.staff or []),
        qualifications=list(row.qualifications or []),
        insurance=dict(row.insurance or {}),
        pool=row.pool,
        contracts=list(numbers),
    )
