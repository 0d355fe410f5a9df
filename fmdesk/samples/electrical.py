"""Power distribution (供配电系统), from the transformer to every light and outlet.

Transformer → main meter (总电表 DB-01) → LV switchboard → outgoing breakers → riser feeder and
cable riser WL1 with a junction box per floor → floor breaker → floor board (楼层配电箱 3AL) → per
flat: outgoing breaker → flat meter (户电表) → flat cable → flat board (户配电箱) → lighting
breaker and RCD → one cable per light or outlet.
The switchboard also feeds the two lifts, the domestic and fire pumps, the exhaust fan and the
gas emergency shut-off valve.
"""

from __future__ import annotations

import ifcopenshell

from fmdesk.samples.context import BuildContext, Flat
from fmdesk.samples.geometry import Vec
from fmdesk.samples.layout import POWER_RISER, ROOMS
from fmdesk.samples.psets import Handover, add_fm_psets
from fmdesk.samples.writer import Node

SYSTEM = "sys:power"
BOARD = Handover("CHINT-", warranty_years=2, service_life_years=20)
TRANSFORMER = Handover("TBEA-", warranty_years=5, service_life_years=25)
METER = Handover("DB-", warranty_years=2, service_life_years=8)
LIFT = Handover("HIT-", warranty_years=2, service_life_years=15, supplier="日立电梯(中国)有限公司")

OUTLETS = [
    ("厨房", 0.2, 2.5),
    ("厨房", 2.5, 4.8),
    ("卫生间", 9.8, 2.5),
    ("客厅", 0.2, 8.5),
    ("客厅", 3.0, 11.8),
    ("卧室", 9.8, 8.5),
]
LIFTS = [("DT-01", "1#电梯", (-4.8, 3.0)), ("DT-02", "2#电梯", (-4.8, 5.5))]


def add_electrical(ctx: BuildContext) -> None:
    """Create the power system; needs the pumps and fan made by the other generators."""
    w = ctx.writer
    w.add_system(SYSTEM, "供配电系统", "ELECTRICAL", "10kV/0.4kV 低压配电")
    room = ctx.spaces["space:switch_room"]
    b = ctx.storeys[0].elevation
    transformer = ctx.put(
        "transformer",
        "el:transformer",
        "干式变压器 (BYQ-01)",
        0,
        room,
        at=(8.25, 20.5, b),
        tag="BYQ-01",
    )
    add_fm_psets(w, transformer.entity, transformer.key, "BYQ-01", TRANSFORMER)
    board = ctx.put(
        "switchboard", "el:switchboard", "低压开关柜 (AA-1)", 0, room, at=(4.5, 20.5, b), tag="AA-1"
    )
    add_fm_psets(w, board.entity, board.key, "AA-1", BOARD)
    meter = ctx.put(
        "meter_power_main",
        "el:meter",
        "总电表 (DB-01)",
        0,
        room,
        at=(6.6, 20.5, b + 1.5),
        tag="DB-01",
    )
    add_fm_psets(w, meter.entity, meter.key, "DB-01", METER)
    w.connect(transformer, meter, (7.0, 20.5, b + 1.8), SYSTEM)
    w.connect(meter, board, (6.2, 20.5, b + 1.8), SYSTEM)
    feeders = [("WL1", "竖井干线 WL1", None)]
    feeders += [(tag, f"{label}电源", tag) for tag, label, _ in LIFTS]
    powered = ("SB-01", "SB-02", "XF-01", "XF-02", "PF-01", "V-RQ-01")
    feeders += [(tag, f"{tag} 电源", tag) for tag in powered if tag in ctx.equipment]
    lifts = _add_lifts(ctx)
    for index, (code, label, target) in enumerate(feeders):
        x = 2.3 + index * 0.5
        tag = f"AA-1-{code}"
        breaker = ctx.put(
            "breaker_feeder",
            f"el:feeder:{code}:breaker",
            f"出线断路器 {label} ({tag})",
            0,
            room,
            at=(x, POWER_RISER[1], b + 1.7),
            tag=tag,
        )
        w.connect(board, breaker, (x, POWER_RISER[1], b + 1.7), SYSTEM)
        start = (x, POWER_RISER[1], b + 1.9)
        if target is None:
            end = (POWER_RISER[0], POWER_RISER[1], b + 1.9)
        elif target in lifts:
            end = lifts[target][1]
        else:
            end = _top_of(ctx.equipment[target])
        cable = ctx.put(
            "cable_feeder", f"el:feeder:{code}:cable", f"电缆 {label}", 0, start=start, end=end
        )
        w.connect(breaker, cable, start, SYSTEM)
        if target is None:
            _add_riser(ctx, cable, end)
        else:
            consumer = lifts[target][0] if target in lifts else ctx.equipment[target]
            w.connect(cable, consumer, end, SYSTEM)


def _top_of(node: Node) -> tuple[float, float, float]:
    """Top centre of an inline 0.6 m pump or fan box (its local y is world up)."""
    length = 1.2 if node.key.endswith(("pump1", "pump2")) else 0.8
    o, z = node.frame.origin, node.frame.z
    half = 0.3 if length == 1.2 else 0.25
    return (o[0] + z[0] * length / 2, o[1] + z[1] * length / 2, o[2] + half)


def _add_lifts(ctx: BuildContext) -> dict[str, tuple[Node, tuple[float, float, float]]]:
    lifts = {}
    for tag, label, (x, y) in LIFTS:
        lift = ctx.put("lift", f"el:lift:{tag}", f"{label} ({tag})", 1, at=(x, y, 0.0), tag=tag)
        add_fm_psets(ctx.writer, lift.entity, lift.key, tag, LIFT)
        lifts[tag] = (lift, (x, y, 0.0))
    return lifts


def _add_riser(ctx: BuildContext, feeder: Node, base) -> None:
    """Cable riser WL1 with a junction box, floor breaker and floor board on every floor."""
    w = ctx.writer
    x, y = POWER_RISER
    upstream, start, segment_storey = feeder, base, 0
    for floor in range(1, ctx.storey_count + 1):
        storey = ctx.storeys[floor]
        e = storey.elevation
        label = ctx.storeys[segment_storey].name
        segment = ctx.put(
            "cable_riser",
            f"el:riser:{segment_storey}",
            f"竖井干线 WL1 {label}",
            segment_storey,
            start=start,
            end=(x, y, e + 1.0),
        )
        w.connect(upstream, segment, start, SYSTEM)
        box = ctx.put(
            "junction_box",
            f"el:junction_box:{floor}",
            f"T接箱 {storey.name} (JX-{floor})",
            floor,
            at=(x, y, e + 1.0),
            tag=f"JX-{floor}",
        )
        w.connect(segment, box, (x, y, e + 1.0), SYSTEM)
        _add_floor(ctx, floor, box)
        upstream, start, segment_storey = box, (x, y, e + 1.3), floor


def _add_floor(ctx: BuildContext, floor: int, box: Node) -> None:
    w = ctx.writer
    storey = ctx.storeys[floor]
    e = storey.elevation
    x, y = POWER_RISER
    tag = f"{floor}AL-QF0"
    breaker = ctx.put(
        "breaker_floor",
        f"el:floor_breaker:{floor}",
        f"楼层进线断路器 {storey.name} ({tag})",
        floor,
        at=(x + 0.25, y, e + 1.05),
        tag=tag,
    )
    w.connect(box, breaker, (x + 0.15, y, e + 1.15), SYSTEM)
    board_tag = f"AL-{floor}"
    board = ctx.put(
        "floor_board",
        f"el:floor_board:{floor}",
        f"楼层配电箱 {floor}AL",
        floor,
        at=(x + 0.65, y, e + 0.8),
        tag=board_tag,
    )
    add_fm_psets(w, board.entity, board.key, board_tag, BOARD)
    w.connect(breaker, board, (x + 0.35, y, e + 1.15), SYSTEM)
    for index, flat in enumerate(ctx.flats_on(floor)):
        bx = x + 0.4 + (index % 10) * 0.05
        by = y - 0.08 + (index // 10) * 0.03
        out_tag = f"{floor}AL-QF{index + 1}"
        out = ctx.put(
            "breaker_flat",
            f"{flat.key}:feeder_breaker",
            f"户出线断路器 {flat.name} ({out_tag})",
            floor,
            at=(bx, by, e + 1.9),
            tag=out_tag,
        )
        w.connect(board, out, (bx, by, e + 1.9), SYSTEM)
        meter = _add_flat_meter(ctx, flat, out, (bx, by, e + 2.0))
        _add_flat(ctx, flat, meter, (bx, by, e + 2.2))


def _add_flat_meter(ctx: BuildContext, flat: Flat, breaker: Node, at: Vec) -> Node:
    """The flat's electricity meter (户电表) in the floor meter box, after its breaker."""
    tag = f"DB-{flat.name}"
    meter = ctx.put(
        "meter_power_flat",
        f"{flat.key}:power_meter",
        f"户电表 {flat.name}",
        flat.place.floor,
        at=at,
        tag=tag,
    )
    add_fm_psets(ctx.writer, meter.entity, meter.key, tag, METER)
    ctx.writer.connect(breaker, meter, at, SYSTEM)
    return meter


def _add_flat(ctx: BuildContext, flat: Flat, feeder: Node, start) -> None:
    w = ctx.writer
    place = flat.place
    floor = place.floor
    end = place.point(1.0, 0.15, 2.0)
    cable = ctx.put(
        "cable_flat",
        f"{flat.key}:feeder_cable",
        f"户进线电缆 {flat.name}",
        floor,
        start=start,
        end=end,
    )
    w.connect(feeder, cable, start, SYSTEM)
    kitchen = flat.rooms["厨房"]
    tag = f"AH-{flat.name}"
    board = ctx.put(
        "flat_board",
        f"{flat.key}:board",
        f"户配电箱 {flat.name}",
        floor,
        kitchen,
        at=place.point(1.0, 0.15, 1.5),
        tag=tag,
    )
    add_fm_psets(w, board.entity, board.key, tag, BOARD)
    w.connect(cable, board, end, SYSTEM)
    circuits = []
    for code, type_key, label, u in (
        ("L1", "breaker_light", "照明回路断路器", 0.9),
        ("C1", "breaker_rcd", "插座回路漏电断路器", 1.1),
    ):
        breaker = ctx.put(
            type_key,
            f"{flat.key}:breaker:{code}",
            f"{label} {flat.name} ({code})",
            floor,
            kitchen,
            at=place.point(u, 0.15, 1.6),
        )
        w.connect(board, breaker, place.point(u, 0.15, 1.6), SYSTEM)
        circuits.append((breaker, place.point(u, 0.15, 1.7)))
    (light_breaker, light_from), (socket_breaker, socket_from) = circuits
    for room, (u0, v0, u1, v1) in ROOMS.items():
        target = place.point((u0 + u1) / 2, (v0 + v1) / 2, 2.75)
        port = (target[0], target[1], target[2] + 0.1)
        light = ctx.put(
            "light",
            f"{flat.key}:light:{room}",
            f"吸顶灯 {flat.name} {room}",
            floor,
            flat.rooms[room],
            at=target,
        )
        _add_circuit_cable(
            ctx,
            f"{flat.key}:light_cable:{room}",
            f"照明线 {flat.name} {room}",
            floor,
            flat.rooms[room],
            (light_breaker, light_from),
            (light, port),
        )
    for index, (room, u, v) in enumerate(OUTLETS, start=1):
        target = place.point(u, v, 0.3)
        outlet = ctx.put(
            "outlet",
            f"{flat.key}:outlet:{index}",
            f"插座 {flat.name} {room}-{index}",
            floor,
            flat.rooms[room],
            at=target,
        )
        _add_circuit_cable(
            ctx,
            f"{flat.key}:outlet_cable:{index}",
            f"插座线 {flat.name} {room}-{index}",
            floor,
            flat.rooms[room],
            (socket_breaker, socket_from),
            (outlet, target),
        )


def _add_circuit_cable(
    ctx: BuildContext,
    key: str,
    name: str,
    floor: int,
    room: ifcopenshell.entity_instance,
    source: tuple[Node, Vec],
    device: tuple[Node, Vec],
) -> None:
    """A final-circuit cable from a breaker (at its outlet point) to a light or socket."""
    (breaker, start), (target, end) = source, device
    wire = ctx.put("cable_circuit", key, name, floor, room, start=start, end=end)
    ctx.writer.connect(breaker, wire, start, SYSTEM)
    ctx.writer.connect(wire, target, end, SYSTEM)
