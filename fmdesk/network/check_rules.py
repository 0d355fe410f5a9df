"""The rules of the network check, one function per kind of finding (see
:mod:`fmdesk.network.check` for the codes, severities and fixes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import networkx as nx

from fmdesk.i18n import _t
from fmdesk.network.devices import NON_SERVICE_KINDS
from fmdesk.network.media import FLUID_MEDIA, GRAVITY_MEDIA
from fmdesk.network.topology import directed_cycles, loops, open_ends, pieces

if TYPE_CHECKING:
    from fmdesk.network.findings import Finding
    from fmdesk.network.inputs import NetworkInputs
    from fmdesk.network.model import Network

__all__ = ["run_rules"]

Make = Callable[..., "Finding"]


def run_rules(
    inputs: NetworkInputs, network: Network, make: Make
) -> tuple[list[Finding], dict[str, Any]]:
    """Every finding, and the figures for the summary."""
    findings = _port_findings(inputs, make)
    findings += _portless_findings(inputs, network, make)
    findings += _direction_conflicts(inputs, make)
    findings += _open_end_findings(network, make)
    loop_list = loops(network)
    findings += [
        make(
            "loop",
            loop.elements[0],
            _t(
                "{medium}: a loop of {count} elements ({cycles} independent cycles)",
                medium=loop.medium,
                count=len(loop.elements),
                cycles=loop.cycles,
            ),
            elements=loop.elements,
            medium=loop.medium,
        )
        for loop in loop_list
    ]
    findings += _flow_cycles(network, make)
    piece_findings, piece_count = _piece_findings(network, make)
    fragment_findings, fragments = _fragments(inputs, make)
    findings += piece_findings + fragment_findings
    findings += _inferred_findings(network, make)
    figures = {
        "fragment_count": len(fragments),
        "largest_fragment": len(fragments[0]) if fragments else 0,
        "piece_count": piece_count,
        "loop_count": len(loop_list),
    }
    return findings, figures


def _port_findings(inputs: NetworkInputs, make: Make) -> list[Finding]:
    found = []
    connected: set[str] = set()
    for connection in inputs.connections:
        connected.update((connection.relating_port_id, connection.related_port_id))
        if connection.relating_host_id is None or connection.related_host_id is None:
            found.append(
                make(
                    "connection_without_element",
                    connection.relating_host_id or connection.related_host_id,
                    _t("A port connection with a port that has no element"),
                    port_ids=(connection.relating_port_id, connection.related_port_id),
                )
            )
    ports_by_host: dict[str, list] = {}
    for port in inputs.ports:
        if port.host_id is None:
            found.append(
                make(
                    "dangling_port",
                    None,
                    _t("Port {port} has no element", port=port.name or port.global_id),
                    port_ids=(port.global_id,),
                )
            )
        else:
            ports_by_host.setdefault(port.host_id, []).append(port)
    members = {m for system in inputs.systems for m in system.member_ids}
    for gid, ports in ports_by_host.items():
        found += _host_port_findings(gid, ports, connected, gid in members, make)
    return found


def _host_port_findings(
    gid: str, ports: list, connected: set[str], member: bool, make: Make
) -> list[Finding]:
    found = []
    open_ports = [p for p in ports if p.global_id not in connected]
    if len(open_ports) == len(ports):
        code = "system_member_unconnected" if member else "unconnected_element"
        found.append(
            make(
                code,
                gid,
                _t("{count} port(s), none connected", count=len(ports)),
                port_ids=tuple(p.global_id for p in ports),
            )
        )
    elif open_ports:
        found.append(
            make(
                "unconnected_ports",
                gid,
                _t("{open} of {count} port(s) unconnected", open=len(open_ports), count=len(ports)),
                port_ids=tuple(p.global_id for p in open_ports),
            )
        )
    undirected = [p for p in ports if p.flow_direction not in ("SOURCE", "SINK")]
    if undirected:
        kinds = "/".join(sorted({p.flow_direction or "UNSET" for p in undirected}))
        found.append(
            make(
                "port_without_direction",
                gid,
                _t(
                    "{count} port(s) with FlowDirection {kinds}", count=len(undirected), kinds=kinds
                ),
                port_ids=tuple(p.global_id for p in undirected),
            )
        )
    return found


def _portless_findings(inputs: NetworkInputs, network: Network, make: Make) -> list[Finding]:
    hosts = {port.host_id for port in inputs.ports if port.host_id}
    members = {m for system in inputs.systems for m in system.member_ids}
    found = []
    for gid in sorted(network.nodes):
        if gid in hosts or not (gid in inputs.distribution_ids or gid in members):
            continue
        linked = gid in network.node_media
        detail = _t("no ports; joined by an inferred connection") if linked else _t("no ports")
        if gid in members:
            systems = ", ".join(network.nodes[gid].systems)
            found.append(
                make(
                    "system_member_unconnected",
                    gid,
                    _t("in {systems}; {detail}", systems=systems, detail=detail),
                    severity="info" if linked else None,
                )
            )
        else:
            found.append(make("no_ports", gid, detail, severity="info" if linked else None))
    return found


def _direction_conflicts(inputs: NetworkInputs, make: Make) -> list[Finding]:
    ports = {p.global_id: p for p in inputs.ports}
    found = []
    for connection in inputs.connections:
        a, b = ports.get(connection.relating_port_id), ports.get(connection.related_port_id)
        if (
            a
            and b
            and a.flow_direction == b.flow_direction
            and a.flow_direction in ("SOURCE", "SINK")
        ):
            found.append(
                make(
                    "conflicting_direction",
                    connection.relating_host_id,
                    _t(
                        "Both ports are {direction}; the other element is {other}",
                        direction=a.flow_direction,
                        other=connection.related_host_id,
                    ),
                    elements=tuple(
                        g for g in (connection.relating_host_id, connection.related_host_id) if g
                    ),
                    port_ids=(a.global_id, b.global_id),
                )
            )
    return found


def _open_end_findings(network: Network, make: Make) -> list[Finding]:
    found = []
    for gid, medium in open_ends(network):
        pressurised = medium in FLUID_MEDIA and medium not in GRAVITY_MEDIA
        found.append(
            make(
                "open_end",
                gid,
                _t("{medium}: joined on one side only", medium=medium),
                elements=(gid,),
                medium=medium,
                severity="warning" if pressurised or medium == "electrical" else "info",
            )
        )
    return found


def _flow_cycles(network: Network, make: Make) -> list[Finding]:
    return [
        make(
            "flow_cycle",
            elements[0],
            _t(
                "{medium}: the flow directions of {count} elements go round",
                medium=medium,
                count=len(elements),
            ),
            elements=elements,
            medium=medium,
        )
        for medium, elements, driven in directed_cycles(network)
        if not driven
    ]


def _piece_findings(network: Network, make: Make) -> tuple[list[Finding], int]:
    """Pieces of each medium (after inference) without a source: a warning when they serve
    someone; returns the findings and the number of pieces."""
    found = []
    count = 0
    for medium, view in sorted(network.media.items()):
        parts = pieces(view)
        count += len(parts)
        for piece in parts:
            if set(piece) & view.supply_sources:
                continue
            serves = any(network.nodes[g].kind not in NON_SERVICE_KINDS for g in piece)
            detail = _t(
                "{medium}: {count} element(s) without a source", medium=medium, count=len(piece)
            )
            code = "no_source" if serves else "isolated_piece"
            found.append(make(code, piece[0], detail, elements=tuple(piece), medium=medium))
    return found, count


def _fragments(inputs: NetworkInputs, make: Make) -> tuple[list[Finding], list[list[str]]]:
    """Pieces of the model's own port graph (stated connections, before any inference): each
    piece beyond the largest is a fragment the author should connect."""
    graph = nx.Graph()
    graph.add_nodes_from(port.host_id for port in inputs.ports if port.host_id)
    for connection in inputs.connections:
        a, b = connection.relating_host_id, connection.related_host_id
        if a is not None and b is not None:
            graph.add_edge(a, b)
    parts = [sorted(piece) for piece in nx.connected_components(graph)]
    parts.sort(key=lambda piece: (-len(piece), piece[0]))
    found = [
        make(
            "fragment",
            piece[0],
            _t(
                "fragment {number} of {total}: {count} element(s); the largest has {largest}",
                number=number,
                total=len(parts),
                count=len(piece),
                largest=len(parts[0]),
            ),
            elements=tuple(piece),
        )
        for number, piece in enumerate(parts[1:], start=2)
    ]
    return found, parts


def _inferred_findings(network: Network, make: Make) -> list[Finding]:
    found = []
    for edge in network.edges:
        if edge.inferred and not edge.accepted:
            other = network.nodes[edge.downstream]
            found.append(
                make(
                    "inferred_edge",
                    edge.upstream,
                    _t(
                        "to {other}: {basis} {detail}, confidence {confidence}",
                        other=other.name or edge.downstream,
                        basis=edge.basis,
                        detail=edge.detail or "",
                        confidence=f"{edge.confidence:.2f}",
                    ),
                    elements=(edge.upstream, edge.downstream),
                    medium=edge.medium,
                )
            )
    return found
