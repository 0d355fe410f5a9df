"""The training tables of the records database (migration ``0300``).

Tours and drill sets belong to a *model key*: the GlobalId of the model's ``IfcProject``, which
stays the same across revisions of one building, so a revised model keeps its tours; their stops
and drills name elements by GlobalId, never by geometry. Trainees are a list of their own (name,
team) with a ``staff_id`` left free to link to the staff list once it exists. Attempts keep the
date, score, time taken and every drill's result, so a trainer sees who has done what.

Mapped on the records :class:`~fmdesk.records.models.Base` (imported at the end of
``fmdesk/records/models.py`` so the metadata knows them).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base, Tracked
from fmdesk.records.types import JSONType, UTCDateTime, utcnow

__all__ = ["Attempt", "Drill", "DrillSet", "Tour", "TourStop", "Trainee"]


class Tour(Tracked, Base):
    """A guided tour of one model (by its project GlobalId)."""

    __tablename__ = "training_tours"
    __history_entity__ = "training_tour"
    id: Mapped[int] = mapped_column(primary_key=True)
    model_key: Mapped[str] = mapped_column(String(64), index=True)
    model_name: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("model_key", "title"),)


class TourStop(Base):
    """One stop: a saved view (:class:`fmdesk.render.scene_state.SceneState` as JSON) and text."""

    __tablename__ = "training_tour_stops"
    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(
        ForeignKey("training_tours.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), nullable=True
    )


class Trainee(Tracked, Base):
    """A person being trained (``staff_id`` will link to the staff list once it exists)."""

    __tablename__ = "trainees"
    __history_entity__ = "trainee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    team: Mapped[str] = mapped_column(String(100), default="")
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DrillSet(Tracked, Base):
    """A course of drills on one model, with its pass mark and refresher period."""

    __tablename__ = "training_drill_sets"
    __history_entity__ = "training_drill_set"
    id: Mapped[int] = mapped_column(primary_key=True)
    model_key: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    pass_mark: Mapped[int] = mapped_column(Integer, default=80)
    refresher_months: Mapped[int | None] = mapped_column(Integer, nullable=True, default=12)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (UniqueConstraint("model_key", "name"),)


class Drill(Base):
    """One exercise of a set: ``kind`` leak | fault | locate | identify, on one element."""

    __tablename__ = "training_drills"
    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(
        ForeignKey("training_drill_sets.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    target_global_id: Mapped[str] = mapped_column(String(64))
    prompt: Mapped[str] = mapped_column(Text, default="")
    time_limit_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    options: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)


class Attempt(Tracked, Base):
    """A trainee's run through a drill set: when, how long, the score and each drill's result."""

    __tablename__ = "training_attempts"
    __history_entity__ = "training_attempt"
    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    drill_set_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_drill_sets.id", ondelete="SET NULL"), nullable=True, index=True
    )
    set_name: Mapped[str] = mapped_column(String(200))
    model_key: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    score: Mapped[int] = mapped_column(Integer)
    pass_mark: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    details: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
