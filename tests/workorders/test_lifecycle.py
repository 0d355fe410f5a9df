"""The work-order loop (工单闭环) on SQLite and PostgreSQL: states, stamps, history, SLA, board."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from fmdesk.records.errors import (
    ConflictError,
    InvalidInputError,
    InvalidTransitionError,
    NotFoundError,
)
from fmdesk.records.models import History, WorkOrder
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.service import (
    advance_work_order,
    assign_work_order,
    create_shutoff_order,
    create_work_order,
    list_overdue,
    rate_work_order,
    work_order_board,
    work_order_card,
)

T0 = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
Factory = Callable[..., UnitOfWork]


def count(uow_factory: Factory, model: type) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_full_loop_stamps_every_step_and_attributes_it(register: Factory) -> None:
    order = create_work_order(
        register("值班员"), "水泵异响", priority="urgent", asset="SB-01", now=T0
    )
    assert order.number == "GD-2027-000001"
    assert order.response_due == T0 + timedelta(minutes=15)
    assert order.on_site_due == T0 + timedelta(minutes=30)
    steps = [
        ("dispatched", "主管", {"assignee": "李师傅"}),
        ("accepted", "李师傅", {}),
        ("on_site", "李师傅", {}),
        ("rectified", "李师傅", {"note": "更换机械密封"}),
        ("rechecked", "主管", {}),
        ("closed", "主管", {}),
    ]
    for minutes, (state, actor, extra) in enumerate(steps, start=1):
        order = advance_work_order(
            register(actor), order.number, state, now=T0 + timedelta(minutes=minutes), **extra
        )
        assert order.state == state
    assert order.assignee == "李师傅"
    assert order.dispatched_at == T0 + timedelta(minutes=1)
    assert order.closed_at == T0 + timedelta(minutes=6)
    assert order.next_due_at is None and not order.overdue
    rated = rate_work_order(register("回访员"), order.number, 5, "很及时")
    assert (rated.satisfaction_score, rated.satisfaction_comment) == (5, "很及时")

    card = work_order_card(register(), order.number)
    assert (card.history[0].actor, card.history[0].action) == ("值班员", "create")
    moves = [
        (h.changes["state"][1], h.actor)
        for h in card.history
        if h.action == "update" and "state" in h.changes
    ]
    assert moves == [(state, actor) for state, actor, _ in steps]
    assert any(h.note == "更换机械密封" for h in card.history)


def test_invalid_transition_is_refused_and_writes_nothing(register: Factory) -> None:
    order = create_work_order(register(), "配电箱跳闸", asset="AL-3", now=T0)
    before = count(register, History)
    with pytest.raises(InvalidTransitionError, match="reported and cannot go to closed"):
        advance_work_order(register(), order.number, "closed")
    with pytest.raises(InvalidTransitionError, match="not a work-order state"):
        advance_work_order(register(), order.number, "finished")
    assert count(register, History) == before
    assert work_order_card(register(), order.number).order.state == "reported"


def test_dispatch_needs_someone_known(register: Factory) -> None:
    order = create_work_order(register(), "配电箱跳闸", asset="AL-3", now=T0)
    with pytest.raises(InvalidInputError, match="needs a technician"):
        advance_work_order(register(), order.number, "dispatched")
    with pytest.raises(NotFoundError, match="No technician is called '张三'"):
        advance_work_order(register(), order.number, "dispatched", assignee="张三")
    done = advance_work_order(register(), order.number, "dispatched", contractor="蓝天电梯")
    assert done.contractor == "蓝天电梯"


def test_bad_input_writes_nothing(register: Factory) -> None:
    with pytest.raises(NotFoundError, match="No asset has the code 'XX-99'"):
        create_work_order(register(), "异响", asset="XX-99")
    with pytest.raises(InvalidInputError, match="not a priority"):
        create_work_order(register(), "异响", asset="SB-01", priority="asap")
    with pytest.raises(InvalidInputError, match="needs a title"):
        create_work_order(register(), "  ", asset="SB-01")
    assert count(register, WorkOrder) == 0
    first = create_work_order(register(), "异响", asset="SB-01", now=T0)
    assert first.number == "GD-2027-000001"  # failed attempts used no number


def test_overdue_follows_the_first_unmet_deadline(register: Factory) -> None:
    urgent = create_work_order(register(), "爆管", priority="urgent", asset="SB-01", now=T0)
    normal = create_work_order(register(), "灯不亮", priority="normal", asset="AL-3", now=T0)
    at = T0 + timedelta(minutes=20)
    late = list_overdue(register(), now=at)
    assert (late.total, [o.number for o in late.items]) == (1, [urgent.number])
    assert late.items[0].overdue and late.items[0].overdue_minutes == 5
    advance_work_order(register(), urgent.number, "dispatched", assignee="李师傅", now=at)
    advance_work_order(register(), urgent.number, "accepted", now=at)
    # accepted late, but the on-site clock (30 min) is still running at 00:20
    assert list_overdue(register(), now=at).total == 0
    assert list_overdue(register(), now=T0 + timedelta(minutes=31)).total == 1
    assert {o.number for o in list_overdue(register(), now=T0 + timedelta(hours=3)).items} == {
        urgent.number,
        normal.number,
    }


def test_reopen_restarts_the_clocks_and_counts(register: Factory) -> None:
    order = create_work_order(register(), "漏水", priority="high", asset="SB-01", now=T0)
    for state in ("dispatched", "accepted", "on_site", "rectified"):
        order = advance_work_order(register(), order.number, state, assignee="李师傅", now=T0)
    later = T0 + timedelta(days=2)
    order = advance_work_order(register(), order.number, "reopened", note="复核不合格", now=later)
    assert order.reopened_count == 1 and order.rectified_at is None
    assert order.response_due == later + timedelta(minutes=30)
    assert order.next_due_at == order.response_due


def test_stale_version_gets_conflict_with_the_fresh_record(register: Factory) -> None:
    order = create_work_order(register(), "漏水", asset="SB-01", now=T0)
    advance_work_order(
        register("A"),
        order.number,
        "dispatched",
        assignee="李师傅",
        expected_version=order.version,
    )
    with pytest.raises(ConflictError, match="changed by someone else") as caught:
        advance_work_order(register("B"), order.number, "cancelled", expected_version=order.version)
    assert caught.value.fresh.state == "dispatched"
    assert caught.value.fresh.version == order.version + 1
    assert work_order_card(register(), order.number).order.state == "dispatched"


def test_shutoff_order_lists_valves_and_flats(register: Factory) -> None:
    order = create_shutoff_order(
        register(), "1-1202 户内支管漏水", ["户阀 1-1202"], ["1-1202"], space="1-1202", now=T0
    )
    assert order.source == "trace" and order.priority == "urgent"
    assert order.shutoff == {"valves": ["户阀 1-1202"], "affected_flats": ["1-1202"]}
    assert order.space_name == "1-1202"
    with pytest.raises(InvalidInputError, match="at least one valve"):
        create_shutoff_order(register(), "x", [], ["1-1202"])


def test_rating_is_checked(register: Factory) -> None:
    order = create_work_order(register(), "漏水", asset="SB-01", now=T0)
    with pytest.raises(InvalidInputError, match="after the recheck"):
        rate_work_order(register(), order.number, 4)
    with pytest.raises(InvalidInputError, match="1–5"):
        rate_work_order(register(), order.number, 9)


def test_board_pages_newest_first_with_open_counts(register: Factory) -> None:
    numbers = [
        create_work_order(
            register(), f"巡查 {i}", asset="SB-01", now=T0 + timedelta(minutes=i)
        ).number
        for i in range(7)
    ]
    advance_work_order(register(), numbers[0], "cancelled")
    first = work_order_board(register(), page=0, page_size=3)
    assert [o.number for o in first.items] == numbers[::-1][:3]
    assert first.has_more
    last = work_order_board(register(), page=2, page_size=3)
    assert [o.number for o in last.items] == [numbers[0]] and not last.has_more
    assert first.open_counts == {"reported": 6}


def test_reassigning_keeps_the_state_and_names_the_new_technician(register: Factory) -> None:
    order = create_work_order(register(), "漏水", asset="SB-01", now=T0)
    order = advance_work_order(register(), order.number, "dispatched", assignee="李师傅")
    moved = assign_work_order(
        register("主管"), order.number, assignee="王电工", expected_version=order.version
    )
    assert (moved.state, moved.assignee) == ("dispatched", "王电工")
    assert "assignee 王电工" in work_order_card(register(), order.number).history[-1].note
    with pytest.raises(ConflictError):
        assign_work_order(
            register(), order.number, assignee="李师傅", expected_version=order.version
        )
