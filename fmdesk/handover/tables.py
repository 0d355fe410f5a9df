"""Tables of the handover inspection (承接查验, migration 0110): handovers, checks, rechecks.

Imported at the end of :mod:`fmdesk.records.models` so ``Base.metadata`` knows them. A handover
is one delivery of a building (or part) to the property side, with its delivery date; its
checklist items follow the 7 steps (资料移交, 现场查验, 问题整改, 复验, 交接, 归档, 质保期回访)
per system and space type; a failed item names the review issue that tracks the finding; the
risk points are rechecked during the quality revisit period, 6 and 12 months after delivery.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base, Tracked
from fmdesk.records.types import UTCDateTime, utcnow

__all__ = ["Handover", "HandoverCheck", "HandoverRecheck"]


class Handover(Tracked, Base):
    """One delivery inspected by the property side."""

    __tablename__ = "handovers"
    __history_entity__ = "handover"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    delivered_on: Mapped[date] = mapped_column(Date)
    model_file: Mapped[str] = mapped_column(String(500), default="")
    builder: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def history_asset_id(self) -> int | None:
        return None


class HandoverCheck(Tracked, Base):
    """One checklist item of a handover: a step, a system or space type, and its result."""

    __tablename__ = "handover_checks"
    __history_entity__ = "handover_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column(Integer)
    target_kind: Mapped[str] = mapped_column(String(16))  # system | space
    target: Mapped[str] = mapped_column(String(100))
    item_code: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(String(200), default="")
    risk_point: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|pass|fail|na
    note: Mapped[str] = mapped_column(Text, default="")
    element_global_id: Mapped[str] = mapped_column(String(64), default="")
    issue_number: Mapped[str] = mapped_column(String(32), default="")
    checked_by: Mapped[str] = mapped_column(String(100), default="")
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_handover_checks_handover_step", "handover_id", "step"),)

    def history_asset_id(self) -> int | None:
        return None


class HandoverRecheck(Tracked, Base):
    """A risk point to recheck during the quality revisit period (质保期回访)."""

    __tablename__ = "handover_rechecks"
    __history_entity__ = "handover_recheck"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"))
    check_id: Mapped[int] = mapped_column(ForeignKey("handover_checks.id", ondelete="CASCADE"))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(String(16), default="")  # pass | fail
    note: Mapped[str] = mapped_column(Text, default="")
    issue_number: Mapped[str] = mapped_column(String(32), default="")

    def history_asset_id(self) -> int | None:
        return None
