"""Tables of contracts with outsourced contractors (委托合同) and the three-level acceptance of
their work (migration 0400).

A contract names what the contractor maintains (systems, buildings, asset categories), its
service standards per priority (response, completion and acceptance minutes), the monthly fee,
payment milestones and penalty rules. An acceptance row is one level of the acceptance of one
work order: 1 contractor self-check (自检), 2 property initial check (物业初验), 3 third-party
final check (第三方终验), each with the person, the time and the verdict.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base, Tracked
from fmdesk.records.types import JSONType, UTCDateTime, utcnow

__all__ = ["Contract", "WorkAcceptance"]


class Contract(Tracked, Base):
    """A maintenance contract (维保合同) of a contractor, from ``start_on`` to ``end_on``."""

    __tablename__ = "contracts"
    __history_entity__ = "contract"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    # {"systems": [...], "buildings": [...], "categories": [...]}: empty list = any
    scope: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    # {"urgent": {"response_minutes": 30, "completion_minutes": 240, "acceptance_minutes": 1440}}
    standards: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    monthly_fee: Mapped[float] = mapped_column(Float, default=0.0)
    milestones: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    # {"sla_breach_yuan": 500, "concealed_fault_percent": 5, "repeat_finding_yuan": 200}
    penalties: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    pass_score: Mapped[int] = mapped_column(Integer, default=80)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active|terminated
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def history_asset_id(self) -> int | None:
        return None


class WorkAcceptance(Tracked, Base):
    """One acceptance level of a contractor's work order, with who, when and the verdict."""

    __tablename__ = "work_acceptances"
    __history_entity__ = "work_acceptance"
    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"))
    level: Mapped[int] = mapped_column(Integer)  # 1 self-check, 2 initial, 3 final
    person: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    verdict: Mapped[str] = mapped_column(String(8))  # pass | fail
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_work_acceptances_order_level", "work_order_id", "level"),)

    def history_asset_id(self) -> int | None:
        return None
