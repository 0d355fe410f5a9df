"""KPIs of a period, overall or per contractor / system / building / team, aggregated in SQL.

Example::

    with uow:
        groups = kpi_groups(uow.session, start, end, by="contractor")
    groups[0].figures["mttr_hours"]     # the first group is everything ("all")
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fmdesk.operations.kpi_model import GROUPINGS, KpiGroup, KpiSums, figures_from_sums
from fmdesk.operations.kpi_sql import Period, populations
from fmdesk.records.models import Asset, Contractor, Site, Team, Technician, WorkOrder
from fmdesk.records.types import utcnow

__all__ = ["ALL", "GROUPINGS", "NONE_KEY", "group_condition", "kpi_groups", "make_period"]

ALL = "all"
NONE_KEY = "-"


def make_period(session: Session, start: datetime, end: datetime, now: datetime | None) -> Period:
    return Period(start, end, now or utcnow(), session.get_bind().dialect.name)


def kpi_groups(
    session: Session,
    start: datetime,
    end: datetime,
    by: str | None = None,
    now: datetime | None = None,
) -> list[KpiGroup]:
    """The KPIs of ``[start, end)``: everything first, then one group per ``by`` value."""
    period = make_period(session, start, end, now)
    assets = _asset_counts(session, by)
    total = _sums(session, period, None)
    groups = [_group(period, ALL, "", total.get(ALL, KpiSums()), assets.get(ALL))]
    if by:
        names = _group_names(session, by)
        found = _sums(session, period, by)
        known = names if by != "system" else {k: k for k in assets if k != ALL}
        for key in known:  # every contractor, team, building or system, even without orders
            found.setdefault(key, KpiSums())
        for key, sums in sorted(found.items(), key=_group_order):
            group_assets = assets.get(key) if by in ("system", "building") else None
            name = names.get(key, key) if key != NONE_KEY else ""
            groups.append(_group(period, str(key), str(name), sums, group_assets))
    return groups


def _group(period: Period, key: str, name: str, sums: KpiSums, assets: int | None) -> KpiGroup:
    figures, counts = figures_from_sums(sums, period.hours, assets)
    return KpiGroup(key, name, period.start, period.end, figures, counts)


def _group_key(by: str | None):
    """The SQL expression a group is keyed by, and the joins it needs."""
    if by == "contractor":
        return WorkOrder.contractor_id, []
    if by == "system":
        return Asset.system, [(Asset, WorkOrder.asset_id == Asset.id)]
    if by == "building":
        return WorkOrder.site_id, []
    if by == "team":
        return Technician.team_id, [(Technician, WorkOrder.assignee_id == Technician.id)]
    return None, []


def _sums(session: Session, period: Period, by: str | None) -> dict[Any, KpiSums]:
    """Three aggregate queries (one per population): the sums of every group, merged by key."""
    key, joins = _group_key(by)
    merged: dict[Any, dict[str, float]] = {}
    for population in populations(period):
        keyed = [key.label("group_key")] if key is not None else []
        query = select(*keyed, *population.columns).select_from(WorkOrder)
        for table, on in joins:
            query = query.outerjoin(table, on)
        query = query.where(population.where)
        if key is not None:
            query = query.group_by(key)
        for row in session.execute(query).mappings():
            group = row["group_key"] if key is not None else ALL
            values = merged.setdefault(NONE_KEY if group in (None, "") else group, {})
            for column in population.columns:
                values[column.name] = values.get(column.name, 0) + (row[column.name] or 0)
    return {group: _as_sums(values) for group, values in merged.items()}


def _as_sums(values: dict[str, float]) -> KpiSums:
    hours = ("repair_hours", "down_hours", "score_sum")
    return KpiSums(**{k: (float(v) if k in hours else int(v)) for k, v in values.items()})


def _asset_counts(session: Session, by: str | None) -> dict[Any, int]:
    """Assets in service per group (systems by the register's system; every building holds
    the whole register, which has no building column)."""
    live = Asset.removed_revision_id.is_(None)
    total = session.scalar(select(func.count()).select_from(Asset).where(live)) or 0
    counts: dict[Any, int] = {ALL: total}
    if by == "system":
        for system, count in session.execute(
            select(Asset.system, func.count()).where(live).group_by(Asset.system)
        ):
            counts[system or NONE_KEY] = count
    if by == "building":
        for (site_id,) in session.execute(select(Site.id)):
            counts[site_id] = total
    return counts


def _group_names(session: Session, by: str) -> dict[Any, str]:
    """Display names of the group keys (ids → names)."""
    table: Sequence[Any] = ()
    if by == "contractor":
        table = session.execute(select(Contractor.id, Contractor.name)).all()
    elif by == "building":
        table = session.execute(select(Site.id, Site.name)).all()
    elif by == "team":
        table = session.execute(select(Team.id, Team.name)).all()
    return {key: name for key, name in table}


def group_condition(by: str | None, group: str | None):
    """The SQL condition selecting one group of ``by`` (``-``: orders with no such key)."""
    key, _joins = _group_key(by)
    if key is None or group is None or group == ALL:
        return None
    if group == NONE_KEY:
        return key.is_(None) if by != "system" else func.coalesce(key, "") == ""
    return key == (group if by == "system" else int(group))


def _group_order(item: tuple[Any, KpiSums]) -> tuple[bool, str]:
    """Groups by key, the orders without one last."""
    return item[0] == NONE_KEY, str(item[0])
