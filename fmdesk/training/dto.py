"""Plain records of the training feature, as the GUI, the CLI and tests receive them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = [
    "DRILL_KINDS",
    "AttemptInfo",
    "DrillSetInfo",
    "DrillSpec",
    "TourSummary",
    "TraineeInfo",
]

DRILL_KINDS = ("leak", "fault", "locate", "identify")
"""leak: close valves; fault: open breakers; locate: find an element; identify: name it."""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class TourSummary:
    id: int
    title: str
    model_key: str
    model_name: str
    stop_count: int
    created_by: str
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class TraineeInfo:
    id: int
    name: str
    team: str
    staff_id: int | None = None
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DrillSpec:
    """One drill of a set: its kind, the element it is about, the question and its limits."""

    kind: str
    target: str
    prompt: str = ""
    time_limit_s: int | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DrillSetInfo:
    id: int
    name: str
    model_key: str
    pass_mark: int
    refresher_months: int | None
    drills: tuple[DrillSpec, ...]
    created_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["drills"] = [d.to_dict() for d in self.drills]
        return data


@dataclass(frozen=True)
class AttemptInfo:
    id: int
    trainee: str
    team: str
    set_id: int | None
    set_name: str
    at: datetime
    seconds: float
    score: int
    pass_mark: int
    passed: bool
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in asdict(self).items()}
