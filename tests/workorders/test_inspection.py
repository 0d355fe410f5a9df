"""Inspection rounds (巡检): routes, checklists from the template library, findings → orders."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fmdesk.records.errors import InvalidInputError, InvalidTransitionError
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.inspection import (
    create_route,
    finish_round,
    list_route_names,
    record_result,
    repeated_findings,
    start_round,
)
from fmdesk.workorders.service import advance_work_order, get_work_order
from fmdesk.workorders.templates import SHIPPED, load_templates, template_for

T0 = datetime(2027, 4, 1, 9, 0, tzinfo=UTC)
Factory = Callable[..., UnitOfWork]


def test_shipped_templates_cover_the_main_equipment_types() -> None:
    templates = load_templates([SHIPPED])
    for category, name in [
        ("pump", "pump"),
        ("valve", "valve"),
        ("distribution_board", "distribution_board"),
        ("breaker", "breaker"),
        ("lift", "lift"),
        ("hydrant", "fire"),
        ("chamber", "generic"),
    ]:
        assert template_for(templates, category).name == name
    assert template_for(templates, "pump").items[0].code == "PUMP-NOISE"


def test_a_template_file_in_the_config_folder_overrides_the_shipped_one(
    isolated_home: Path,
) -> None:
    folder = isolated_home / "config" / "inspection"
    folder.mkdir(parents=True)
    item = {"code": "PUMP-X", "text": "自定义检查项", "priority": "low", "rectify_hours": 8}
    (folder / "pump.json").write_text(
        json.dumps({"title": "本站水泵", "applies_to": ["pump"], "items": [item]}),
        encoding="utf-8",
    )
    pump = load_templates()["pump"]
    assert pump.title == "本站水泵" and [i.code for i in pump.items] == ["PUMP-X"]
    (folder / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"bad\.json is not valid"):
        load_templates()


def test_failed_item_opens_an_order_with_deadline_and_repeats_are_flagged(
    register: Factory,
) -> None:
    route = create_route(register("主管"), "B1 机房日巡", storey="B1")
    assert [s.asset_code for s in route.stops] == ["SB-01"]
    assert route.stops[0].checklist == "pump"

    first = start_round(register("张工"), "B1 机房日巡", now=T0)
    ok = record_result(register("张工"), first.id, "SB-01", "PUMP-NOISE", "pass", now=T0)
    assert ok.work_order_number is None
    leak = record_result(
        register("张工"), first.id, "SB-01", "PUMP-LEAK", "fail", "机封滴水", now=T0
    )
    assert leak.work_order_number and not leak.repeated
    order = get_work_order(register(), leak.work_order_number)
    assert (order.source, order.priority, order.asset_code) == ("inspection", "normal", "SB-01")
    assert order.completion_due == T0 + timedelta(hours=72)
    summary = finish_round(register("张工"), first.id, now=T0 + timedelta(hours=1))
    assert (summary.checked, summary.passed, summary.failed) == (2, 1, 1)
    assert ("SB-01", "PUMP-TEMP") in summary.missing
    assert summary.work_orders == [leak.work_order_number]

    # the rectification must be rechecked before the order can close
    for state in ("dispatched", "accepted", "on_site", "rectified"):
        advance_work_order(register(), order.number, state, assignee="李师傅")
    with pytest.raises(InvalidTransitionError, match="rectified and cannot go to closed"):
        advance_work_order(register(), order.number, "closed")

    later = T0 + timedelta(days=7)
    second = start_round(register("张工"), "B1 机房日巡", now=later)
    again = record_result(register("张工"), second.id, "SB-01", "PUMP-LEAK", "fail", now=later)
    assert again.repeated and again.repeat_count == 1
    assert "屡查屡犯" in get_work_order(register(), again.work_order_number).title
    found = repeated_findings(register())
    assert [(f.asset_code, f.item_code, f.count) for f in found] == [("SB-01", "PUMP-LEAK", 2)]


def test_round_input_is_checked(register: Factory) -> None:
    create_route(register(), "3F 配电巡查", storey="3F")
    round_ = start_round(register(), "3F 配电巡查", now=T0)
    with pytest.raises(InvalidInputError, match="no item 'PUMP-LEAK'"):
        record_result(register(), round_.id, "AL-3", "PUMP-LEAK", "fail")
    with pytest.raises(InvalidInputError, match="not on this round's route"):
        record_result(register(), round_.id, "SB-01", "PUMP-LEAK", "fail")
    with pytest.raises(InvalidInputError, match="use pass, fail or na"):
        record_result(register(), round_.id, "AL-3", "BOARD-HEAT", "broken")
    finish_round(register(), round_.id)
    with pytest.raises(InvalidTransitionError, match="finished"):
        record_result(register(), round_.id, "AL-3", "BOARD-HEAT", "pass")
    with pytest.raises(InvalidInputError, match="No assets are registered"):
        create_route(register(), "空路线", storey="99F")


def test_routes_are_listed_by_name(register: Factory) -> None:
    assert list_route_names(register()) == []
    create_route(register(), "3F 配电巡查", storey="3F")
    create_route(register(), "B1 机房日巡", storey="B1")
    assert list_route_names(register()) == ["3F 配电巡查", "B1 机房日巡"]
