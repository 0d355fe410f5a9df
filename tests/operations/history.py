"""A small, exactly known month of work orders (January 2027) built through the real
work-order services with explicit times, for the KPI and report tests.

| order | what | KPI facts |
| --- | --- | --- |
| O1 | urgent repair on SB-01 by 恒安电梯 | response ✓, on site ✓, 2 h repair, rated 5 |
| O2 | normal repair on SB-02, reopened once | 24 h repair (report → final fix), rework, rated 2 |
| O3 | PM on SB-01 | done before its due date |
| O4 | PM on SB-01 | response late (3 h), done after its due date |
| O5 | high repair on SB-02, never accepted | response ✗, on site ✗, backlog, 86 h down |
| O6 | cancelled | counts nowhere |
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fmdesk.records.assets import create_asset
from fmdesk.records.people import add_contractor, add_team, add_technician
from fmdesk.workorders.service import advance_work_order, create_work_order, rate_work_order

NOW = datetime(2027, 2, 15, 12, 0, tzinfo=UTC)
LOOP = ("dispatched", "accepted", "on_site", "rectified", "rechecked", "closed")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 1, day, hour, minute, tzinfo=UTC)


def _walk(uow_factory, number: str, times: list[datetime], contractor: str | None = None):
    for state, when in zip(LOOP, times, strict=False):
        extra = {"assignee": "李师傅", "contractor": contractor} if state == "dispatched" else {}
        advance_work_order(uow_factory("主管"), number, state, now=when, **extra)


def build_january(uow_factory) -> dict[str, str]:
    """Create the six orders; returns their numbers by name (O1…O6)."""
    add_team(uow_factory(), "水电班", ["plumbing"])
    add_technician(uow_factory(), "李师傅", ["plumbing"], team="水电班")
    add_contractor(uow_factory(), "恒安电梯")
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump", system="生活给水系统")
    create_asset(uow_factory(), "SB-02", "消防泵1#", "pump", system="消火栓系统")
    numbers: dict[str, str] = {}

    def new(name: str, title: str, priority: str, asset: str, when: datetime, source="phone"):
        order = create_work_order(
            uow_factory("值班员"), title, priority=priority, asset=asset, source=source, now=when
        )
        numbers[name] = order.number
        return order.number

    o1 = new("O1", "水泵异响", "urgent", "SB-01", at(10, 8))
    _walk(
        uow_factory,
        o1,
        [at(10, 8, 5), at(10, 8, 10), at(10, 8, 25), at(10, 10), at(10, 11), at(10, 12)],
        contractor="恒安电梯",
    )
    rate_work_order(uow_factory(), o1, 5)

    o2 = new("O2", "消防泵漏水", "normal", "SB-02", at(12, 9))
    _walk(uow_factory, o2, [at(12, 9, 5), at(12, 12), at(12, 13), at(12, 19)])
    advance_work_order(uow_factory("主管"), o2, "reopened", now=at(12, 20))
    _walk(
        uow_factory,
        o2,
        [at(12, 20, 5), at(12, 20, 10), at(13, 8), at(13, 9), at(13, 10), at(13, 11)],
    )
    rate_work_order(uow_factory(), o2, 2)

    o3 = new("O3", "水泵月度保养", "normal", "SB-01", at(5, 8), source="preventive")
    _walk(uow_factory, o3, [at(5, 8, 5), at(5, 8, 30), at(5, 9), at(7, 9), at(7, 10)])

    o4 = new("O4", "水泵季度保养", "normal", "SB-01", at(20, 8), source="preventive")
    _walk(uow_factory, o4, [at(20, 8, 5), at(20, 11), at(20, 12), at(25, 9)])

    new("O5", "消防泵压力低", "high", "SB-02", at(28, 10))

    o6 = new("O6", "误报", "normal", "SB-01", at(15, 10))
    advance_work_order(uow_factory("主管"), o6, "cancelled", now=at(15, 11))
    return numbers


JANUARY_HOURS = 31 * 24
DOWN_HOURS = 2 + 24 + (at(31, 0) + timedelta(days=1) - at(28, 10)).total_seconds() / 3600
