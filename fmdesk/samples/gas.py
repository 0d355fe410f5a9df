"""Natural gas (燃气系统), in flow order.

Gas inlet pipe at 1F from the street side (west of the core) → emergency shut-off valve
(燃气紧急切断阀 V-RQ-01, powered from the LV switchboard: it closes when its power is lost) → main
gas meter (燃气总表 RQ-01) → horizontal main → riser RQL-1 (one segment per storey, a tee at
each floor) → per floor: floor branch along the corridor → per flat: flat gas valve → flat gas
meter (户燃气表 RQ-1-101) → kitchen gas pipe → cooker valve (灶前阀).
"""

from __future__ import annotations

from fmdesk.samples.context import BuildContext, Flat
from fmdesk.samples.layout import columns
from fmdesk.samples.psets import Handover, add_fm_psets
from fmdesk.samples.writer import Node

SYSTEM = "sys:gas"
GAS_RISER = (-0.4, 14.1)
GAS_MAIN_Y = 14.1
BRANCH_Z = 2.6
FLAT_U = 1.5  # the gas pipe runs into the kitchen at this flat-local u
STOVE_V = 4.5
VALVE = Handover("QF-RQ-", warranty_years=2, service_life_years=10)
METER = Handover("RQ-", warranty_years=2, service_life_years=10)


def add_gas(ctx: BuildContext) -> None:
    """Create the gas system; the emergency valve is kept in ``ctx.equipment`` for its feeder."""
    ctx.writer.add_system(SYSTEM, "燃气系统", "GAS", "低压燃气 分户计量")
    meter = _add_inlet(ctx)
    for floor, tee in _add_riser(ctx, meter).items():
        _add_floor(ctx, floor, tee)


def _add_inlet(ctx: BuildContext) -> Node:
    w = ctx.writer
    z = ctx.storeys[1].elevation + 0.5
    y = GAS_RISER[1]
    inlet = ctx.put(
        "pipe_gas_dn50", "gas:inlet", "燃气引入管 DN50", 1, start=(-7.5, y, z), end=(-6.2, y, z)
    )
    valve = ctx.put(
        "valve_gas_emergency",
        "gas:emergency_valve",
        "燃气紧急切断阀 (V-RQ-01)",
        1,
        start=(-6.2, y, z),
        end=(-5.9, y, z),
        tag="V-RQ-01",
    )
    add_fm_psets(w, valve.entity, valve.key, "V-RQ-01", VALVE)
    w.connect(inlet, valve, (-6.2, y, z), SYSTEM)
    ctx.equipment["V-RQ-01"] = valve
    meter = ctx.put(
        "meter_gas_main",
        "gas:meter",
        "燃气总表 (RQ-01)",
        1,
        start=(-5.9, y, z),
        end=(-5.4, y, z),
        tag="RQ-01",
    )
    add_fm_psets(w, meter.entity, meter.key, "RQ-01", METER)
    w.connect(valve, meter, (-5.9, y, z), SYSTEM)
    main = ctx.put(
        "pipe_gas_dn50",
        "gas:main",
        "燃气水平干管 DN50",
        1,
        start=(-5.4, y, z),
        end=(GAS_RISER[0], y, z),
    )
    w.connect(meter, main, (-5.4, y, z), SYSTEM)
    return main


def _add_riser(ctx: BuildContext, main: Node) -> dict[int, Node]:
    """Riser RQL-1 from 1F: a segment per storey and a tee at each floor's branch height."""
    w = ctx.writer
    x, y = GAS_RISER
    upstream, start_z = main, ctx.storeys[1].elevation + 0.5
    tees: dict[int, Node] = {}
    for floor in range(1, ctx.storey_count + 1):
        storey = ctx.storeys[floor]
        z = storey.elevation + BRANCH_Z
        segment = ctx.put(
            "pipe_gas_dn50",
            f"gas:riser:{floor}",
            f"燃气立管 RQL-1 {storey.name}",
            floor,
            start=(x, y, start_z),
            end=(x, y, z),
        )
        w.connect(upstream, segment, (x, y, start_z), SYSTEM)
        tee = ctx.put(
            "tee_gas",
            f"gas:riser_tee:{floor}",
            f"燃气立管三通 RQL-1 {storey.name}",
            floor,
            start=(x, y, z),
            end=(x, y, z + 0.15),
        )
        w.connect(segment, tee, (x, y, z), SYSTEM)
        tees[floor] = tee
        upstream, start_z = tee, z + 0.15
    return tees


def _add_floor(ctx: BuildContext, floor: int, tee: Node) -> None:
    storey = ctx.storeys[floor]
    z = storey.elevation + BRANCH_Z
    x0 = GAS_RISER[0]
    last_x = (columns(ctx.units_per_storey) - 1) * 10.0 + FLAT_U
    branch = ctx.put(
        "pipe_gas_dn50",
        f"gas:floor_branch:{floor}",
        f"楼层燃气支管 {storey.name}",
        floor,
        start=(x0 + 0.1, GAS_MAIN_Y, z),
        end=(last_x, GAS_MAIN_Y, z),
    )
    ctx.writer.connect(tee, branch, (x0 + 0.1, GAS_MAIN_Y, z), SYSTEM)
    for flat in ctx.flats_on(floor):
        _add_flat(ctx, flat, branch)


def _add_flat(ctx: BuildContext, flat: Flat, branch: Node) -> None:
    w = ctx.writer
    place = flat.place
    floor = place.floor
    kitchen = flat.rooms["厨房"]
    xc = place.point(FLAT_U, 0.0, 0.0)[0]
    z = place.elevation + BRANCH_Z
    sign = 1.0 if place.north else -1.0
    y_valve = GAS_MAIN_Y + sign * 0.2
    y_meter = y_valve + sign * 0.3
    valve = ctx.put(
        "valve_gas_dn20",
        f"{flat.key}:gas_valve",
        f"户燃气阀 {flat.name}",
        floor,
        start=(xc, GAS_MAIN_Y, z),
        end=(xc, y_valve, z),
    )
    w.connect(branch, valve, (xc, GAS_MAIN_Y, z), SYSTEM)
    tag = f"RQ-{flat.name}"
    meter = ctx.put(
        "meter_gas_flat",
        f"{flat.key}:gas_meter",
        f"户燃气表 {flat.name}",
        floor,
        kitchen,
        start=(xc, y_valve, z),
        end=(xc, y_meter, z),
        tag=tag,
    )
    add_fm_psets(w, meter.entity, meter.key, tag, METER)
    w.connect(valve, meter, (xc, y_valve, z), SYSTEM)
    stove = place.point(FLAT_U, STOVE_V, BRANCH_Z)
    pipe = ctx.put(
        "pipe_gas_dn20",
        f"{flat.key}:gas_pipe",
        f"户内燃气管 {flat.name}",
        floor,
        kitchen,
        start=(xc, y_meter, z),
        end=stove,
    )
    w.connect(meter, pipe, (xc, y_meter, z), SYSTEM)
    cooker_valve = ctx.put(
        "valve_gas_dn20",
        f"{flat.key}:cooker_valve",
        f"灶前阀 {flat.name}",
        floor,
        kitchen,
        start=stove,
        end=(stove[0], stove[1], stove[2] - 0.2),
    )
    w.connect(pipe, cooker_valve, stove, SYSTEM)
