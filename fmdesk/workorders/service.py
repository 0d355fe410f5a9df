"""Work-order services (工单闭环): create, advance, rate, attach evidence, board and overdue list.

Every function takes a :class:`~fmdesk.records.uow.UnitOfWork` (not yet entered) and returns plain
dataclasses, so a Qt slot or a CLI command is one call::

    order = create_work_order(records.uow("值班员"), "1-1202 天花渗水", priority="urgent",
                              space="1-1202", source="phone")
    advance_work_order(records.uow("主管"), order.number, "dispatched", assignee="李师傅")
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from fmdesk.i18n import Msg, _t
from fmdesk.records.documents import MAX_ATTACHMENT_BYTES, attach_document, documents_of
from fmdesk.records.dto import (
    DocumentInfo,
    OverdueList,
    WorkOrderCard,
    WorkOrderPage,
    WorkOrderView,
)
from fmdesk.records.errors import ConflictError, InvalidInputError, NotFoundError
from fmdesk.records.models import WorkOrder
from fmdesk.records.queries import entity_history, order_query, order_view, order_views
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.numbering import next_number
from fmdesk.workorders.sla import SlaTarget, check_priority, deadlines_for, next_due
from fmdesk.workorders.states import (
    OPEN_STATES,
    SOURCES,
    STAMPS,
    check_transition,
    source_name,
    state_name,
)

PAGE_SIZE = 50


def create_work_order(
    uow: UnitOfWork,
    title: str,
    *,
    priority: str = "normal",
    asset: str | None = None,
    space: str | None = None,
    element_global_id: str = "",
    source: str = "phone",
    description: str = "",
    reporter: str = "",
    reporter_phone: str = "",
    location: str = "",
    shutoff: dict[str, Any] | None = None,
    source_ref: str = "",
    completion_due: datetime | None = None,
    sla: dict[str, SlaTarget] | None = None,
    now: datetime | None = None,
) -> WorkOrderView:
    """Report a work order, number it (GD-YYYY-NNNNNN) and start its SLA clocks.

    Example: ``create_work_order(uow, "水泵异响", priority="high", asset="SB-01")``.
    ``completion_due`` overrides the SLA completion target (an inspection's rectification deadline).
    """
    title = title.strip()
    if not title:
        raise InvalidInputError(
            _t("A work order needs a title; describe the problem in a few words.")
        )
    priority = check_priority(priority)
    if source not in SOURCES:
        raise InvalidInputError(
            _t(
                "'{source}' is not a source; use one of {sources}.",
                source=source,
                sources=list(SOURCES),
            )
        )
    now = now or utcnow()
    due = deadlines_for(priority, now, sla)
    with uow:
        uow.begin_write()
        order = WorkOrder(
            title=title,
            description=description,
            source=source,
            priority=priority,
            state="reported",
            element_global_id=element_global_id,
            location=location,
            reporter=reporter,
            reporter_phone=reporter_phone,
            shutoff=shutoff or {},
            source_ref=source_ref,
            created_at=now,
            updated_at=now,
            response_due=due.response_due,
            on_site_due=due.on_site_due,
            completion_due=completion_due or due.completion_due,
        )
        if asset:
            found = uow.assets.get(asset)
            order.asset_id = found.id
            order.element_global_id = order.element_global_id or (found.ifc_global_id or "")
            order.space_id = found.space_id
            order.location = order.location or found.space_name or found.storey_name
        if space:
            found_space = uow.spaces.find(space)
            if found_space is None:
                raise NotFoundError(
                    _t("No space is called '{space}'; check the flat or room name.", space=space)
                )
            order.space_id = found_space.id
            order.location = order.location or found_space.long_name or found_space.name
        _refresh_due(order)
        site = uow.sites.get(uow.site_code)
        order.site_id = site.id
        order.number = next_number(uow.session, site.id, now.year)
        uow.work_orders.add(order)
        return _save_and_view(
            uow, order, _t("Reported via {source}.", source=source_name(source)), now
        )


def create_shutoff_order(
    uow: UnitOfWork,
    title: str,
    valves: Sequence[str],
    flats: Sequence[str],
    *,
    priority: str = "urgent",
    element_global_id: str = "",
    space: str | None = None,
    description: str = "",
    reporter: str = "",
    now: datetime | None = None,
    sla: dict[str, SlaTarget] | None = None,
) -> WorkOrderView:
    """An order from a trace result: the valves to close and the flats that lose supply.

    Example: ``create_shutoff_order(uow, "1-601 户内支管漏水", ["户阀 1-601"], ["1-601"])``.
    Valves and flats are GlobalIds or names, kept as given (the network tracer supplies them).
    """
    if not valves:
        raise InvalidInputError(_t("A shut-off order needs at least one valve to close."))
    return create_work_order(
        uow,
        title,
        priority=priority,
        source="trace",
        space=space,
        element_global_id=element_global_id,
        description=description,
        reporter=reporter,
        shutoff={"valves": list(valves), "affected_flats": list(flats)},
        now=now,
        sla=sla,
    )


def advance_work_order(
    uow: UnitOfWork,
    number: str,
    to: str,
    *,
    assignee: str | None = None,
    contractor: str | None = None,
    note: str = "",
    expected_version: int | None = None,
    recheck_by: str = "",
    sla: dict[str, SlaTarget] | None = None,
    now: datetime | None = None,
) -> WorkOrderView:
    """Move an order to state ``to`` if allowed, stamping the time and the actor in the history.

    ``expected_version`` is the version the caller last saw; if someone saved the order since,
    ConflictError is raised with the fresh record and nothing is written (no lost update).
    Example: ``advance_work_order(uow, "GD-2027-000001", "dispatched", assignee="李师傅")``.
    """
    now = now or utcnow()
    try:
        with uow:
            uow.begin_write()
            order = _order_at_version(uow, number, expected_version)
            check_transition(order.number, order.state, to)
            if to == "dispatched" or assignee or contractor:
                _assign(uow, order, assignee, contractor)
            if to == "rechecked":
                order.recheck_by = recheck_by or uow.actor
            if to == "reopened":
                _reopen(order, now, sla)
            if to == "reported":  # declined: back to the pool
                order.assignee_id = None
                order.dispatched_at = None
            order.state = to
            if to in STAMPS:
                setattr(order, STAMPS[to], now)
            _refresh_due(order)
            who = _who(assignee, contractor)
            return _save_and_view(uow, order, _joined([*who, note]), now)
    except (StaleDataError, _StaleVersion) as error:
        # Built after the transaction ended: SQLite would otherwise wait on our own lock.
        raise _conflict(uow, number, now) from error


def assign_work_order(
    uow: UnitOfWork,
    number: str,
    *,
    assignee: str | None = None,
    contractor: str | None = None,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> WorkOrderView:
    """Hand an open order to another technician or contractor without changing its state."""
    now = now or utcnow()
    try:
        with uow:
            uow.begin_write()
            order = _order_at_version(uow, number, expected_version)
            if order.state in ("closed", "cancelled"):
                raise InvalidInputError(
                    _t(
                        "Work order {number} is {state}; reopen it first.",
                        number=number,
                        state=state_name(order.state),
                    )
                )
            _assign(uow, order, assignee, contractor)
            who = _who(assignee, contractor)
            text = _joined([_t("Reassigned"), *who, note])
            return _save_and_view(uow, order, text, now)
    except (StaleDataError, _StaleVersion) as error:
        raise _conflict(uow, number, now) from error


def rate_work_order(
    uow: UnitOfWork, number: str, score: int, comment: str = "", now: datetime | None = None
) -> WorkOrderView:
    """Record the resident's satisfaction (1–5) on a rechecked or closed order."""
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise InvalidInputError(
            _t("A satisfaction score is a whole number 1–5, not '{score}'.", score=score)
        )
    with uow:
        uow.begin_write()
        order = uow.work_orders.get(number)
        if order.state not in ("rechecked", "closed"):
            raise InvalidInputError(
                _t(
                    "Work order {number} is {state}; residents rate it after the recheck.",
                    number=number,
                    state=state_name(order.state),
                )
            )
        order.satisfaction_score = score
        order.satisfaction_comment = comment
        return _save_and_view(uow, order, _t("Resident satisfaction"), now)


def attach_evidence(
    uow: UnitOfWork,
    number: str,
    source: Path | bytes,
    kind: str = "photo",
    file_name: str = "",
    title: str = "",
    max_bytes: int = MAX_ATTACHMENT_BYTES,
) -> DocumentInfo:
    """Attach a photo, video or signature to an order as evidence of the repair."""
    if kind not in ("photo", "video", "signature", "acceptance"):
        raise InvalidInputError(
            _t("'{kind}' is not evidence; use photo, video or signature.", kind=kind)
        )
    return attach_document(
        uow, source, kind, work_order=number, file_name=file_name, title=title, max_bytes=max_bytes
    )


def work_order_card(uow: UnitOfWork, number: str, now: datetime | None = None) -> WorkOrderCard:
    """One order with its timeline (history, oldest first) and its evidence."""
    with uow:
        order = uow.work_orders.get(number)
        return WorkOrderCard(
            order=_view(uow, order.id, now),
            history=entity_history(uow.session, "work_order", order.id),
            documents=documents_of(uow.session, work_order_id=order.id),
        )


def get_work_order(uow: UnitOfWork, number: str, now: datetime | None = None) -> WorkOrderView:
    with uow:
        return _view(uow, uow.work_orders.get(number).id, now)


def work_order_board(
    uow: UnitOfWork,
    page: int = 0,
    page_size: int = PAGE_SIZE,
    states: Sequence[str] | None = None,
    now: datetime | None = None,
) -> WorkOrderPage:
    """A page of orders, newest first (optionally only some states), and open counts by state."""
    if page < 0 or not 1 <= page_size <= 500:
        raise InvalidInputError(_t("Pages start at 0 and hold 1–500 orders."))
    now = now or utcnow()
    with uow:
        query = order_query().order_by(WorkOrder.created_at.desc(), WorkOrder.id.desc())
        if states:
            query = query.where(WorkOrder.state.in_(list(states)))
        query = query.offset(page * page_size).limit(page_size + 1)
        items = order_views(uow.session, query, now)
        counts = {
            state: count
            for state, count in uow.session.execute(
                select(WorkOrder.state, func.count())
                .where(WorkOrder.state.in_(OPEN_STATES))
                .group_by(WorkOrder.state)
            ).all()
        }
        return WorkOrderPage(
            items=items[:page_size],
            page=page,
            page_size=page_size,
            has_more=len(items) > page_size,
            open_counts=counts,
        )


def list_work_orders(
    uow: UnitOfWork,
    overdue: bool = False,
    states: Sequence[str] | None = None,
    asset: str | None = None,
    limit: int = 200,
    now: datetime | None = None,
) -> list[WorkOrderView]:
    """Orders for lists and the CLI: overdue first by due time, else newest first."""
    if overdue:
        return list_overdue(uow, now=now, limit=limit).items
    now = now or utcnow()
    with uow:
        query = order_query().order_by(WorkOrder.created_at.desc(), WorkOrder.id.desc())
        if states:
            query = query.where(WorkOrder.state.in_(list(states)))
        if asset:
            query = query.where(WorkOrder.asset_id == uow.assets.get(asset).id)
        return order_views(uow.session, query.limit(limit), now)


def list_overdue(uow: UnitOfWork, now: datetime | None = None, limit: int = 200) -> OverdueList:
    """Orders whose next SLA deadline has passed, most overdue first, and how many there are."""
    now = now or utcnow()
    with uow:
        late = WorkOrder.next_due_at < now
        total = uow.session.scalar(select(func.count()).select_from(WorkOrder).where(late)) or 0
        query = order_query().where(late).order_by(WorkOrder.next_due_at, WorkOrder.id).limit(limit)
        return OverdueList(items=order_views(uow.session, query, now), total=total)


class _StaleVersion(Exception):
    """The caller's copy is older than the database's (raised inside, reported outside)."""


def _order_at_version(uow: UnitOfWork, number: str, expected_version: int | None) -> WorkOrder:
    """The order to change, or _StaleVersion when the caller's copy is out of date."""
    order = uow.work_orders.get(number)
    if expected_version is not None and order.version != expected_version:
        raise _StaleVersion
    return order


def _who(assignee: str | None, contractor: str | None) -> list[Msg | str]:
    """The history words naming who an order was handed to (blank parts are dropped later)."""
    return [
        _t("assignee {name}", name=assignee) if assignee else "",
        _t("contractor {name}", name=contractor) if contractor else "",
    ]


def _joined(parts: list[Msg | str]) -> Msg | str:
    """History parts (messages and a typed note) as one note, shown in the reader's language."""
    kept = [p for p in parts if p]
    if not any(isinstance(p, Msg) for p in kept):
        return "; ".join(str(p) for p in kept)
    return _t("{parts}", parts=kept) if len(kept) > 1 else kept[0]


def _save_and_view(
    uow: UnitOfWork, order: WorkOrder, note: Msg | str, now: datetime | None
) -> WorkOrderView:
    """Note the change in the history, write it, and return the order as it now reads."""
    uow.note(note)
    uow.flush()
    view = _view(uow, order.id, now)
    uow.commit()
    return view


def _assign(
    uow: UnitOfWork, order: WorkOrder, assignee: str | None, contractor: str | None
) -> None:
    if not assignee and not contractor:
        raise InvalidInputError(
            _t(
                "Dispatching {number} needs a technician (--assignee) or a contractor.",
                number=order.number,
            )
        )
    if assignee:
        order.assignee_id = uow.people.technician(assignee).id
    if contractor:
        order.contractor_id = uow.people.contractor(contractor).id


def _reopen(order: WorkOrder, now: datetime, sla: dict[str, SlaTarget] | None) -> None:
    """A reopened order starts fresh SLA clocks; the old stamps stay in the history."""
    due = deadlines_for(order.priority, now, sla)
    order.reopened_count += 1
    order.response_due, order.on_site_due, order.completion_due = (
        due.response_due,
        due.on_site_due,
        due.completion_due,
    )
    for column in ("accepted_at", "on_site_at", "rectified_at", "rechecked_at", "closed_at"):
        setattr(order, column, None)


def _refresh_due(order: WorkOrder) -> None:
    order.next_due_at = next_due(
        order.state,
        (order.response_due, order.on_site_due, order.completion_due),
        (order.accepted_at, order.on_site_at, order.rectified_at),
    )


def _view(uow: UnitOfWork, order_id: int, now: datetime | None = None) -> WorkOrderView:
    rows = order_views(uow.session, order_query().where(WorkOrder.id == order_id), now)
    if not rows:
        raise NotFoundError(_t("Work order {number} no longer exists.", number=order_id))
    return rows[0]


def _conflict(uow: UnitOfWork, number: str, now: datetime) -> ConflictError:
    """Build the conflict error with the record as another workstation saved it."""
    fresh_uow = UnitOfWork(uow.session_factory, uow.blobs, uow.actor, uow.site_code)
    with fresh_uow:
        order = fresh_uow.work_orders.get(number)
        fresh = _view(fresh_uow, order.id, now)
    return ConflictError(
        _t(
            "Work order {number} was changed by someone else (now {state}, version {version}); "
            "reload it and apply your change again.",
            number=fresh.number,
            state=state_name(fresh.state),
            version=fresh.version,
        ),
        fresh=fresh,
    )


__all__ = [
    "SOURCES",
    "advance_work_order",
    "assign_work_order",
    "attach_evidence",
    "create_shutoff_order",
    "create_work_order",
    "get_work_order",
    "list_overdue",
    "list_work_orders",
    "order_view",
    "rate_work_order",
    "work_order_board",
    "work_order_card",
]
