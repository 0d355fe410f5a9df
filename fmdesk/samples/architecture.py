"""Walls, slabs, doors and windows: simple extruded solids so the model reads as a building."""

from __future__ import annotations

from fmdesk.samples.catalogue import TYPES
from fmdesk.samples.context import BuildContext, Flat
from fmdesk.samples.geometry import Frame, sub, unit
from fmdesk.samples.layout import (
    BASEMENT_HEIGHT,
    BUILDING_NORTH,
    CORE_WEST,
    CORRIDOR_NORTH,
    FLOOR_HEIGHT,
    building_east,
    columns,
)

EXTERNAL = 0.2
INTERNAL = 0.1
SLAB = 0.15


def add_architecture(ctx: BuildContext) -> None:
    """Slabs on every storey and the roof, core and plant-room walls, flat walls/doors/windows."""
    east = building_east(ctx.units_per_storey)
    for number, storey in ctx.storeys.items():
        roof = number == ctx.roof_number
        west = CORE_WEST
        east_edge = 14.0 if number == 0 else east
        _slab(
            ctx,
            number,
            "roof" if roof else "slab",
            f"{'屋面板' if roof else '楼板'} {storey.name}",
            (west, 0.0, max(east_edge, east), BUILDING_NORTH),
        )
        if roof:
            continue
        height = BASEMENT_HEIGHT if number == 0 else FLOOR_HEIGHT
        walls = [
            ("west", (west, 0.0), (west, BUILDING_NORTH)),
            ("south", (west, 0.0), (0.0 if number else 14.0, 0.0)),
            ("north", (west, BUILDING_NORTH), (0.0 if number else 14.0, BUILDING_NORTH)),
        ]
        if number == 0:
            walls += [
                ("east", (14.0, 0.0), (14.0, BUILDING_NORTH)),
                ("plant", (west, CORRIDOR_NORTH), (14.0, CORRIDOR_NORTH)),
            ]
        for code, start, end in walls:
            _wall(
                ctx,
                number,
                f"arch:{number}:wall:{code}",
                f"外墙 {storey.name} {code}",
                start,
                end,
                height,
                external=code != "plant",
            )
    for flat in ctx.flats:
        _add_flat(ctx, flat, columns(ctx.units_per_storey))


def _add_flat(ctx: BuildContext, flat: Flat, column_count: int) -> None:
    place = flat.place
    floor = place.floor
    last_column = place.column == column_count - 1
    walls = [
        ("corridor", (0, 0), (10, 0), False),
        ("facade", (0, 12), (10, 12), True),
        ("party", (10, 0), (10, 12), last_column),
        ("kitchen", (0, 5), (10, 5), False),
        ("bath", (5, 0), (5, 5), False),
        ("bedroom", (6, 5), (6, 12), False),
    ]
    if place.column == 0:
        walls.append(("core", (0, 0), (0, 12), False))
    for code, (u0, v0), (u1, v1), external in walls:
        start = place.point(u0, v0, 0.0)
        end = place.point(u1, v1, 0.0)
        label = "外墙" if external else "内墙"
        _wall(
            ctx,
            floor,
            f"{flat.key}:wall:{code}",
            f"{label} {flat.name} {code}",
            start[:2],
            end[:2],
            FLOOR_HEIGHT,
            external=external,
        )
    ctx.put(
        "door",
        f"{flat.key}:door",
        f"入户门 {flat.name}",
        floor,
        at=place.point(2.5, 0.0, 0.0),
        tag=f"FM-{flat.name}",
    )
    for index, u in enumerate((3.0, 8.0), start=1):
        ctx.put(
            "window",
            f"{flat.key}:window:{index}",
            f"窗 {flat.name}-{index}",
            floor,
            at=place.point(u, 12.0, 0.9),
        )


def _wall(
    ctx: BuildContext, storey: int, key: str, name: str, start, end, height: float, external: bool
) -> None:
    w = ctx.writer
    info = ctx.storeys[storey]
    a = (start[0], start[1], info.elevation)
    b = (end[0], end[1], info.elevation)
    direction = unit(sub(b, a))
    size = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    thickness = EXTERNAL if external else INTERNAL
    profile = w.rectangle_profile(size, thickness, (size / 2, 0.0))
    w.add_element(
        TYPES["wall_ext" if external else "wall_int"],
        key,
        name,
        frame=Frame(a, x=tuple(round(c, 9) + 0.0 for c in direction)),  # type: ignore[arg-type]
        storey_placement=info.placement,
        storey_elevation=info.elevation,
        container=info.entity,
        length=height,
        profile=profile,
    )


def _slab(ctx: BuildContext, storey: int, type_key: str, name: str, rect) -> None:
    w = ctx.writer
    info = ctx.storeys[storey]
    x0, y0, x1, y1 = rect
    profile = w.rectangle_profile(x1 - x0, y1 - y0, ((x1 - x0) / 2, (y1 - y0) / 2))
    w.add_element(
        TYPES[type_key],
        f"arch:{storey}:slab",
        name,
        frame=Frame((x0, y0, info.elevation - SLAB)),
        storey_placement=info.placement,
        storey_elevation=info.elevation,
        container=info.entity,
        length=SLAB,
        profile=profile,
    )
