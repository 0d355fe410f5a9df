"""Pump-room pieces shared by the water and fire systems: main valves and duty/standby pumps.

Both systems draw from a suction header through two identical pump branches (suction valve →
pump → check valve → discharge valve) into a header; only names, tags, types and positions
differ, so they are data here and the branch is built once.
"""

from __future__ import annotations

from dataclasses import dataclass

from fmdesk.samples.context import BuildContext
from fmdesk.samples.geometry import Vec
from fmdesk.samples.psets import Handover, add_fm_psets
from fmdesk.samples.writer import Node

DUTY_STANDBY = ((1, 5.0, "主用"), (2, 3.0, "备用"))
"""(pump number, x in the pump room, duty) of the two pumps of a system."""


@dataclass(frozen=True)
class PumpPair:
    """What differs between the systems' duty/standby pump branches.

    ``ys`` are the y of the suction header, pump inlet, pump outlet, check valve outlet and
    discharge header, given literally (not as offsets) so the written coordinates stay exact.
    """

    system: str
    key_prefix: str  # "dw" → keys "dw:pump1", "dw:pump1:suction_valve", …
    pump_type: str
    valve_type: str
    check_type: str
    pump_tag: str  # "SB-0" → "SB-01"
    valve_tag: str  # "V-" → "V-11" (suction), "V-12" (check), "V-13" (discharge)
    pump_name: str  # "生活水泵" → "生活水泵1# (SB-01)"
    valve_name: str  # "泵" → "1#泵吸水阀"
    description: str  # "生活变频给水泵" → "生活变频给水泵 主用"
    pump_handover: Handover
    valve_handover: Handover
    ys: tuple[float, float, float, float, float]
    z: float = 0.3


def add_room_valve(
    ctx: BuildContext,
    handover: Handover,
    type_key: str,
    key: str,
    label: str,
    tag: str,
    start: Vec,
    end: Vec,
) -> Node:
    """A main valve in the pump room (B1), with its FM handover data."""
    node = ctx.put(
        type_key,
        key,
        f"{label} ({tag})",
        0,
        ctx.spaces["space:pump_room"],
        start=start,
        end=end,
        tag=tag,
    )
    add_fm_psets(ctx.writer, node.entity, key, tag, handover)
    return node


def add_pump_pair(ctx: BuildContext, spec: PumpPair, suction: Node, header: Node) -> None:
    """Both pump branches from ``suction`` to ``header``; pumps are kept in ``ctx.equipment``."""
    w = ctx.writer
    room = ctx.spaces["space:pump_room"]
    b = ctx.storeys[0].elevation
    y_suction, y_in, y_out, y_check, y_header = spec.ys
    z = spec.z

    def p(x: float, y: float) -> Vec:
        return (x, y, b + z)

    def link(up: Node, down: Node, point: Vec) -> None:
        w.connect(up, down, point, spec.system)

    def valve(type_key: str, part: str, label: str, tag: str, y0: float, y1: float) -> Node:
        return add_room_valve(
            ctx, spec.valve_handover, type_key, part, label, tag, p(x, y0), p(x, y1)
        )

    for number, x, duty in DUTY_STANDBY:
        tag = f"{spec.pump_tag}{number}"
        key = f"{spec.key_prefix}:pump{number}"
        name = f"{number}#{spec.valve_name}"
        s_valve = valve(
            spec.valve_type,
            f"{key}:suction_valve",
            f"{name}吸水阀",
            f"{spec.valve_tag}{number}1",
            y_suction,
            y_in,
        )
        link(suction, s_valve, p(x, y_suction))
        pump = ctx.put(
            spec.pump_type,
            key,
            f"{spec.pump_name}{number}# ({tag})",
            0,
            room,
            start=p(x, y_in),
            end=p(x, y_out),
            tag=tag,
            description=f"{spec.description} {duty}",
        )
        add_fm_psets(w, pump.entity, pump.key, tag, spec.pump_handover)
        ctx.equipment[tag] = pump
        link(s_valve, pump, p(x, y_in))
        check = valve(
            spec.check_type,
            f"{key}:check_valve",
            f"{name}止回阀",
            f"{spec.valve_tag}{number}2",
            y_out,
            y_check,
        )
        link(pump, check, p(x, y_out))
        d_valve = valve(
            spec.valve_type,
            f"{key}:discharge_valve",
            f"{name}出水阀",
            f"{spec.valve_tag}{number}3",
            y_check,
            y_header,
        )
        link(check, d_valve, p(x, y_check))
        link(d_valve, header, p(x, y_header))


@dataclass(frozen=True)
class TankOutlet:
    """What differs between the systems' tank outlet, suction header and discharge header.

    The headers lie at the pump pair's first and last ``ys``; ``valve_y`` is where the outlet
    valve leaves the tank (given literally, like ``ys``).
    """

    valve_type: str
    valve_key: str
    valve_label: str
    valve_tag: str
    valve_y: float
    pipe_type: str
    suction_key: str
    suction_label: str
    header_key: str
    header_label: str
    header_end_x: float


def add_tank_outlet(ctx: BuildContext, tank: Node, outlet: TankOutlet, pumps: PumpPair) -> Node:
    """Tank → outlet valve → suction header → duty/standby pumps → discharge header.

    Returns the discharge header, which the system's riser continues from.
    """
    room = ctx.spaces["space:pump_room"]
    b = ctx.storeys[0].elevation
    suction_y, header_y, z = pumps.ys[0], pumps.ys[-1], pumps.z
    valve = add_room_valve(
        ctx,
        pumps.valve_handover,
        outlet.valve_type,
        outlet.valve_key,
        outlet.valve_label,
        outlet.valve_tag,
        (8.0, outlet.valve_y, b + z),
        (8.0, suction_y, b + z),
    )
    ctx.writer.connect(tank, valve, (8.0, outlet.valve_y, b + z), pumps.system)
    suction = ctx.put(
        outlet.pipe_type,
        outlet.suction_key,
        outlet.suction_label,
        0,
        room,
        start=(8.0, suction_y, b + z),
        end=(2.5, suction_y, b + z),
    )
    ctx.writer.connect(valve, suction, (8.0, suction_y, b + z), pumps.system)
    header = ctx.put(
        outlet.pipe_type,
        outlet.header_key,
        outlet.header_label,
        0,
        room,
        start=(5.0, header_y, b + z),
        end=(outlet.header_end_x, header_y, b + z),
    )
    add_pump_pair(ctx, pumps, suction, header)
    return header
