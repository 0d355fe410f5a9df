"""The tuning of the anomaly rules, in one place, with the reason for each figure.

The figures were tuned on generated readings with known injected faults
(:mod:`fmdesk.operations.meters.simulate`, ``tests/operations/test_meter_anomalies.py`` reports
precision and recall); they are deliberately conservative: an alarm on a normal meter costs a
technician's visit.
"""

from __future__ import annotations

from dataclasses import dataclass

MAD_TO_SIGMA = 1.4826
"""Scales a median absolute deviation to a standard deviation for normal noise."""

KINDS = ("jump", "drop", "night_flow", "imbalance", "stopped", "backwards")
"""Every anomaly kind, in the order the report lists them."""

NIGHT_METERS = frozenset({"water", "gas"})
"""Night flow means something only where a building sleeps: water and gas (a fridge keeps an
electricity meter turning all night, a heat meter follows the weather)."""


@dataclass(frozen=True)
class Rules:
    """Thresholds of the rules; the defaults are the tuned ones."""

    lookback_days: int = 56
    """History read before the period asked about, so the baselines exist from its first day."""
    baseline_weeks: int = 6
    """Same-weekday days (and same weekday-hour slots) the daily and hourly baselines use."""
    daily_k: float = 5.0
    """A day is a jump or a drop beyond this many robust sigmas of its weekday's baseline..."""
    jump_share: float = 2.5
    """... and a jump adds more than this multiple of the baseline (a quiet meter's tiny MAD is
    not a licence; a flat with guests easily doubles its water)..."""
    drop_share: float = 0.7
    drop_k: float = 2.0
    """... and a drop removes more than this share of it..."""
    drop_confirm: int = 2
    """... for this many days in a row (one empty day is a family away)."""
    hourly_k: float = 10.0
    """An hour is a burst beyond this many robust sigmas of its weekday-hour slot..."""
    hourly_floor_share: float = 1.0
    """... and beyond this multiple of the meter's mean hourly consumption."""
    burst_hours: int = 2
    """Consecutive burst hours that make a jump (one odd hour is a filled bath)."""
    night_hours: tuple[int, int] = (1, 5)
    """Local hours [from, to) whose minimum is the night flow."""
    night_baseline_nights: int = 14
    night_k: float = 5.0
    night_relative_floor: float = 0.3
    """A meter whose nights are never zero (a main meter) flags a rise beyond this share."""
    night_confirm: int = 2
    """Consecutive nights above the threshold before a night flow is reported."""
    busy_confirm: int = 5
    """The same on a meter whose nights are never zero (a main meter, where a few flats awake
    at every hour happen for days in a row): five nights."""
    night_busy_margin: float = 2.0
    """... whose night flow must also clear twice its busiest nights (90th percentile)."""
    resolution: dict[str, float] | None = None
    """The smallest consumption per hour that counts as flow, per meter kind."""
    balance_k: float = 4.0
    balance_relative_floor: float = 0.03
    """A main meter's unaccounted share may move this much of its daily consumption."""
    balance_confirm: int = 2
    stopped_hours: int = 48
    """Hours of exactly zero consumption, on a meter that normally turns, to call it stopped."""
    merge_hours: int = 24
    """Findings of one kind on one meter closer than this are one anomaly."""

    def flow_floor(self, kind: str) -> float:
        floors = self.resolution or {"water": 0.002, "gas": 0.002, "power": 0.02, "heat": 0.02}
        return floors.get(kind, 0.002)


DEFAULT_RULES = Rules()
