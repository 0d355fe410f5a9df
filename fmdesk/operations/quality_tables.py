"""Tables of the quality department's check loop (品质检查, migration 0400).

检查 → 发现 → 派单 → 整改 → 复核 → 销项: a check plan (检查计划) is a dated walk by a checker;
a finding (问题) names the element or asset, the check item, the contractor responsible, photos
(document ids in the shared documents store) and a rectification deadline, and opens a
rectification work order; it is rectified, rechecked and closed. ``element_repeats`` and
``contractor_repeats`` count earlier findings of the same item on the same element, and by the
same contractor (屡查屡犯); either makes the finding repeated.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base, BigId, Tracked
from fmdesk.records.types import JSONType, UTCDateTime, utcnow

__all__ = ["QualityFinding", "QualityPlan"]


class QualityPlan(Tracked, Base):
    """A planned quality check: a name, a day, a checker and what it covers."""

    __tablename__ = "quality_plans"
    __history_entity__ = "quality_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    checker: Mapped[str] = mapped_column(String(100), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="planned")  # planned | done
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def history_asset_id(self) -> int | None:
        return None


class QualityFinding(Tracked, Base):
    """One quality finding from discovery to closure (销项)."""

    __tablename__ = "quality_findings"
    __history_entity__ = "quality_finding"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("quality_plans.id"), index=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    element_global_id: Mapped[str] = mapped_column(String(64), default="")
    contractor_id: Mapped[int | None] = mapped_column(ForeignKey("contractors.id"))
    item: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(16), default="minor")  # minor|major|critical
    concealed: Mapped[bool] = mapped_column(Boolean, default=False)  # a concealed fault
    photo_ids: Mapped[list[int]] = mapped_column(JSONType, default=list)
    found_by: Mapped[str] = mapped_column(String(100), default="")
    found_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime())
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")
    rectified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rectify_note: Mapped[str] = mapped_column(Text, default="")
    recheck_by: Mapped[str] = mapped_column(String(100), default="")
    rechecked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recheck_verdict: Mapped[str] = mapped_column(String(8), default="")
    recheck_count: Mapped[int] = mapped_column(Integer, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    element_repeats: Mapped[int] = mapped_column(Integer, default=0)
    contractor_repeats: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_quality_findings_contractor_found", "contractor_id", "found_at"),
        Index("ix_quality_findings_asset_item", "asset_id", "item"),
        Index("ix_quality_findings_state_deadline", "state", "deadline"),
    )
