"""Plain data objects handed to the GUI and the CLI: frozen dataclasses, no session, no lazy loads.

``to_json(obj)`` turns any of them (or lists of them) into JSON-ready dicts with ISO dates.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import date, datetime
from typing import Any


def to_json(obj: Any) -> Any:
    """A JSON-ready copy of a dataclass, list or dict (dates as ISO 8601 strings)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return to_json(asdict(obj))
    if isinstance(obj, dict):
        return {str(k): to_json(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_json(v) for v in obj]
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return obj


@dataclass(frozen=True)
class AssetFilters:
    """What the asset list is narrowed by; empty fields do not filter."""

    text: str = ""
    category: str = ""
    storey: str = ""
    status: str = ""
    in_model: bool | None = None
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True)
class AssetRow:
    id: int
    code: str
    name: str
    category: str
    ifc_global_id: str | None
    ifc_class: str
    system: str
    storey_name: str
    space_name: str
    manufacturer: str
    model: str
    serial_number: str
    install_date: date | None
    warranty_end: date | None
    status: str
    criticality: str
    in_model: bool
    version: int


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, Any]
    note: str


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    sha256: str
    file_name: str
    mime_type: str
    size: int
    doc_type: str
    title: str
    asset_code: str | None
    space_name: str | None
    work_order_number: str | None
    element_global_id: str
    uploaded_by: str
    uploaded_at: datetime


@dataclass(frozen=True)
class WorkOrderView:
    id: int
    number: str
    title: str
    description: str
    source: str
    priority: str
    state: str
    asset_code: str | None
    asset_name: str | None
    space_name: str | None
    element_global_id: str
    location: str
    reporter: str
    assignee: str | None
    contractor: str | None
    shutoff: dict[str, Any]
    created_at: datetime
    response_due: datetime | None
    on_site_due: datetime | None
    completion_due: datetime | None
    next_due_at: datetime | None
    overdue: bool
    overdue_minutes: int
    dispatched_at: datetime | None
    accepted_at: datetime | None
    on_site_at: datetime | None
    rectified_at: datetime | None
    rechecked_at: datetime | None
    closed_at: datetime | None
    cancelled_at: datetime | None
    reopened_count: int
    satisfaction_score: int | None
    satisfaction_comment: str
    version: int


@dataclass(frozen=True)
class AssetCard:
    """Everything the asset panel shows: the record, its work orders, documents and history."""

    asset: AssetRow
    work_orders: list[WorkOrderView]
    documents: list[DocumentInfo]
    history: list[HistoryEntry]
    repeated_findings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class WorkOrderCard:
    order: WorkOrderView
    history: list[HistoryEntry]
    documents: list[DocumentInfo]


@dataclass(frozen=True)
class WorkOrderPage:
    """One page of the work-order board plus how many open orders sit in each state."""

    items: list[WorkOrderView]
    page: int
    page_size: int
    has_more: bool
    open_counts: dict[str, int]


@dataclass(frozen=True)
class OverdueList:
    items: list[WorkOrderView]
    total: int


@dataclass(frozen=True)
class ImportReport:
    """What re-importing a model did to the register, by asset code."""

    revision_id: int
    file_name: str
    schema: str
    added: list[str]
    changed: list[str]
    removed: list[str]
    unchanged: int
    spaces_added: int
    spaces_removed: int
    skipped_duplicate_revision: bool = False
