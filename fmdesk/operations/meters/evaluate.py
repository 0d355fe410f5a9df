"""Scoring the rules against injected faults: precision and recall, as the tests report them.

A found anomaly matches an injected fault when it names the same meter and kind and starts
within ``tolerance_hours`` of the fault; anything else found is a false alarm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from fmdesk.operations.meters.detect import Finding
from fmdesk.operations.meters.simulate import FAULT_KINDS, Fault, SimMeter

__all__ = ["Score", "building_meters", "random_faults", "score"]


@dataclass
class Score:
    """Precision and recall over a set of injected faults (overall and per kind)."""

    true_positives: int
    false_positives: int
    false_negatives: int
    per_kind: dict[str, tuple[int, int]] = field(default_factory=dict)
    """kind → (faults found, faults injected)."""
    false_alarms: list[Finding] = field(default_factory=list)
    missed: list[Fault] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        injected = self.true_positives + self.false_negatives
        return self.true_positives / injected if injected else 1.0


def score(found: Sequence[Finding], faults: Sequence[Fault], tolerance_hours: int = 24) -> Score:
    """Match findings to faults (meter, kind, start within the tolerance)."""
    tolerance = tolerance_hours * 3600
    matched: set[int] = set()
    missed: list[Fault] = []
    per_kind: dict[str, list[int]] = {}
    for fault in faults:
        counts = per_kind.setdefault(fault.kind, [0, 0])
        counts[1] += 1
        t0 = int(fault.start.timestamp())
        hits = [
            i
            for i, f in enumerate(found)
            if f.meter == fault.meter and f.kind == fault.kind and abs(f.start_s - t0) <= tolerance
        ]
        if hits:
            matched.update(hits)
            counts[0] += 1
        else:
            missed.append(fault)
    alarms = [f for i, f in enumerate(found) if i not in matched]
    caught = len(faults) - len(missed)
    return Score(
        caught,
        len(alarms),
        len(missed),
        {k: (v[0], v[1]) for k, v in per_kind.items()},
        alarms,
        missed,
    )


def building_meters(buildings: int, flats: int) -> list[SimMeter]:
    """Per building a main water and a main power meter, each flat a water and a power meter."""
    meters: list[SimMeter] = []
    for b in range(1, buildings + 1):
        meters.append(SimMeter(f"WM-{b:02d}", "water", main=True))
        meters.append(SimMeter(f"DB-{b:02d}", "power", main=True, loss=0.15))
        for flat in range(1, flats + 1):
            meters.append(SimMeter(f"WM-{b}-{flat:03d}", "water", f"WM-{b:02d}"))
            meters.append(SimMeter(f"DB-{b}-{flat:03d}", "power", f"DB-{b:02d}"))
    return meters


def random_faults(
    meters: Sequence[SimMeter], start: datetime, days: int, per_kind: int, seed: int = 0
) -> list[Fault]:
    """``per_kind`` faults of every kind on distinct meters, starting at random hours."""
    rng = np.random.default_rng(seed)
    subs = [m for m in meters if not m.main]
    mains = [m for m in meters if m.main]
    order = list(rng.permutation(len(subs)))
    main_order = list(rng.permutation(len(mains)))
    faults = []
    for kind in FAULT_KINDS:
        for _ in range(per_kind):
            if kind == "imbalance":
                meter = mains[main_order.pop()]
            else:
                meter = subs[order.pop()]
                if kind == "night_flow" and meter.kind != "water":
                    meter = _sibling(meter, subs, "water")
            when = start + timedelta(hours=int(rng.integers(0, days * 24)))
            faults.append(_fault(kind, meter, when))
    return faults


def _sibling(meter: SimMeter, subs: Sequence[SimMeter], kind: str) -> SimMeter:
    """The flat's meter of another kind (the water meter of a flat whose power was drawn)."""
    suffix = meter.code.split("-", 1)[1]
    return next(m for m in subs if m.kind == kind and m.code.split("-", 1)[1] == suffix)


def _fault(kind: str, meter: SimMeter, when: datetime) -> Fault:
    """Faults of a realistic size for the meter's kind."""
    unit = 0.35 if meter.kind == "water" else 8.0  # a flat's daily use
    if kind == "night_flow":
        return Fault(meter.code, kind, when, size=0.012)  # a running toilet, 12 L/h
    if kind == "jump":
        return Fault(meter.code, kind, when, hours=30, size=5.0)
    if kind == "drop":
        return Fault(meter.code, kind, when, hours=24 * 5, size=0.05)
    if kind == "backwards":
        return Fault(meter.code, kind, when, hours=6, size=unit / 24)
    if kind == "imbalance":
        return Fault(meter.code, kind, when, size=0.1 if meter.kind == "water" else 2.0)
    return Fault(meter.code, kind, when)  # stopped, to the end
