"""Where the meters sit on the networks: each meter's parent meter and what it feeds.

A sub-meter is downstream of its main meter; the downstream trace of a meter (the network
engine's, :func:`fmdesk.network.trace.trace_downstream`) gives both the elements to look at when
the meter shows a leak and, among them, its sub-meters. A meter's parent is the nearest meter
upstream: of the meters whose trace reaches it, the one that feeds the fewest elements.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fmdesk.network.model import Network
from fmdesk.network.trace import trace_downstream

__all__ = ["DOWNSTREAM_KEPT", "Placement", "place_meters"]

DOWNSTREAM_KEPT = 40
"""Elements kept per meter, nearest first (a building's main meter feeds a thousand)."""


@dataclass
class Placement:
    """One meter on the network."""

    meter: str
    parent: str = ""
    downstream_count: int = 0
    downstream: list[dict[str, Any]] = field(default_factory=list)
    spaces: list[str] = field(default_factory=list)


def place_meters(network: Network, meters: Mapping[str, str]) -> dict[str, Placement]:
    """Place the meters (code → element GlobalId) found on ``network``.

    Example: on the sample, ``place_meters(net, {"WM-01": gid1, "WM-1-101": gid2})`` gives
    ``WM-1-101`` the parent ``WM-01``.
    """
    by_gid = {gid: code for code, gid in meters.items() if gid in network.node_media}
    reached: dict[str, set[str]] = {}
    placements: dict[str, Placement] = {}
    for gid, code in by_gid.items():
        result = trace_downstream(network, gid)
        ids = {node.global_id for node in result.elements}
        reached[code] = ids
        placements[code] = Placement(
            meter=code,
            downstream_count=len(result.elements),
            downstream=[_element(node) for node in result.elements[:DOWNSTREAM_KEPT]],
            spaces=_flats(result),
        )
    for gid, code in by_gid.items():
        feeders = [other for other, ids in reached.items() if other != code and gid in ids]
        if feeders:
            placements[code].parent = min(feeders, key=lambda other: len(reached[other]))
    return placements


def _flats(result) -> list[str]:
    """The flats served (the trace's spaces), else those holding the elements reached: a gas
    branch ends at a cooker valve, not at a terminal that "serves" the flat, yet the flat is
    where to look."""
    served = {space.label for space in result.spaces}
    return sorted(served or {node.flat for node in result.elements if node.flat})


def _element(node) -> dict[str, Any]:
    return {
        "global_id": node.global_id,
        "name": node.name or node.global_id,
        "ifc_class": node.ifc_class,
        "storey": node.storey or "",
        "space": node.flat or node.space or "",
    }
