"""The guided leak plan (``fmdesk.app.leak`` and ``fmdesk leak``) on the sample building: a flat,
an element by name, the valves and their reopen order, the notice, the shut-off order in the
records database (SQLite and PostgreSQL), bad input."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from fmdesk.app.leak import create_leak_order, default_model, plan_leak
from fmdesk.app.workorders import show_work_order
from fmdesk.cli import main
from fmdesk.errors import UserError
from fmdesk.i18n import set_language
from tests.app.conftest import SAMPLE

NOW = datetime(2027, 3, 5, 2, 10)


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield
    set_language(None)


def test_flat_is_located_at_its_supply_pipe_and_closes_the_flat_valve(app):
    plan = plan_leak(app, "1-601", model=SAMPLE, now=NOW, hours=3)
    assert plan.located_as == "flat"
    assert plan.location.name == "1-601"
    assert plan.leak.name == "户内给水管 1-601"
    assert [s.valve.name for s in plan.close] == ["户阀 1-601"]
    assert plan.close[0].valve.storey == "6F"
    assert plan.flats == ("1-601",)
    assert plan.isolated
    assert plan.upstream[0].name == "生活水箱" or "SX-01" in plan.upstream[0].label
    assert plan.upstream[-1].name == "户内给水管 1-601"
    assert "生活水箱" in plan.sources[0].label


def test_notice_is_chinese_and_names_the_flats_and_the_times(app):
    plan = plan_leak(app, "1-601", model=SAMPLE, now=NOW, hours=3)
    assert plan.notice.splitlines()[0] == "停水通知"
    assert "1-601" in plan.notice
    assert "2027年3月5日 02:10 起" in plan.notice and "2027年3月5日 05:10 前" in plan.notice
    assert "Flats" not in plan.notice and "notice" not in plan.notice.lower()
    assert "户阀 1-601" in plan.order_body and plan.notice in plan.order_body


def test_riser_leak_closes_the_riser_valve_and_cuts_the_floors_above(app):
    plan = plan_leak(app, "给水立管 JL-1 3F", model=SAMPLE, now=NOW)
    assert plan.located_as == "element"
    assert [s.valve.name for s in plan.close] == ["立管阀 JL-1 3F (V-JL1-03)"]
    assert set(plan.flats) == {f"1-{f}0{u}" for f in (4, 5, 6) for u in range(1, 5)}


def test_reopen_order_opens_the_supply_side_valve_first(app):
    plan = plan_leak(app, "吸水总管 DN100", model=SAMPLE, now=NOW)
    names = [s.valve.name for s in plan.reopen]
    assert set(names) == {"水箱出水阀 (V-02)", "1#泵吸水阀 (V-11)", "2#泵吸水阀 (V-21)"}
    assert names[0] == "水箱出水阀 (V-02)"
    assert plan.reopen[0].upstream and not plan.reopen[1].upstream
    assert [s.order for s in plan.reopen] == [1, 2, 3]
    checklist = "\n".join(plan.reopen_checklist)
    assert checklist.index("水箱出水阀") < checklist.index("吸水阀")


def test_leak_order_carries_valves_flats_and_the_notice(app):
    plan = plan_leak(app, "1-601", model=SAMPLE, now=NOW)
    order = create_leak_order(app, plan, reporter="值班工程师")
    assert order.priority == "urgent"
    assert order.shutoff["affected_flats"] == ["1-601"]
    assert "户阀 1-601" in order.shutoff["valves"][0]
    card = show_work_order(app, order.number)
    assert "停水通知" in card.order.description
    assert card.order.title.startswith("1-601")


def test_default_model_is_the_last_imported_and_missing_one_is_one_sentence(app):
    with pytest.raises(UserError, match="--model"):
        default_model(app)
    from fmdesk.app.assets import import_assets

    import_assets(app, SAMPLE)
    assert default_model(app) == SAMPLE.resolve()
    assert plan_leak(app, "1-601", now=NOW).close


def test_unknown_place_is_one_sentence(app):
    with pytest.raises(UserError, match="不存在的房间"):
        plan_leak(app, "不存在的房间", model=SAMPLE)


def test_cli_prints_the_plan_as_json_and_creates_the_order(records, capsys):
    code = main(["leak", "1-601", "--model", str(SAMPLE), "--db", records.url, "--order", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["located_as"] == "flat"
    assert [v["name"] for v in data["close"]] == ["户阀 1-601"]
    assert data["flats"] == ["1-601"]
    assert data["work_order"].startswith("GD-")
    assert data["notice"].startswith("停水通知")


def test_cli_text_and_bad_input(records, capsys):
    assert main(["leak", "1-601", "--model", str(SAMPLE), "--db", records.url]) == 0
    out = capsys.readouterr().out
    assert "户阀 1-601" in out and "停水通知" in out
    assert main(["leak", "nowhere", "--model", str(SAMPLE), "--db", records.url]) == 2
    assert "nowhere" in capsys.readouterr().err
