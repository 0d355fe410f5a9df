"""Which elements are network nodes: those with ports, in a system, distribution elements, or
of a kind that only lives in a network (a pump, a valve, a tank… written as a proxy).

Kept apart from :mod:`fmdesk.network.nodes` because reading the inputs already needs the
answer (rooms by geometry are looked up only for network elements), and the nodes are made
from those inputs: one module below both keeps the arrows one way.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import Any, Protocol

__all__ = ["NETWORK_KINDS", "NodeSources", "network_element_ids"]

NETWORK_KINDS = frozenset(
    {
        "pump",
        "tank",
        "valve",
        "meter",
        "pipe",
        "fitting",
        "sanitary",
        "waste_terminal",
        "stack_terminal",
        "fire_terminal",
        "hydrant",
        "sprinkler",
        "hose_reel",
        "chamber",
        "interceptor",
        "boiler",
        "space_heater",
        "heat_exchanger",
        "chiller",
        "cooling_tower",
    }
)


class NodeSources(Protocol):
    """What :func:`network_element_ids` reads of the network inputs."""

    @property
    def elements(self) -> Iterable[Any]: ...

    @property
    def ports(self) -> Iterable[Any]: ...

    @property
    def systems(self) -> Iterable[Any]: ...

    @property
    def distribution_ids(self) -> Set[str]: ...


def network_element_ids(inputs: NodeSources) -> set[str]:
    """GlobalIds of the elements that are network nodes (see the module doc)."""
    hosts = {port.host_id for port in inputs.ports if port.host_id}
    members = {member for system in inputs.systems for member in system.member_ids}
    return {
        e.global_id
        for e in inputs.elements
        if e.global_id in hosts
        or e.global_id in members
        or e.global_id in inputs.distribution_ids
        or e.kind in NETWORK_KINDS
    }
