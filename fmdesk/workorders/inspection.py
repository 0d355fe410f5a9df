"""Inspection rounds (巡检): routes by storey/space, checklists per equipment type, results.

A failed item opens a work order at once (source ``inspection``) whose completion deadline is the
item's rectification deadline; the order can only be closed after a recheck (rectified →
rechecked → closed). A failure of the same item on the same asset that was already found before
is flagged as repeated (屡查屡犯).

Example::

    create_route(records.uow("主管"), "B1 机房日巡", storey="B1")
    round_ = start_round(records.uow("张工"), "B1 机房日巡")
    result = record_result(records.uow("张工"), round_.id, "SB-01", "PUMP-LEAK", "fail", "滴水")
    result.work_order_number, result.repeated
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from fmdesk.i18n import _t
from fmdesk.records.errors import DuplicateError, InvalidInputError, InvalidTransitionError
from fmdesk.records.models import (
    Asset,
    InspectionResult,
    InspectionRound,
    InspectionRoute,
    InspectionStop,
    WorkOrder,
)
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.service import create_work_order
from fmdesk.workorders.sla import SlaTarget
from fmdesk.workorders.templates import ChecklistTemplate, load_templates, template_for

OUTCOMES = ("pass", "fail", "na")


@dataclass(frozen=True)
class RouteStop:
    seq: int
    asset_code: str
    asset_name: str
    checklist: str
    items: list[tuple[str, str]]  # (code, text)


@dataclass(frozen=True)
class RouteInfo:
    id: int
    name: str
    storey_name: str
    space_name: str
    stops: list[RouteStop]


@dataclass(frozen=True)
class RoundInfo:
    id: int
    route: str
    inspector: str
    state: str
    started_at: datetime
    finished_at: datetime | None
    stops: list[RouteStop]


@dataclass(frozen=True)
class ResultInfo:
    id: int
    asset_code: str
    item_code: str
    outcome: str
    work_order_number: str | None
    repeat_count: int

    @property
    def repeated(self) -> bool:
        return self.repeat_count > 0


@dataclass(frozen=True)
class RoundSummary:
    round: RoundInfo
    checked: int
    passed: int
    failed: int
    not_applicable: int
    missing: list[tuple[str, str]]  # (asset code, item code) not recorded
    work_orders: list[str]
    repeated: list[tuple[str, str, int]]  # (asset code, item code, times found before)


@dataclass(frozen=True)
class RepeatedFinding:
    asset_code: str
    asset_name: str
    item_code: str
    count: int
    last_at: datetime


def create_route(
    uow: UnitOfWork,
    name: str,
    storey: str = "",
    space: str = "",
    categories: list[str] | None = None,
    templates: dict[str, ChecklistTemplate] | None = None,
) -> RouteInfo:
    """A route over the assets of a storey and/or space (not removed from the model), by code."""
    if not name.strip() or not (storey or space):
        raise InvalidInputError(_t("A route needs a name and a storey or a space to cover."))
    templates = templates or load_templates()
    with uow:
        uow.begin_write()
        session = uow.session
        if session.scalar(select(InspectionRoute).where(InspectionRoute.name == name)):
            raise DuplicateError(
                _t("A route called '{name}' already exists; choose another name.", name=name)
            )
        query = select(Asset).where(Asset.removed_revision_id.is_(None)).order_by(Asset.code)
        if storey:
            query = query.where(Asset.storey_name == storey)
        if space:
            query = query.where(Asset.space_name == space)
        if categories:
            query = query.where(Asset.category.in_(categories))
        assets = session.scalars(query).all()
        if not assets:
            raise InvalidInputError(
                _t(
                    "No assets are registered in {places}; import the model first.",
                    places=list(p for p in (storey, space) if p),
                )
            )
        route = InspectionRoute(name=name.strip(), storey_name=storey, space_name=space)
        session.add(route)
        session.flush()
        for seq, asset in enumerate(assets, start=1):
            checklist = template_for(templates, asset.category).name
            session.add(
                InspectionStop(route_id=route.id, seq=seq, asset_id=asset.id, checklist=checklist)
            )
        uow.flush()
        info = _route_info(uow, route, templates)
        uow.commit()
        return info


def list_route_names(uow: UnitOfWork) -> list[str]:
    """Names of every inspection route, alphabetically (the route picker of the GUI)."""
    with uow:
        return list(
            uow.session.scalars(select(InspectionRoute.name).order_by(InspectionRoute.name))
        )


def start_round(
    uow: UnitOfWork,
    route_name: str,
    inspector: str | None = None,
    now: datetime | None = None,
    templates: dict[str, ChecklistTemplate] | None = None,
) -> RoundInfo:
    """Begin walking a route; returns the stops and the items to check at each."""
    templates = templates or load_templates()
    with uow:
        uow.begin_write()
        route = uow.inspections.route(route_name)
        round_ = InspectionRound(
            route_id=route.id, inspector=inspector or uow.actor, started_at=now or utcnow()
        )
        uow.session.add(round_)
        uow.flush()
        info = _round_info(uow, round_, route, templates)
        uow.commit()
        return info


def record_result(
    uow: UnitOfWork,
    round_id: int,
    asset_code: str,
    item_code: str,
    outcome: str,
    note: str = "",
    now: datetime | None = None,
    templates: dict[str, ChecklistTemplate] | None = None,
    sla: dict[str, SlaTarget] | None = None,
) -> ResultInfo:
    """Record one checklist item; a failure opens a work order with its rectification deadline."""
    if outcome not in OUTCOMES:
        raise InvalidInputError(
            _t("'{outcome}' is not a result; use pass, fail or na.", outcome=outcome)
        )
    templates = templates or load_templates()
    now = now or utcnow()
    with uow:
        uow.begin_write()
        session = uow.session
        round_ = uow.inspections.round(round_id)
        if round_.state != "in_progress":
            raise InvalidTransitionError(
                _t("Round {round_id} is finished; start a new round.", round_id=round_id)
            )
        asset = uow.assets.get(asset_code)
        stop = session.scalar(
            select(InspectionStop).where(
                InspectionStop.route_id == round_.route_id, InspectionStop.asset_id == asset.id
            )
        )
        if stop is None:
            raise InvalidInputError(
                _t("Asset {code} is not on this round's route.", code=asset.code)
            )
        item = templates.get(stop.checklist, template_for(templates, asset.category)).item(
            item_code
        )
        before = (
            session.scalar(
                select(func.count())
                .select_from(InspectionResult)
                .where(
                    InspectionResult.asset_id == asset.id,
                    InspectionResult.item_code == item.code,
                    InspectionResult.outcome == "fail",
                )
            )
            or 0
        )
        result = InspectionResult(
            round_id=round_.id,
            asset_id=asset.id,
            item_code=item.code,
            item_text=item.text,
            outcome=outcome,
            note=note,
            recorded_at=now,
            repeat_count=before if outcome == "fail" else 0,
        )
        number = None
        if outcome == "fail":
            repeat = f"（屡查屡犯：第 {before + 1} 次）" if before else ""
            order = create_work_order(
                uow,
                f"巡检发现：{asset.name} {item.text}不符合{repeat}",
                priority=item.priority,
                asset=asset.code,
                source="inspection",
                description=note,
                source_ref=f"round:{round_.id}:{item.code}",
                completion_due=now + timedelta(hours=item.rectify_hours),
                reporter=round_.inspector,
                sla=sla,
                now=now,
            )
            number = order.number
            result.work_order_id = order.id
        session.add(result)
        uow.flush()
        info = ResultInfo(result.id, asset.code, item.code, outcome, number, result.repeat_count)
        uow.commit()
        return info


def finish_round(
    uow: UnitOfWork,
    round_id: int,
    now: datetime | None = None,
    templates: dict[str, ChecklistTemplate] | None = None,
) -> RoundSummary:
    """Close a round and summarise it: counts, items not checked, orders opened, repeats."""
    templates = templates or load_templates()
    with uow:
        uow.begin_write()
        round_ = uow.inspections.round(round_id)
        if round_.state != "in_progress":
            raise InvalidTransitionError(
                _t("Round {round_id} is already finished.", round_id=round_id)
            )
        round_.state = "completed"
        round_.finished_at = now or utcnow()
        uow.flush()
        route = uow.session.get(InspectionRoute, round_.route_id)
        assert route is not None
        info = _round_info(uow, round_, route, templates)
        rows = uow.session.execute(
            select(InspectionResult, Asset.code, WorkOrder.number)
            .join(Asset, InspectionResult.asset_id == Asset.id)
            .outerjoin(WorkOrder, InspectionResult.work_order_id == WorkOrder.id)
            .where(InspectionResult.round_id == round_id)
        ).all()
        done = {(code, r.item_code) for r, code, _ in rows}
        expected = [(s.asset_code, code) for s in info.stops for code, _ in s.items]
        summary = RoundSummary(
            round=info,
            checked=len(rows),
            passed=sum(r.outcome == "pass" for r, _, _ in rows),
            failed=sum(r.outcome == "fail" for r, _, _ in rows),
            not_applicable=sum(r.outcome == "na" for r, _, _ in rows),
            missing=[key for key in expected if key not in done],
            work_orders=[n for _, _, n in rows if n],
            repeated=[(c, r.item_code, r.repeat_count) for r, c, _ in rows if r.repeat_count],
        )
        uow.commit()
        return summary


def repeated_findings(
    uow: UnitOfWork, since: datetime | None = None, minimum: int = 2
) -> list[RepeatedFinding]:
    """Items failed at least ``minimum`` times on the same asset (屡查屡犯), worst first."""
    with uow:
        query = (
            select(
                Asset.code,
                Asset.name,
                InspectionResult.item_code,
                func.count(),
                func.max(InspectionResult.recorded_at),
            )
            .join(Asset, InspectionResult.asset_id == Asset.id)
            .where(InspectionResult.outcome == "fail")
            .group_by(Asset.code, Asset.name, InspectionResult.item_code)
            .having(func.count() >= minimum)
            .order_by(func.count().desc(), Asset.code)
        )
        if since is not None:
            query = query.where(InspectionResult.recorded_at >= since)
        return [
            RepeatedFinding(code, name, item, int(count), last)
            for code, name, item, count, last in uow.session.execute(query).all()
        ]


def _stops(
    uow: UnitOfWork, route_id: int, templates: dict[str, ChecklistTemplate]
) -> list[RouteStop]:
    rows = uow.session.execute(
        select(InspectionStop, Asset)
        .join(Asset, InspectionStop.asset_id == Asset.id)
        .where(InspectionStop.route_id == route_id)
        .order_by(InspectionStop.seq)
    ).all()
    stops = []
    for stop, asset in rows:
        template = templates.get(stop.checklist) or template_for(templates, asset.category)
        items = [(i.code, i.text) for i in template.items]
        stops.append(RouteStop(stop.seq, asset.code, asset.name, template.name, items))
    return stops


def _route_info(
    uow: UnitOfWork, route: InspectionRoute, templates: dict[str, ChecklistTemplate]
) -> RouteInfo:
    return RouteInfo(
        route.id, route.name, route.storey_name, route.space_name, _stops(uow, route.id, templates)
    )


def _round_info(
    uow: UnitOfWork,
    round_: InspectionRound,
    route: InspectionRoute,
    templates: dict[str, ChecklistTemplate],
) -> RoundInfo:
    return RoundInfo(
        id=round_.id,
        route=route.name,
        inspector=round_.inspector,
        state=round_.state,
        started_at=round_.started_at,
        finished_at=round_.finished_at,
        stops=_stops(uow, route.id, templates),
    )
