"""Contractor use cases (外包/委托管理): register with staff, qualifications and insurance, the
backup pool, contracts, default dispatch to the contractor whose contract covers an order,
three-level acceptance, and the monthly scores with penalties and cards.

``monthly_scores(app, "2027-03")`` is what the KPI and report features read::

    for s in monthly_scores(app, "2027-03"):
        print(s.contractor, s.score, s.penalty_yuan, s.card)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.operations.acceptance import AcceptanceRecord
    from fmdesk.operations.contracts import ContractorProfile, ContractView
    from fmdesk.operations.scoring import ContractorScore

__all__ = [
    "acceptance_of",
    "add_contract",
    "add_contractor",
    "contractor_cards",
    "contractor_suggestion",
    "contractor_trend",
    "default_contractor",
    "dispatch_target",
    "list_contractors",
    "list_contracts",
    "monthly_scores",
    "record_acceptance",
]


def add_contractor(
    app: App,
    name: str,
    *,
    scope: str = "",
    contact: str = "",
    phone: str = "",
    email: str = "",
    staff: Sequence[dict[str, Any]] = (),
    qualifications: Sequence[dict[str, Any]] = (),
    insurance: dict[str, Any] | None = None,
    backup: bool = False,
) -> ContractorProfile:
    """Register a contractor with its profile; ``backup`` puts it in the backup supplier pool."""
    from fmdesk.operations.contracts import update_profile
    from fmdesk.records.people import add_contractor as add

    add(app.uow(), name, scope=scope, contact_name=contact, phone=phone, email=email)
    return update_profile(
        app.uow(),
        name,
        staff=list(staff),
        qualifications=list(qualifications),
        insurance=dict(insurance or {}),
        pool="backup" if backup else "active",
    )


def set_contractor_pool(app: App, name: str, pool: str) -> ContractorProfile:
    """Move a contractor to ``active``, ``backup`` or ``ended`` (its contracts stay)."""
    from fmdesk.operations.contracts import update_profile

    return update_profile(app.uow(), name, pool=pool)


def list_contractors(app: App, pool: str | None = None) -> list[ContractorProfile]:
    from fmdesk.operations.contracts import list_contractors as query

    return query(app.uow(), pool)


def add_contract(
    app: App,
    contractor: str,
    number: str,
    start_on: date,
    end_on: date,
    **terms: Any,
) -> ContractView:
    """Register a contract (scope, service standards, fee, milestones, penalties)."""
    from fmdesk.operations.contracts import add_contract as add

    return add(app.uow(), contractor, number, start_on, end_on, **terms)


def list_contracts(app: App, contractor: str | None = None) -> list[ContractView]:
    from fmdesk.operations.contracts import list_contracts as query

    return query(app.uow(), contractor)


def default_contractor(app: App, number: str) -> str | None:
    """The contractor an order goes to by default (its contract's scope covers the asset)."""
    from fmdesk.operations.contracts import default_contractor as find

    return find(app.uow(), number)


def dispatch_target(app: App, number: str, assignee: str | None) -> tuple[str | None, str | None]:
    """(technician, contractor) for dispatching ``number``: nobody named → the contractor of
    the covering contract; a name that is a contractor's and no technician's → that contractor."""
    from fmdesk.operations.contracts import dispatch_target as target

    return target(app.uow(), number, assignee)


def contractor_suggestion(app: App, number: str) -> Any:
    """The contractor whose contract covers order ``number`` as the first dispatch suggestion
    (a :class:`fmdesk.workorders.dispatch.DispatchSuggestion`), or None."""
    from fmdesk.operations.contracts import contractor_suggestion as suggest

    return suggest(app.uow(), number)


def record_acceptance(
    app: App, number: str, level: int, person: str, verdict: str, note: str = ""
) -> AcceptanceRecord:
    """One level of the three-level acceptance; a failed initial or final check reopens the
    order (the work goes back to the contractor and counts as rework)."""
    from fmdesk.operations.acceptance import record_acceptance as record
    from fmdesk.workorders.service import advance_work_order

    result = record(app.uow(), number, level, person, verdict, note)
    if (
        verdict == "fail"
        and level >= 2
        and result.order_state in ("rectified", "rechecked", "closed")
    ):
        advance_work_order(app.uow(), number, "reopened", note=note, sla=app.sla)
        return acceptance_of(app, number)
    return result


def acceptance_of(app: App, number: str) -> AcceptanceRecord:
    from fmdesk.operations.acceptance import acceptance_of as query

    return query(app.uow(), number)


def monthly_scores(app: App, month: str) -> list[ContractorScore]:
    """Every serving contractor's score for ``month`` (YYYY-MM): timeliness, first-time fix,
    rework rate, satisfaction, findings, score, penalty (元) and card (none|yellow|red)."""
    from fmdesk.operations.scoring import monthly_scores as score

    return score(app.uow(), month)


def contractor_trend(
    app: App, name: str, last_month: str, months: int = 6
) -> list[ContractorScore]:
    """One contractor's scores for the ``months`` months ending with ``last_month``, oldest
    first (how its cards came about)."""
    from fmdesk.errors import UserError
    from fmdesk.i18n import _t
    from fmdesk.operations.scoring import parse_month

    if not 1 <= months <= 36:
        raise UserError(_t("Show 1 to 36 months."))
    start, _ = parse_month(last_month)
    names = []
    year, month = start.year, start.month
    for _ in range(months):
        names.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    trend = []
    for month_name in reversed(names):
        trend.extend(s for s in monthly_scores(app, month_name) if s.contractor == name)
    return trend


def contractor_cards(app: App, month: str) -> list[ContractorScore]:
    """The contractors holding a yellow or red card in ``month``."""
    return [s for s in monthly_scores(app, month) if s.card != "none"]
