"""Dispatch suggestions rank technicians by skill, then workload, then location."""

from __future__ import annotations

from collections.abc import Callable

from fmdesk.records.people import add_technician
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.dispatch import required_skill, suggest_assignees
from fmdesk.workorders.service import advance_work_order, create_work_order

Factory = Callable[..., UnitOfWork]


def test_skill_comes_first_then_the_least_busy_then_the_nearest(register: Factory) -> None:
    add_technician(register(), "赵师傅", ["plumbing"], home_storey="12F")
    pump_order = create_work_order(register(), "水泵异响", asset="SB-01")
    ranked = suggest_assignees(register(), pump_order.number)
    # 李师傅 (plumbing via team, based at B1) beats 赵师傅 (plumbing, based at 12F)
    assert [s.name for s in ranked[:2]] == ["李师傅", "赵师傅"]
    assert ranked[0].same_storey and not ranked[1].same_storey
    assert ranked[-1].name == "王电工" and not ranked[-1].skill_match

    for i in range(2):  # give 李师傅 two open orders: now 赵师傅 is less busy
        busy = create_work_order(register(), f"其他 {i}", asset="SB-01")
        advance_work_order(register(), busy.number, "dispatched", assignee="李师傅")
    ranked = suggest_assignees(register(), pump_order.number)
    assert ranked[0].name == "赵师傅" and ranked[1].open_orders == 2

    board_order = create_work_order(register(), "配电箱跳闸", asset="AL-3")
    assert suggest_assignees(register(), board_order.number)[0].name == "王电工"


def test_categories_map_to_trades() -> None:
    assert required_skill("pump") == "plumbing"
    assert required_skill("breaker") == "electrical"
    assert required_skill("lift") == "lift"
    assert required_skill("hydrant") == "fire"
    assert required_skill(None) == "civil"
