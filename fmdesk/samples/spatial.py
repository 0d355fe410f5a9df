"""Spatial structure: site 示例小区 → building 1号楼 → storeys B1, 1F..NF, RF → spaces.

Flats are IfcSpace objects named ``1-{floor}{unit:02d}`` aggregating their rooms, so any element
contained in a room leads to its flat by walking containment and aggregation.
"""

from __future__ import annotations

from fmdesk.samples.context import BuildContext, Flat, Storey
from fmdesk.samples.geometry import Frame
from fmdesk.samples.layout import (
    BASEMENT_HEIGHT,
    BUILDING_NORTH,
    CORE_WEST,
    CORRIDOR_NORTH,
    CORRIDOR_SOUTH,
    FLOOR_HEIGHT,
    ROOMS,
    FlatPlace,
    building_east,
    storey_elevation,
)

CHINESE_DIGITS = "零一二三四五六七八九"


def storey_long_name(number: int, roof: int) -> str:
    """地下一层, 一层 … 十二层 …, 屋面."""
    if number == 0:
        return "地下一层"
    if number == roof:
        return "屋面"
    return f"{_chinese_number(number)}层"


def _chinese_number(n: int) -> str:
    if n < 10:
        return CHINESE_DIGITS[n]
    tens, ones = divmod(n, 10)
    text = ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十"
    return text + (CHINESE_DIGITS[ones] if ones else "")


def storey_name(number: int, roof: int) -> str:
    if number == 0:
        return "B1"
    if number == roof:
        return "RF"
    return f"{number}F"


def add_spatial_structure(ctx: BuildContext) -> None:
    """Site, building and storeys with their elevations (B1 at -4.5 m, floors every 3 m)."""
    w = ctx.writer
    site_placement = w.local_placement(None, Frame((0.0, 0.0, 0.0)))
    ctx.site = w.rooted(
        "IfcSite",
        "site",
        Name="示例小区",
        LongName="示例小区",
        ObjectPlacement=site_placement,
        CompositionType="ELEMENT",
    )
    building_placement = w.local_placement(site_placement, Frame((0.0, 0.0, 0.0)))
    ctx.building = w.rooted(
        "IfcBuilding",
        "building:1",
        Name="示例小区 1号楼",
        LongName="1号楼 住宅",
        ObjectPlacement=building_placement,
        CompositionType="ELEMENT",
    )
    w.aggregate(w.project, ctx.site)
    w.aggregate(ctx.site, ctx.building)
    for number in range(ctx.roof_number + 1):
        name = storey_name(number, ctx.roof_number)
        elevation = storey_elevation(number)
        placement = w.local_placement(building_placement, Frame((0.0, 0.0, elevation)))
        entity = w.rooted(
            "IfcBuildingStorey",
            f"storey:{name}",
            Name=name,
            LongName=storey_long_name(number, ctx.roof_number),
            ObjectPlacement=placement,
            CompositionType="ELEMENT",
            Elevation=elevation,
        )
        w.aggregate(ctx.building, entity)
        ctx.storeys[number] = Storey(number, f"storey:{name}", name, entity, placement, elevation)


def add_space(
    ctx: BuildContext,
    key: str,
    name: str,
    long_name: str,
    storey: int,
    parent,
    rect: tuple[float, float, float, float] | None = None,
    polygon: list[tuple[float, float]] | None = None,
    height: float = FLOOR_HEIGHT,
    partial: bool = False,
):
    """An IfcSpace with an extruded footprint, aggregated under ``parent`` (storey or flat)."""
    w = ctx.writer
    info = ctx.storeys[storey]
    if rect is not None:
        x0, y0, x1, y1 = rect
        profile = w.rectangle_profile(x1 - x0, y1 - y0, ((x1 - x0) / 2, (y1 - y0) / 2))
        origin = (x0, y0, info.elevation)
    else:
        assert polygon is not None
        profile = w.polygon_profile(polygon)
        origin = (0.0, 0.0, info.elevation)
    placement = w.local_placement(info.placement, Frame(origin), info.elevation)
    entity = w.rooted(
        "IfcSpace",
        key,
        Name=name,
        LongName=long_name,
        ObjectPlacement=placement,
        Representation=w.body_shape(w.extrusion(profile, height)),
        CompositionType="PARTIAL" if partial else "ELEMENT",
        InteriorOrExteriorSpace="INTERNAL",
        PredefinedType="SPACE",
    )
    w.aggregate(parent, entity)
    ctx.spaces[key] = entity
    return entity


def add_spaces(ctx: BuildContext) -> None:
    """B1 plant rooms, a lift lobby/corridor per floor, and flats with their rooms."""
    east = building_east(ctx.units_per_storey)
    b1 = ctx.storeys[0].entity
    add_space(
        ctx,
        "space:pump_room",
        "水泵房",
        "B1 生活及消防水泵房",
        0,
        b1,
        rect=(CORE_WEST, 0.0, 14.0, CORRIDOR_NORTH),
        height=BASEMENT_HEIGHT,
    )
    add_space(
        ctx,
        "space:switch_room",
        "配电室",
        "B1 低压配电室",
        0,
        b1,
        rect=(CORE_WEST, CORRIDOR_NORTH, 14.0, BUILDING_NORTH),
        height=BASEMENT_HEIGHT,
    )
    lobby_outline = [
        (CORE_WEST, 0.0),
        (0.0, 0.0),
        (0.0, CORRIDOR_SOUTH),
        (east, CORRIDOR_SOUTH),
        (east, CORRIDOR_NORTH),
        (0.0, CORRIDOR_NORTH),
        (0.0, BUILDING_NORTH),
        (CORE_WEST, BUILDING_NORTH),
    ]
    for floor in range(1, ctx.storey_count + 1):
        storey = ctx.storeys[floor]
        add_space(
            ctx,
            f"space:lobby:{floor}",
            f"电梯厅 {storey.name}",
            f"1号楼 {storey.name} 电梯厅及走廊",
            floor,
            storey.entity,
            polygon=lobby_outline,
        )
        for unit in range(1, ctx.units_per_storey + 1):
            place = FlatPlace(floor, unit)
            flat_key = f"flat:{floor}:{unit}"
            rect = place.rect(0.0, 0.0, 10.0, 12.0)
            entity = add_space(
                ctx,
                flat_key,
                place.name,
                f"1号楼 {place.name} 住宅",
                floor,
                storey.entity,
                rect=rect,
            )
            flat = Flat(place, entity)
            for room, (u0, v0, u1, v1) in ROOMS.items():
                flat.rooms[room] = add_space(
                    ctx,
                    f"{flat_key}:room:{room}",
                    room,
                    f"{place.name} {room}",
                    floor,
                    entity,
                    rect=place.rect(u0, v0, u1, v1),
                    partial=True,
                )
            ctx.flats.append(flat)
