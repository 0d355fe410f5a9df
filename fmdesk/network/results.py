"""Plain result objects of the network questions, ready for the GUI, the CLI and Excel.

Every result names its elements as :class:`~fmdesk.network.model.NetworkNode` (GlobalId,
class, name, storey, space, flat) and offers :meth:`highlight`, the GlobalId sets per 3D
highlight style: ``path`` (the trace or the isolated segment), ``operate`` (devices to close),
``affected`` (collateral outage) and ``source``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fmdesk.i18n import current_language
from fmdesk.network.devices import NON_SERVICE_KINDS
from fmdesk.network.model import Network, NetworkEdge, NetworkNode, SpaceRef

__all__ = ["Highlight", "IsolationResult", "OutageResult", "TraceResult", "spaces_of"]


@dataclass(frozen=True)
class Highlight:
    """GlobalIds per highlight style for the 3D view and the results panel."""

    path: frozenset[str]
    operate: frozenset[str]
    affected: frozenset[str]
    source: frozenset[str]

    def to_dict(self) -> dict[str, list[str]]:
        return {
            "path": sorted(self.path),
            "operate": sorted(self.operate),
            "affected": sorted(self.affected),
            "source": sorted(self.source),
        }


def _nodes(items: tuple[NetworkNode, ...]) -> list[dict[str, Any]]:
    language = current_language()  # once per list: a whole-building answer has 60,000 nodes
    return [node.to_dict(language) for node in items]


def _spaces(items: tuple[SpaceRef, ...]) -> list[dict[str, Any]]:
    return [space.to_dict() for space in items]


@dataclass(frozen=True)
class TraceResult:
    """An upstream or downstream trace."""

    direction: str
    start: tuple[NetworkNode, ...]
    media: tuple[str, ...]
    elements: tuple[NetworkNode, ...]
    """Elements reached, nearest first (the start elements not repeated)."""
    sources: tuple[NetworkNode, ...]
    """Upstream: the sources where the trace stopped; downstream: sources passed."""
    paths: tuple[tuple[str, ...], ...]
    """Upstream: one shortest path per source, GlobalIds from the source to the start."""
    rooms: tuple[SpaceRef, ...]
    """Spaces holding the start and the reached elements (rooms)."""
    spaces: tuple[SpaceRef, ...]
    """Top-level spaces (flats, plant rooms) holding the reached elements."""
    inferred_edges_used: tuple[NetworkEdge, ...]

    def highlight(self) -> Highlight:
        source_ids = frozenset(n.global_id for n in self.sources)
        path = frozenset(n.global_id for n in self.elements + self.start) - source_ids
        return Highlight(path, frozenset(), frozenset(), source_ids)

    def to_dict(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "start": _nodes(self.start),
            "media": list(self.media),
            "element_count": len(self.elements),
            "elements": _nodes(self.elements),
            "sources": _nodes(self.sources),
            "paths": [list(path) for path in self.paths],
            "rooms": _spaces(self.rooms),
            "spaces": _spaces(self.spaces),
            "inferred_edges_used": bool(self.inferred_edges_used),
            "inferred_edges": [edge.to_dict() for edge in self.inferred_edges_used],
            "highlight": self.highlight().to_dict(),
        }


@dataclass(frozen=True)
class IsolationResult:
    """How to isolate one or more leaks or faults, and who is out while they are isolated.

    With several faults (``fmdesk isolate --at A,B``) the devices to close, the segments and
    the outage are merged: the outage is computed with every device closed at once (two
    parallel pumps each isolated for its own leak leave the building without water, which
    two separate answers would not show).
    """

    starts: tuple[NetworkNode, ...]
    media: tuple[str, ...]
    close: tuple[NetworkNode, ...]
    """Operable isolating devices to close (valves) or open (breakers, switches)."""
    skipped_inoperable: tuple[NetworkNode, ...]
    """Devices nearer the leak that could not be used (marked inoperable)."""
    segment: tuple[NetworkNode, ...]
    """The isolated segment: the leaking element and what lies with it between devices."""
    collateral: tuple[NetworkNode, ...]
    """Elements outside the segment that lose supply while the devices are closed."""
    sources_cut: tuple[NetworkNode, ...]
    """The sources the leak is cut off from."""
    unisolated_sources: tuple[NetworkNode, ...]
    """Sources connected to the leak with no operable device between: the leak cannot be
    isolated without taking them out of service (stop the pump, drain the tank)."""
    rooms: tuple[SpaceRef, ...]
    spaces: tuple[SpaceRef, ...]
    """Top-level spaces (flats) where someone loses service."""
    inferred_edges_used: tuple[NetworkEdge, ...]
    opened: tuple[NetworkNode, ...] = ()
    """Devices tripped at the same time (``--trip`` with a leak elsewhere)."""
    powerless: tuple[NetworkNode, ...] = ()
    """Equipment on other networks that loses its electrical feed (pumps, fans, boilers,
    actuated valves)."""
    lost_service: tuple[NetworkNode, ...] = ()
    """Elements of other networks that lose service because that equipment stops (the taps a
    booster pump served)."""

    @property
    def start(self) -> NetworkNode:
        """The (first) leaking element."""
        return self.starts[0]

    @property
    def isolated(self) -> bool:
        """True when every source is cut off."""
        return not self.unisolated_sources

    def highlight(self) -> Highlight:
        return Highlight(
            path=frozenset(n.global_id for n in self.segment),
            operate=frozenset(n.global_id for n in self.close + self.opened),
            affected=frozenset(n.global_id for n in self.collateral + self.lost_service),
            source=frozenset(n.global_id for n in self.sources_cut),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.to_dict(),
            "starts": _nodes(self.starts),
            "media": list(self.media),
            "isolated": self.isolated,
            "close": _nodes(self.close),
            "opened": _nodes(self.opened),
            "skipped_inoperable": _nodes(self.skipped_inoperable),
            "segment": _nodes(self.segment),
            "collateral_count": len(self.collateral),
            "collateral": _nodes(self.collateral),
            "sources": _nodes(self.sources_cut),
            "unisolated_sources": _nodes(self.unisolated_sources),
            "powerless": _nodes(self.powerless),
            "lost_service_count": len(self.lost_service),
            "lost_service": _nodes(self.lost_service),
            "rooms": _spaces(self.rooms),
            "affected_spaces": _spaces(self.spaces),
            "inferred_edges_used": bool(self.inferred_edges_used),
            "inferred_edges": [edge.to_dict() for edge in self.inferred_edges_used],
            "highlight": self.highlight().to_dict(),
        }


@dataclass(frozen=True)
class OutageResult:
    """Who loses supply when devices open (a tripped breaker, a valve closed for works)."""

    opened: tuple[NetworkNode, ...]
    media: tuple[str, ...]
    affected: tuple[NetworkNode, ...]
    rooms: tuple[SpaceRef, ...]
    spaces: tuple[SpaceRef, ...]
    inferred_edges_used: tuple[NetworkEdge, ...]
    powerless: tuple[NetworkNode, ...] = ()
    """Equipment on other networks that loses its electrical feed (a booster pump)."""
    lost_service: tuple[NetworkNode, ...] = ()
    """Elements of other networks that lose service because that equipment stops."""

    def highlight(self) -> Highlight:
        return Highlight(
            path=frozenset(),
            operate=frozenset(n.global_id for n in self.opened),
            affected=frozenset(n.global_id for n in self.affected + self.lost_service),
            source=frozenset(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "opened": _nodes(self.opened),
            "media": list(self.media),
            "affected_count": len(self.affected),
            "affected": _nodes(self.affected),
            "powerless": _nodes(self.powerless),
            "lost_service_count": len(self.lost_service),
            "lost_service": _nodes(self.lost_service),
            "rooms": _spaces(self.rooms),
            "affected_spaces": _spaces(self.spaces),
            "inferred_edges_used": bool(self.inferred_edges_used),
            "inferred_edges": [edge.to_dict() for edge in self.inferred_edges_used],
            "highlight": self.highlight().to_dict(),
        }


def spaces_of(
    network: Network, element_ids: list[str] | tuple[str, ...], service_only: bool = False
) -> tuple[tuple[SpaceRef, ...], tuple[SpaceRef, ...]]:
    """Return ``(rooms, top-level spaces)`` holding the elements, sorted by name.

    ``service_only`` counts only the elements that serve someone where they are (fixtures,
    outlets, lights, radiators, equipment), not pipes, cables, valves, breakers and boards.
    """
    rooms: dict[str, SpaceRef] = {}
    flats: dict[str, SpaceRef] = {}
    for gid in element_ids:
        node = network.nodes.get(gid)
        if node is None or (service_only and node.kind in NON_SERVICE_KINDS):
            continue
        if node.space_id and node.space_id in network.spaces:
            rooms[node.space_id] = network.spaces[node.space_id]
        if node.flat_id and node.flat_id in network.spaces:
            flats[node.flat_id] = network.spaces[node.flat_id]

    def order(space: SpaceRef) -> tuple[str, str, str]:
        return (space.storey or "", space.label, space.global_id)

    return tuple(sorted(rooms.values(), key=order)), tuple(sorted(flats.values(), key=order))


def inferred_among(network: Network, element_ids: set[str]) -> tuple[NetworkEdge, ...]:
    """Inferred edges with both ends among ``element_ids`` (each edge once)."""
    if not network.inferred:
        return ()
    seen: dict[tuple[str, str], NetworkEdge] = {}
    for (a, b), edge in network.inferred.items():
        if a in element_ids and b in element_ids:
            seen[edge.key] = edge
    return tuple(seen[key] for key in sorted(seen))
