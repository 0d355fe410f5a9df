"""Fire hydrant system (消火栓系统): fire tank → duty/standby fire pumps → fire main → riser XL-1.

The riser has one segment per storey from B1 up; each floor's segment feeds a hydrant valve and
a hydrant cabinet in the lift lobby.
"""

from __future__ import annotations

from fmdesk.samples.context import BuildContext
from fmdesk.samples.layout import FIRE_RISER, FLOOR_HEIGHT
from fmdesk.samples.psets import Handover, add_fm_psets
from fmdesk.samples.pump_room import (
    PumpPair,
    TankOutlet,
    add_tank_outlet,
)
from fmdesk.samples.writer import Node

SYSTEM = "sys:fire"
VALVE = Handover("KT2019-", warranty_years=2, service_life_years=10)
PUMP = Handover("LC-XBD-", warranty_years=2, service_life_years=15)
TANK = Handover("KQ-", warranty_years=2, service_life_years=20)
HYDRANT = Handover("HT-", warranty_years=1, service_life_years=10)
PUMPS = PumpPair(
    system=SYSTEM,
    key_prefix="fp",
    pump_type="pump_fire",
    valve_type="valve_fire",
    check_type="check_fire",
    pump_tag="XF-0",
    valve_tag="XV-",
    pump_name="消防泵",
    valve_name="消防泵",
    description="消火栓加压泵",
    pump_handover=PUMP,
    valve_handover=VALVE,
    ys=(4.9, 5.3, 6.5, 6.9, 7.3),
)
OUTLET = TankOutlet(
    valve_type="valve_fire",
    valve_key="fp:tank_outlet_valve",
    valve_label="消防水箱出水阀",
    valve_tag="XV-01",
    valve_y=4.5,
    pipe_type="pipe_fire_dn150",
    suction_key="fp:suction_header",
    suction_label="消防吸水总管 DN150",
    header_key="fp:main",
    header_label="消防出水总管 DN150",
    header_end_x=FIRE_RISER[0],
)


def add_fire(ctx: BuildContext) -> None:
    """Create the fire hydrant system."""
    w = ctx.writer
    w.add_system(SYSTEM, "消火栓系统", "FIREPROTECTION", "室内消火栓给水系统")
    room = ctx.spaces["space:pump_room"]
    b = ctx.storeys[0].elevation

    def p(x: float, y: float, z: float) -> tuple[float, float, float]:
        return (x, y, b + z)

    def link(up: Node, down: Node, point) -> None:
        w.connect(up, down, point, SYSTEM)

    tank = ctx.put(
        "tank_fire", "fp:tank", "消防水箱 (XSX-01)", 0, room, at=p(8.5, 2.5, 0.0), tag="XSX-01"
    )
    add_fm_psets(w, tank.entity, tank.key, "XSX-01", TANK)
    main = add_tank_outlet(ctx, tank, OUTLET, PUMPS)
    _add_riser(ctx, main)


def _add_riser(ctx: BuildContext, main: Node) -> None:
    w = ctx.writer
    x, y = FIRE_RISER
    b = ctx.storeys[0].elevation
    upstream = ctx.put(
        "pipe_fire_dn100",
        "fp:riser:0",
        "消火栓立管 XL-1 B1",
        0,
        start=(x, y, b + 0.3),
        end=(x, y, 0.0),
    )
    w.connect(main, upstream, (x, y, b + 0.3), SYSTEM)
    for floor in range(1, ctx.storey_count + 1):
        storey = ctx.storeys[floor]
        e = storey.elevation
        top = e + (FLOOR_HEIGHT if floor < ctx.storey_count else 1.5)
        segment = ctx.put(
            "pipe_fire_dn100",
            f"fp:riser:{floor}",
            f"消火栓立管 XL-1 {storey.name}",
            floor,
            start=(x, y, e),
            end=(x, y, top),
        )
        w.connect(upstream, segment, (x, y, e), SYSTEM)
        lobby = ctx.spaces[f"space:lobby:{floor}"]
        valve = ctx.put(
            "valve_hydrant",
            f"fp:hydrant_valve:{floor}",
            f"消火栓阀 {storey.name}",
            floor,
            lobby,
            start=(x, y, e + 1.1),
            end=(x - 0.4, y, e + 1.1),
        )
        w.connect(segment, valve, (x, y, e + 1.1), SYSTEM)
        tag = f"XHS-{floor}"
        hydrant = ctx.put(
            "hydrant",
            f"fp:hydrant:{floor}",
            f"室内消火栓 {storey.name} ({tag})",
            floor,
            lobby,
            at=(x - 0.52, y, e + 0.4),
            tag=tag,
        )
        add_fm_psets(w, hydrant.entity, hydrant.key, tag, HYDRANT)
        w.connect(valve, hydrant, (x - 0.4, y, e + 1.1), SYSTEM)
        upstream = segment
