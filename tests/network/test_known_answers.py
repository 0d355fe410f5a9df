"""Known answers on the sample building (IFC4 and IFC2X3): leaks, pumps, breakers, traces."""

from __future__ import annotations

from fmdesk.network import assess_outage, isolate_element, trace_downstream, trace_upstream
from tests.network.conftest import flats, labels, named, names

ALL_FLATS = {f"1-{floor}{unit:02d}" for floor in range(1, 7) for unit in range(1, 5)}


def test_leak_on_flat_branch_closes_that_flats_valve_and_affects_only_that_flat(sample):
    result = isolate_element(sample, named(sample, "户内给水管 1-601").global_id)
    assert names(result.close) == {"户阀 1-601"}
    assert flats(result.spaces) == {"1-601"}
    assert result.collateral == ()
    assert {"坐便器 1-601", "户水表 1-601"} <= names(result.segment)
    assert result.isolated
    assert names(result.sources_cut) == {"生活水箱 (SX-01)"}


def test_leak_on_riser_above_floor_closes_riser_valve_below_and_affects_flats_above(sample):
    result = isolate_element(sample, named(sample, "给水立管 JL-1 3F").global_id)
    assert names(result.close) == {"立管阀 JL-1 3F (V-JL1-03)"}
    above = {f"1-{floor}{unit:02d}" for floor in (4, 5, 6) for unit in range(1, 5)}
    assert flats(result.spaces) == above
    assert "楼层阀 4F (V-4F)" in names(result.collateral)
    assert not names(result.collateral) & {"楼层阀 3F (V-3F)", "户阀 1-301"}


def test_isolating_duty_pump_closes_its_own_valves_and_standby_keeps_every_flat_supplied(sample):
    result = isolate_element(sample, named(sample, "生活水泵1# (SB-01)").global_id)
    assert names(result.close) == {"1#泵吸水阀 (V-11)", "1#泵出水阀 (V-13)"}
    assert result.collateral == ()
    assert flats(result.spaces) == set()
    assert result.media == ("water",)  # the pump's power cable is not part of a leak


def test_leak_on_suction_header_closes_tank_outlet_and_both_suction_valves_whole_building_out(
    sample,
):
    result = isolate_element(sample, named(sample, "吸水总管 DN100").global_id)
    assert names(result.close) == {"水箱出水阀 (V-02)", "1#泵吸水阀 (V-11)", "2#泵吸水阀 (V-21)"}
    assert flats(result.spaces) == ALL_FLATS
    assert {"生活水泵1# (SB-01)", "生活水泵2# (SB-02)"} <= names(result.collateral)


def test_inoperable_flat_valve_moves_isolation_to_the_floor_valve(sample):
    flat_valve = named(sample, "户阀 1-601")
    result = isolate_element(
        sample, named(sample, "户内给水管 1-601").global_id, inoperable=[flat_valve.global_id]
    )
    assert names(result.close) == {"楼层阀 6F (V-6F)"}
    assert names(result.skipped_inoperable) == {"户阀 1-601"}
    assert flats(result.spaces) == {f"1-60{unit}" for unit in range(1, 5)}


def test_inoperable_suction_valve_moves_pump_isolation_to_the_tank_outlet(sample):
    suction = named(sample, "1#泵吸水阀 (V-11)")
    result = isolate_element(
        sample, named(sample, "生活水泵1# (SB-01)").global_id, inoperable=[suction.global_id]
    )
    # next ring out on the suction side: the tank outlet and the standby pump's suction valve
    assert names(result.close) == {"1#泵出水阀 (V-13)", "水箱出水阀 (V-02)", "2#泵吸水阀 (V-21)"}
    assert names(result.skipped_inoperable) == {"1#泵吸水阀 (V-11)"}
    assert flats(result.spaces) == ALL_FLATS


def test_check_valves_are_never_closed(sample):
    check = named(sample, "1#泵止回阀 (V-12)")
    assert check.device is None
    assert named(sample, "1#泵出水阀 (V-13)").device == "valve"


def test_tripped_floor_breaker_affects_that_floors_flats_only(sample):
    result = assess_outage(sample, [named(sample, "楼层进线断路器 3F (3AL-QF0)").global_id])
    assert flats(result.spaces) == {"1-301", "1-302", "1-303", "1-304"}
    assert "楼层配电箱 3AL" in names(result.affected)
    assert "楼层配电箱 4AL" not in names(result.affected)
    assert result.media == ("electrical",)


def test_upstream_from_outlet_reaches_flat_board_floor_board_switchboard_and_transformer(sample):
    outlet = next(n for n in sample.nodes.values() if n.kind == "outlet" and n.flat == "1-101")
    result = trace_upstream(sample, outlet.global_id)
    reached = names(result.elements)
    assert {"户配电箱 1-101", "楼层配电箱 1AL", "低压开关柜 (AA-1)"} <= reached
    assert names(result.sources) == {"干式变压器 (BYQ-01)"}
    assert result.paths[0][0] == named(sample, "干式变压器 (BYQ-01)").global_id
    assert result.paths[0][-1] == outlet.global_id
    assert "户配电箱 1-102" not in reached and "楼层配电箱 2AL" not in reached


def test_upstream_from_fixture_stops_at_tank_through_both_pumps_and_stays_in_water(sample):
    result = trace_upstream(sample, named(sample, "坐便器 1-601").global_id)
    reached = names(result.elements)
    assert names(result.sources) == {"生活水箱 (SX-01)"}
    assert {"生活水泵1# (SB-01)", "生活水泵2# (SB-02)", "户阀 1-601", "户水表 1-601"} <= reached
    assert "市政给水接入管 DN100" not in reached  # stops at the tank
    assert not any(node.kind in ("cable", "breaker") for node in result.elements)
    assert not any((node.name or "").startswith("排水") for node in result.elements)


def test_upstream_from_a_flat_space_covers_its_fixtures_water_and_power(sample):
    flat = next(s for s in sample.spaces.values() if s.name == "1-402")
    result = trace_upstream(sample, flat.global_id)
    assert {"生活水箱 (SX-01)", "干式变压器 (BYQ-01)"} <= names(result.sources)
    assert labels(result.spaces) >= {"1-402"}


def test_downstream_from_floor_valve_serves_that_floors_flats(sample):
    result = trace_downstream(sample, named(sample, "楼层阀 2F (V-2F)").global_id)
    assert flats(result.spaces) == {"1-201", "1-202", "1-203", "1-204"}
    assert "坐便器 1-204" in names(result.elements)
    assert not any((node.name or "").startswith("排水") for node in result.elements)


def test_downstream_drainage_from_wc_reaches_the_outfall(sample):
    result = trace_downstream(sample, named(sample, "坐便器 1-601").global_id)
    assert any(node.kind == "chamber" for node in result.elements)
    assert "drainage" in result.media
    assert all(node.kind != "valve" for node in result.elements)  # nothing of the water side


def test_leak_on_a_drain_stack_names_the_flats_draining_through_it(sample):
    result = isolate_element(sample, named(sample, "排水立管 PL-1 4F").global_id)
    assert result.media == ("drainage",) and result.close == ()
    assert flats(result.spaces) >= {f"1-{floor}0{unit}" for floor in (5, 6) for unit in range(1, 5)}
    assert not flats(result.spaces) & {"1-101", "1-201", "1-301"}
    assert {n.kind for n in result.unisolated_sources} == {"sanitary"}


def test_fault_on_pump_feeder_cable_opens_its_breaker_only(sample):
    result = isolate_element(sample, named(sample, "电缆 SB-01 电源").global_id)
    assert result.media == ("electrical",)
    assert names(result.close) == {
        "出线断路器 SB-01 电源 (AA-1-SB-01)"
    }  # the pump feeds no power back
    assert "生活水泵1# (SB-01)" in names(result.segment)
