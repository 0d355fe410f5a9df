"""Shapes of a network a check reports: loops, flow that goes round, pieces and open ends.

Loops are how hydronic heating, ring mains and meshed fire mains are built: each loop (a
biconnected block of a medium's graph holding at least one cycle) is reported once, as
information, with the number of independent cycles in it. Flow directions that go round in a
circle are normal where a pump or boiler drives the circulation (heating, chilled water); on a
domestic water or drainage network without one they mean a FlowDirection is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from fmdesk.bim.kinds import DISTRIBUTION_RUN_KINDS
from fmdesk.network.devices import PUSHING_KINDS
from fmdesk.network.model import MediumView, Network

__all__ = [
    "CIRCULATING_MEDIA",
    "Loop",
    "directed_cycles",
    "loops",
    "open_ends",
    "pieces",
]

CIRCULATING_MEDIA = frozenset({"heating"})
"""Media whose water goes round by design (flow and return)."""


@dataclass(frozen=True)
class Loop:
    """One loop (ring, mesh, flow-and-return circuit) of one medium."""

    medium: str
    elements: tuple[str, ...]
    cycles: int
    """Independent cycles in it (edges - elements + 1): a ring main 1, a two-pipe heating
    circuit one per radiator."""


def loops(network: Network) -> list[Loop]:
    """Every loop of every medium, largest first."""
    found = []
    for medium, view in sorted(network.media.items()):
        graph = _undirected(view)
        for block in nx.biconnected_components(graph):
            if len(block) < 3:
                continue
            edges = graph.subgraph(block).number_of_edges()
            found.append(Loop(medium, tuple(sorted(block)), edges - len(block) + 1))
    found.sort(key=lambda loop: (-len(loop.elements), loop.medium, loop.elements[0]))
    return found


def directed_cycles(network: Network) -> list[tuple[str, tuple[str, ...], bool]]:
    """``(medium, elements, driven)`` for each set of elements whose stated or oriented flow
    directions go round; ``driven`` when a pump, fan or boiler in it (or the medium) makes
    that normal circulation."""
    found = []
    for medium in sorted(network.media):
        graph = nx.DiGraph()
        graph.add_edges_from(
            (e.upstream, e.downstream) for e in network.edges if e.directed and e.medium == medium
        )
        for component in nx.strongly_connected_components(graph):
            if len(component) > 1:
                driven = medium in CIRCULATING_MEDIA or any(
                    network.nodes[g].kind in PUSHING_KINDS for g in component
                )
                found.append((medium, tuple(sorted(component)), driven))
    return found


def pieces(view: MediumView) -> list[list[str]]:
    """Connected pieces of one medium, largest first."""
    graph = _undirected(view)
    found = [sorted(piece) for piece in nx.connected_components(graph)]
    found.sort(key=lambda piece: (-len(piece), piece[0]))
    return found


def open_ends(network: Network) -> list[tuple[str, str]]:
    """``(element, medium)`` for pipes, ducts and cables joined on one side only: the run ends
    open (a dead leg, or a connection the model lost). A source (the public supply connection,
    a user-marked source) ends open by design."""
    found = []
    for medium, view in sorted(network.media.items()):
        for gid, neighbours in view.neighbours.items():
            node = network.nodes[gid]
            if (
                len(neighbours) == 1
                and node.kind in DISTRIBUTION_RUN_KINDS
                and gid not in view.primary_sources  # the public supply connection
            ):
                found.append((gid, medium))
    return found


def _undirected(view: MediumView) -> nx.Graph:
    graph = nx.Graph()
    for node, others in view.neighbours.items():
        graph.add_node(node)
        graph.add_edges_from((node, other) for other in others)
    return graph
