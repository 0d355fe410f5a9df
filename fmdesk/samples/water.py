"""Domestic cold water (生活给水系统), in flow order.

Municipal inlet → main meter → inlet valve → break tank → tank outlet valve → suction header →
two pump branches (suction valve → pump → check valve → discharge valve) → discharge header →
riser main valve → riser JL-1 (one segment per storey; at each floor a tee, then a riser valve just
above it) → at each floor: floor valve → floor branch → per flat: flat valve → flat meter → flat
pipe → fixtures. The riser ends in an automatic air vent above the top floor's riser valve.
"""

from __future__ import annotations

from fmdesk.samples.context import BuildContext
from fmdesk.samples.layout import WATER_MAIN_Y, WATER_RISER, columns
from fmdesk.samples.psets import Handover, add_fm_psets
from fmdesk.samples.pump_room import (
    PumpPair,
    TankOutlet,
    add_room_valve,
    add_tank_outlet,
)
from fmdesk.samples.writer import Node

SYSTEM = "sys:water"
VALVE = Handover("KT2019-", warranty_years=2, service_life_years=10)
PUMP = Handover("GF96516-", warranty_years=2, service_life_years=15)
TANK = Handover("KQ-", warranty_years=2, service_life_years=20)
METER = Handover("NB-", warranty_years=2, service_life_years=6)
PUMPS = PumpPair(
    system=SYSTEM,
    key_prefix="dw",
    pump_type="pump_domestic",
    valve_type="valve_dn100",
    check_type="check_dn100",
    pump_tag="SB-0",
    valve_tag="V-",
    pump_name="生活水泵",
    valve_name="泵",
    description="生活变频给水泵",
    pump_handover=PUMP,
    valve_handover=VALVE,
    ys=(10.4, 10.8, 12.0, 12.4, 12.8),
)
OUTLET = TankOutlet(
    valve_type="valve_dn100",
    valve_key="dw:tank_outlet_valve",
    valve_label="水箱出水阀",
    valve_tag="V-02",
    valve_y=10.0,
    pipe_type="pipe_dn100",
    suction_key="dw:suction_header",
    suction_label="吸水总管 DN100",
    header_key="dw:discharge_header",
    header_label="出水总管 DN100",
    header_end_x=WATER_RISER[0],
)

# flat-local (u, v) of fixtures, their water tap on the flat pipe (v), and their room
FIXTURES = [
    ("sink", "洗涤盆", (4.5, 1.0), "厨房"),
    ("wc", "坐便器", (5.8, 1.8), "卫生间"),
    ("basin", "洗脸盆", (5.5, 2.8), "卫生间"),
    ("shower", "淋浴器", (6.0, 4.0), "卫生间"),
]
FLAT_PIPE_U = 5.0
FLAT_PIPE_END_V = 4.2
BRANCH_Z = 0.3


def add_domestic_water(ctx: BuildContext) -> None:
    """Create the whole domestic water system; fixtures are kept in ``ctx`` for drainage."""
    ctx.writer.add_system(SYSTEM, "生活给水系统", "DOMESTICCOLDWATER", "生活给水 变频加压供水")
    discharge = _add_pump_room(ctx)
    tees = _add_riser(ctx, discharge)
    for floor, tee in tees.items():
        _add_floor(ctx, floor, tee)


def _add_pump_room(ctx: BuildContext) -> Node:
    w = ctx.writer
    room = ctx.spaces["space:pump_room"]
    b = ctx.storeys[0].elevation

    def p(x: float, y: float, z: float) -> tuple[float, float, float]:
        return (x, y, b + z)

    def link(up: Node, down: Node, point) -> None:
        w.connect(up, down, point, SYSTEM)

    inlet = ctx.put(
        "pipe_dn100",
        "dw:inlet",
        "市政给水接入管 DN100",
        0,
        room,
        start=p(14.0, 8.0, 2.2),
        end=p(12.0, 8.0, 2.2),
    )
    meter = ctx.put(
        "meter_main",
        "dw:meter",
        "总水表 (WM-01)",
        0,
        room,
        start=p(12.0, 8.0, 2.2),
        end=p(11.4, 8.0, 2.2),
        tag="WM-01",
    )
    add_fm_psets(w, meter.entity, meter.key, "WM-01", METER)
    link(inlet, meter, p(12.0, 8.0, 2.2))
    inlet_valve = _valve(
        ctx,
        "valve_dn100",
        "dw:inlet_valve",
        "进水总阀",
        "V-01",
        p(11.4, 8.0, 2.2),
        p(11.0, 8.0, 2.2),
    )
    link(meter, inlet_valve, p(11.4, 8.0, 2.2))
    tank = ctx.put(
        "tank_domestic", "dw:tank", "生活水箱 (SX-01)", 0, room, at=p(8.5, 8.0, 0.0), tag="SX-01"
    )
    add_fm_psets(w, tank.entity, tank.key, "SX-01", TANK)
    link(inlet_valve, tank, p(11.0, 8.0, 2.2))
    discharge = add_tank_outlet(ctx, tank, OUTLET, PUMPS)
    return discharge


def _valve(ctx: BuildContext, type_key: str, key: str, label: str, tag: str, start, end) -> Node:
    """A main valve in the pump room (B1), with its FM handover data."""
    return add_room_valve(ctx, VALVE, type_key, key, label, tag, start, end)


def _add_riser(ctx: BuildContext, discharge: Node) -> dict[int, Node]:
    """Riser JL-1: main valve, one segment per storey, a tee and a riser valve at each floor."""
    w = ctx.writer
    x, y = WATER_RISER
    b = ctx.storeys[0].elevation
    main_valve = _valve(
        ctx,
        "valve_dn80",
        "dw:riser_main_valve",
        "给水立管总阀",
        "V-03",
        (x, y, b + 0.3),
        (x, y, b + 0.7),
    )
    w.connect(discharge, main_valve, (x, y, b + 0.3), SYSTEM)
    upstream = main_valve
    start_z = b + 0.7
    segment_storey = 0
    tees: dict[int, Node] = {}
    for floor in range(1, ctx.storey_count + 1):
        e = ctx.storeys[floor].elevation
        label = ctx.storeys[segment_storey].name
        segment = ctx.put(
            "pipe_dn80",
            f"dw:riser:{segment_storey}",
            f"给水立管 JL-1 {label}",
            segment_storey,
            start=(x, y, start_z),
            end=(x, y, e + 0.2),
        )
        w.connect(upstream, segment, (x, y, start_z), SYSTEM)
        name = ctx.storeys[floor].name
        tee = ctx.put(
            "tee_dn80",
            f"dw:riser_tee:{floor}",
            f"给水立管三通 JL-1 {name}",
            floor,
            start=(x, y, e + 0.2),
            end=(x, y, e + 0.4),
        )
        w.connect(segment, tee, (x, y, e + 0.2), SYSTEM)
        tag = f"V-JL1-{floor:02d}"
        valve = ctx.put(
            "valve_dn80",
            f"dw:riser_valve:{floor}",
            f"立管阀 JL-1 {name} ({tag})",
            floor,
            start=(x, y, e + 0.4),
            end=(x, y, e + 0.7),
            tag=tag,
        )
        add_fm_psets(w, valve.entity, valve.key, tag, VALVE)
        w.connect(tee, valve, (x, y, e + 0.4), SYSTEM)
        tees[floor] = tee
        upstream, start_z, segment_storey = valve, e + 0.7, floor
    top = ctx.storeys[ctx.storey_count]
    segment = ctx.put(
        "pipe_dn80",
        f"dw:riser:{top.number}",
        f"给水立管 JL-1 {top.name}",
        top.number,
        start=(x, y, start_z),
        end=(x, y, top.elevation + 2.7),
    )
    w.connect(upstream, segment, (x, y, start_z), SYSTEM)
    vent = ctx.put(
        "air_vent",
        "dw:riser_air_vent",
        "自动排气阀 JL-1 (V-JL1-AV)",
        top.number,
        start=(x, y, top.elevation + 2.7),
        end=(x, y, top.elevation + 2.85),
        tag="V-JL1-AV",
    )
    w.connect(segment, vent, (x, y, top.elevation + 2.7), SYSTEM)
    return tees


def _add_floor(ctx: BuildContext, floor: int, tee: Node) -> None:
    """Floor valve and branch along the corridor, then each flat's valve, meter, pipe, fixtures."""
    w = ctx.writer
    storey = ctx.storeys[floor]
    e = storey.elevation
    z = e + BRANCH_Z
    x0 = WATER_RISER[0]
    tag = f"V-{storey.name}"
    floor_valve = ctx.put(
        "valve_dn50",
        f"dw:floor_valve:{floor}",
        f"楼层阀 {storey.name} ({tag})",
        floor,
        start=(x0 + 0.1, WATER_MAIN_Y, z),
        end=(x0 + 0.5, WATER_MAIN_Y, z),
        tag=tag,
    )
    add_fm_psets(w, floor_valve.entity, floor_valve.key, tag, VALVE)
    w.connect(tee, floor_valve, (x0 + 0.1, WATER_MAIN_Y, z), SYSTEM)
    last_x = (columns(ctx.units_per_storey) - 1) * 10.0 + 5.0
    branch = ctx.put(
        "pipe_dn50",
        f"dw:floor_branch:{floor}",
        f"楼层给水支管 {storey.name}",
        floor,
        start=(x0 + 0.5, WATER_MAIN_Y, z),
        end=(last_x, WATER_MAIN_Y, z),
    )
    w.connect(floor_valve, branch, (x0 + 0.5, WATER_MAIN_Y, z), SYSTEM)
    for flat in ctx.flats_on(floor):
        _add_flat(ctx, flat, branch)


def _add_flat(ctx: BuildContext, flat, branch: Node) -> None:
    w = ctx.writer
    place = flat.place
    floor = place.floor
    xc = place.point(FLAT_PIPE_U, 0.0, 0.0)[0]
    z = place.elevation + BRANCH_Z
    sign = 1.0 if place.north else -1.0
    y_valve_end = WATER_MAIN_Y + sign * 0.2
    y_meter_end = y_valve_end + sign * 0.3
    valve = ctx.put(
        "valve_dn25",
        f"{flat.key}:valve",
        f"户阀 {flat.name}",
        floor,
        start=(xc, WATER_MAIN_Y, z),
        end=(xc, y_valve_end, z),
    )
    w.connect(branch, valve, (xc, WATER_MAIN_Y, z), SYSTEM)
    tag = f"WM-{flat.name}"
    meter = ctx.put(
        "meter_flat",
        f"{flat.key}:meter",
        f"户水表 {flat.name}",
        floor,
        start=(xc, y_valve_end, z),
        end=(xc, y_meter_end, z),
        tag=tag,
    )
    add_fm_psets(w, meter.entity, meter.key, tag, METER)
    w.connect(valve, meter, (xc, y_valve_end, z), SYSTEM)
    pipe = ctx.put(
        "pipe_dn25",
        f"{flat.key}:water_pipe",
        f"户内给水管 {flat.name}",
        floor,
        flat.rooms["卫生间"],
        start=(xc, y_meter_end, z),
        end=place.point(FLAT_PIPE_U, FLAT_PIPE_END_V, BRANCH_Z),
    )
    w.connect(meter, pipe, (xc, y_meter_end, z), SYSTEM)
    fixtures = []
    for type_key, label, (u, v), room in FIXTURES:
        fixture = ctx.put(
            type_key,
            f"{flat.key}:{type_key}",
            f"{label} {flat.name}",
            floor,
            flat.rooms[room],
            at=place.point(u, v, 0.0),
        )
        w.connect(pipe, fixture, place.point(FLAT_PIPE_U, v, BRANCH_Z), SYSTEM)
        fixtures.append((fixture, v))
    ctx.fixtures[flat.key] = fixtures
