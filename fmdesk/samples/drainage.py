"""Drainage (排水系统): fixtures → flat drain pipe → floor drain header → stack PL-1 → outfall.

Flow runs from the fixtures toward the inspection chamber outside the building, so a reader
tracing downstream from a WC reaches the stack and the chamber. The stack has one segment per
storey, each taking the floor's header and the segment above.
"""

from __future__ import annotations

from fmdesk.samples.context import BuildContext
from fmdesk.samples.layout import DRAIN_MAIN_Y, DRAIN_STACK, FLOOR_HEIGHT, columns
from fmdesk.samples.psets import Handover, add_fm_psets
from fmdesk.samples.writer import Node

SYSTEM = "sys:drainage"
DRAIN_U = 5.3
DRAIN_Z = 0.05


def add_drainage(ctx: BuildContext) -> None:
    """Create the drainage system; needs the fixtures made by the water generator."""
    w = ctx.writer
    w.add_system(SYSTEM, "排水系统", "SEWAGE", "生活污废水 重力排水")
    x, y = DRAIN_STACK
    b = ctx.storeys[0].elevation
    segments: dict[int, Node] = {}
    for floor in range(ctx.storey_count, 0, -1):
        storey = ctx.storeys[floor]
        e = storey.elevation
        segments[floor] = ctx.put(
            "drain_dn110",
            f"dr:stack:{floor}",
            f"排水立管 PL-1 {storey.name}",
            floor,
            start=(x, y, e + FLOOR_HEIGHT),
            end=(x, y, e),
        )
        if floor < ctx.storey_count:
            w.connect(segments[floor + 1], segments[floor], (x, y, e + FLOOR_HEIGHT), SYSTEM)
        header = _add_floor(ctx, floor)
        w.connect(header, segments[floor], (x, y, e + DRAIN_Z), SYSTEM)
    base = ctx.put(
        "drain_dn110", "dr:stack:0", "排水立管 PL-1 B1", 0, start=(x, y, 0.0), end=(x, y, b + 1.0)
    )
    w.connect(segments[1], base, (x, y, 0.0), SYSTEM)
    outlet = ctx.put(
        "drain_dn150",
        "dr:building_drain",
        "排出管 PL-1 DN150",
        0,
        start=(x, y, b + 1.0),
        end=(-12.0, y, b + 1.0),
    )
    w.connect(base, outlet, (x, y, b + 1.0), SYSTEM)
    chamber = ctx.put(
        "chamber", "dr:chamber", "污水检查井 (JC-01)", 0, at=(-12.75, y, b), tag="JC-01"
    )
    add_fm_psets(w, chamber.entity, chamber.key, "JC-01", Handover("JC-", service_life_years=50))
    w.connect(outlet, chamber, (-12.0, y, b + 1.0), SYSTEM)


def _add_floor(ctx: BuildContext, floor: int) -> Node:
    """The floor's drain header along the corridor, fed by each flat's drain pipe."""
    w = ctx.writer
    storey = ctx.storeys[floor]
    z = storey.elevation + DRAIN_Z
    last_x = (columns(ctx.units_per_storey) - 1) * 10.0 + DRAIN_U
    header = ctx.put(
        "drain_dn110",
        f"dr:floor_header:{floor}",
        f"排水横管 {storey.name}",
        floor,
        start=(last_x, DRAIN_MAIN_Y, z),
        end=(DRAIN_STACK[0], DRAIN_MAIN_Y, z),
    )
    for flat in ctx.flats_on(floor):
        place = flat.place
        xd = place.point(DRAIN_U, 0.0, 0.0)[0]
        pipe = ctx.put(
            "drain_dn75",
            f"{flat.key}:drain_pipe",
            f"户内排水管 {flat.name}",
            floor,
            flat.rooms["卫生间"],
            start=place.point(DRAIN_U, 4.2, DRAIN_Z),
            end=(xd, DRAIN_MAIN_Y, z),
        )
        for fixture, v in ctx.fixtures[flat.key]:
            w.connect(fixture, pipe, place.point(DRAIN_U, v, DRAIN_Z), SYSTEM)
        w.connect(pipe, header, (xd, DRAIN_MAIN_Y, z), SYSTEM)
    return header
