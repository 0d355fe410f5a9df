"""Use cases of the KPIs (关键绩效指标): figures of a period, monthly trends, drill-down.

``fmdesk kpi``, the KPI dashboard and the monthly report all call these; the figures are
aggregated by the database (:mod:`fmdesk.operations.kpi_query`)::

    report = compute_kpis(app, date(2027, 1, 1), date(2027, 1, 31), by="contractor")
    report.total["mttr_hours"]
    trend = kpi_trend(app, "2027-01", months=12)
    drill = drill_kpi(app, "mttr_hours", date(2027, 1, 1), date(2027, 1, 31))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from fmdesk.app.context import App
from fmdesk.app.results import Result, to_dict
from fmdesk.errors import UserError
from fmdesk.i18n import _t, render

if TYPE_CHECKING:
    from fmdesk.operations.kpi_drill import DrillRow
    from fmdesk.operations.kpi_model import KpiGroup

__all__ = [
    "KpiDrill",
    "KpiReport",
    "KpiTrend",
    "compute_kpis",
    "drill_kpi",
    "kpi_definitions",
    "kpi_trend",
    "month_bounds",
    "parse_month",
]


@dataclass(frozen=True)
class KpiReport(Result):
    """The KPIs of ``[start, end]``: ``groups[0]`` is everything, then one per ``by`` value."""

    start: date
    end: date
    by: str | None
    groups: list[KpiGroup]

    @property
    def total(self) -> dict[str, float | None]:
        return self.groups[0].figures

    def to_dict(self) -> dict[str, Any]:
        total = self.groups[0].to_dict()
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "by": self.by,
            **{k: v for k, v in total.items() if k not in ("group", "name")},
            "labels": kpi_labels(),
            "targets": {k.key: k.target for k in kpi_definitions()},
            "groups": [g.to_dict() for g in self.groups[1:]],
        }


@dataclass(frozen=True)
class KpiTrend(Result):
    """Monthly figures: ``series[key][i]`` is the KPI ``key`` in ``months[i]`` (YYYY-MM)."""

    months: list[str]
    series: dict[str, list[float | None]]


@dataclass(frozen=True)
class KpiDrill(Result):
    """The orders behind one figure (worst first) and how many there are in all."""

    key: str
    label: str
    start: date
    end: date
    group: str | None
    total: int
    rows: list[DrillRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = {f: to_dict(getattr(self, f)) for f in ("key", "label", "group", "total")}
        return {
            **data,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "orders": to_dict(self.rows),
        }


def kpi_definitions():
    """The KPIs in display order (key, label, unit, target, direction), with the targets of
    ``kpi_targets.json`` in the config folder when the department has one, e.g.
    ``{"mttr_hours": 8, "satisfaction": 92}`` (``null``: no target)."""
    import json

    from fmdesk.operations.kpi_model import KPIS, with_targets
    from fmdesk.settings import config_dir

    path = config_dir() / "kpi_targets.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return KPIS
    except (OSError, ValueError):
        raise UserError(
            _t("The KPI targets file {path} is not valid JSON; fix or delete it.", path=path)
        ) from None
    known = {k.key for k in KPIS}
    if not isinstance(raw, dict) or not all(
        key in known and (value is None or isinstance(value, int | float))
        for key, value in raw.items()
    ):
        raise UserError(
            _t(
                "The KPI targets file {path} must map KPI keys ({keys}) to numbers.",
                path=path,
                keys=", ".join(sorted(known)),
            )
        )
    return with_targets({key: None if v is None else float(v) for key, v in raw.items()})


def kpi_labels() -> dict[str, str]:
    """The KPI labels in the current language."""
    return {k.key: render(k.label) for k in kpi_definitions()}


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Local midnight of ``start`` to local midnight after ``end`` (both days included)."""
    if end < start:
        raise UserError(
            _t("The period ends ({end}) before it starts ({start}).", start=start, end=end)
        )
    first = datetime.combine(start, time()).astimezone()
    last = datetime.combine(end + timedelta(days=1), time()).astimezone()
    return first, last


def parse_month(text: str) -> date:
    """``2027-03`` → 1 March 2027 (one sentence when it is not a month)."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise UserError(_t("{text} is not a month; write it as 2027-03.", text=text)) from None


def month_bounds(month: date) -> tuple[date, date]:
    """First and last day of the month of ``month``."""
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _check_by(by: str | None) -> None:
    from fmdesk.operations.kpi_query import GROUPINGS

    if by is not None and by not in GROUPINGS:
        raise UserError(
            _t("'{by}' is not a grouping; use one of {choices}.", by=by, choices=GROUPINGS)
        )


def compute_kpis(
    app: App, start: date, end: date, by: str | None = None, now: datetime | None = None
) -> KpiReport:
    """The KPIs from ``start`` to ``end`` (days included), overall and per ``by``
    (contractor, system, building or team)."""
    from fmdesk.operations.kpi_query import kpi_groups

    _check_by(by)
    first, last = period_bounds(start, end)
    with app.uow() as uow:
        groups = kpi_groups(uow.session, first, last, by, now)
    return KpiReport(start, end, by, groups)


def kpi_trend(
    app: App,
    last_month: date,
    months: int = 12,
    now: datetime | None = None,
    by: str | None = None,
    group: str | None = None,
) -> KpiTrend:
    """The KPIs of each of the ``months`` months ending with ``last_month``: overall, or of
    one ``group`` of ``by`` (a contractor's trend for its monthly review)."""
    from fmdesk.operations.kpi_query import kpi_groups

    _check_by(by)
    firsts = [last_month.replace(day=1)]
    while len(firsts) < months:
        firsts.insert(0, (firsts[0] - timedelta(days=1)).replace(day=1))
    series: dict[str, list[float | None]] = {k.key: [] for k in kpi_definitions()}
    with app.uow() as uow:
        for first in firsts:
            start, end = period_bounds(*month_bounds(first))
            groups = kpi_groups(uow.session, start, end, by if group else None, now)
            chosen = next((g for g in groups if g.key == (group or "all")), None)
            figures = chosen.figures if chosen else {}
            for key, values in series.items():
                value = figures.get(key)
                values.append(None if value is None else round(value, 2))
    return KpiTrend([f.strftime("%Y-%m") for f in firsts], series)


def drill_kpi(
    app: App,
    key: str,
    start: date,
    end: date,
    by: str | None = None,
    group: str | None = None,
    limit: int = 500,
    now: datetime | None = None,
) -> KpiDrill:
    """The work orders behind the figure ``key`` (e.g. ``mttr_hours``) of a period, worst
    first; with ``by``/``group`` only that group's orders (a contractor's, a system's…)."""
    from fmdesk.operations.kpi_drill import DRILLABLE, drill_rows
    from fmdesk.operations.kpi_model import kpi_definition
    from fmdesk.operations.kpi_query import group_condition, make_period

    if key not in DRILLABLE:
        raise UserError(
            _t("'{key}' is not a KPI; use one of {choices}.", key=key, choices=DRILLABLE)
        )
    _check_by(by)
    first, last = period_bounds(start, end)
    definition = kpi_definition(key)
    with app.uow() as uow:
        period = make_period(uow.session, first, last, now)
        try:
            condition = group_condition(by, group)
        except ValueError:
            raise UserError(_t("'{group}' is not a group of {by}.", group=group, by=by)) from None
        rows, total = drill_rows(uow.session, period, key, condition, limit)
    label = render(definition.label) if definition else key
    return KpiDrill(key, label, start, end, group, total, rows)
