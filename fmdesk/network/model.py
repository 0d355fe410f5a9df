"""The network as plain data: nodes (elements), edges (connections) and the lookups the
questions need, built once per model by :func:`fmdesk.network.build.build_network`.

Every edge says why it exists (``basis``) and how sure that is (``confidence`` 0..1):

======== ============================================================ ==========
basis    stated or inferred from                                      confidence
======== ============================================================ ==========
port     IfcRelConnectsPorts: stated by the model                     1.0
user     drawn by the user                                            1.0
aggregate a breaker aggregated in its board (IfcRelAggregates)       0.9
circuit  membership of one electrical circuit with its one feeder    0.8
geometry open ends (ports or body ends) touching within 5 cm         0.55-0.9
system   open ports of the same system facing each other, up to 0.5 m 0.4-0.5
======== ============================================================ ==========

The graph is a ``networkx.DiGraph`` (elements are nodes keyed by GlobalId, each with an
``info`` attribute; edges carry ``medium``, ``directed``, ``basis``, ``confidence``). An edge
whose direction is unknown is stored both ways with ``directed=False``. Next to it sit plain
adjacency lists per medium, so a trace on a 100,000-element model is a few list walks, not
attribute look-ups on every edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["MediumView", "Network", "NetworkEdge", "NetworkNode", "SpaceRef"]


@dataclass(frozen=True)
class SpaceRef:
    """A space (room) or a flat (the top-level space aggregating rooms)."""

    global_id: str
    name: str | None
    long_name: str | None
    storey: str | None

    @property
    def label(self) -> str:
        """``1-601`` style name, else the long name, else the GlobalId."""
        return self.name or self.long_name or self.global_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "global_id": self.global_id,
            "name": self.name,
            "long_name": self.long_name,
            "storey": self.storey,
        }


@dataclass(frozen=True)
class NetworkNode:
    """One element of a network."""

    global_id: str
    ifc_class: str
    kind: str
    name: str | None
    tag: str | None
    predefined_type: str | None
    storey: str | None
    space_id: str | None
    space: str | None
    flat_id: str | None
    """The top-level space holding the element (a flat), None when not in a space."""
    flat: str | None
    systems: tuple[str, ...]
    """Names (else GlobalIds) of the systems the element belongs to."""
    device: str | None
    """"valve", "breaker" or "switch" for an isolating device, else None."""
    space_basis: str | None = None
    """How the space is known: "stated" (contained in or referenced by it in the model),
    "geometry" (the space holding the element's centre, inferred), "system" (the space a
    circuit serves), None when not in a space."""

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        """The element as it appears in every JSON result (``label``: kind and place in words,
        in ``language``, default the reader's)."""
        from fmdesk.network.labels import node_label

        return {
            "global_id": self.global_id,
            "ifc_class": self.ifc_class,
            "kind": self.kind,
            "name": self.name,
            "tag": self.tag,
            "storey": self.storey,
            "space": self.space,
            "space_basis": self.space_basis,
            "flat": self.flat,
            "label": node_label(self, language),
        }


BASES = ("port", "user", "aggregate", "circuit", "geometry", "system")
"""Every ``basis`` an edge can have, most certain first."""


@dataclass(frozen=True)
class NetworkEdge:
    """One connection between two elements, in flow direction when ``directed``."""

    upstream: str
    downstream: str
    medium: str
    directed: bool
    basis: str = "port"
    """Why the edge exists (see the module doc): "port" is stated by the model, every other
    basis is inferred."""
    confidence: float = 1.0
    detail: str | None = None
    """What the inference rests on: "0.012 m", "照明回路 1-601", "配电箱 AL-1"."""
    accepted: bool = False
    """The user confirmed this inferred edge."""
    ports: tuple[str | None, str | None] = (None, None)
    oriented_by: str | None = None
    """"FlowDirection", "sources" (walked outward from the sources) or None (undirected)."""

    @property
    def inferred(self) -> bool:
        """True unless the model states the connection (a user-drawn edge counts as inferred,
        accepted: the model does not state it)."""
        return self.basis != "port"

    @property
    def key(self) -> tuple[str, str]:
        """The unordered pair as a sorted tuple: how corrections name an edge."""
        return (
            (self.upstream, self.downstream)
            if self.upstream <= self.downstream
            else (self.downstream, self.upstream)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.upstream,
            "to": self.downstream,
            "medium": self.medium,
            "directed": self.directed,
            "inferred": self.inferred,
            "basis": self.basis,
            "confidence": self.confidence,
            "detail": self.detail,
            "accepted": self.accepted,
        }


@dataclass
class MediumView:
    """Adjacency and sources of one medium (water, power, …); built once, read by queries."""

    medium: str
    down: dict[str, list[str]] = field(default_factory=dict)
    """node → nodes it feeds (undirected edges both ways)."""
    up: dict[str, list[str]] = field(default_factory=dict)
    """node → nodes feeding it (undirected edges both ways)."""
    neighbours: dict[str, set[str]] = field(default_factory=dict)
    primary_sources: set[str] = field(default_factory=set)
    """Where supply starts: tanks, transformers, boilers, user-marked sources, and elements
    with nothing upstream (the municipal connection)."""
    supply_sources: set[str] = field(default_factory=set)
    """Everything that can push the medium into a leak: primary sources plus pumps, fans and
    boilers (distribution boards feed nothing backwards)."""
    supplied: set[str] = field(default_factory=set)
    """Elements reached downstream from a primary source with every device open."""
    tree_parent: dict[str, str | None] = field(default_factory=dict)
    """For elements on a branch without sources, the next element towards the meshed part
    (None at the end of a branch that reaches no source)."""


@dataclass
class Network:
    """Everything the trace, isolation and check questions need about one model."""

    nodes: dict[str, NetworkNode]
    edges: list[NetworkEdge]
    media: dict[str, MediumView]
    node_media: dict[str, frozenset[str]]
    spaces: dict[str, SpaceRef]
    space_children: dict[str, list[str]]
    space_elements: dict[str, list[str]]
    """space GlobalId → network elements located directly in it."""
    inferred: dict[tuple[str, str], NetworkEdge] = field(default_factory=dict)
    """Inferred edges by ordered pair (both orders present)."""
    outside: dict[str, str] = field(default_factory=dict)
    """GlobalId → label of model elements that are in no network (walls, furniture), so a
    question about one can say so instead of "unknown GlobalId"."""
    inoperable: frozenset[str] = frozenset()
    user_sources: frozenset[str] = frozenset()
    schema: str | None = None
    powered: frozenset[str] = frozenset()
    """Equipment on a liquid or air network that needs its electrical feed to work (pumps,
    fans, boilers…): when its power is lost, what it serves loses service too."""
    actuated: frozenset[str] = frozenset()
    """Valves with an actuator (IfcRelFlowControlElements): without power they can no longer
    be operated remotely."""

    _graph: Any = field(default=None, repr=False)

    @property
    def graph(self) -> Any:
        """The element graph as a ``networkx.DiGraph``, built on first use (the questions run
        on the adjacency lists; this is for the GUI and ad-hoc analysis)."""
        if self._graph is None:
            import networkx as nx

            graph = nx.DiGraph()
            graph.add_nodes_from((gid, {"info": node}) for gid, node in self.nodes.items())
            for edge in self.edges:
                data = {
                    "medium": edge.medium,
                    "directed": edge.directed,
                    "basis": edge.basis,
                    "confidence": edge.confidence,
                    "edge": edge,
                }
                graph.add_edge(edge.upstream, edge.downstream, **data)
                if not edge.directed:
                    graph.add_edge(edge.downstream, edge.upstream, **data)
            self._graph = graph
        return self._graph

    def node(self, global_id: str) -> NetworkNode | None:
        """The node of ``global_id`` or None."""
        return self.nodes.get(global_id)
