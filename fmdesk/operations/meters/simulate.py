"""Plausible meter readings with known injected faults: the ground truth the rules are tuned on.

Flats use water in bursts around breakfast and dinner and almost never through the whole night;
electricity has a standby load (fridge, router) under the same daily shape; a main meter reads its
sub-meters plus what is used or lost between them. Faults are injected into the consumption
before it is summed into cumulative readings, so a leak on a flat also turns the main meter, as
it does in a real building::

    meters = [SimMeter(f"WM-{i}", "water") for i in range(20)]
    leak = Fault("WM-7", "night_flow", start=..., size=0.01)   # 10 L/h from that hour on
    readings = simulate(meters, start, hours=24 * 120, faults=[leak], seed=1)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from fmdesk.operations.meters.series import HOUR, LOCAL_OFFSET_HOURS, MeterSeries

__all__ = ["FAULT_KINDS", "Fault", "SimMeter", "simulate"]

FAULT_KINDS = ("night_flow", "jump", "drop", "stopped", "backwards", "imbalance")

# share of a flat's daily use in each local hour (sums to 1)
_WATER_PROFILE = np.array(
    [1, 0.5, 0.3, 0.3, 0.5, 2, 7, 10, 8, 5, 4, 5, 7, 5, 3, 3, 4, 6, 9, 10, 9, 7, 5, 3], dtype=float
)
_WATER_PROFILE /= _WATER_PROFILE.sum()
_POWER_PROFILE = np.array(
    [3, 2, 2, 2, 2, 3, 5, 7, 6, 4, 4, 5, 6, 5, 4, 4, 5, 7, 10, 12, 12, 10, 7, 5], dtype=float
)
_POWER_PROFILE /= _POWER_PROFILE.sum()
DAILY = {"water": 0.35, "gas": 0.9, "power": 8.0, "heat": 30.0}
"""Typical daily use of one flat: m³ of water, m³ of gas, kWh of electricity and of heat."""
RESOLUTION = {"water": 0.001, "gas": 0.001, "power": 0.01, "heat": 0.01}


@dataclass(frozen=True)
class SimMeter:
    """A generated meter; a main meter (``main=True``) reads the sum of its ``parent``-linked
    sub-meters plus ``loss`` of it (half proportional, half a standing flow)."""

    code: str
    kind: str = "water"
    parent: str = ""
    scale: float = 1.0
    main: bool = False
    loss: float = 0.02


@dataclass(frozen=True)
class Fault:
    """A fault injected into one meter from ``start`` (aware datetime) for ``hours`` (None: to
    the end). ``size``: night_flow/imbalance — flow per hour; jump/drop — factor on use;
    backwards — reverse flow per hour; stopped — ignored."""

    meter: str
    kind: str
    start: datetime
    hours: int | None = None
    size: float = 0.0


def simulate(
    meters: Sequence[SimMeter],
    start: datetime,
    hours: int,
    faults: Sequence[Fault] = (),
    seed: int = 0,
) -> list[MeterSeries]:
    """Hourly cumulative readings of ``meters`` from ``start`` (on the hour) for ``hours``."""
    rng = np.random.default_rng(seed)
    t0 = int(start.timestamp()) // HOUR * HOUR
    local_hours = (np.arange(hours) + t0 // HOUR + LOCAL_OFFSET_HOURS).astype(np.int64)
    hour_of_day = local_hours % 24
    weekday = (local_hours // 24 + 3) % 7  # 0 = Monday (1970-01-01 was a Thursday)
    index = {m.code: i for i, m in enumerate(meters)}
    use = np.stack([_flat_use(m, hour_of_day, weekday, rng) for m in meters])
    registered = use.copy()
    mains = {m.code for m in meters if m.main}
    for fault in faults:
        if fault.meter not in mains:
            _inject(fault, use, registered, index, t0, hours)
    _sum_mains(meters, use, registered, index, rng)
    for fault in faults:
        if fault.meter in mains:
            _inject(fault, use, registered, index, t0, hours)
    return [_readings(m, registered[i], t0, rng) for i, m in enumerate(meters)]


def _flat_use(meter: SimMeter, hour_of_day, weekday, rng) -> np.ndarray:
    if meter.main:
        return np.zeros(len(hour_of_day))
    daily = DAILY.get(meter.kind, 1.0) * meter.scale
    weekend = np.where(weekday >= 5, 1.15, 1.0)
    if meter.kind in ("water", "gas"):
        share = _WATER_PROFILE[hour_of_day]
        used = rng.random(len(share)) < np.minimum(1.0, share * 14)
        amount = rng.gamma(2.0, 0.5, len(share)) * share * daily / np.minimum(1.0, share * 14)
        return used * amount * weekend
    base = 0.25 * daily / 24
    shape = _POWER_PROFILE[hour_of_day] * 0.75 * daily
    return base + shape * rng.gamma(4.0, 0.25, len(shape)) * weekend


def _inject(fault: Fault, use, registered, index, t0: int, hours: int) -> None:
    row = index[fault.meter]
    first = max(0, (int(fault.start.timestamp()) - t0) // HOUR)
    last = hours if fault.hours is None else min(hours, first + fault.hours)
    span = slice(first, last)
    if fault.kind == "night_flow":
        use[row, span] += fault.size
        registered[row, span] += fault.size
    elif fault.kind in ("jump", "drop"):
        use[row, span] *= fault.size
        registered[row, span] *= fault.size
    elif fault.kind == "stopped":
        registered[row, span] = 0.0
    elif fault.kind == "backwards":
        registered[row, span] = -fault.size
    elif fault.kind == "imbalance":
        use[row, span] += fault.size  # flow between the main meter and its sub-meters
        registered[row, span] += fault.size
    else:
        raise ValueError(f"unknown fault kind {fault.kind!r}")


def _sum_mains(meters, use, registered, index, rng) -> None:
    for meter in meters:
        if not meter.main:
            continue
        row = index[meter.code]
        subs = [index[m.code] for m in meters if m.parent == meter.code]
        real = use[subs].sum(axis=0) if subs else np.zeros(use.shape[1])
        noise = 1.0 + meter.loss * rng.uniform(0.5, 1.5, real.shape)
        standing = 0.5 * meter.loss * real.mean() * rng.uniform(0.8, 1.2, real.shape)
        use[row] = real * noise + standing  # proportional and standing losses
        registered[row] = use[row]


def _readings(meter: SimMeter, consumption, t0: int, rng) -> MeterSeries:
    step = RESOLUTION.get(meter.kind, 0.001)
    start_value = float(rng.uniform(100, 5000))
    cumulative = start_value + np.concatenate(([0.0], np.cumsum(consumption)))
    readings = np.round(cumulative / step) * step
    times = t0 + np.arange(len(readings), dtype=np.int64) * HOUR
    return MeterSeries(meter.code, meter.kind, times, readings, meter.parent)
