"""The connections the model states (IfcRelConnectsPorts) and the medium every edge carries.

Edges are oriented SOURCE → SINK by the ports' FlowDirection where it says so; the rest stay
undirected here and are oriented from the sources later (:mod:`fmdesk.network.orient`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from fmdesk.network.media import (
    ELECTRICAL,
    GENERIC_PIPE,
    element_domain,
    medium_from_port_type,
    medium_from_text,
)
from fmdesk.network.model import NetworkEdge, NetworkNode

if TYPE_CHECKING:
    from fmdesk.network.inputs import NetworkInputs

__all__ = ["edge_medium", "port_edges", "system_media"]

_NO_PORT: tuple[None, tuple[None, None]] = (None, (None, None))


def system_media(inputs: NetworkInputs) -> dict[str, str | None]:
    """system → the medium its type or name names (an electrical circuit: electrical)."""
    media = {}
    for system in inputs.systems:
        medium = medium_from_text(system.predefined_type) or medium_from_text(system.name)
        if medium is None and system.ifc_class == "IfcElectricalCircuit":
            medium = ELECTRICAL
        media[system.global_id] = medium
    return media


def edge_medium(
    a: NetworkNode,
    b: NetworkNode,
    port_texts: Iterable[tuple[str | None, str | None]],
    element_systems: dict[str, list[str]],
    media_of_systems: dict[str, str | None],
) -> str:
    """Return the medium of an edge between ``a`` and ``b`` (see :mod:`fmdesk.network.media`).

    ``port_texts`` are ``(system_type, predefined_type)`` of the ports at either end.
    """
    port_texts = list(port_texts)
    for system_type, _ in port_texts:
        medium = medium_from_text(system_type)
        if medium is not None:
            return medium
    shared = set(element_systems.get(a.global_id, ())) & set(element_systems.get(b.global_id, ()))
    media = {media_of_systems[s] for s in shared if media_of_systems.get(s)}
    domain = element_domain(a.kind) or element_domain(b.kind)
    if len(media) == 1:
        return media.pop()  # type: ignore[return-value]
    if media:
        return domain if domain in media else sorted(m for m in media if m)[0]  # type: ignore[type-var]
    for _, port_type in port_texts:
        medium = medium_from_port_type(port_type)
        if medium is not None and medium != GENERIC_PIPE:
            return medium
    return domain or GENERIC_PIPE


def port_edges(
    inputs: NetworkInputs,
    nodes: dict[str, NetworkNode],
    element_systems: dict[str, list[str]],
    media_of_systems: dict[str, str | None],
) -> list[NetworkEdge]:
    """One edge per stated connection between two network elements (basis "port")."""
    ports = {
        port.global_id: (port.flow_direction, (port.system_type, port.predefined_type))
        for port in inputs.ports
    }
    media_cache: dict[tuple, str] = {}
    edges = []
    seen: set[tuple[str, str]] = set()
    for connection in inputs.connections:
        a, b = connection.relating_host_id, connection.related_host_id
        if a is None or b is None or a == b or a not in nodes or b not in nodes:
            continue
        dir_a, text_a = ports.get(connection.relating_port_id, _NO_PORT)
        dir_b, text_b = ports.get(connection.related_port_id, _NO_PORT)
        forward = dir_a == "SOURCE" or dir_b == "SINK"
        backward = dir_a == "SINK" or dir_b == "SOURCE"
        texts = (text_a, text_b)
        node_a, node_b = nodes[a], nodes[b]
        cache_key = (texts, node_a.systems, node_b.systems, node_a.kind, node_b.kind)
        medium = media_cache.get(cache_key)
        if medium is None:
            medium = media_cache[cache_key] = edge_medium(
                node_a, node_b, texts, element_systems, media_of_systems
            )
        port_ids = (connection.relating_port_id, connection.related_port_id)
        if backward and not forward:
            a, b, port_ids = b, a, (port_ids[1], port_ids[0])
        if (a, b) in seen:
            continue
        seen.add((a, b))
        directed = forward != backward
        edges.append(
            NetworkEdge(
                upstream=a,
                downstream=b,
                medium=medium,
                directed=directed,
                ports=port_ids,
                oriented_by="FlowDirection" if directed else None,
            )
        )
    return edges
