"""What the meter use cases return: plain dataclasses with ``to_dict()`` (the ``--json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fmdesk.i18n import Msg, _t
from fmdesk.operations.meters.detect import Finding
from fmdesk.operations.meters.readings import LOCAL as _LOCAL
from fmdesk.operations.meters.readings import BadRow

__all__ = [
    "ImportResult",
    "MeterAnomaly",
    "MeterChart",
    "MeterConsumption",
    "MeterInfo",
    "describe",
    "kind_label",
]

KIND_LABELS = {
    "jump": _t("jump"),
    "drop": _t("drop"),
    "night_flow": _t("night flow"),
    "imbalance": _t("main meter imbalance"),
    "stopped": _t("stopped"),
    "backwards": _t("going backwards"),
}
METER_LABELS = {
    "water": _t("water meter"),
    "power": _t("electricity meter"),
    "heat": _t("heat meter"),
    "gas": _t("gas meter"),
}


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return label.render() if label else kind


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class MeterInfo:
    code: str
    name: str
    kind: str
    unit: str
    parent: str
    storey: str
    space: str
    readings: int
    last_time: datetime | None
    last_reading: float | None
    downstream_count: int
    spaces: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "kind_label": METER_LABELS[self.kind].render() if self.kind in METER_LABELS else "",
            "unit": self.unit,
            "parent": self.parent,
            "storey": self.storey,
            "space": self.space,
            "readings": self.readings,
            "last_time": _iso(self.last_time),
            "last_reading": self.last_reading,
            "downstream_count": self.downstream_count,
            "spaces": list(self.spaces),
        }


@dataclass(frozen=True)
class ImportResult:
    file: str
    added: int
    updated: int
    unchanged: int
    bad: list[BadRow]

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "bad_count": len(self.bad),
            "bad": [row.to_dict() for row in self.bad],
        }


@dataclass(frozen=True)
class MeterAnomaly:
    """One anomaly, with where to look: the network elements downstream of the meter."""

    id: str
    meter: str
    meter_name: str
    meter_kind: str
    kind: str
    start: datetime
    end: datetime
    size: float
    unit: str
    baseline: float
    text: Msg
    downstream: list[dict[str, Any]]
    downstream_count: int
    spaces: list[str]
    work_order: str | None = None

    @property
    def sentence(self) -> str:
        return self.text.render()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "meter": self.meter,
            "meter_name": self.meter_name,
            "meter_kind": self.meter_kind,
            "kind": self.kind,
            "kind_label": kind_label(self.kind),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "size": round(self.size, 4),
            "unit": self.unit,
            "baseline": round(self.baseline, 4),
            "text": self.sentence,
            "downstream_count": self.downstream_count,
            "downstream": list(self.downstream),
            "spaces": list(self.spaces),
            "work_order": self.work_order,
        }


@dataclass(frozen=True)
class MeterConsumption:
    meter: str
    name: str
    kind: str
    unit: str
    start: datetime
    end: datetime
    consumption: float | None
    """None when the readings do not cover the period."""

    def to_dict(self) -> dict[str, Any]:
        value = None if self.consumption is None else round(self.consumption, 4)
        return {
            "meter": self.meter,
            "name": self.name,
            "kind": self.kind,
            "unit": self.unit,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "consumption": value,
        }


@dataclass(frozen=True)
class MeterChart:
    """Daily consumption of one meter for the chart, and its anomalies."""

    meter: str
    unit: str
    days: list[datetime]
    daily: list[float | None]
    anomalies: list[MeterAnomaly]

    def to_dict(self) -> dict[str, Any]:
        return {
            "meter": self.meter,
            "unit": self.unit,
            "days": [d.isoformat() for d in self.days],
            "daily": self.daily,
            "anomalies": [a.to_dict() for a in self.anomalies],
        }


def describe(finding: Finding, name: str, unit: str, spaces: list[str]) -> Msg:
    """The anomaly in one sentence, in the reader's language."""
    when = f"{finding.start.astimezone(_LOCAL):%Y-%m-%d %H:%M}"
    where = "、".join(spaces[:6]) if spaces else "—"
    size = f"{abs(finding.size):.3f}"
    base = f"{finding.baseline:.3f}"
    if finding.kind == "night_flow":
        return _t(
            "{name}: night flow never returns to zero since {when} ({size} {unit}/h at night, "
            "usually {base}); look for a hidden leak in {where}.",
            name=name,
            when=when,
            size=size,
            unit=unit,
            base=base,
            where=where,
        )
    if finding.kind == "jump":
        return _t(
            "{name}: consumption jumped from {when}, {size} {unit} above the usual {base}; "
            "check {where}.",
            name=name,
            when=when,
            size=size,
            unit=unit,
            base=base,
            where=where,
        )
    if finding.kind == "drop":
        return _t(
            "{name}: consumption dropped from {when}, {size} {unit} below the usual {base}; "
            "check the meter and {where}.",
            name=name,
            when=when,
            size=size,
            unit=unit,
            base=base,
            where=where,
        )
    if finding.kind == "imbalance":
        return _t(
            "{name}: the main meter does not balance its sub-meters from {when} "
            "({size} {unit} unaccounted); look for a leak or an unmetered connection.",
            name=name,
            when=when,
            size=size,
            unit=unit,
        )
    if finding.kind == "stopped":
        return _t(
            "{name}: the meter has stood still since {when} ({hours} hours without "
            "consumption); check the meter.",
            name=name,
            when=when,
            hours=f"{finding.size:.0f}",
        )
    return _t(
        "{name}: the reading went backwards at {when} (by {size} {unit}); check the meter "
        "for reverse flow or tampering.",
        name=name,
        when=when,
        size=size,
        unit=unit,
    )
