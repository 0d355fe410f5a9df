"""Weibull reliability of an equipment group from its failure history (right-censored MLE).

Each asset contributes lives: install → first failure, failure → next failure (a repaired or
replaced unit is assumed as good as new), and the last one, still running, is right-censored at
the planning date. ``scipy.stats.weibull_min.fit`` with ``scipy.stats.CensoredData`` (SciPy ≥ 1.11)
does the maximum-likelihood fit with the location fixed at zero.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fmdesk.maintenance.model import Failure, PlanAsset

MIN_FAILURES = 5
"""Fewer failures than this in a group: the fit is not trusted and the library life is used."""

DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class WeibullFit:
    """A fitted Weibull life model of one group: shape β, scale η (years), and its evidence."""

    group: str
    shape: float
    scale: float
    failures: int
    units: int
    censored: int

    def reliability(self, age: float) -> float:
        """Probability that a unit survives to ``age`` years."""
        return math.exp(-((max(age, 0.0) / self.scale) ** self.shape))

    def conditional_reliability(self, age: float, horizon: float = 1.0) -> float:
        """Probability that a unit aged ``age`` years still runs ``horizon`` years later.

        >>> WeibullFit("pump", 1.0, 10.0, 5, 10, 5).conditional_reliability(3.0, 1.0) > 0.9
        True
        """
        now = self.reliability(age)
        return self.reliability(age + horizon) / now if now > 0 else 0.0

    def replacement_age(self, risk: float = 0.10, horizon: float = 1.0) -> float | None:
        """Age at which the chance of failing within ``horizon`` years first exceeds ``risk``.

        Only wear-out (β > 1) makes age-based replacement worthwhile; otherwise ``None``.
        Solved in closed form: (a+h)^β - a^β = η^β · ln(1/(1-risk)).
        """
        if self.shape <= 1.0:
            return None
        target = self.scale**self.shape * -math.log(1.0 - risk)
        low, high = 0.0, self.scale * 20
        for _ in range(80):
            mid = (low + high) / 2
            if (mid + horizon) ** self.shape - mid**self.shape < target:
                low = mid
            else:
                high = mid
        return high


def collect_lives(
    assets: Iterable[PlanAsset], failures: Iterable[Failure], as_of: date
) -> tuple[list[float], list[float]]:
    """Failure lives and censored (still running) lives, in years, of the given assets."""
    by_asset: dict[str, list[date]] = {}
    for failure in failures:
        by_asset.setdefault(failure.asset_code, []).append(failure.failed_on)
    failed: list[float] = []
    running: list[float] = []
    for asset in assets:
        if asset.install_date is None:
            continue
        start = asset.install_date
        for day in sorted(by_asset.get(asset.code, [])):
            if start < day <= as_of:
                failed.append((day - start).days / DAYS_PER_YEAR)
                start = day
        if start < as_of:
            running.append((as_of - start).days / DAYS_PER_YEAR)
    return failed, running


def fit_weibull(
    group: str,
    assets: list[PlanAsset],
    failures: Iterable[Failure],
    as_of: date,
    min_failures: int = MIN_FAILURES,
) -> WeibullFit | None:
    """Fit the group's Weibull model, or ``None`` when it has too few failures to trust.

    >>> fit_weibull("pump", [], [], date(2027, 1, 1)) is None
    True
    """
    failed, running = collect_lives(assets, failures, as_of)
    if len(failed) < min_failures or len({round(x, 3) for x in failed}) < 2:
        return None
    import numpy as np
    from scipy import stats

    data = stats.CensoredData(uncensored=np.asarray(failed), right=np.asarray(running))
    try:
        shape, _loc, scale = stats.weibull_min.fit(data, floc=0)
    except (ValueError, RuntimeError, FloatingPointError):
        return None
    if not (math.isfinite(shape) and math.isfinite(scale)) or shape <= 0 or scale <= 0:
        return None
    units = sum(1 for a in assets if a.install_date is not None)
    return WeibullFit(group, float(shape), float(scale), len(failed), units, len(running))
