"""The people tables of the records database (migration ``0200``).

A technician (``technicians``, records) gets an employer (``employer_id``: a contractor, or
none for own staff) and, here, certificates with expiry dates, a duty pattern and roster days.
Shifts (早班, 夜班, 24 小时值班 …) and patterns (三班倒, 做一休一 …) are data, seeded with the
usual ones on first use, so a site can add its own.

Mapped on the records :class:`~fmdesk.records.models.Base` (imported at the end of
``fmdesk/records/models.py`` so the metadata knows them).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base, Tracked
from fmdesk.records.types import JSONType

__all__ = ["Certificate", "RosterDay", "Shift", "ShiftPattern", "StaffDuty"]


class Certificate(Tracked, Base):
    """A licence a technician holds (电工证, 焊工证 …), warned about before it expires."""

    __tablename__ = "staff_certificates"
    __history_entity__ = "certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(
        ForeignKey("technicians.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(100))
    number: Mapped[str] = mapped_column(String(100), default="")
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (UniqueConstraint("technician_id", "kind"),)


class Shift(Base):
    """One kind of shift: its code in the grid (早, 夜, 值, 休 …), start and length."""

    __tablename__ = "shifts"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    start_minute: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)  # 0: a day off
    position: Mapped[int] = mapped_column(Integer, default=0)


class ShiftPattern(Base):
    """A repeating sequence of shift codes; ``workdays_only`` follows the workday calendar
    (the cycle runs on working days, holidays and weekends are off: 常白班)."""

    __tablename__ = "shift_patterns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    cycle: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    workdays_only: Mapped[bool] = mapped_column(Boolean, default=False)


class StaffDuty(Base):
    """Which pattern a person follows and where in its cycle they start (staggered in a team)."""

    __tablename__ = "staff_duty"
    technician_id: Mapped[int] = mapped_column(
        ForeignKey("technicians.id", ondelete="CASCADE"), primary_key=True
    )
    pattern_id: Mapped[int] = mapped_column(ForeignKey("shift_patterns.id"))
    phase: Mapped[int] = mapped_column(Integer, default=0)


class RosterDay(Base):
    """One cell of the roster: a person's shift on a day; ``edited`` keeps a hand edit when the
    month is generated again."""

    __tablename__ = "roster_days"
    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(
        ForeignKey("technicians.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date, index=True)
    shift_code: Mapped[str] = mapped_column(String(8))
    edited: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("technician_id", "day"),)
