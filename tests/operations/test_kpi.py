"""KPIs of a known month on SQLite and PostgreSQL, per group, drill-down and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from fmdesk.app.kpi import compute_kpis, drill_kpi, kpi_trend
from fmdesk.errors import UserError
from fmdesk.records.people import add_contractor
from tests.operations.history import DOWN_HOURS, JANUARY_HOURS, NOW, build_january

JAN = (date(2027, 1, 1), date(2027, 1, 31))


def test_every_kpi_of_the_month_follows_its_definition(app, uow_factory) -> None:
    build_january(uow_factory)
    figures = compute_kpis(app, *JAN, now=NOW).total
    assert figures["response_sla_met"] == pytest.approx(60.0)  # O1, O2 (re-clocked), O3
    assert figures["onsite_sla_met"] == pytest.approx(80.0)  # all but O5
    assert figures["mttr_hours"] == pytest.approx(13.0)  # (2 h + 24 h) / 2 repairs
    assert figures["first_time_fix"] == pytest.approx(50.0)  # O2 was reopened
    assert figures["rework_rate"] == pytest.approx(25.0)  # 1 of 4 completed
    assert figures["satisfaction"] == pytest.approx(50.0)  # scores 5 and 2
    assert figures["satisfaction_score"] == pytest.approx(3.5)
    assert figures["schedule_compliance"] == pytest.approx(60.0)  # O4 late, O5 overdue
    assert figures["pm_compliance"] == pytest.approx(50.0)  # O3 on time, O4 late
    assert figures["backlog"] == pytest.approx(1 / (4 / (31 / 7)))  # 1 open / 4 done a month
    operating = 2 * JANUARY_HOURS - DOWN_HOURS
    assert figures["intact_rate"] == pytest.approx(100 * operating / (2 * JANUARY_HOURS))
    assert figures["mtbf_hours"] == pytest.approx(operating / 3)  # O1, O2, O5 failures


def test_groups_split_the_orders(app, uow_factory) -> None:
    build_january(uow_factory)
    add_contractor(uow_factory(), "备用外包")  # no order this month: still one group
    by_contractor = compute_kpis(app, *JAN, by="contractor", now=NOW)
    names = {g.name: g for g in by_contractor.groups[1:]}
    assert set(names) == {"恒安电梯", "备用外包", ""}
    assert names["备用外包"].counts["reported"] == 0
    assert names["备用外包"].figures["mttr_hours"] is None
    assert names["恒安电梯"].counts["reported"] == 1
    assert names[""].counts["reported"] == 4
    assert names["恒安电梯"].figures["intact_rate"] is None  # a contractor owns no assets
    by_system = compute_kpis(app, *JAN, by="system", now=NOW)
    systems = {g.key: g for g in by_system.groups[1:]}
    assert systems["消火栓系统"].figures["mttr_hours"] == pytest.approx(24.0)
    assert systems["生活给水系统"].figures["intact_rate"] == pytest.approx(
        100 * (JANUARY_HOURS - 2) / JANUARY_HOURS
    )
    teams = compute_kpis(app, *JAN, by="team", now=NOW).groups[1:]
    assert [g.name for g in teams] == ["水电班", ""]  # O5 has no assignee yet
    buildings = compute_kpis(app, *JAN, by="building", now=NOW).groups[1:]
    assert len(buildings) == 1 and buildings[0].counts["reported"] == 5


def test_drill_down_lists_the_orders_behind_a_figure(app, uow_factory) -> None:
    numbers = build_january(uow_factory)
    mttr = drill_kpi(app, "mttr_hours", *JAN, now=NOW)
    assert [r.number for r in mttr.rows] == [numbers["O2"], numbers["O1"]]
    assert [r.value for r in mttr.rows] == [24.0, 2.0]
    response = drill_kpi(app, "response_sla_met", *JAN, now=NOW)
    assert response.total == 5
    assert {r.number for r in response.rows if r.met is False} == {numbers["O4"], numbers["O5"]}
    assert [r.met for r in response.rows] == [False, False, True, True, True]  # misses first
    groups = compute_kpis(app, *JAN, by="contractor", now=NOW).groups
    key = next(g.key for g in groups if g.name == "恒安电梯")
    mine = drill_kpi(app, "response_sla_met", *JAN, by="contractor", group=key, now=NOW)
    assert [r.number for r in mine.rows] == [numbers["O1"]]
    backlog = drill_kpi(app, "backlog", *JAN, now=NOW)
    assert [r.number for r in backlog.rows] == [numbers["O5"]]


def test_trend_has_one_value_per_month(app, uow_factory) -> None:
    build_january(uow_factory)
    trend = kpi_trend(app, date(2027, 2, 1), months=3, now=NOW)
    assert trend.months == ["2026-12", "2027-01", "2027-02"]
    assert trend.series["mttr_hours"] == [None, 13.0, None]
    key = next(
        g.key
        for g in compute_kpis(app, *JAN, by="contractor", now=NOW).groups
        if g.name == "恒安电梯"
    )
    theirs = kpi_trend(app, date(2027, 2, 1), months=3, now=NOW, by="contractor", group=key)
    assert theirs.series["mttr_hours"] == [None, 2.0, None]  # only O1 is theirs


def test_bad_input_is_one_sentence(app) -> None:
    with pytest.raises(UserError, match="before it starts"):
        compute_kpis(app, date(2027, 2, 1), date(2027, 1, 1))
    with pytest.raises(UserError, match="not a grouping"):
        compute_kpis(app, *JAN, by="colour")
    with pytest.raises(UserError, match="not a KPI"):
        drill_kpi(app, "happiness", *JAN)


def test_cli_json_has_every_kpi_and_one_group_per_contractor(records, uow_factory) -> None:
    build_january(uow_factory)
    command = [
        sys.executable,
        "-m",
        "fmdesk",
        "kpi",
        "--from",
        "2027-01-01",
        "--to",
        "2027-01-31",
        "--by",
        "contractor",
        "--db",
        records.url,
        "--json",
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "TZ": "UTC"},
    )
    data = json.loads(result.stdout)
    for key in (
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
    ):
        assert key in data and key in data["labels"]
    assert data["mttr_hours"] == 13.0
    assert sorted(g["name"] for g in data["groups"]) == ["", "恒安电梯"]  # one per contractor
    drill = subprocess.run(
        [*command[:-3], "--drill", "mttr_hours", "--db", records.url, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(drill.stdout)["total"] == 2
    bad = subprocess.run(
        [*command[:3], "--from", "2027-13-01", "--to", "2027-01-31", "--db", records.url],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "2027-13-01" in bad.stderr


def test_the_department_sets_its_own_targets(app, uow_factory, tmp_path) -> None:
    import json as _json

    from fmdesk.app.kpi import kpi_definitions
    from fmdesk.settings import config_dir

    build_january(uow_factory)
    path = config_dir() / "kpi_targets.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_json.dumps({"mttr_hours": 24, "mtbf_hours": 500}), encoding="utf-8")
    data = compute_kpis(app, *JAN, now=NOW).to_dict()
    assert data["targets"]["mttr_hours"] == 24.0 and data["targets"]["mtbf_hours"] == 500.0
    mttr = next(k for k in kpi_definitions() if k.key == "mttr_hours")
    assert mttr.meets(data["mttr_hours"]) is True  # 13 h against the department's 24 h
    path.write_text('{"happiness": 100}', encoding="utf-8")
    with pytest.raises(UserError, match="must map KPI keys"):
        compute_kpis(app, *JAN, now=NOW).to_dict()
