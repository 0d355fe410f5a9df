"""What each KPI means: its JSON key, label, unit, target and direction, and its formula.

The figures are computed from a handful of sums that one SQL query returns per group
(:mod:`fmdesk.operations.kpi_query`); this module turns those sums into the KPIs, so the
formulas (the variants stated in the README, after ``../shared/reference/kpis.csv``) live in
one place and need no database to test.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from fmdesk.i18n import Msg, _t

__all__ = [
    "GROUPINGS",
    "KPIS",
    "KPI_KEYS",
    "KpiDefinition",
    "KpiGroup",
    "KpiSums",
    "figures_from_sums",
    "kpi_definition",
    "with_targets",
]

KPI_KEYS = (
    "intact_rate",
    "response_sla_met",
    "onsite_sla_met",
    "mttr_hours",
    "mtbf_hours",
    "pm_compliance",
    "schedule_compliance",
    "backlog",
    "first_time_fix",
    "rework_rate",
    "satisfaction",
)
"""Every KPI, in the order shown (the JSON keys; each can be drilled into)."""

GROUPINGS = ("contractor", "system", "building", "team")
"""What ``--by`` groups by."""


@dataclass(frozen=True)
class KpiDefinition:
    """One KPI: ``key`` (JSON), ``label`` (locale), ``unit``, ``target`` and whether more is
    better (so a figure can be judged against its target)."""

    key: str
    label: Msg
    unit: str
    target: float | None
    higher_is_better: bool = True

    def meets(self, value: float | None) -> bool | None:
        """Whether ``value`` reaches the target (None when either is unknown)."""
        if value is None or self.target is None:
            return None
        return value >= self.target if self.higher_is_better else value <= self.target


KPIS: tuple[KpiDefinition, ...] = (
    KpiDefinition("intact_rate", _t("Equipment intact rate"), "%", 98.0),
    KpiDefinition("response_sla_met", _t("Response within SLA"), "%", 95.0),
    KpiDefinition("onsite_sla_met", _t("On site within SLA"), "%", 95.0),
    KpiDefinition("mttr_hours", _t("Mean time to repair (MTTR)"), "h", 6.0, False),
    KpiDefinition("mtbf_hours", _t("Mean time between failures (MTBF)"), "h", None),
    KpiDefinition("pm_compliance", _t("PM compliance"), "%", 95.0),
    KpiDefinition("schedule_compliance", _t("Schedule compliance"), "%", 85.0),
    KpiDefinition("backlog", _t("Backlog (weeks of work)"), "weeks", 4.0, False),
    KpiDefinition("first_time_fix", _t("First-time fix rate"), "%", 90.0),
    KpiDefinition("rework_rate", _t("Rework rate"), "%", 5.0, False),
    KpiDefinition("satisfaction", _t("Resident satisfaction"), "%", 95.0),
)


def kpi_definition(key: str) -> KpiDefinition | None:
    return next((k for k in KPIS if k.key == key), None)


def with_targets(targets: dict[str, float | None]) -> tuple[KpiDefinition, ...]:
    """The KPIs with the department's own targets (``{"mttr_hours": 8}``) instead of ours."""
    return tuple(replace(k, target=targets[k.key]) if k.key in targets else k for k in KPIS)


@dataclass(frozen=True)
class KpiSums:
    """The raw sums of one group, as the SQL query returns them (counts and hours)."""

    reported: int = 0
    response_due: int = 0
    response_met: int = 0
    onsite_due: int = 0
    onsite_met: int = 0
    repairs: int = 0
    repair_hours: float = 0.0
    first_fix: int = 0
    completed: int = 0
    reworked: int = 0
    rated: int = 0
    satisfied: int = 0
    score_sum: float = 0.0
    scheduled: int = 0
    scheduled_met: int = 0
    pm_due: int = 0
    pm_met: int = 0
    failures: int = 0
    down_hours: float = 0.0
    backlog_orders: int = 0


@dataclass(frozen=True)
class KpiGroup:
    """The KPIs of one group (a contractor, system, building, team, or everything)."""

    key: str
    name: str
    start: datetime
    end: datetime
    figures: dict[str, float | None]
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.key,
            "name": self.name,
            **{k: _round(v) for k, v in self.figures.items()},
            "counts": dict(self.counts),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _pct(part: float, whole: float) -> float | None:
    return None if not whole else 100.0 * part / whole


def figures_from_sums(
    sums: KpiSums, period_hours: float, assets: int | None
) -> tuple[dict[str, float | None], dict[str, int]]:
    """The KPIs of a group from its sums, the period length and its number of assets.

    ``assets`` is None when the group owns no assets (a contractor, a team): the intact rate
    and MTBF are then not defined for it.
    """
    asset_hours = (assets or 0) * period_hours
    operating = max(asset_hours - sums.down_hours, 0.0)
    weeks = period_hours / 168.0
    throughput = sums.completed / weeks if weeks else 0.0
    figures: dict[str, float | None] = {
        "intact_rate": _pct(operating, asset_hours) if assets else None,
        "response_sla_met": _pct(sums.response_met, sums.response_due),
        "onsite_sla_met": _pct(sums.onsite_met, sums.onsite_due),
        "mttr_hours": sums.repair_hours / sums.repairs if sums.repairs else None,
        "mtbf_hours": (operating / sums.failures if sums.failures else None) if assets else None,
        "pm_compliance": _pct(sums.pm_met, sums.pm_due),
        "schedule_compliance": _pct(sums.scheduled_met, sums.scheduled),
        "backlog": sums.backlog_orders / throughput if throughput else None,
        "first_time_fix": _pct(sums.first_fix, sums.repairs),
        "rework_rate": _pct(sums.reworked, sums.completed),
        "satisfaction": _pct(sums.satisfied, sums.rated),
        "satisfaction_score": sums.score_sum / sums.rated if sums.rated else None,
    }
    counts = {
        "reported": sums.reported,
        "repairs": sums.repairs,
        "completed": sums.completed,
        "failures": sums.failures,
        "backlog_orders": sums.backlog_orders,
        "pm_due": sums.pm_due,
        "rated": sums.rated,
        "assets": assets or 0,
    }
    return figures, counts
