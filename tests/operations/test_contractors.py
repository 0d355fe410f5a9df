"""Contractors and contracts: profile, default dispatch, three-level acceptance, monthly scores
with the penalty from the contract and the yellow/red cards (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fmdesk.app.assets import add_asset
from fmdesk.app.contractors import (
    acceptance_of,
    add_contract,
    add_contractor,
    contractor_trend,
    list_contractors,
    monthly_scores,
    record_acceptance,
)
from fmdesk.app.workorders import advance_work_order, create_work_order, suggest_assignees
from fmdesk.errors import UserError
from fmdesk.operations.quality import record_finding
from fmdesk.workorders.service import advance_work_order as advance_at
from fmdesk.workorders.service import create_work_order as create_at
from tests.operations import contract_fixtures

app = contract_fixtures.app  # fixtures shared by the contractor/quality tests
english_messages = contract_fixtures.english_messages

LIFTS = "电梯维保公司"


def _lift_contract(app) -> None:
    add_asset(app, "DT-01", "1号电梯", "lift", system="电梯", storey_name="B1")
    add_asset(app, "SB-01", "生活水泵", "pump", system="给水系统")
    add_contractor(
        app,
        LIFTS,
        scope="电梯 维保",
        staff=[{"name": "王工", "role": "维保员", "certificate": "T-123"}],
        qualifications=[
            {"name": "特种设备安装改造维修许可证", "number": "TS3110", "valid_until": "2029-12-31"}
        ],
        insurance={"insurer": "平安", "policy": "PA-1", "amount": 1000000},
    )
    add_contractor(app, "备用电梯公司", scope="电梯 维保", backup=True)
    add_contractor(app, "备用消防公司", scope="消防 维保", backup=True)
    add_contract(
        app,
        LIFTS,
        "HT-2027-001",
        date(2026, 1, 1),
        date(2099, 12, 31),
        categories=["lift"],
        standards={
            "urgent": {"response_minutes": 30, "completion_minutes": 240},
            "normal": {"acceptance_minutes": 60 * 24 * 3},
        },
        monthly_fee=20000,
        milestones=[{"name": "Q1", "due_on": "2027-03-31", "amount": 60000}],
        penalties={"sla_breach_yuan": 500, "concealed_fault_percent": 5},
    )


def _month_of_orders(app, year: int, month: int, late: int, total: int = 4) -> None:
    """``total`` urgent lift orders in the month, ``late`` of them accepted after 2 hours."""
    for i in range(total):
        start = datetime(year, month, 3 + i, 9, tzinfo=UTC)
        order = create_at(app.uow(), f"电梯困人 {i}", priority="urgent", asset="DT-01", now=start)
        advance_at(app.uow(), order.number, "dispatched", contractor=LIFTS, now=start)
        response = timedelta(hours=2) if i < late else timedelta(minutes=10)
        for step, offset in (
            ("accepted", response),
            ("on_site", response),
            ("rectified", response + timedelta(minutes=60)),
        ):
            advance_at(app.uow(), order.number, step, now=start + offset)
        advance_at(app.uow(), order.number, "rechecked", now=start + timedelta(hours=5))
        app_rate(app, order.number, 5)


def app_rate(app, number: str, score: int) -> None:
    from fmdesk.app.workorders import rate_work_order

    rate_work_order(app, number, score)


def test_a_contractor_keeps_staff_qualifications_insurance_and_pool(app) -> None:
    _lift_contract(app)
    active = list_contractors(app, "active")
    assert [c.name for c in active] == [LIFTS]
    profile = active[0]
    assert profile.staff[0]["certificate"] == "T-123"
    assert profile.qualifications[0]["number"] == "TS3110"
    assert profile.insurance["amount"] == 1000000
    assert profile.contracts == ["HT-2027-001"]
    assert {c.name for c in list_contractors(app, "backup")} == {"备用消防公司", "备用电梯公司"}
    with pytest.raises(UserError, match="already exists"):
        add_contract(app, LIFTS, "HT-2027-001", date(2027, 1, 1), date(2027, 2, 1))
    with pytest.raises(UserError, match="cannot end before"):
        add_contract(app, LIFTS, "HT-X", date(2027, 2, 1), date(2027, 1, 1))
    with pytest.raises(UserError, match="not a priority"):
        add_contract(
            app,
            LIFTS,
            "HT-Y",
            date(2027, 1, 1),
            date(2027, 2, 1),
            standards={"soon": {"response_minutes": 5}},
        )


def test_orders_in_the_contract_scope_go_to_the_contractor_by_default(app) -> None:
    _lift_contract(app)
    lift = create_work_order(app, "电梯异响", asset="DT-01")
    pump = create_work_order(app, "水泵异响", asset="SB-01")
    assert advance_work_order(app, lift.number, "dispatched").contractor == LIFTS
    with pytest.raises(UserError):  # in-house work still needs a technician
        advance_work_order(app, pump.number, "dispatched")
    # The form dispatches to its first suggestion: for a covered order, the contractor.
    other = create_work_order(app, "电梯按钮失灵", asset="DT-01")
    first = suggest_assignees(app, other.number)[0]
    assert first.name == LIFTS and "HT-2027-001" in first.reasons[0]
    assert first.open_orders == 1
    dispatched = advance_work_order(app, other.number, "dispatched", assignee=LIFTS)
    assert dispatched.contractor == LIFTS and dispatched.assignee is None
    assert all(s.name != LIFTS for s in suggest_assignees(app, pump.number))


def test_three_level_acceptance_in_order_and_a_failed_check_reopens(app) -> None:
    _lift_contract(app)
    order = create_work_order(app, "电梯门机故障", asset="DT-01")
    advance_work_order(app, order.number, "dispatched")
    with pytest.raises(UserError, match="after the work is done"):
        record_acceptance(app, order.number, 1, "王工", "pass")
    for step in ("accepted", "on_site", "rectified"):
        advance_work_order(app, order.number, step)
    with pytest.raises(UserError, match="level 1 passed first"):
        record_acceptance(app, order.number, 2, "物业 张工", "pass")
    record_acceptance(app, order.number, 1, "王工", "pass")
    failed = record_acceptance(app, order.number, 2, "物业 张工", "fail", "门缝超标")
    assert failed.order_state == "reopened" and failed.passed_level == 0
    for step in ("dispatched", "accepted", "on_site", "rectified"):
        advance_work_order(app, order.number, step)
    record_acceptance(app, order.number, 1, "王工", "pass")
    record_acceptance(app, order.number, 2, "物业 张工", "pass")
    done = record_acceptance(app, order.number, 3, "特检院 李工", "pass")
    assert done.complete and done.due is not None and not done.late  # within 3 days
    assert [s.stage for s in acceptance_of(app, order.number).steps] == [
        "self_check",
        "initial_check",
        "self_check",
        "initial_check",
        "final_check",
    ]


def test_sla_breaches_cost_the_penalty_and_failing_months_give_cards(app) -> None:
    _lift_contract(app)
    _month_of_orders(app, 2027, 1, late=0)
    for month in (2, 3, 4):
        _month_of_orders(app, 2027, month, late=3)
    record_finding(
        app.uow(),
        "隐瞒故障：安全钳未报",
        asset="DT-01",
        contractor=LIFTS,
        concealed=True,
        severity="major",
        now=datetime(2027, 4, 20, tzinfo=UTC),
    )
    january = monthly_scores(app, "2027-01")[0]
    assert (january.contractor, january.card, january.sla_breaches) == (LIFTS, "none", 0)
    assert january.penalty_yuan == 0 and january.passed and january.timeliness == 1.0
    february = monthly_scores(app, "2027-02")[0]
    assert february.sla_breaches == 3 and february.penalty_yuan == 1500
    assert not february.passed and february.card == "none"  # one failing month
    march = monthly_scores(app, "2027-03")[0]
    assert march.card == "yellow" and march.failing_months == 2
    april = monthly_scores(app, "2027-04")[0]
    assert april.card == "red" and april.failing_months == 3
    assert april.concealed_faults == 1 and april.findings == 1
    assert april.penalty_yuan == 3 * 500 + 0.05 * 20000
    assert "备用电梯公司" in april.warning and april.backup_suppliers == ["备用电梯公司"]
    data = april.to_dict()
    for key in (
        "contractor",
        "month",
        "timeliness",
        "first_time_fix",
        "rework_rate",
        "satisfaction",
        "findings",
        "score",
        "penalty_yuan",
        "card",
    ):
        assert key in data
    assert data["satisfaction"] == 1.0 and data["rework_rate"] == 0.0
    with pytest.raises(UserError, match="not a month"):
        monthly_scores(app, "March")
    trend = contractor_trend(app, LIFTS, "2027-04", months=4)
    assert [(s.month, s.card) for s in trend] == [
        ("2027-01", "none"),
        ("2027-02", "none"),
        ("2027-03", "yellow"),
        ("2027-04", "red"),
    ]


def test_failed_inspection_items_on_covered_equipment_cost_a_point(app) -> None:
    from fmdesk.app.inspections import create_route, record_result, start_round

    _lift_contract(app)
    create_route(app, "B1 巡检", storey="B1")
    round_ = start_round(app, "B1 巡检", "巡检员")
    record_result(app, round_.id, "DT-01", "LIFT-DOOR", "fail", "门缝超标")
    month = datetime.now(UTC).strftime("%Y-%m")
    [score] = monthly_scores(app, month)
    assert score.inspection_failures == 1 and score.findings == 0
    assert score.score == 99.0
