"""Finding anomalies in meter readings: one numpy pass per rule over every meter at once.

The rules, each against the meter's own history (robust statistics: medians and MADs, so a past
fault does not hide the next one):

- ``jump`` / ``drop``: a day's consumption far from the median of the same weekday over the
  previous weeks (Hampel filter on daily consumption, weekday seasonality), or a burst of hours
  far above the same weekday-hour slot of the previous weeks (hour seasonality);
- ``night_flow``: the minimum flow of the night (01:00–05:00) stays above zero — or, on a meter
  whose nights are never zero, rises and stays up — the classic hidden leak;
- ``imbalance``: a main meter's consumption minus its sub-meters' moves away from its usual
  share (a leak or a theft between them, or a sub-meter under-reading);
- ``stopped``: no consumption at all for days on a meter that normally turns;
- ``backwards``: a reading lower than the one before.

A consequence is not reported twice: a stopped sub-meter explains its main meter's imbalance, a
leak on a flat explains the same night flow on the building's main meter (see ``_explained``).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from fmdesk.operations.meters.rules import DEFAULT_RULES, MAD_TO_SIGMA, NIGHT_METERS, Rules
from fmdesk.operations.meters.series import HOUR, WEEK_HOURS, HourlyGrid, MeterSeries, build_grid

DAY = 24 * HOUR

__all__ = ["Finding", "detect"]


@dataclass(frozen=True)
class Finding:
    """One anomaly of one meter: kind, when it started (and last showed), how large."""

    meter: str
    meter_kind: str
    kind: str
    start_s: int
    end_s: int
    size: float
    """Extra (negative: missing) consumption over the anomaly, the night flow per hour, the
    decrease of a meter going backwards, or the hours a meter stood still."""
    baseline: float
    """What was expected over the same time (0 when it does not apply)."""

    @property
    def start(self) -> datetime:
        return datetime.fromtimestamp(self.start_s, UTC)

    @property
    def end(self) -> datetime:
        return datetime.fromtimestamp(self.end_s, UTC)

    @property
    def id(self) -> str:
        """Stable: the same readings give the same id (``WM-1-101/night_flow/20260304T1700``)."""
        return f"{self.meter}/{self.kind}/{self.start:%Y%m%dT%H%M}"


def detect(
    series: Sequence[MeterSeries], start_s: float, end_s: float, rules: Rules = DEFAULT_RULES
) -> list[Finding]:
    """Every anomaly that starts in [``start_s``, ``end_s``) (UTC seconds), oldest first.

    ``series`` should reach ``rules.lookback_days`` before ``start_s`` so the baselines exist.
    """
    known = [m.times for m in series if len(m.times)]
    if not known:
        return []
    first_s = min(float(t[0]) for t in known)
    last_s = max(float(t[-1]) for t in known) + HOUR
    if end_s <= first_s or start_s >= last_s:
        return []
    grid_start = max(start_s - rules.lookback_days * DAY, first_s)
    grid = build_grid(series, grid_start, min(end_s, last_s))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN medians of meters without data
        found = [
            *_backwards(series, rules),
            *_stopped(grid, rules),
            *_daily_changes(grid, rules),
            *_bursts(grid, rules),
            *_night_flow(grid, rules),
            *_imbalance(grid, rules),
        ]
    found = [f for f in _merge_findings(found, rules) if start_s <= f.start_s < end_s]
    kept = _explained(found, grid)
    return sorted(kept, key=lambda f: (f.start_s, f.meter, f.kind))


# ---- shared helpers ------------------------------------------------------------------------
def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) index pairs of the True runs of a 1-D mask (end exclusive)."""
    padded = np.concatenate(([0], mask.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _merge(runs: Iterable[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in runs:
        if merged and start - merged[-1][1] <= gap:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _lagged(values: np.ndarray, step: int, count: int) -> np.ndarray:
    """values[..., i - step * k] for k = 1..count stacked on a new last axis (NaN before 0)."""
    stack = np.full((*values.shape, count), np.nan, dtype=values.dtype)
    for k in range(1, count + 1):
        shift = step * k
        if shift < values.shape[-1]:
            stack[..., shift:, k - 1] = values[..., :-shift]
    return stack


def _robust(stack: np.ndarray, minimum: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Median and MAD-sigma over the last axis; NaN where fewer than ``minimum`` values."""
    median, count = _median_last(stack)
    sigma, _ = _median_last(np.abs(stack - median[..., None]))
    sigma *= MAD_TO_SIGMA
    few = count < minimum
    median[few] = np.nan
    sigma[few] = np.nan
    return median, sigma


def _median_last(stack: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """NaN-skipping median over a short last axis, and the count of values.

    ``np.nanmedian`` goes through masked arrays (seconds on 50 million values); sorting the
    short last axis with NaN last and picking the middle of the known values is ten times faster.
    Where every value is known (nearly everywhere) the middle is a plain slice; only the rest
    needs fancy indexing.
    """
    ordered = np.sort(stack, axis=-1)  # NaN sorts last
    count = np.sum(~np.isnan(stack), axis=-1)
    size = stack.shape[-1]
    median = 0.5 * (ordered[..., (size - 1) // 2] + ordered[..., size // 2])
    partial = count < size
    if partial.any():
        rows = ordered[partial]
        known = count[partial]
        low = np.clip((known - 1) // 2, 0, None)[:, None]
        high = np.clip(known // 2, 0, size - 1)[:, None]
        picked = np.take_along_axis(rows, low, axis=1) + np.take_along_axis(rows, high, axis=1)
        median[partial] = 0.5 * picked[:, 0]
        median[count == 0] = np.nan
    return median, count


def _quantile_last(stack: np.ndarray, q: float) -> np.ndarray:
    """NaN-skipping lower ``q`` quantile over a short last axis (NaN sorts last)."""
    ordered = np.sort(stack, axis=-1)
    count = np.sum(~np.isnan(stack), axis=-1)
    index = np.clip(np.floor(q * (count - 1)).astype(np.int64), 0, None)[..., None]
    value = np.take_along_axis(ordered, index, axis=-1)[..., 0]
    value[count == 0] = np.nan
    return value


def _daily(grid: HourlyGrid) -> np.ndarray:
    """Daily consumption (M, days); a day missing more than 4 hours is unknown."""
    hours = grid.consumption.reshape(len(grid.codes), -1, 24)
    known = np.sum(~np.isnan(hours), axis=-1)
    daily = np.nansum(hours, axis=-1) * 24 / np.maximum(known, 1)
    daily[known < 20] = np.nan
    return daily


def _floors(grid: HourlyGrid, rules: Rules) -> np.ndarray:
    return np.array([rules.flow_floor(kind) for kind in grid.kinds])


def _finding(grid: HourlyGrid, row: int, kind: str, hours: tuple[int, int], size, base=0.0):
    return Finding(
        meter=grid.codes[row],
        meter_kind=grid.kinds[row],
        kind=kind,
        start_s=grid.utc_seconds(hours[0]),
        end_s=grid.utc_seconds(hours[1]),
        size=float(size),
        baseline=float(base),
    )


# ---- the rules -----------------------------------------------------------------------------
def _backwards(series: Sequence[MeterSeries], rules: Rules) -> list[Finding]:
    found = []
    for meter in series:
        steps = np.diff(meter.readings)
        back = steps < -1e-9 * np.maximum(1.0, np.abs(meter.readings[1:]))
        if not back.any():
            continue
        for start, end in _merge(_runs(back), rules.merge_hours):
            decrease = -float(np.sum(np.minimum(steps[start:end], 0.0)))
            found.append(
                Finding(
                    meter.code,
                    meter.kind,
                    "backwards",
                    int(meter.times[start]),
                    int(meter.times[end]),
                    decrease,
                    0.0,
                )
            )
    return found


def _stopped(grid: HourlyGrid, rules: Rules) -> list[Finding]:
    x = grid.consumption
    k = rules.stopped_hours
    if x.shape[1] < k:
        return []
    # any 48 hours in a row hold one whole local day: only meters with an empty day can qualify
    daily = _daily(grid)
    empty_day = (daily == 0).any(axis=1)
    turning = np.nanmean(x, axis=1) > _floors(grid, rules)
    found = []
    for row in np.flatnonzero(turning & empty_day):
        for start, end in _runs(x[row] == 0):
            if end - start >= k:
                found.append(_finding(grid, row, "stopped", (start, end), end - start))
    return found


def _daily_changes(grid: HourlyGrid, rules: Rules) -> list[Finding]:
    daily = _daily(grid)
    median, sigma = _robust(_lagged(daily, 7, rules.baseline_weeks))
    floor = _floors(grid, rules)[:, None] * 24
    scale = np.fmax(sigma, floor)
    excess = daily - median
    jumps = excess > np.fmax(rules.daily_k * scale, rules.jump_share * median)
    drops = (-excess > np.fmax(rules.drop_k * scale, rules.drop_share * median)) & (median > floor)
    found = []
    for kind, mask, confirm in (("jump", jumps, 1), ("drop", drops, rules.drop_confirm)):
        for row in np.flatnonzero(mask.any(axis=1)):
            runs = [r for r in _runs(mask[row]) if r[1] - r[0] >= confirm]
            for start, end in _merge(runs, 1):
                size = np.nansum(excess[row, start:end])
                base = np.nansum(median[row, start:end])
                begin = _change_start(grid.consumption[row], start * 24, kind, median[row, start])
                found.append(_finding(grid, row, kind, (begin, end * 24), size, base))
    return found


def _change_start(hours: np.ndarray, day_start: int, kind: str, usual_day: float) -> int:
    """The hour a jump or drop began: walk back (≤ 24 h) over the hours that already look like
    it — above the usual hourly mean for a jump, below a third of it for a drop."""
    usual = usual_day / 24
    begin = day_start
    while begin > max(0, day_start - 24):
        value = hours[begin - 1]
        looks = value > 2 * usual if kind == "jump" else value < usual / 3
        if not looks:
            break
        begin -= 1
    return begin


def _bursts(grid: HourlyGrid, rules: Rules, chunk: int = 128) -> list[Finding]:
    """Hours far above their weekday-hour slot of the previous weeks, ``burst_hours`` in a row."""
    x = grid.consumption
    meters, hours = x.shape
    weeks = hours // WEEK_HOURS
    mean = np.nanmean(x, axis=1)
    found = []
    for first in range(0, meters, chunk):
        # float32 halves the memory the sorts walk through; consumption needs no more digits
        block = x[first : first + chunk].astype(np.float32).reshape(-1, weeks, WEEK_HOURS)
        slots = np.swapaxes(block, 1, 2)  # (m, 168, weeks): lag along the weeks
        median, sigma = _robust(_lagged(slots, 1, rules.baseline_weeks))
        median = np.swapaxes(median, 1, 2).reshape(-1, hours)
        sigma = np.swapaxes(sigma, 1, 2).reshape(-1, hours)
        floor = (rules.hourly_floor_share * mean[first : first + chunk])[:, None]
        excess = x[first : first + chunk] - median
        flagged = excess > rules.hourly_k * np.fmax(sigma, floor)
        for local_row in np.flatnonzero(flagged.any(axis=1)):
            row = first + local_row
            runs = [r for r in _runs(flagged[local_row]) if r[1] - r[0] >= rules.burst_hours]
            for start, end in _merge(runs, rules.merge_hours):
                size = np.nansum(excess[local_row, start:end])
                base = np.nansum(median[local_row, start:end])
                found.append(_finding(grid, row, "jump", (start, end), size, base))
    return found


def _night_flow(grid: HourlyGrid, rules: Rules) -> list[Finding]:
    rows = [i for i, kind in enumerate(grid.kinds) if kind in NIGHT_METERS]
    if not rows:
        return []
    x = grid.consumption[rows]
    first, last = rules.night_hours
    nights = x.reshape(len(rows), -1, 24)[:, :, first:last]
    minimum = np.nanmin(nights, axis=-1)  # (m, days)
    minimum[np.isnan(nights).any(axis=-1)] = np.nan
    history = _lagged(minimum, 1, rules.night_baseline_nights)
    median, sigma = _robust(history, minimum=5)
    floor = _floors(grid, rules)[rows][:, None]
    quiet = median <= floor  # nights that normally return to zero
    # A main meter's night minimum is its standing flow plus, some nights, a flat awake at every
    # hour: the rise must clear the busy nights of the last two weeks (their 90th percentile).
    busy = rules.night_busy_margin * _quantile_last(history, 0.9)
    rise = median + rules.night_k * np.fmax(
        np.fmax(sigma, rules.night_relative_floor * median), floor
    )
    threshold = np.where(quiet, floor, np.fmax(rise, busy))
    above = minimum > threshold
    found = []
    for local_row in np.flatnonzero(above.any(axis=1)):
        row = rows[local_row]
        runs = [
            r
            for r in _runs(above[local_row])
            if r[1] - r[0]
            >= (rules.night_confirm if quiet[local_row, r[0]] else rules.busy_confirm)
        ]
        for start, end in _merge(runs, 1):
            flow = float(np.nanmedian(minimum[local_row, start:end]))
            begin = _flow_start(grid.consumption[row], start * 24 + first, flow)
            base = float(np.nan_to_num(median[local_row, start]))
            found.append(_finding(grid, row, "night_flow", (begin, end * 24), flow, base))
    return found


def _flow_start(hours: np.ndarray, night_start: int, flow: float) -> int:
    """Walk back from the first leaking night to the hour the constant flow began (≤ 24 h)."""
    begin = night_start
    while begin > max(0, night_start - 24) and hours[begin - 1] >= 0.8 * flow:
        begin -= 1
    return begin


def _imbalance(grid: HourlyGrid, rules: Rules) -> list[Finding]:
    children: dict[int, list[int]] = {}
    for row, parent in enumerate(grid.parents):
        if parent in grid.index:
            children.setdefault(grid.index[parent], []).append(row)
    if not children:
        return []
    daily = _daily(grid)
    parents = sorted(children)
    unaccounted = np.stack([daily[p] - daily[children[p]].sum(axis=0) for p in parents])
    median, sigma = _robust(_lagged(unaccounted, 1, 14), minimum=5)
    level, _ = _robust(_lagged(daily[parents], 1, 14), minimum=5)
    floor = _floors(grid, rules)[parents][:, None] * 24
    scale = np.fmax(np.fmax(sigma, rules.balance_relative_floor * level), floor)
    off = np.abs(unaccounted - median) > rules.balance_k * scale
    found = []
    for local_row in np.flatnonzero(off.any(axis=1)):
        runs = [r for r in _runs(off[local_row]) if r[1] - r[0] >= rules.balance_confirm]
        for start, end in _merge(runs, 1):
            size = np.nansum(unaccounted[local_row, start:end] - median[local_row, start:end])
            base = np.nansum(daily[parents[local_row], start:end])
            hours = (start * 24, end * 24)
            found.append(_finding(grid, parents[local_row], "imbalance", hours, size, base))
    return found


def _merge_findings(found: list[Finding], rules: Rules) -> list[Finding]:
    """One anomaly per meter and kind for overlapping findings (a day's jump and its burst)."""
    merged: list[Finding] = []
    gap = rules.merge_hours * HOUR
    for finding in sorted(found, key=lambda f: (f.meter, f.kind, f.start_s)):
        last = merged[-1] if merged else None
        same = last is not None and (last.meter, last.kind) == (finding.meter, finding.kind)
        if last is not None and same and finding.start_s <= last.end_s + gap:
            if finding.end_s > last.end_s:
                merged[-1] = Finding(
                    last.meter,
                    last.meter_kind,
                    last.kind,
                    last.start_s,
                    finding.end_s,
                    max(last.size, finding.size, key=abs),
                    max(last.baseline, finding.baseline),
                )
            continue
        merged.append(finding)
    return merged


# ---- one cause, one report -----------------------------------------------------------------
SAME_METER = {
    "backwards": {"drop", "stopped", "jump"},
    "stopped": {"drop", "jump"},
    "night_flow": {"jump"},
    "imbalance": {"night_flow", "jump", "drop"},
}
"""A finding of the key's kind explains these kinds on the same meter."""
FROM_CHILD = {
    "night_flow": {"night_flow", "jump"},
    "jump": {"jump", "night_flow"},
    "drop": {"drop", "stopped"},
    "imbalance": {"stopped", "backwards"},
}
"""A main meter's finding (key) is explained by these kinds on one of its sub-meters."""


def _explained(found: list[Finding], grid: HourlyGrid) -> list[Finding]:
    by_meter: dict[str, list[Finding]] = {}
    for finding in found:
        by_meter.setdefault(finding.meter, []).append(finding)
    subs: dict[str, list[str]] = {}
    for code, parent in zip(grid.codes, grid.parents, strict=True):
        if parent:
            subs.setdefault(parent, []).append(code)

    def covered(finding: Finding, others: Iterable[Finding], kinds: set[str], near: bool) -> bool:
        """Explained by a finding of ``kinds`` on the same meter while it lasts, or (``near``)
        on a sub-meter within two days of its start: a cause that lasts, such as a stopped
        sub-meter, does not hide what happens on the main meter weeks later."""
        return any(
            other.kind in kinds
            and (
                abs(other.start_s - finding.start_s) <= 2 * DAY
                if near
                else other.start_s - 2 * DAY <= finding.start_s <= other.end_s + DAY
            )
            for other in others
            if other is not finding
        )

    kept = []
    for finding in found:
        own = by_meter[finding.meter]
        same = {kind for kind, explains in SAME_METER.items() if finding.kind in explains}
        if covered(finding, own, same, near=False):
            continue
        children = [f for code in subs.get(finding.meter, ()) for f in by_meter.get(code, ())]
        if covered(finding, children, FROM_CHILD.get(finding.kind, set()), near=True):
            continue
        kept.append(finding)
    return kept
