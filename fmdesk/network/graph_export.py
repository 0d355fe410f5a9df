"""Every network of a model as one plain document anyone can check against the model.

``{"nodes": [...], "edges": [...], "findings": [...]}``: each node with its kind, medium and
place (and how the place is known), each edge with its medium, ``basis`` and ``confidence``
(what the model states and what was inferred, see :mod:`fmdesk.network.model`), and the
network check's findings. ``fmdesk network-graph MODEL --json`` prints it.
"""

from __future__ import annotations

from typing import Any

from fmdesk.network.check import CheckReport
from fmdesk.network.media import ELECTRICAL, element_domain
from fmdesk.network.model import Network, NetworkNode

__all__ = ["graph_document", "node_medium"]


def graph_document(network: Network, report: CheckReport) -> dict[str, Any]:
    """The document (see the module doc); nodes and edges in a stable order."""
    nodes = [_node(network, network.nodes[gid]) for gid in sorted(network.nodes)]
    edges = [
        {
            "from": edge.upstream,
            "to": edge.downstream,
            "medium": edge.medium,
            "basis": edge.basis,
            "confidence": edge.confidence,
        }
        for edge in sorted(network.edges, key=lambda e: (e.upstream, e.downstream, e.medium))
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "findings": [finding.to_dict() for finding in report.findings],
    }


def node_medium(network: Network, node: NetworkNode) -> str | None:
    """The medium an element serves: the liquid or air one for equipment that also takes
    power (a pump is on the water network), electrical for electrical equipment, None for an
    element on no network."""
    media = sorted(network.node_media.get(node.global_id, ()))
    others = [m for m in media if m != ELECTRICAL]
    if others:
        return others[0]
    if media:
        return media[0]
    return element_domain(node.kind)


def _node(network: Network, node: NetworkNode) -> dict[str, Any]:
    return {
        "global_id": node.global_id,
        "name": node.name,
        "kind": node.kind,
        "medium": node_medium(network, node),
        "storey": node.storey,
        "space": node.space,
        "space_basis": node.space_basis,
    }
