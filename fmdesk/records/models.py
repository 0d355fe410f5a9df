"""SQLAlchemy 2 table mappings of the records database (assets, work orders, inspections…).

These classes never leave the records/workorders packages: services copy them into plain
dataclasses (:mod:`fmdesk.records.dto`) before returning, so no caller ever holds a live session.
Every mapped class that mixes in :class:`Tracked` has its changes written to the append-only
``history`` table automatically (see :mod:`fmdesk.records.history`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fmdesk.records.types import JSONType, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# An integer key that is a 64-bit BIGSERIAL on PostgreSQL and the ROWID alias on SQLite.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Mixin: inserts/updates/deletes of this class are appended to ``history``."""

    __history_entity__ = ""
    __history_skip__: frozenset[str] = frozenset({"version", "updated_at"})

    def history_asset_id(self) -> int | None:
        """The asset this row belongs to, so an asset's card can show its whole story fast."""
        return getattr(self, "asset_id", None)


class Site(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class ModelRevision(Base):
    __tablename__ = "model_revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_path: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    schema: Mapped[str] = mapped_column(String(32))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)


class Space(Tracked, Base):
    """An IfcSpace: a flat (住户, e.g. 1-601), a room inside it, a corridor, a plant room."""

    __tablename__ = "spaces"
    __history_entity__ = "space"
    id: Mapped[int] = mapped_column(primary_key=True)
    global_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    long_name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(32), default="space")  # flat | room | space
    storey_name: Mapped[str] = mapped_column(String(100), default="")
    storey_global_id: Mapped[str] = mapped_column(String(64), default="")
    parent_global_id: Mapped[str] = mapped_column(String(64), default="")
    in_model: Mapped[bool] = mapped_column(Boolean, default=True)
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("model_revisions.id"))
    removed_revision_id: Mapped[int | None] = mapped_column(ForeignKey("model_revisions.id"))

    def history_asset_id(self) -> int | None:
        return None


class Asset(Tracked, Base):
    """One maintainable thing in the asset register, linked to its model element by GlobalId."""

    __tablename__ = "assets"
    __history_entity__ = "asset"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(64), index=True)
    ifc_global_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    ifc_class: Mapped[str] = mapped_column(String(100), default="")
    predefined_type: Mapped[str] = mapped_column(String(100), default="")
    type_name: Mapped[str] = mapped_column(String(300), default="")
    system: Mapped[str] = mapped_column(String(200), default="")
    storey_name: Mapped[str] = mapped_column(String(100), default="", index=True)
    space_id: Mapped[int | None] = mapped_column(ForeignKey("spaces.id"), index=True)
    space_name: Mapped[str] = mapped_column(String(200), default="")
    manufacturer: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    serial_number: Mapped[str] = mapped_column(String(200), default="")
    barcode: Mapped[str] = mapped_column(String(200), default="")
    install_date: Mapped[date | None] = mapped_column(Date)
    warranty_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32), default="in_service")
    criticality: Mapped[str] = mapped_column(String(8), default="B")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    in_model: Mapped[bool] = mapped_column(Boolean, default=True)
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("model_revisions.id"))
    removed_revision_id: Mapped[int | None] = mapped_column(ForeignKey("model_revisions.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    def history_asset_id(self) -> int | None:
        return self.id


class Team(Tracked, Base):
    __tablename__ = "teams"
    __history_entity__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    skills: Mapped[list[str]] = mapped_column(JSONType, default=list)


class Technician(Tracked, Base):
    __tablename__ = "technicians"
    __history_entity__ = "technician"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    skills: Mapped[list[str]] = mapped_column(JSONType, default=list)
    home_storey: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The contractor employing them (None: own staff); added by migration 0200 (people).
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("contractors.id"), nullable=True)


class Contractor(Tracked, Base):
    __tablename__ = "contractors"
    __history_entity__ = "contractor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    scope: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # Contractor profile (migration 0400, fmdesk.operations): staff with their certificates,
    # qualifications (资质), insurance, and whether it is serving, a backup supplier or ended.
    staff: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    qualifications: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    insurance: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    pool: Mapped[str] = mapped_column(String(16), default="active")  # active|backup|ended


class NumberSequence(Base):
    """Last number handed out per site, prefix and year (row-locked while a number is taken)."""

    __tablename__ = "number_sequences"
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


_KPI_KEYS = ("asset_id", "contractor_id", "assignee_id", "site_id")
KPI_INDEXES = (
    Index(
        "ix_work_orders_kpi_reported",
        *("created_at", "state", "source", "accepted_at", "response_due", "on_site_at"),
        *("on_site_due", *_KPI_KEYS),
    ),
    Index(
        "ix_work_orders_kpi_rectified",
        *("rectified_at", "state", "source", "created_at", "reopened_count"),
        *("satisfaction_score", *_KPI_KEYS),
    ),
    Index(
        "ix_work_orders_kpi_due",
        *("completion_due", "state", "source", "rectified_at", *_KPI_KEYS),
    ),
)


class WorkOrder(Tracked, Base):
    """A repair or task (工单) from report to closure, with its SLA clock and evidence."""

    __tablename__ = "work_orders"
    __history_entity__ = "work_order"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    number: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(32), default="phone")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    state: Mapped[str] = mapped_column(String(16), default="reported")
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    space_id: Mapped[int | None] = mapped_column(ForeignKey("spaces.id"))
    element_global_id: Mapped[str] = mapped_column(String(64), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    reporter: Mapped[str] = mapped_column(String(100), default="")
    reporter_phone: Mapped[str] = mapped_column(String(50), default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"))
    contractor_id: Mapped[int | None] = mapped_column(ForeignKey("contractors.id"))
    source_ref: Mapped[str] = mapped_column(String(200), default="")
    shutoff: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    response_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    on_site_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completion_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    on_site_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rectified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rechecked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    recheck_by: Mapped[str] = mapped_column(String(100), default="")
    satisfaction_score: Mapped[int | None] = mapped_column(Integer)
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("site_id", "number", name="uq_work_orders_site_number"),
        Index("ix_work_orders_asset_created", "asset_id", "created_at"),
        Index("ix_work_orders_next_due_at", "next_due_at"),
        Index("ix_work_orders_created_id", "created_at", "id"),
        Index("ix_work_orders_state_created", "state", "created_at"),
        Index("ix_work_orders_assignee_state", "assignee_id", "state"),
        *KPI_INDEXES,  # covering indexes of the KPI queries (migration 0700)
    )


class InspectionRoute(Tracked, Base):
    __tablename__ = "inspection_routes"
    __history_entity__ = "inspection_route"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    storey_name: Mapped[str] = mapped_column(String(100), default="")
    space_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class InspectionStop(Base):
    """One asset on a route, checked with the checklist of its equipment type."""

    __tablename__ = "inspection_stops"
    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("inspection_routes.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    checklist: Mapped[str] = mapped_column(String(64))


class InspectionRound(Tracked, Base):
    __tablename__ = "inspection_rounds"
    __history_entity__ = "inspection_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("inspection_routes.id"), index=True)
    inspector: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), default="in_progress")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class InspectionResult(Tracked, Base):
    __tablename__ = "inspection_results"
    __history_entity__ = "inspection_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("inspection_rounds.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    item_code: Mapped[str] = mapped_column(String(64))
    item_text: Mapped[str] = mapped_column(String(300))
    outcome: Mapped[str] = mapped_column(String(8))  # pass | fail | na
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"))
    repeat_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_inspection_results_asset_item", "asset_id", "item_code", "outcome"),
    )


class Document(Tracked, Base):
    """A file (photo, 合格证, 检测报告…) stored by SHA-256 and linked to what it documents."""

    __tablename__ = "documents"
    __history_entity__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    doc_type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300), default="")
    storage: Mapped[str] = mapped_column(String(8))  # file | db
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"), index=True)
    space_id: Mapped[int | None] = mapped_column(ForeignKey("spaces.id"), index=True)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    element_global_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    doc_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # issued/tested (0110)
    uploaded_by: Mapped[str] = mapped_column(String(100), default="")
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DocumentBlob(Base):
    """Document content kept inside the database (PostgreSQL: shared by every workstation)."""

    __tablename__ = "document_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class History(Base):
    """Append-only audit trail: who changed what, when (database triggers refuse edits)."""

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    asset_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(16))  # create | update | delete
    changes: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (fmdesk.records.audit): the previous row's hash and this row's own.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_history_asset_at", "asset_id", "at"),
        Index("ix_history_entity", "entity", "entity_id", "at"),
    )


class User(Tracked, Base):
    """A person who signs in to fmdesk, with one role (fmdesk.app.permissions says what it may
    do). No rows = single-user mode: everything is allowed, as on a lone workstation."""

    __tablename__ = "users"
    __history_entity__ = "user"
    __history_skip__ = frozenset({"version", "updated_at", "password_hash"})
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


# Feature tables kept in their own packages, mapped on the same Base (so migrations, tests and
# the metadata see them).
from fmdesk.handover import tables as _handover_tables  # noqa: E402, F401
from fmdesk.operations import tables as _operations_tables  # noqa: E402, F401
from fmdesk.people import tables as _people_tables  # noqa: E402, F401
from fmdesk.review import tables as _review_tables  # noqa: E402, F401
from fmdesk.training import tables as _training_tables  # noqa: E402, F401
