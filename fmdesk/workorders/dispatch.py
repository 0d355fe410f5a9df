"""Dispatch suggestions (派单建议): who should take an order, by skill, workload and location.

The score is simple and explainable, so a supervisor can see why someone is first: a matching
skill is required, each open order on someone's plate costs a point, and being based on (or
currently working on) the same storey earns one.

Example::

    for s in suggest_assignees(records.uow(), "GD-2027-000123"):
        print(s.name, s.score, s.reasons)
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from fmdesk.i18n import tr
from fmdesk.records.models import Asset, Space, Team, Technician, WorkOrder
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.states import DONE_STATES

# Which skill an asset category needs; categories not listed need "civil" (general repairs).
SKILL_FOR_CATEGORY = {
    **dict.fromkeys(
        ("pump", "tank", "valve", "meter", "pipe", "fitting", "sanitary", "chamber", "interceptor"),
        "plumbing",
    ),
    **dict.fromkeys(
        (
            "distribution_board",
            "breaker",
            "switch",
            "transformer",
            "generator",
            "motor",
            "battery",
            "cable",
            "junction_box",
            "outlet",
            "light",
        ),
        "electrical",
    ),
    **dict.fromkeys(("lift", "escalator", "moving_walkway", "transport"), "lift"),
    **dict.fromkeys(
        ("fan", "duct", "damper", "air_terminal", "chiller", "boiler", "unitary_equipment"), "hvac"
    ),
    **dict.fromkeys(
        ("hydrant", "sprinkler", "hose_reel", "fire_terminal", "alarm", "breeching_inlet"), "fire"
    ),
    **dict.fromkeys(("sensor", "controller", "control_panel", "instrument"), "weak_current"),
}


@dataclass(frozen=True)
class DispatchSuggestion:
    name: str
    score: float
    skill_match: bool
    open_orders: int
    same_storey: bool
    reasons: list[str]


def required_skill(category: str | None) -> str:
    """The skill an order on an asset of ``category`` needs (``"civil"`` when unknown)."""
    return SKILL_FOR_CATEGORY.get(category or "", "civil")


def suggest_assignees(uow: UnitOfWork, number: str, limit: int = 5) -> list[DispatchSuggestion]:
    """Active technicians ranked for order ``number``: skilled first, then least busy, then near."""
    with uow:
        session = uow.session
        order = uow.work_orders.get(number)
        asset = session.get(Asset, order.asset_id) if order.asset_id else None
        space = session.get(Space, order.space_id) if order.space_id else None
        skill = required_skill(asset.category if asset else None)
        storey = (asset.storey_name if asset else "") or (space.storey_name if space else "")
        load = dict(
            session.execute(
                select(WorkOrder.assignee_id, func.count())
                .where(WorkOrder.assignee_id.is_not(None), WorkOrder.state.not_in(DONE_STATES))
                .group_by(WorkOrder.assignee_id)
            ).all()
        )
        working_on = _storeys_on_site(uow)
        rows = session.execute(
            select(Technician, Team)
            .outerjoin(Team, Technician.team_id == Team.id)
            .where(Technician.active.is_(True))
        ).all()
        suggestions = []
        for tech, team in rows:
            skills = set(tech.skills or []) | set((team.skills if team else None) or [])
            match = skill in skills
            busy = int(load.get(tech.id, 0))
            near = bool(storey) and storey in ({tech.home_storey} | working_on.get(tech.id, set()))
            score = (10.0 if match else 0.0) - busy + (1.0 if near else 0.0)
            reasons = [
                tr("has skill {skill}", skill=skill)
                if match
                else tr("lacks skill {skill}", skill=skill),
                tr("{count} open order(s)", count=busy),
            ]
            if near:
                reasons.append(tr("on or based at {storey}", storey=storey))
            suggestions.append(DispatchSuggestion(tech.name, score, match, busy, near, reasons))
        suggestions.sort(key=lambda s: (-s.score, s.open_orders, s.name))
        return suggestions[:limit]


def _storeys_on_site(uow: UnitOfWork) -> dict[int, set[str]]:
    """Where each technician is working right now (orders they are on site for)."""
    rows = uow.session.execute(
        select(WorkOrder.assignee_id, Asset.storey_name)
        .join(Asset, WorkOrder.asset_id == Asset.id)
        .where(WorkOrder.state == "on_site", WorkOrder.assignee_id.is_not(None))
    ).all()
    result: dict[int, set[str]] = {}
    for tech_id, storey in rows:
        result.setdefault(tech_id, set()).add(storey)
    return result
