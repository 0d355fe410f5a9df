"""Edges for connections the model does not state, each marked with its basis and confidence.

Exporters lose port connections (every port unconnected), leave ports out altogether, or
connect only part of a run; electrical models often state no cable at all and say what feeds
what through aggregation and circuits instead. In this order:

1. ``aggregate``: a breaker or switch aggregated in (or nested under) a distribution board is
   fed by that board (IfcRelAggregates, IfcRelNests);
2. ``circuit``: a member of an electrical circuit (IfcElectricalCircuit, IfcDistributionCircuit,
   an ELECTRICAL system) with no connection is fed by the circuit's one protective device or
   switch, else its one board;
3. ``geometry``: an unconnected port within ``TOLERANCE`` of an unconnected port of another
   element (each port joins one other, nearest pairs first), or, for elements without ports,
   an end of the body (extrusion ends, else the placement) touching another's end or box;
4. ``system``: two unconnected ports of the same system that face each other across a gap of
   up to ``SYSTEM_GAP`` (an exporter that shortened a pipe to its fitting's face).

Elements on different systems, or one electrical and one not, are never joined by geometry.
The user accepts or rejects each inferred edge (see :mod:`fmdesk.network.corrections`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from fmdesk.bim.kinds import DISTRIBUTION_RUN_KINDS
from fmdesk.network.geometry_hints import GeometryHint, Point
from fmdesk.network.links import edge_medium
from fmdesk.network.media import ELECTRICAL, element_domain
from fmdesk.network.model import NetworkEdge, NetworkNode

if TYPE_CHECKING:
    from fmdesk.network.inputs import NetworkInputs

__all__ = ["SYSTEM_GAP", "TOLERANCE", "infer_edges"]

TOLERANCE = 0.05
"""Metres between two open ends (or an end and a box) that count as touching."""
SYSTEM_GAP = 0.5
"""Metres across which two facing open ports of the same system are joined."""
_FACING = 0.7
"""cos of the largest angle between a port's outward direction and the way to its partner."""
CONVEYING_KINDS = DISTRIBUTION_RUN_KINDS | {"junction_box"}
"""Without ports, an edge is inferred only where a pipe, duct or cable (or its fitting) ends."""
_CARRIERS = frozenset(
    DISTRIBUTION_RUN_KINDS - {"cable", "cable_fitting", "cable_carrier", "cable_carrier_fitting"}
) | {
    "valve",
    "sanitary",
    "waste_terminal",
    "air_terminal",
    "space_heater",
}
"""Kinds that carry or use a liquid or air and never take a cable: pipes, ducts, valves,
fixtures, radiators (an actuated valve takes power through its actuator, not itself)."""
_FEEDING_CONTAINERS = frozenset({"distribution_board", "control_panel"})
_FED_PARTS = frozenset({"breaker", "switch"})
_CIRCUIT_UPSTREAM = frozenset({"distribution_board", "transformer", "generator"})

Candidate = tuple[float, str, str, str | None, str | None, str | None, str | None]
"""(distance, element a, element b, port a, port b, direction a, direction b)."""


def infer_edges(
    inputs: NetworkInputs,
    nodes: dict[str, NetworkNode],
    edges: list[NetworkEdge],
    element_systems: dict[str, list[str]],
    media_of_systems: dict[str, str | None],
    tolerance: float = TOLERANCE,
) -> list[NetworkEdge]:
    """Return the inferred edges (see the module doc) that no stated edge already makes."""
    present = {edge.key for edge in edges}
    # a circuit feeds members that have no power connection yet (a pump piped on the water
    # side still needs its feed)
    linked = {
        n for edge in edges if edge.medium == ELECTRICAL for n in (edge.upstream, edge.downstream)
    }
    inferred = _aggregate_edges(inputs, nodes, present)
    linked.update(n for edge in inferred for n in (edge.upstream, edge.downstream))
    for system in inputs.systems:
        if media_of_systems.get(system.global_id) == ELECTRICAL:
            inferred.extend(_circuit_edges(system, nodes, linked, present))
    linked.update(n for edge in inferred for n in (edge.upstream, edge.downstream))
    hints = {gid: hint for gid, hint in inputs.hints.items() if gid in nodes}
    context = _Context(nodes, element_systems, media_of_systems, present)
    inferred.extend(_geometry_edges(hints, context, tolerance))
    return inferred


class _Context:
    def __init__(
        self,
        nodes: dict[str, NetworkNode],
        element_systems: dict[str, list[str]],
        media_of_systems: dict[str, str | None],
        present: set[tuple[str, str]],
    ) -> None:
        self.nodes, self.systems, self.media = nodes, element_systems, media_of_systems
        self.present = present

    def shared_systems(self, a: str, b: str) -> set[str]:
        return set(self.systems.get(a, ())) & set(self.systems.get(b, ()))

    def may_join(self, a: str, b: str) -> bool:
        """Not joined already, not on different systems, and not a cable with a pipe or duct
        (a cable may end at a pump, a fan or a lift: equipment takes power)."""
        if _key(a, b) in self.present:
            return False
        if self.systems.get(a) and self.systems.get(b) and not self.shared_systems(a, b):
            return False
        kind_a, kind_b = self.nodes[a].kind, self.nodes[b].kind
        electrical_a = element_domain(kind_a) == ELECTRICAL
        electrical_b = element_domain(kind_b) == ELECTRICAL
        if electrical_a == electrical_b:
            return True
        other = kind_b if electrical_a else kind_a
        return other not in _CARRIERS

    def edge(
        self,
        a: str,
        b: str,
        basis: str,
        confidence: float,
        detail: str,
        directions: tuple[str | None, str | None] = (None, None),
    ) -> NetworkEdge:
        self.present.add(_key(a, b))
        upstream, downstream, directed = a, b, False
        if directions[0] == "SINK" or directions[1] == "SOURCE":
            upstream, downstream = b, a
        directed = directions in (("SOURCE", "SINK"), ("SINK", "SOURCE"))
        medium = edge_medium(self.nodes[a], self.nodes[b], (), self.systems, self.media)
        return NetworkEdge(
            upstream,
            downstream,
            medium,
            directed,
            basis=basis,
            confidence=round(confidence, 2),
            detail=detail,
            oriented_by="FlowDirection" if directed else None,
        )


def _aggregate_edges(
    inputs: NetworkInputs, nodes: dict[str, NetworkNode], present: set[tuple[str, str]]
) -> list[NetworkEdge]:
    result = []
    for part, whole in inputs.parts.items():
        if part not in nodes or whole not in nodes or _key(part, whole) in present:
            continue
        if nodes[whole].kind in _FEEDING_CONTAINERS and nodes[part].kind in _FED_PARTS:
            present.add(_key(part, whole))
            label = nodes[whole].name or nodes[whole].tag or whole
            result.append(
                NetworkEdge(
                    whole,
                    part,
                    ELECTRICAL,
                    True,
                    basis="aggregate",
                    confidence=0.9,
                    detail=label,
                    oriented_by="aggregate",
                )
            )
    return result


def _circuit_edges(
    system: object,
    nodes: dict[str, NetworkNode],
    linked: set[str],
    present: set[tuple[str, str]],
) -> list[NetworkEdge]:
    members = [m for m in system.member_ids if m in nodes]  # type: ignore[attr-defined]
    feeders = [m for m in members if nodes[m].kind in ("breaker", "switch")]
    boards = [m for m in members if nodes[m].kind in _CIRCUIT_UPSTREAM]
    pairs: list[tuple[str, str]] = []
    if len(feeders) == 1:
        feeder = feeders[0]
        if len(boards) == 1 and feeder not in linked:
            pairs.append((boards[0], feeder))
    elif not feeders and len(boards) == 1:
        feeder = boards[0]
    else:
        return []
    pairs += [
        (feeder, m)
        for m in members
        if m != feeder and m not in linked and nodes[m].kind not in _CIRCUIT_UPSTREAM
    ]
    name = system.name or system.global_id  # type: ignore[attr-defined]
    result = []
    for upstream, downstream in pairs:
        if _key(upstream, downstream) in present:
            continue
        present.add(_key(upstream, downstream))
        result.append(
            NetworkEdge(
                upstream,
                downstream,
                ELECTRICAL,
                True,
                basis="circuit",
                confidence=0.8,
                detail=name,
                oriented_by="circuit",
            )
        )
    return result


def _geometry_edges(
    hints: dict[str, GeometryHint], context: _Context, tolerance: float
) -> list[NetworkEdge]:
    result = []
    used: set[str] = set()  # a port joins one other port
    for distance, a, b, port_a, port_b, dir_a, dir_b in _port_pairs(
        hints, tolerance, context.nodes
    ):
        if (port_a in used or port_b in used) or not context.may_join(a, b):
            continue
        used.update((port_a, port_b))  # type: ignore[arg-type]
        confidence = 0.9 - 0.35 * distance / tolerance
        result.append(
            context.edge(a, b, "geometry", confidence, f"{distance:.3f} m", (dir_a, dir_b))
        )
    for distance, a, b, port_a, port_b, dir_a, dir_b in _facing_pairs(hints, used, context):
        if port_a in used or port_b in used or not context.may_join(a, b):
            continue
        used.update((port_a, port_b))  # type: ignore[arg-type]
        confidence = 0.5 - 0.1 * distance / SYSTEM_GAP
        shared = ", ".join(sorted(context.shared_systems(a, b)))
        detail = f"{distance:.3f} m, {shared}"
        result.append(context.edge(a, b, "system", confidence, detail, (dir_a, dir_b)))
    for distance, a, b, in_box in _body_pairs(hints, tolerance):
        if not context.may_join(a, b):
            continue
        nodes = context.nodes
        if nodes[a].kind not in CONVEYING_KINDS and nodes[b].kind not in CONVEYING_KINDS:
            continue  # two outlets side by side are not wired to each other
        confidence = 0.55 if in_box else 0.6
        detail = "end in body" if in_box else f"{distance:.3f} m"
        result.append(context.edge(a, b, "geometry", confidence, detail))
    return result


def _port_pairs(
    hints: dict[str, GeometryHint], tolerance: float, nodes: dict[str, NetworkNode]
) -> list[Candidate]:
    """Pairs of open ports of different elements within ``tolerance`` that can carry flow
    between them (not both SOURCE, not both SINK), nearest first; among equally near pairs,
    a run (pipe, duct, cable) meeting equipment before two runs meeting each other: where a
    cable ends at an outlet that the next cable leaves, each cable belongs to the outlet."""
    ends = [
        (gid, point, port_id, direction)
        for gid, hint in hints.items()
        for point, port_id, direction in hint.ends
        if port_id
    ]

    def order(candidate: Candidate) -> tuple[float, int, float, str, str]:
        distance, a, b = candidate[:3]
        both_runs = nodes[a].kind in CONVEYING_KINDS and nodes[b].kind in CONVEYING_KINDS
        return (round(distance, 3), int(both_runs), distance, a, b)

    pairs = [c for c in _near(ends, tolerance) if _compatible(c[5], c[6])]
    return sorted(pairs, key=order)


def _compatible(direction_a: str | None, direction_b: str | None) -> bool:
    """Two ports can be joined unless both push (SOURCE) or both take (SINK) the flow."""
    directed = ("SOURCE", "SINK")
    return not (direction_a in directed and direction_a == direction_b)


def _near(ends: list[tuple[str, Point, str | None, str | None]], reach: float) -> list[Candidate]:
    cell = max(reach, 1e-6)
    grid: dict[tuple[int, int, int], list[int]] = {}
    for number, (_, point, _, _) in enumerate(ends):
        grid.setdefault(_cell(point, cell), []).append(number)
    found = []
    for number, (gid, point, port_id, direction) in enumerate(ends):
        cx, cy, cz = _cell(point, cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for dz in (-1, 0, 1):
                    for other in grid.get((cx + dx, cy + dy, cz + dz), ()):
                        if other <= number:
                            continue
                        o_gid, o_point, o_port, o_direction = ends[other]
                        if o_gid == gid:
                            continue
                        distance = math.dist(point, o_point)
                        if distance <= reach:
                            found.append(
                                (distance, gid, o_gid, port_id, o_port, direction, o_direction)
                            )
    return found


def _facing_pairs(
    hints: dict[str, GeometryHint], used: set[str], context: _Context
) -> list[Candidate]:
    """Open ports still unmatched, of elements sharing a system, facing each other within
    ``SYSTEM_GAP``, nearest first."""
    outward = {port: vector for hint in hints.values() for port, vector in hint.direction}
    ends = [
        (gid, point, port_id, direction)
        for gid, hint in hints.items()
        for point, port_id, direction in hint.ends
        if port_id and port_id not in used and context.systems.get(gid)
    ]
    found = []
    for candidate in _near(ends, SYSTEM_GAP):
        distance, a, b, port_a, port_b = candidate[:5]
        if not context.shared_systems(a, b) or distance <= 1e-9:
            continue
        if not _compatible(candidate[5], candidate[6]):
            continue
        if _faces(outward.get(port_a), hints[a], port_a, hints[b], port_b, outward.get(port_b)):
            found.append(candidate)
    return sorted(found)


def _faces(
    out_a: Point | None,
    hint_a: GeometryHint,
    port_a: str | None,
    hint_b: GeometryHint,
    port_b: str | None,
    out_b: Point | None,
) -> bool:
    point_a = next(p for p, port, _ in hint_a.ends if port == port_a)
    point_b = next(p for p, port, _ in hint_b.ends if port == port_b)
    gap = [point_b[i] - point_a[i] for i in range(3)]
    length = math.sqrt(sum(v * v for v in gap))
    if out_a is None or out_b is None or length == 0:
        return False
    towards_b = sum(out_a[i] * gap[i] for i in range(3)) / length
    towards_a = -sum(out_b[i] * gap[i] for i in range(3)) / length
    return towards_b >= _FACING and towards_a >= _FACING


def _body_pairs(
    hints: dict[str, GeometryHint], tolerance: float
) -> list[tuple[float, str, str, bool]]:
    """Pairs where an end without a port touches another element's end or lies in its box
    (one side at least has no ports: ports alone say where a ported element connects)."""
    ends = [
        (gid, point, None, None)
        for gid, hint in hints.items()
        for point, port_id, _ in hint.ends
        if not port_id
    ]
    best: dict[tuple[str, str], tuple[float, bool]] = {}
    for distance, a, b, *_ in _near(ends, tolerance):
        key = _key(a, b)
        if key not in best or distance < best[key][0]:
            best[key] = (distance, False)
    boxes = [(gid, hint.box) for gid, hint in hints.items() if hint.box is not None]
    if boxes and len(boxes) * len(ends) <= 4_000_000:
        for owner, (low, high) in boxes:
            for gid, point, _, _ in ends:
                if gid == owner or (hints[owner].ported and hints[gid].ported):
                    continue
                if all(low[i] - tolerance <= point[i] <= high[i] + tolerance for i in range(3)):
                    best.setdefault(_key(gid, owner), (0.0, True))
    return [(d, a, b, in_box) for (a, b), (d, in_box) in sorted(best.items())]


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _cell(point: Point, size: float) -> tuple[int, int, int]:
    return (
        math.floor(point[0] / size),
        math.floor(point[1] / size),
        math.floor(point[2] / size),
    )
