"""Rooms by geometry: the space that holds an element the model places in no room.

Exporters often leave radiators, risers and pipes contained in the storey only; the question
"which flats lose heating?" still needs their room. Each space's footprint (the profile of its
extruded body, else its footprint curve, else the box of its points) and height range are read
once; an element then belongs to the smallest space on its storey whose footprint holds the
element's centre and whose height range holds it too (3D, so a pipe in the ceiling void of the
flat below is not put in the flat above). The result is marked as inferred (``space_basis``
"geometry") wherever it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import ifcopenshell
import ifcopenshell.util.placement
import numpy as np

from fmdesk.bim.attributes import as_entity, global_id_of, is_subtype
from fmdesk.bim.index import ModelIndex, by_type_safe
from fmdesk.bim.units import length_scale
from fmdesk.network.geometry_hints import Point, apply, placement_matrix, points_of

__all__ = ["SpaceShape", "locate_in_spaces", "read_space_shapes"]

_Z_TOLERANCE = 0.05
"""Metres above the top or below the floor of a space that still count as inside (elements
standing on the floor slab, pipes at the ceiling)."""


@dataclass(frozen=True)
class SpaceShape:
    """A space's footprint polygon (world x, y in metres) and its height range."""

    global_id: str
    storey_id: str | None
    polygon: tuple[tuple[float, float], ...]
    z_min: float
    z_max: float

    @property
    def area(self) -> float:
        xs = np.array([p[0] for p in self.polygon])
        ys = np.array([p[1] for p in self.polygon])
        return float(abs(np.dot(xs, np.roll(ys, 1)) - np.dot(ys, np.roll(xs, 1))) / 2)

    def holds(self, point: Point) -> bool:
        x, y, z = point
        if not (self.z_min - _Z_TOLERANCE <= z <= self.z_max + _Z_TOLERANCE):
            return False
        return _inside(self.polygon, x, y)


def read_space_shapes(model: ifcopenshell.file, index: ModelIndex) -> list[SpaceShape]:
    """The footprint and height range of every space that has a readable body or footprint."""
    scale = length_scale(model)
    shapes = []
    for space in by_type_safe(model, "IfcSpace"):
        shape = _space_shape(model, space, scale)
        if shape is None:
            continue
        polygon, z_min, z_max = shape
        storey, _ = index.locate(space)
        shapes.append(
            SpaceShape(
                global_id_of(space),
                global_id_of(storey) if storey is not None else None,
                polygon,
                z_min,
                z_max,
            )
        )
    return shapes


def locate_in_spaces(
    shapes: list[SpaceShape], points: dict[str, tuple[Point, str | None]]
) -> dict[str, str]:
    """``{element: space}`` for each ``element: (centre, storey id or None)`` whose centre lies
    in a space; the smallest such space wins (a room over the flat holding it). A space on
    another storey than the element's is not taken."""
    if not shapes or not points:
        return {}
    ordered = sorted(shapes, key=lambda shape: shape.area)
    lows = np.array([[min(x for x, _ in s.polygon), min(y for _, y in s.polygon)] for s in ordered])
    highs = np.array(
        [[max(x for x, _ in s.polygon), max(y for _, y in s.polygon)] for s in ordered]
    )
    found = {}
    for gid, (point, storey) in points.items():
        near = np.nonzero(
            (lows[:, 0] <= point[0])
            & (point[0] <= highs[:, 0])
            & (lows[:, 1] <= point[1])
            & (point[1] <= highs[:, 1])
        )[0]
        for number in near:  # smallest first
            shape = ordered[number]
            if storey and shape.storey_id and shape.storey_id != storey:
                continue
            if shape.holds(point):
                found[gid] = shape.global_id
                break
    return found


def _space_shape(
    model: ifcopenshell.file, space: ifcopenshell.entity_instance, scale: float
) -> tuple[tuple[tuple[float, float], ...], float, float] | None:
    matrix = placement_matrix(space)
    representation = as_entity(getattr(space, "Representation", None))
    if matrix is None or representation is None:
        return None
    items = {
        shape.RepresentationIdentifier: list(shape.Items or ())
        for shape in representation.Representations or ()
    }
    for item in items.get("Body", []):
        if is_subtype(item, "IfcExtrudedAreaSolid"):
            extruded = _extruded_footprint(item, matrix, scale)
            if extruded is not None:
                return extruded
    points = [
        p for item in items.get("Body", []) + items.get("Box", []) for p in _box_points(model, item)
    ]
    if not points:
        return None
    world = np.array([apply(matrix, p, scale) for p in points])
    low, high = world.min(axis=0), world.max(axis=0)
    polygon = ((low[0], low[1]), (high[0], low[1]), (high[0], high[1]), (low[0], high[1]))
    footprint = _footprint_polygon(model, items.get("FootPrint", []), matrix, scale)
    return (footprint or polygon), float(low[2]), float(high[2])


def _box_points(model: ifcopenshell.file, item: ifcopenshell.entity_instance) -> list[Point]:
    if is_subtype(item, "IfcBoundingBox"):
        corner = item.Corner.Coordinates
        size = (item.XDim, item.YDim, item.ZDim)
        return [tuple(corner), tuple(c + d for c, d in zip(corner, size, strict=False))]  # type: ignore[list-item]
    return points_of(model, item)


def _extruded_footprint(
    item: ifcopenshell.entity_instance, matrix: np.ndarray, scale: float
) -> tuple[tuple[tuple[float, float], ...], float, float] | None:
    profile = _profile_points(item.SweptArea)
    if not profile:
        return None
    try:
        position = (
            ifcopenshell.util.placement.get_axis2placement(item.Position)
            if item.Position is not None
            else np.eye(4)
        )
        direction = np.array(item.ExtrudedDirection.DirectionRatios, dtype=float)
        depth = float(item.Depth)
    except Exception:  # an unusual extrusion: fall back to the box of its points
        return None
    local = matrix @ position
    bottom = [apply(local, (x, y, 0.0), scale) for x, y in profile]
    top = [
        apply(local, tuple(np.array([x, y, 0.0]) + direction * depth), scale) for x, y in profile
    ]
    zs = [p[2] for p in bottom + top]
    return tuple((p[0], p[1]) for p in bottom), min(zs), max(zs)


def _profile_points(profile: ifcopenshell.entity_instance) -> list[tuple[float, float]]:
    """The outline of a rectangle or an arbitrary closed profile, in profile coordinates."""
    try:
        if is_subtype(profile, "IfcRectangleProfileDef"):
            half_x, half_y = profile.XDim / 2, profile.YDim / 2
            corners = [(-half_x, -half_y), (half_x, -half_y), (half_x, half_y), (-half_x, half_y)]
            if profile.Position is None:
                return corners
            matrix = ifcopenshell.util.placement.get_axis2placement(profile.Position)
            return [tuple((matrix @ np.array([x, y, 0.0, 1.0]))[:2]) for x, y in corners]  # type: ignore[misc]
        if is_subtype(profile, "IfcArbitraryClosedProfileDef"):
            return _curve_points(profile.OuterCurve)
    except Exception:  # a profile of an unusual kind: no footprint from it
        return []
    return []


def _curve_points(curve: ifcopenshell.entity_instance) -> list[tuple[float, float]]:
    if is_subtype(curve, "IfcPolyline"):
        return [(float(p.Coordinates[0]), float(p.Coordinates[1])) for p in curve.Points]
    if is_subtype(curve, "IfcIndexedPolyCurve"):
        return [(float(c[0]), float(c[1])) for c in curve.Points.CoordList]
    return []


def _footprint_polygon(
    model: ifcopenshell.file,
    items: list[ifcopenshell.entity_instance],
    matrix: np.ndarray,
    scale: float,
) -> tuple[tuple[float, float], ...] | None:
    for item in items:
        for curve in getattr(item, "Elements", None) or (item,):
            points = _curve_points(curve) if isinstance(curve, ifcopenshell.entity_instance) else []
            if len(points) >= 3:
                world = [apply(matrix, (x, y, 0.0), scale) for x, y in points]
                return tuple((p[0], p[1]) for p in world)
    return None


def _inside(polygon: tuple[tuple[float, float], ...], x: float, y: float) -> bool:
    """Even-odd rule point-in-polygon (the closing vertex may be repeated or not)."""
    inside = False
    count = len(polygon)
    j = count - 1
    for i in range(count):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside
