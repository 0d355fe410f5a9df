"""Readings as an hourly grid: the shape every anomaly rule works on.

Meters are read at their own times (hourly by a remote-reading system, daily or monthly by hand).
The rules compare like with like — the same hour of the same weekday, the same night — so every
meter's cumulative readings are interpolated onto one grid of local hours that starts on a
Monday at 00:00; the hourly consumption is the difference of two grid points. A grid hour
whose bracketing readings are further apart than ``max_gap_hours`` is unknown (NaN), never
guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

HOUR = 3600
WEEK_HOURS = 168
LOCAL_OFFSET_HOURS = 8
"""China Standard Time (UTC+8): nights and weekdays are local."""
MONDAY_EPOCH_HOURS = 4 * 24
"""1970-01-01 was a Thursday; the first Monday 00:00 is 4 days later."""


@dataclass(frozen=True)
class MeterSeries:
    """One meter's cumulative readings: times in UTC seconds, ascending."""

    code: str
    kind: str
    times: np.ndarray
    readings: np.ndarray
    parent: str = ""


@dataclass
class HourlyGrid:
    """Hourly consumption of every meter on one grid of local hours.

    ``consumption[m, i]`` is meter ``m``'s consumption during local hour ``first_hour + i``
    (hours since the epoch, local time); ``first_hour`` is a Monday 00:00.
    """

    codes: list[str]
    kinds: list[str]
    parents: list[str]
    first_hour: int
    consumption: np.ndarray
    index: dict[str, int] = field(default_factory=dict)

    @property
    def hours(self) -> int:
        return self.consumption.shape[1]

    def utc_seconds(self, hour_index: int) -> int:
        """The UTC time (seconds) at which grid hour ``hour_index`` starts."""
        return (self.first_hour + hour_index - LOCAL_OFFSET_HOURS) * HOUR


def local_hour(utc_seconds: float) -> int:
    """Hours since the epoch in local time (floor)."""
    return int(np.floor(utc_seconds / HOUR)) + LOCAL_OFFSET_HOURS


def monday_before(hour: int) -> int:
    """The local Monday 00:00 at or before local ``hour``."""
    return hour - (hour - MONDAY_EPOCH_HOURS) % WEEK_HOURS


def build_grid(
    series: Sequence[MeterSeries], start_s: float, end_s: float, max_gap_hours: float = 6.0
) -> HourlyGrid:
    """Interpolate every meter's cumulative readings onto whole weeks of local hours.

    Example: two hourly meters over 10 days give ``consumption.shape == (2, 336)`` (two whole
    weeks), NaN where a meter has no readings.
    """
    first = monday_before(local_hour(start_s))
    last = local_hour(end_s - 1) + 1
    weeks = max(1, -(-(last - first) // WEEK_HOURS))
    hours = weeks * WEEK_HOURS
    edges = (np.arange(hours + 1, dtype=np.int64) + first - LOCAL_OFFSET_HOURS) * HOUR
    consumption = np.full((len(series), hours), np.nan)
    for row, meter in enumerate(series):
        cumulative = _cumulative_at(meter.times, meter.readings, edges, max_gap_hours * HOUR)
        consumption[row] = np.diff(cumulative)
    with np.errstate(invalid="ignore"):
        consumption[consumption < 0] = np.nan  # a meter going backwards is a rule of its own
    codes = [m.code for m in series]
    return HourlyGrid(
        codes=codes,
        kinds=[m.kind for m in series],
        parents=[m.parent for m in series],
        first_hour=first,
        consumption=consumption,
        index={code: i for i, code in enumerate(codes)},
    )


def _cumulative_at(times: np.ndarray, readings: np.ndarray, edges: np.ndarray, max_gap: float):
    """Readings interpolated at ``edges``; NaN outside the readings and across long gaps."""
    values = np.full(edges.shape, np.nan)
    if len(times) == 0:
        return values
    if len(times) == 1:
        values[edges == times[0]] = readings[0]
        return values
    inside = (edges >= times[0]) & (edges <= times[-1])
    at = edges[inside]
    right = np.clip(np.searchsorted(times, at, side="left"), 1, len(times) - 1)
    gap = times[right] - times[right - 1]
    exact = times[right] == at
    exact |= times[right - 1] == at
    known = (gap <= max_gap) | exact
    interpolated = np.interp(at, times, readings)
    interpolated[~known] = np.nan
    values[inside] = interpolated
    return values
