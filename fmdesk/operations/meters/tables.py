"""The meter tables of the records database (migration ``0500``).

A reading belongs to a meter by its asset code (the code on the meter's nameplate and in the
readings files), so readings can be imported before the model is; one reading per meter and
time, which makes re-importing the same file change nothing. ``meter_links`` keeps where each
meter sits on the networks (its parent meter and what it feeds), computed from the model by the
network engine and refreshed when the model's content changes. ``meter_anomaly_orders`` remembers
which anomaly became which work order, so an anomaly is never ordered twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base
from fmdesk.records.types import JSONType, UTCDateTime, utcnow

__all__ = ["MeterAnomalyOrder", "MeterLink", "MeterReading"]


class MeterReading(Base):
    """One cumulative reading of one meter at one time (UTC)."""

    __tablename__ = "meter_readings"
    id: Mapped[int] = mapped_column(primary_key=True)
    meter: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    reading: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("meter", "at"),
        Index("ix_meter_readings_at", "at"),
    )


class MeterLink(Base):
    """Where a meter sits on the networks: its parent meter and the elements it feeds."""

    __tablename__ = "meter_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    meter: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="water")
    parent: Mapped[str] = mapped_column(String(64), default="")
    downstream_count: Mapped[int] = mapped_column(Integer, default=0)
    downstream: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    spaces: Mapped[list[str]] = mapped_column(JSONType, default=list)
    content_hash: Mapped[str] = mapped_column(String(64), default="")


class MeterAnomalyOrder(Base):
    """An anomaly (by its stable id) that became a work order."""

    __tablename__ = "meter_anomaly_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    anomaly: Mapped[str] = mapped_column(String(160), unique=True)
    work_order: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
