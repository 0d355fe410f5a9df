"""Monthly contractor scores (外包月度考核): timeliness, first-time fix, rework rate (返修率),
satisfaction and quality findings, the penalty the contract sets, and the cards.

The score out of 100 weighs timeliness 30, first-time fix 20, no rework 15, satisfaction 20 and
findings 15 (3 points off per quality finding, 3 more per repeated one, 1 per item failed on an
inspection round on equipment the contract covers). A month below the
contract's pass score fails; two failing months in a row give a yellow card, three a red card
with a termination warning naming the backup suppliers of the same scope. The penalty is a fixed
amount per order that broke its service standard, a share of the monthly fee per concealed fault
and a fixed amount per repeated finding, capped at the monthly fee.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fmdesk.i18n import _t, render
from fmdesk.operations.contract_tables import Contract, WorkAcceptance
from fmdesk.operations.contracts import DEFAULT_PENALTIES, active_contract, covers
from fmdesk.operations.quality_tables import QualityFinding
from fmdesk.records.errors import InvalidInputError
from fmdesk.records.models import Asset, Contractor, InspectionResult, WorkOrder
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork

WEIGHTS = {"timeliness": 30, "first_time_fix": 20, "rework": 15, "satisfaction": 20, "findings": 15}
DEFAULT_PASS = 80
CARD_RUNS = {2: "yellow", 3: "red"}
GENERIC_WORDS = frozenset({"维保", "维修", "保养", "服务", "工程", "安装"})
"""Scope words every trade uses: a shared one does not make a backup supplier a substitute."""


@dataclass(frozen=True)
class ContractorScore:
    """One contractor's month: the figures, the score, the penalty and the card."""

    contractor: str
    month: str
    orders: int
    timeliness: float | None
    first_time_fix: float | None
    rework_rate: float | None
    satisfaction: float | None
    findings: int
    repeated_findings: int
    concealed_faults: int
    inspection_failures: int
    sla_breaches: int
    score: float
    pass_score: int
    passed: bool
    penalty_yuan: float
    penalty_items: list[dict[str, Any]]
    monthly_fee: float
    contract: str
    failing_months: int
    card: str  # none | yellow | red
    warning: str
    backup_suppliers: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Figures:
    orders: int
    timeliness: float | None
    first_time_fix: float | None
    rework_rate: float | None
    satisfaction: float | None
    findings: int
    repeated: int
    concealed: int
    breaches: int
    inspection_failures: int = 0


def parse_month(month: str) -> tuple[datetime, datetime]:
    """``"2027-03"`` → the month's first instant and the next month's (UTC)."""
    try:
        year, number = (int(p) for p in month.split("-"))
        start = datetime(year, number, 1, tzinfo=UTC)
    except ValueError:
        raise InvalidInputError(
            _t("{month} is not a month; write it as 2027-03.", month=month)
        ) from None
    return start, _next_month(start)


def monthly_scores(
    uow: UnitOfWork, month: str, now: datetime | None = None
) -> list[ContractorScore]:
    """Every serving contractor's score for ``month`` (YYYY-MM), by name."""
    start, end = parse_month(month)
    now = min(now or utcnow(), end)
    with uow:
        session = uow.session
        rows = _contractors_of_month(session, start, end)
        backups = _backup_pool(session)
        return [_score_with_card(session, row, start, now, backups) for row in rows]


def _score_with_card(
    session: Session,
    contractor: Contractor,
    start: datetime,
    now: datetime,
    backups: list[tuple[str, str]],
) -> ContractorScore:
    end = _next_month(start)
    contract = active_contract(session, contractor.id, start.date(), end.date())
    figures = _figures(session, contractor.id, start, end, now, contract)
    score = _score(figures)
    pass_score = contract.pass_score if contract else DEFAULT_PASS
    passed = score >= pass_score
    run = 0 if passed else 1 + _failing_run(session, contractor.id, start, 2)
    card = CARD_RUNS.get(min(run, 3), "none")
    names = [name for name, scope in backups if _overlaps(scope, contractor.scope)] or [
        name for name, _ in backups
    ]
    warning = ""
    if card == "red":
        warning = render(
            _t(
                "Three failing months in a row: the contract may be terminated; backup "
                "suppliers: {names}.",
                names="、".join(names) or "—",
            )
        )
    elif card == "yellow":
        warning = render(_t("Two failing months in a row: yellow card."))
    return ContractorScore(
        contractor=contractor.name,
        month=start.strftime("%Y-%m"),
        orders=figures.orders,
        timeliness=figures.timeliness,
        first_time_fix=figures.first_time_fix,
        rework_rate=figures.rework_rate,
        satisfaction=figures.satisfaction,
        findings=figures.findings,
        repeated_findings=figures.repeated,
        concealed_faults=figures.concealed,
        inspection_failures=figures.inspection_failures,
        sla_breaches=figures.breaches,
        score=score,
        pass_score=pass_score,
        passed=passed,
        penalty_yuan=_penalty(figures, contract),
        penalty_items=penalty_items(figures, contract),
        monthly_fee=float(contract.monthly_fee) if contract else 0.0,
        contract=contract.number if contract else "",
        failing_months=run,
        card=card,
        warning=warning,
        backup_suppliers=names if card == "red" else [],
    )


def _failing_run(session: Session, contractor_id: int, start: datetime, depth: int) -> int:
    """How many months in a row before ``start`` failed (looking back at most ``depth``)."""
    run = 0
    month = start
    for _ in range(depth):
        month = _previous_month(month)
        end = _next_month(month)
        contract = active_contract(session, contractor_id, month.date(), end.date())
        figures = _figures(session, contractor_id, month, end, end, contract)
        if _score(figures) >= (contract.pass_score if contract else DEFAULT_PASS):
            break
        run += 1
    return run


def _figures(
    session: Session,
    contractor_id: int,
    start: datetime,
    end: datetime,
    now: datetime,
    contract: Contract | None,
) -> _Figures:
    orders = session.scalars(
        select(WorkOrder).where(
            WorkOrder.contractor_id == contractor_id,
            WorkOrder.created_at >= start,
            WorkOrder.created_at < end,
            WorkOrder.state != "cancelled",
        )
    ).all()
    standards = (contract.standards if contract else None) or {}
    breaches = sum(_breached(o, standards, now) for o in orders)
    failed_acceptance = _failed_acceptance(session, [o.id for o in orders])
    done = [o for o in orders if o.rectified_at is not None or o.state in ("rechecked", "closed")]
    reworked = [o for o in done if o.reopened_count > 0]
    first_time = [o for o in done if o.reopened_count == 0 and o.id not in failed_acceptance]
    rated = [o.satisfaction_score for o in orders if o.satisfaction_score is not None]
    findings = session.execute(
        select(
            func.count(),
            func.sum(
                _as_int(
                    or_(QualityFinding.element_repeats > 0, QualityFinding.contractor_repeats > 0)
                )
            ),
            func.sum(_as_int(QualityFinding.concealed.is_(True))),
        ).where(
            QualityFinding.contractor_id == contractor_id,
            QualityFinding.found_at >= start,
            QualityFinding.found_at < end,
        )
    ).one()
    return _Figures(
        orders=len(orders),
        timeliness=_share(len(orders) - breaches, len(orders)),
        first_time_fix=_share(len(first_time), len(done)),
        rework_rate=_share(len(reworked), len(done)),
        satisfaction=_share(sum(1 for r in rated if r >= 4), len(rated)),
        findings=int(findings[0] or 0),
        repeated=int(findings[1] or 0),
        concealed=int(findings[2] or 0),
        breaches=breaches,
        inspection_failures=_inspection_failures(session, contract, start, end),
    )


def _inspection_failures(
    session: Session, contract: Contract | None, start: datetime, end: datetime
) -> int:
    """Items failed on inspection rounds in the month on equipment the contract covers."""
    if contract is None:
        return 0
    assets = session.scalars(
        select(Asset)
        .join(InspectionResult, InspectionResult.asset_id == Asset.id)
        .where(
            InspectionResult.outcome == "fail",
            InspectionResult.recorded_at >= start,
            InspectionResult.recorded_at < end,
        )
    ).all()
    return sum(1 for asset in assets if covers(contract.scope or {}, asset))


def _breached(order: WorkOrder, standards: dict[str, Any], now: datetime) -> bool:
    """Whether the order missed its response or completion target (the contract's standard
    for its priority when the contract sets one, else the order's own SLA deadlines)."""
    standard = standards.get(order.priority) or {}
    response_due, completion_due = order.response_due, order.completion_due
    if "response_minutes" in standard:
        response_due = order.created_at + timedelta(minutes=standard["response_minutes"])
    if "completion_minutes" in standard:
        completion_due = order.created_at + timedelta(minutes=standard["completion_minutes"])
    responded = order.accepted_at or now
    completed = order.rectified_at or now
    late_response = response_due is not None and responded > response_due
    late_completion = completion_due is not None and completed > completion_due
    return late_response or late_completion


def _failed_acceptance(session: Session, order_ids: list[int]) -> set[int]:
    if not order_ids:
        return set()
    found: set[int] = set()
    for chunk in range(0, len(order_ids), 500):
        found.update(
            session.scalars(
                select(WorkAcceptance.work_order_id).where(
                    WorkAcceptance.work_order_id.in_(order_ids[chunk : chunk + 500]),
                    WorkAcceptance.verdict == "fail",
                )
            )
        )
    return found


def _score(f: _Figures) -> float:
    def part(weight: int, value: float | None) -> float:
        return weight * (1.0 if value is None else value)

    lost = 3.0 * f.findings + 3.0 * f.repeated + 1.0 * f.inspection_failures
    findings = max(0.0, WEIGHTS["findings"] - lost)
    total = (
        part(WEIGHTS["timeliness"], f.timeliness)
        + part(WEIGHTS["first_time_fix"], f.first_time_fix)
        + part(WEIGHTS["rework"], None if f.rework_rate is None else 1.0 - f.rework_rate)
        + part(WEIGHTS["satisfaction"], f.satisfaction)
        + findings
    )
    return round(total, 1)


def _penalty(f: _Figures, contract: Contract | None) -> float:
    items = penalty_items(f, contract)
    amount = sum(i["amount"] for i in items)
    fee = float(contract.monthly_fee or 0.0) if contract else 0.0
    return round(min(amount, fee) if fee > 0 else amount, 2)


def penalty_items(f: _Figures, contract: Contract | None) -> list[dict[str, Any]]:
    """The penalty by rule: ``{rule, count, rate, amount}`` (before the monthly-fee cap)."""
    if contract is None:
        return []
    rules = {**DEFAULT_PENALTIES, **(contract.penalties or {})}
    fee = float(contract.monthly_fee or 0.0)
    concealed_rate = fee * rules["concealed_fault_percent"] / 100.0
    items = [
        ("sla_breach_yuan", f.breaches, rules["sla_breach_yuan"]),
        ("concealed_fault_percent", f.concealed, concealed_rate),
        ("repeat_finding_yuan", f.repeated, rules["repeat_finding_yuan"]),
    ]
    return [
        {"rule": rule, "count": count, "rate": round(rate, 2), "amount": round(count * rate, 2)}
        for rule, count, rate in items
        if count
    ]


def _contractors_of_month(session: Session, start: datetime, end: datetime) -> list[Contractor]:
    """Contractors with a contract in force during the month or with orders in it."""
    with_contract = select(Contract.contractor_id).where(
        Contract.start_on < end.date(), Contract.end_on >= start.date()
    )
    with_orders = select(WorkOrder.contractor_id).where(
        WorkOrder.contractor_id.is_not(None),
        WorkOrder.created_at >= start,
        WorkOrder.created_at < end,
    )
    return list(
        session.scalars(
            select(Contractor)
            .where(or_(Contractor.id.in_(with_contract), Contractor.id.in_(with_orders)))
            .where(Contractor.pool != "backup")
            .order_by(Contractor.name)
        )
    )


def _backup_pool(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Contractor.name, Contractor.scope)
        .where(Contractor.pool == "backup")
        .order_by(Contractor.name)
    ).all()
    return [(name, scope or "") for name, scope in rows]


def _overlaps(a: str, b: str) -> bool:
    """Whether two free-text scopes share a word (电梯, 消防…)."""
    words = {w for w in a.replace("、", " ").replace(",", " ").split() if w} - GENERIC_WORDS
    return any(w in (b or "") for w in words)


def _as_int(condition: Any) -> Any:
    from sqlalchemy import Integer, case

    return case((condition, 1), else_=0).cast(Integer)


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, 4)


def _next_month(start: datetime) -> datetime:
    return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)


def _previous_month(start: datetime) -> datetime:
    if start.month == 1:
        return start.replace(year=start.year - 1, month=12)
    return start.replace(month=start.month - 1)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
