"""Work-order use cases: the department's SLA targets (``sla.json``) reach every order,
whoever creates it — the CLI, the work-order form, an inspection, or the network panel."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fmdesk.app import App
from fmdesk.app.assets import add_asset
from fmdesk.app.inspections import create_route, record_result, start_round
from fmdesk.app.workorders import (
    add_technician,
    advance_work_order,
    close_work_order,
    create_shutoff_order,
    create_work_order,
    list_work_orders,
    load_board,
    load_order_list,
    rate_work_order,
)
from fmdesk.records.errors import InvalidInputError
from fmdesk.workorders import service
from tests.app.conftest import write_sla

FIVE = timedelta(minutes=5)


def test_shutoff_order_follows_the_configured_sla(app: App) -> None:
    """The network panel's shut-off order used the default 15-minute response (bug, issue 13):
    it called the work-order service without the department's policy."""
    write_sla(urgent={"response_minutes": 5, "on_site_minutes": 20})
    order = create_shutoff_order(
        app,
        "1-601 户内支管漏水",
        ["户阀 1-601"],
        ["1-601"],
        element_global_id="13ZlUA$nLVmfdHTApH1M0X",
        description="关闭户阀",
    )
    assert order.priority == "urgent" and order.source == "trace"
    assert order.shutoff == {"valves": ["户阀 1-601"], "affected_flats": ["1-601"]}
    assert order.response_due - order.created_at == FIVE
    assert order.on_site_due - order.created_at == timedelta(minutes=20)


def test_the_old_path_without_the_policy_misses_the_configured_sla(app: App) -> None:
    """What the network panel did before: the service with no ``sla`` gets the defaults."""
    write_sla(urgent={"response_minutes": 5})
    order = service.create_shutoff_order(app.uow(), "漏水", ["户阀 1-601"], ["1-601"])
    assert order.response_due - order.created_at != FIVE


def test_reported_and_reopened_orders_use_the_configured_sla(app: App) -> None:
    write_sla(high={"response_minutes": 5})
    add_asset(app, "SB-01", "生活水泵1#", "pump", storey_name="B1")
    add_technician(app, "李师傅", ["plumbing"])
    order = create_work_order(app, "水泵异响", priority="high", asset="SB-01")
    assert order.response_due - order.created_at == FIVE
    for state in ("dispatched", "accepted", "on_site", "rectified"):
        order = advance_work_order(app, order.number, state, assignee="李师傅")
    reopened = advance_work_order(app, order.number, "reopened", note="复核不合格")
    assert reopened.state == "reopened" and reopened.reopened_count == 1
    assert reopened.on_site_due - reopened.response_due == timedelta(hours=2) - FIVE
    assert reopened.response_due > order.response_due  # the clock restarted


def test_a_failed_inspection_item_opens_an_order_with_the_configured_sla(app: App) -> None:
    write_sla(normal={"response_minutes": 5})
    add_asset(app, "SB-01", "生活水泵1#", "pump", storey_name="B1")
    create_route(app, "B1 巡检", storey="B1")
    round_ = start_round(app, "B1 巡检", inspector="王工")
    result = record_result(app, round_.id, "SB-01", "PUMP-LEAK", "fail", "滴漏")
    order = list_work_orders(app)[0]
    assert order.number == result.work_order_number
    assert order.response_due - order.created_at == FIVE


def test_an_order_goes_round_the_loop_to_closed_and_rated(app: App) -> None:
    add_technician(app, "李师傅", ["plumbing"])
    order = create_work_order(app, "卫生间漏水", priority="normal")
    for state in ("dispatched", "accepted", "on_site", "rectified", "rechecked"):
        order = advance_work_order(
            app, order.number, state, assignee="李师傅", expected_version=order.version
        )
    closed = close_work_order(app, order.number, note="销项", expected_version=order.version)
    assert closed.state == "closed" and closed.closed_at is not None
    rated = rate_work_order(app, closed.number, 5, "满意")
    assert rated.satisfaction_score == 5
    assert [o.number for o in load_board(app)] == [order.number]


def test_order_list_filters_mine_and_by_system(app: App) -> None:
    add_asset(app, "SB-01", "生活水泵1#", "pump", storey_name="B1")
    mine = create_work_order(app, "水泵异响", asset="SB-01", reporter="张三")
    create_work_order(app, "楼道灯不亮", reporter="李四")
    assert [o.number for o in load_order_list(app, False, "张三", "", {})] == [mine.number]
    by_system = load_order_list(app, False, "", "给水", {"SB-01": "生活给水系统"})
    assert [o.number for o in by_system] == [mine.number]


def test_a_shutoff_order_needs_a_valve(app: App) -> None:
    with pytest.raises(InvalidInputError):
        create_shutoff_order(app, "漏水", [], ["1-601"])
