"""Edges for connections the model does not state: circuit membership, then proximity.

Exporters lose port connections (every port unconnected), leave ports out altogether, or
connect only part of a run. Where an element has no connection, or has ports left unconnected,
edges are inferred and marked with their basis, in this order:

1. circuit membership: a member of an electrical circuit (IfcElectricalCircuit, an ELECTRICAL
   system) with no connection is fed from the circuit's one protective device or switch, else
   its one distribution board;
2. proximity: an unconnected port (or, without ports, an end of the element's extruded body)
   within ``tolerance`` of an unconnected port or end of another element, or inside its cheap
   bounding box (the body's points, no tessellation). Elements on different systems, or one
   electrical and one not, are never joined.

The user accepts or rejects each inferred edge (see :mod:`fmdesk.network.corrections`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import ifcopenshell
import ifcopenshell.util.placement
import numpy as np

from fmdesk.bim.attributes import is_subtype
from fmdesk.bim.classify import DISTRIBUTION_RUN_KINDS
from fmdesk.bim.index import ModelIndex
from fmdesk.bim.units import length_scale
from fmdesk.network.media import ELECTRICAL, element_domain
from fmdesk.network.model import NetworkEdge, NetworkNode

__all__ = ["GeometryHint", "infer_edges", "read_geometry_hints"]

TOLERANCE = 0.05
"""Metres between two open ends (or an end and a box) that count as joined."""
_MAX_BOX_POINTS = 20000
CONVEYING_KINDS = DISTRIBUTION_RUN_KINDS | {"junction_box"}
"""Without ports, an edge is inferred only where a pipe, duct or cable (or its fitting) ends."""

Point = tuple[float, float, float]


@dataclass(frozen=True)
class GeometryHint:
    """Where an element with missing connections can join others (world metres)."""

    ends: tuple[tuple[Point, str | None, str | None], ...]
    """Open ends: (point, port GlobalId or None, port FlowDirection or None)."""
    box: tuple[Point, Point] | None
    """Axis-aligned bounds of the body, when cheaply known."""


def read_geometry_hints(
    model: ifcopenshell.file, index: ModelIndex, inputs: object
) -> dict[str, GeometryHint]:
    """Return hints for the elements that have unconnected ports or no connection at all.

    Fully connected models (the generated samples) cost nothing here.
    """
    connected: set[str] = set()
    for connection in inputs.connections:  # type: ignore[attr-defined]
        connected.add(connection.relating_port_id)
        connected.add(connection.related_port_id)
    ports_by_host: dict[str, list] = {}
    for port in inputs.ports:  # type: ignore[attr-defined]
        if port.host_id:
            ports_by_host.setdefault(port.host_id, []).append(port)
    wanted = {}
    for element in inputs.elements:  # type: ignore[attr-defined]
        gid = element.global_id
        ports = ports_by_host.get(gid, [])
        in_network = (
            ports
            or gid in inputs.distribution_ids  # type: ignore[attr-defined]
            or element_domain(element.kind) is not None
        )
        if in_network and (not ports or any(p.global_id not in connected for p in ports)):
            wanted[gid] = (element, [p for p in ports if p.global_id not in connected])
    if not wanted:
        return {}
    scale = length_scale(model)
    hints = {}
    for gid, (element, open_ports) in wanted.items():
        entity = model.by_id(element.step_id)
        matrix = _placement(entity)
        ends: list[tuple[Point, str | None, str | None]] = []
        for port in open_ports:
            point = _port_point(model, port.global_id, scale)
            if point is not None:
                ends.append((point, port.global_id, port.flow_direction))
        box = None
        all_open = len(open_ports) == len(ports_by_host.get(gid, ()))
        if all_open:
            axis_ends, box = _body_extent(model, entity, matrix, scale)
            if not open_ports:
                ends.extend((point, None, None) for point in axis_ends)
                if not ends and matrix is not None:
                    ends.append((_apply(matrix, (0.0, 0.0, 0.0), scale), None, None))
        hints[gid] = GeometryHint(tuple(ends), box)
    return hints


def _placement(entity: ifcopenshell.entity_instance) -> np.ndarray | None:
    placement = getattr(entity, "ObjectPlacement", None)
    if placement is None:
        return None
    try:
        return ifcopenshell.util.placement.get_local_placement(placement)
    except Exception:  # a broken placement must not stop the build
        return None


def _apply(matrix: np.ndarray, point: Iterable[float], scale: float) -> Point:
    x, y, z = [*point, 0.0, 0.0, 0.0][:3]
    world = matrix @ np.array([x, y, z, 1.0])
    return (float(world[0]) * scale, float(world[1]) * scale, float(world[2]) * scale)


def _port_point(model: ifcopenshell.file, port_id: str, scale: float) -> Point | None:
    try:
        port = model.by_guid(port_id)
    except RuntimeError:
        return None
    matrix = _placement(port)
    return _apply(matrix, (0.0, 0.0, 0.0), scale) if matrix is not None else None


def _body_extent(
    model: ifcopenshell.file,
    entity: ifcopenshell.entity_instance,
    matrix: np.ndarray | None,
    scale: float,
) -> tuple[list[Point], tuple[Point, Point] | None]:
    """Extrusion axis ends and a box from the body's own points, in world metres."""
    if matrix is None:
        return [], None
    representation = getattr(entity, "Representation", None)
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
                local.extend(_points_of(model, item))
    box = None
    corners = [_apply(matrix, p, 1.0) for p in ends] + _box_corners(local, matrix)
    if corners:
        low = tuple(min(c[i] for c in corners) * scale for i in range(3))
        high = tuple(max(c[i] for c in corners) * scale for i in range(3))
        box = (low, high)
    return [_apply(matrix, p, scale) for p in ends], box  # type: ignore[return-value]


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


def _points_of(model: ifcopenshell.file, item: ifcopenshell.entity_instance) -> list[Point]:
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
    return [_apply(matrix, corner, 1.0) for corner in corners]


def infer_edges(
    inputs: object,
    nodes: dict[str, NetworkNode],
    edges: list[NetworkEdge],
    element_systems: dict[str, list[str]],
    system_media: dict[str, str | None],
    tolerance: float = TOLERANCE,
) -> list[NetworkEdge]:
    """Return inferred edges (``inferred=True`` with a basis) for missing connections."""
    from fmdesk.network.build import edge_medium

    linked = {edge.upstream for edge in edges} | {edge.downstream for edge in edges}
    present = {edge.key for edge in edges}
    inferred: list[NetworkEdge] = []
    systems = {s.global_id: s for s in inputs.systems}  # type: ignore[attr-defined]
    for system in systems.values():
        if system_media.get(system.global_id) != ELECTRICAL:
            continue
        inferred.extend(_circuit_edges(system, nodes, linked, present))
    for edge in inferred:
        linked.update((edge.upstream, edge.downstream))
    hints: dict[str, GeometryHint] = {
        gid: hint
        for gid, hint in inputs.hints.items()  # type: ignore[attr-defined]
        if gid in nodes and isinstance(hint, GeometryHint)
    }
    system_names = {gid: s.name or gid for gid, s in systems.items()}
    for a, b, distance, port_a, port_b in _near_pairs(hints, tolerance):
        key = (a, b) if a <= b else (b, a)
        if key in present:
            continue
        shared = set(element_systems.get(a, ())) & set(element_systems.get(b, ()))
        if element_systems.get(a) and element_systems.get(b) and not shared:
            continue
        if (element_domain(nodes[a].kind) == ELECTRICAL) != (
            element_domain(nodes[b].kind) == ELECTRICAL
        ):
            continue
        if not (port_a and port_b) and not (
            nodes[a].kind in CONVEYING_KINDS or nodes[b].kind in CONVEYING_KINDS
        ):
            continue  # two outlets side by side are not wired to each other
        present.add(key)
        basis = f"proximity {distance:.3f} m"
        if shared:
            basis += f", same system {', '.join(sorted(system_names[s] for s in shared))}"
        upstream, downstream, directed = a, b, False
        if port_a and port_b:
            if port_a[1] == "SINK" or port_b[1] == "SOURCE":
                upstream, downstream = b, a
            directed = (port_a[1], port_b[1]) in (("SOURCE", "SINK"), ("SINK", "SOURCE"))
        medium = edge_medium(nodes[a], nodes[b], (), element_systems, system_media)
        inferred.append(
            NetworkEdge(
                upstream,
                downstream,
                medium,
                directed,
                inferred=True,
                basis=basis,
                oriented_by="FlowDirection" if directed else None,
            )
        )
    return inferred


def _circuit_edges(
    system: object, nodes: dict[str, NetworkNode], linked: set[str], present: set
) -> list[NetworkEdge]:
    members = [m for m in system.member_ids if m in nodes]  # type: ignore[attr-defined]
    feeders = [m for m in members if nodes[m].kind in ("breaker", "switch")]
    if len(feeders) != 1:
        feeders = [m for m in members if nodes[m].kind == "distribution_board"]
    if len(feeders) != 1:
        return []
    feeder = feeders[0]
    name = system.name or system.global_id  # type: ignore[attr-defined]
    result = []
    for member in members:
        key = (feeder, member) if feeder <= member else (member, feeder)
        if member == feeder or member in linked or key in present:
            continue
        present.add(key)
        result.append(
            NetworkEdge(
                feeder,
                member,
                ELECTRICAL,
                True,
                inferred=True,
                basis=f"circuit {name}",
                oriented_by="circuit",
            )
        )
    return result


def _near_pairs(
    hints: dict[str, GeometryHint], tolerance: float
) -> list[tuple[str, str, float, tuple | None, tuple | None]]:
    """Pairs of elements whose open ends meet (or an end lies in the other's box), each pair
    once with its smallest distance, found through a grid of ``tolerance``-sized cells."""
    cell = max(tolerance, 1e-6)
    grid: dict[tuple[int, int, int], list[tuple[str, Point, str | None, str | None]]] = {}
    for gid, hint in hints.items():
        for point, port_id, direction in hint.ends:
            grid.setdefault(_cell(point, cell), []).append((gid, point, port_id, direction))
    best: dict[tuple[str, str], tuple[float, tuple | None, tuple | None]] = {}

    def offer(a: str, b: str, distance: float, port_a: tuple | None, port_b: tuple | None):
        if a > b:
            a, b, port_a, port_b = b, a, port_b, port_a
        current = best.get((a, b))
        if current is None or distance < current[0]:
            best[(a, b)] = (distance, port_a, port_b)

    for key, entries in grid.items():
        neighbours = [
            entry
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for dz in (-1, 0, 1)
            for entry in grid.get((key[0] + dx, key[1] + dy, key[2] + dz), ())
        ]
        for gid, point, port_id, direction in entries:
            for other, other_point, other_port, other_direction in neighbours:
                if other == gid:
                    continue
                distance = math.dist(point, other_point)
                if distance <= tolerance:
                    offer(
                        gid,
                        other,
                        distance,
                        (port_id, direction) if port_id else None,
                        (other_port, other_direction) if other_port else None,
                    )
    boxes = [(gid, hint.box) for gid, hint in hints.items() if hint.box is not None]
    if boxes and len(boxes) * len(hints) <= 4_000_000:
        for box_owner, (low, high) in boxes:
            for gid, hint in hints.items():
                if gid == box_owner:
                    continue
                for point, port_id, direction in hint.ends:
                    if all(low[i] - tolerance <= point[i] <= high[i] + tolerance for i in range(3)):
                        offer(gid, box_owner, 0.0, (port_id, direction) if port_id else None, None)
    return [(a, b, d, pa, pb) for (a, b), (d, pa, pb) in sorted(best.items())]


def _cell(point: Point, size: float) -> tuple[int, int, int]:
    return (
        math.floor(point[0] / size),
        math.floor(point[1] / size),
        math.floor(point[2] / size),
    )
