"""Read-side helpers: the joined queries and ORM → dataclass copies shared by the services."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fmdesk.records.dto import AssetRow, HistoryEntry, WorkOrderView
from fmdesk.records.models import Asset, Contractor, History, Space, Technician, WorkOrder
from fmdesk.records.notes import read_note
from fmdesk.records.types import utcnow


def asset_row(asset: Asset) -> AssetRow:
    """A frozen copy of an asset record."""
    return AssetRow(
        id=asset.id,
        code=asset.code,
        name=asset.name,
        category=asset.category,
        ifc_global_id=asset.ifc_global_id,
        ifc_class=asset.ifc_class,
        system=asset.system,
        storey_name=asset.storey_name,
        space_name=asset.space_name,
        manufacturer=asset.manufacturer,
        model=asset.model,
        serial_number=asset.serial_number,
        install_date=asset.install_date,
        warranty_end=asset.warranty_end,
        status=asset.status,
        criticality=asset.criticality,
        in_model=asset.in_model,
        version=asset.version,
    )


def order_query() -> Select[Any]:
    """Work orders with the names the board shows (asset, space, assignee, contractor)."""
    return (
        select(
            WorkOrder,
            Asset.code,
            Asset.name,
            Space.name,
            Technician.name,
            Contractor.name,
        )
        .outerjoin(Asset, WorkOrder.asset_id == Asset.id)
        .outerjoin(Space, WorkOrder.space_id == Space.id)
        .outerjoin(Technician, WorkOrder.assignee_id == Technician.id)
        .outerjoin(Contractor, WorkOrder.contractor_id == Contractor.id)
    )


def order_views(
    session: Session, query: Select[Any], now: datetime | None = None
) -> list[WorkOrderView]:
    """Run an :func:`order_query` and copy each row into a :class:`WorkOrderView`."""
    now = now or utcnow()
    return [order_view(*row, now=now) for row in session.execute(query).all()]


def order_view(
    order: WorkOrder,
    asset_code: str | None = None,
    asset_name: str | None = None,
    space_name: str | None = None,
    assignee: str | None = None,
    contractor: str | None = None,
    now: datetime | None = None,
) -> WorkOrderView:
    now = now or utcnow()
    return WorkOrderView(
        id=order.id,
        number=order.number,
        title=order.title,
        description=order.description,
        source=order.source,
        priority=order.priority,
        state=order.state,
        asset_code=asset_code,
        asset_name=asset_name,
        space_name=space_name,
        element_global_id=order.element_global_id,
        location=order.location,
        reporter=order.reporter,
        assignee=assignee,
        contractor=contractor,
        shutoff=dict(order.shutoff or {}),
        created_at=order.created_at,
        response_due=order.response_due,
        on_site_due=order.on_site_due,
        completion_due=order.completion_due,
        next_due_at=order.next_due_at,
        overdue=order.next_due_at is not None and order.next_due_at < now,
        overdue_minutes=_minutes_late(order.next_due_at, now),
        dispatched_at=order.dispatched_at,
        accepted_at=order.accepted_at,
        on_site_at=order.on_site_at,
        rectified_at=order.rectified_at,
        rechecked_at=order.rechecked_at,
        closed_at=order.closed_at,
        cancelled_at=order.cancelled_at,
        reopened_count=order.reopened_count,
        satisfaction_score=order.satisfaction_score,
        satisfaction_comment=order.satisfaction_comment,
        version=order.version,
    )


def _minutes_late(due: datetime | None, now: datetime) -> int:
    """Whole minutes past the next deadline (0 when not late): drives reminders and escalation."""
    if due is None or due >= now:
        return 0
    return int((now - due).total_seconds() // 60)


def history_entries(rows: Sequence[History]) -> list[HistoryEntry]:
    return [
        HistoryEntry(
            h.at, h.actor, h.entity, h.entity_id, h.action, dict(h.changes), read_note(h.note)
        )
        for h in rows
    ]


def asset_history(session: Session, asset_id: int, limit: int | None = None) -> list[HistoryEntry]:
    """Every history row about an asset: its own edits, its work orders, results and documents."""
    query = (
        select(History)
        .where(History.asset_id == asset_id)
        .order_by(History.at.desc(), History.id.desc())
    )
    if limit:
        query = query.limit(limit)
    return history_entries(session.scalars(query).all())


def entity_history(session: Session, entity: str, entity_id: int) -> list[HistoryEntry]:
    """History rows of one record, oldest first (a work order's timeline)."""
    query = (
        select(History)
        .where(History.entity == entity, History.entity_id == entity_id)
        .order_by(History.at, History.id)
    )
    return history_entries(session.scalars(query).all())
