"""Cheap geometry for the elements the model leaves unconnected: open ends, boxes and centres.

No tessellation: a port's position is its placement; a pipe's ends are the ends of its
extrusion axis; a box comes from the body's own points. That is enough to find where an
element with missing connections meets another (:mod:`fmdesk.network.infer`) and which room
holds an element the model places in no room (:mod:`fmdesk.network.rooms`), at a few tens of
microseconds per element.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ifcopenshell
import ifcopenshell.util.placement
import numpy as np

from fmdesk import bim
from fmdesk.bim.attributes import as_entity, is_subtype
from fmdesk.bim.units import length_scale
from fmdesk.network.media import element_domain

__all__ = [
    "GeometryHint",
    "Point",
    "apply",
    "element_centre",
    "placement_matrix",
    "points_of",
    "read_geometry_hints",
]

Point = tuple[float, float, float]
_MAX_BOX_POINTS = 20000


@dataclass(frozen=True)
class GeometryHint:
    """Where an element with missing connections can join others (world metres)."""

    ends: tuple[tuple[Point, str | None, str | None], ...]
    """Open ends: (point, port GlobalId or None, port FlowDirection or None)."""
    box: tuple[Point, Point] | None
    """Axis-aligned bounds of the body, when cheaply known."""
    direction: tuple[tuple[str, Point], ...] = ()
    """Unconnected port → unit vector pointing out of the element (from its centre), for
    telling facing ports apart."""
    ported: bool = False
    """The element has ports: only they say where it connects (its box does not)."""


def read_geometry_hints(
    model: ifcopenshell.file,
    elements: list[bim.ElementInfo],
    ports: list[bim.PortInfo],
    connections: list[bim.PortConnection],
    distribution_ids: set[str],
) -> dict[str, GeometryHint]:
    """Return hints for the elements that have unconnected ports or no connection at all.

    Fully connected models (the generated samples) cost nothing here.
    """
    connected: set[str] = set()
    for connection in connections:
        connected.add(connection.relating_port_id)
        connected.add(connection.related_port_id)
    ports_by_host: dict[str, list[bim.PortInfo]] = {}
    for port in ports:
        if port.host_id:
            ports_by_host.setdefault(port.host_id, []).append(port)
    scale = length_scale(model)
    hints = {}
    for element in elements:
        gid = element.global_id
        own = ports_by_host.get(gid, [])
        in_network = own or gid in distribution_ids or element_domain(element.kind) is not None
        open_ports = [p for p in own if p.global_id not in connected]
        if in_network and (not own or open_ports):
            hints[gid] = _hint(model, model.by_id(element.step_id), own, open_ports, scale)
    return hints


def _hint(
    model: ifcopenshell.file,
    entity: ifcopenshell.entity_instance,
    own: list[bim.PortInfo],
    open_ports: list[bim.PortInfo],
    scale: float,
) -> GeometryHint:
    matrix = placement_matrix(entity)
    ends: list[tuple[Point, str | None, str | None]] = []
    for port in open_ports:
        point = _port_point(model, port.global_id, scale)
        if point is not None:
            ends.append((point, port.global_id, port.flow_direction))
    box = None
    if len(open_ports) == len(own):
        axis_ends, box = body_extent(model, entity, matrix, scale)
        if not open_ports:
            ends.extend((point, None, None) for point in axis_ends)
            if not ends and matrix is not None:
                ends.append((apply(matrix, (0.0, 0.0, 0.0), scale), None, None))
    centre = _centre(box, matrix, scale)
    directions = []
    if centre is not None:
        for point, port_id, _ in ends:
            vector = np.subtract(point, centre)
            norm = float(np.linalg.norm(vector))
            if port_id and norm > 1e-6:
                directions.append((port_id, tuple(float(v) / norm for v in vector)))
    return GeometryHint(tuple(ends), box, tuple(directions), bool(own))  # type: ignore[arg-type]


def _centre(
    box: tuple[Point, Point] | None, matrix: np.ndarray | None, scale: float
) -> Point | None:
    if box is not None:
        low, high = box
        return tuple((low[i] + high[i]) / 2 for i in range(3))  # type: ignore[return-value]
    if matrix is not None:
        return apply(matrix, (0.0, 0.0, 0.0), scale)
    return None


def element_centre(
    model: ifcopenshell.file, entity: ifcopenshell.entity_instance, scale: float
) -> Point | None:
    """The centre of the element's body box (world metres), else its placement origin."""
    matrix = placement_matrix(entity)
    _, box = body_extent(model, entity, matrix, scale)
    return _centre(box, matrix, scale)


def placement_matrix(entity: ifcopenshell.entity_instance) -> np.ndarray | None:
    """The 4×4 world matrix of ``entity``'s placement (model units), None when unreadable."""
    placement = as_entity(getattr(entity, "ObjectPlacement", None))
    if placement is None:
        return None
    try:
        return ifcopenshell.util.placement.get_local_placement(placement)
    except Exception:  # a broken placement must not stop the build
        return None


def apply(matrix: np.ndarray, point: Iterable[float], scale: float) -> Point:
    """``matrix`` applied to a local point, times ``scale`` (model units → metres)."""
    x, y, z = [*point, 0.0, 0.0, 0.0][:3]
    world = matrix @ np.array([x, y, z, 1.0])
    return (float(world[0]) * scale, float(world[1]) * scale, float(world[2]) * scale)


def _port_point(model: ifcopenshell.file, port_id: str, scale: float) -> Point | None:
    try:
        port = model.by_guid(port_id)
    except RuntimeError:
        return None
    matrix = placement_matrix(port)
    return apply(matrix, (0.0, 0.0, 0.0), scale) if matrix is not None else None


def body_extent(
    model: ifcopenshell.file,
    entity: ifcopenshell.entity_instance,
    matrix: np.ndarray | None,
    scale: float,
) -> tuple[list[Point], tuple[Point, Point] | None]:
    """Extrusion axis ends and a box from the body's own points, in world metres."""
    if matrix is None:
        return [], None
    representation = as_entity(getattr(entity, "Representation", None))
    if representation is None:
        return [], None
    ends: list[Point] = []
    local: list[Point] = []
    for shape in representation.Representations or ():
        if shape.RepresentationIdentifier not in (None, "Body", "Facetation"):
            continue
        for item in shape.Items or ():
            if is_subtype(item, "IfcExtrudedAreaSolid"):
                ends.extend(_extrusion_ends(item))
            else:
                local.extend(points_of(model, item))
    box = None
    corners = [apply(matrix, p, 1.0) for p in ends] + _box_corners(local, matrix)
    if corners:
        low = tuple(min(c[i] for c in corners) * scale for i in range(3))
        high = tuple(max(c[i] for c in corners) * scale for i in range(3))
        box = (low, high)
    return [apply(matrix, p, scale) for p in ends], box  # type: ignore[return-value]


def _extrusion_ends(item: ifcopenshell.entity_instance) -> list[Point]:
    try:
        position = (
            ifcopenshell.util.placement.get_axis2placement(item.Position)
            if item.Position is not None
            else np.eye(4)
        )
        direction = np.array([*item.ExtrudedDirection.DirectionRatios, 0.0])[:3]
        norm = np.linalg.norm(direction)
        if norm == 0:
            return []
        start = position @ np.array([0.0, 0.0, 0.0, 1.0])
        end = position @ np.array([*(direction / norm * float(item.Depth)), 1.0])
    except Exception:  # unusual placements: fall back to the box or the origin
        return []
    return [tuple(start[:3]), tuple(end[:3])]  # type: ignore[list-item]


def points_of(model: ifcopenshell.file, item: ifcopenshell.entity_instance) -> list[Point]:
    """The 3D Cartesian points below a representation item (at most 20,000)."""
    points: list[Point] = []
    try:
        entities = model.traverse(item)
    except Exception:  # an unreadable item: no box, the placement still gives a point
        return points
    for entity in entities:
        if entity.is_a("IfcCartesianPoint"):
            coordinates = entity.Coordinates
            if len(coordinates) == 3:
                points.append((float(coordinates[0]), float(coordinates[1]), float(coordinates[2])))
        elif entity.is_a("IfcCartesianPointList3D"):
            points.extend(tuple(map(float, c)) for c in entity.CoordList)  # type: ignore[misc]
        if len(points) > _MAX_BOX_POINTS:
            break
    return points


def _box_corners(points: list[Point], matrix: np.ndarray) -> list[Point]:
    if not points:
        return []
    array = np.array(points)
    low, high = array.min(axis=0), array.max(axis=0)
    corners = [
        (x, y, z) for x in (low[0], high[0]) for y in (low[1], high[1]) for z in (low[2], high[2])
    ]
    return [apply(matrix, corner, 1.0) for corner in corners]
