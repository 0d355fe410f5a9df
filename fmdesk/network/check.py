"""Network quality check: what a model author must fix so traces and isolation can be trusted.

Findings, each naming the element (GlobalId, class, name, storey) and saying what to do:
dangling ports (no host element), unconnected elements and ports, system members in no
connection, distribution elements without ports, ports without a usable direction, connections
whose two ports point the same way, fragments (pieces of network not connected to each other,
counted on the model's own connections, before any inference), directed cycles, edges left
undirected, and inferred edges waiting for the user's confirmation.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from fmdesk.network.build import build_network
from fmdesk.network.inputs import NetworkInputs
from fmdesk.network.model import Network

__all__ = ["CheckReport", "Finding", "check_network"]

_FIX = {
    "dangling_port": "端口没有所属构件 (port belongs to no element): nest it under its element "
    "(IfcRelNests / IfcRelConnectsPortToElement) or delete it.",
    "connection_without_element": "连接的端口没有所属构件 (a connected port belongs to no "
    "element): nest the port under its element.",
    "unconnected_element": "构件的端口均未连接 (none of the element's ports is connected): "
    "connect it to its neighbours (IfcRelConnectsPorts) in the authoring tool.",
    "unconnected_ports": "构件有未连接的端口 (the element has unconnected ports): connect them, "
    "or cap/close the open end in the model.",
    "no_ports": "管线构件没有端口 (distribution element without ports): export with ports "
    "(MEP connectors) so it can be traced.",
    "system_member_unconnected": "系统成员未连接 (member of a system but in no connection): "
    "connect it or remove it from the system.",
    "port_without_direction": "端口没有流向 (port without FlowDirection SOURCE/SINK): set the "
    "flow direction, or mark the network's source so it can be oriented.",
    "conflicting_direction": "连接两端流向相同 (both ports of a connection are SOURCE, or both "
    "SINK): reverse one of them.",
    "fragment": "管网片段 (a piece of network not connected to the rest): connect it where it "
    "meets the main network.",
    "cycle": "有向环路 (flow goes round in a directed loop): check the flow directions of the "
    "elements listed.",
    "undirected_edge": "无法确定流向 (direction could not be determined, e.g. no source reached "
    "or reached from both ends): set FlowDirection or mark a source.",
    "inferred_edge": "推断的连接待确认 (connection inferred from membership or proximity): "
    "accept or reject it; better, connect the ports in the model.",
    "no_source": "片段中没有水源/电源 (no source in this piece of network): model the tank, "
    "transformer or board feeding it, or mark an element as source.",
}
_SEVERITY = {
    "dangling_port": "error",
    "connection_without_element": "error",
    "conflicting_direction": "error",
    "cycle": "error",
    "unconnected_element": "warning",
    "unconnected_ports": "warning",
    "no_ports": "warning",
    "system_member_unconnected": "warning",
    "fragment": "warning",
    "port_without_direction": "info",
    "undirected_edge": "info",
    "inferred_edge": "info",
    "no_source": "info",
}


@dataclass(frozen=True)
class Finding:
    """One problem, on one element (or a group of elements, listed in ``elements``)."""

    code: str
    severity: str
    global_id: str | None
    ifc_class: str | None
    name: str | None
    storey: str | None
    detail: str
    fix: str
    elements: tuple[str, ...] = ()
    port_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "global_id": self.global_id,
            "ifc_class": self.ifc_class,
            "name": self.name,
            "storey": self.storey,
            "detail": self.detail,
            "fix": self.fix,
            "elements": list(self.elements),
            "port_ids": list(self.port_ids),
        }


@dataclass
class CheckReport:
    """The whole check: figures and findings, most severe first."""

    summary: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)

    @property
    def fragment_count(self) -> int:
        return int(self.summary["fragment_count"])

    def counts(self) -> dict[str, int]:
        return dict(Counter(f.code for f in self.findings).most_common())

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "counts_by_code": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }


def check_network(inputs: NetworkInputs, network: Network | None = None) -> CheckReport:
    """Return the quality report of a model's networks.

    >>> report = check_network(read_network_inputs(model))  # doctest: +SKIP
    >>> report.fragment_count, report.counts()["fragment"]  # doctest: +SKIP
    (56, 55)
    """
    network = network or build_network(inputs)
    elements = {e.global_id: e for e in inputs.elements}
    findings: list[Finding] = []

    def element_finding(code: str, gid: str | None, detail: str, **extra: Any) -> Finding:
        element = elements.get(gid) if gid else None
        return Finding(
            code=code,
            severity=_SEVERITY[code],
            global_id=gid,
            ifc_class=element.ifc_class if element else None,
            name=element.name if element else None,
            storey=element.storey_name if element else None,
            detail=detail,
            fix=_FIX[code],
            **extra,
        )

    ports_by_host: dict[str, list] = {}
    connected: set[str] = set()
    for connection in inputs.connections:
        connected.update((connection.relating_port_id, connection.related_port_id))
        if connection.relating_host_id is None or connection.related_host_id is None:
            findings.append(
                element_finding(
                    "connection_without_element",
                    connection.relating_host_id or connection.related_host_id,
                    "port connection with a port that has no element",
                    port_ids=(connection.relating_port_id, connection.related_port_id),
                )
            )
    for port in inputs.ports:
        if port.host_id is None:
            findings.append(
                element_finding(
                    "dangling_port",
                    None,
                    f"port {port.name or port.global_id} has no element",
                    port_ids=(port.global_id,),
                )
            )
        else:
            ports_by_host.setdefault(port.host_id, []).append(port)
    members = {m for system in inputs.systems for m in system.member_ids}
    for gid, ports in ports_by_host.items():
        open_ports = [p for p in ports if p.global_id not in connected]
        if len(open_ports) == len(ports):
            code = "system_member_unconnected" if gid in members else "unconnected_element"
            findings.append(
                element_finding(
                    code,
                    gid,
                    f"{len(ports)} port(s), none connected",
                    port_ids=tuple(p.global_id for p in ports),
                )
            )
        elif open_ports:
            findings.append(
                element_finding(
                    "unconnected_ports",
                    gid,
                    f"{len(open_ports)} of {len(ports)} port(s) unconnected",
                    port_ids=tuple(p.global_id for p in open_ports),
                )
            )
        undirected = [p for p in ports if p.flow_direction not in ("SOURCE", "SINK")]
        if undirected:
            kinds = sorted({p.flow_direction or "UNSET" for p in undirected})
            findings.append(
                element_finding(
                    "port_without_direction",
                    gid,
                    f"{len(undirected)} port(s) with FlowDirection {'/'.join(kinds)}",
                    port_ids=tuple(p.global_id for p in undirected),
                )
            )
    for gid in sorted(network.nodes):
        if gid in ports_by_host:
            continue
        if gid in inputs.distribution_ids or gid in members:
            linked = gid in network.node_media
            detail = "no ports" + (" (joined by an inferred edge)" if linked else "")
            if gid in members:
                systems = ", ".join(network.nodes[gid].systems)
                findings.append(
                    element_finding("system_member_unconnected", gid, f"in {systems}; {detail}")
                )
            else:
                findings.append(element_finding("no_ports", gid, detail))
    findings.extend(_direction_conflicts(inputs, element_finding))
    fragments = _fragments(inputs, ports_by_host)
    if len(fragments) > 1:
        for number, fragment in enumerate(fragments[1:], start=2):
            first = fragment[0]
            findings.append(
                element_finding(
                    "fragment",
                    first,
                    f"fragment {number} of {len(fragments)}: {len(fragment)} element(s), "
                    f"largest is {len(fragments[0])}",
                    elements=tuple(fragment),
                )
            )
    findings.extend(_cycles(network, element_finding))
    findings.extend(_edge_findings(network, element_finding))
    findings.extend(_sourceless(network, element_finding))
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: (order[f.severity], f.code, f.storey or "", f.name or ""))
    summary = {
        "schema": inputs.schema,
        "element_count": len(network.nodes),
        "port_count": len(inputs.ports),
        "connected_port_count": sum(1 for p in inputs.ports if p.global_id in connected),
        "connection_count": len(inputs.connections),
        "edge_count": len(network.edges),
        "inferred_edge_count": sum(1 for e in network.edges if e.inferred),
        "undirected_edge_count": sum(1 for e in network.edges if not e.directed),
        "fragment_count": len(fragments),
        "largest_fragment": len(fragments[0]) if fragments else 0,
        "media": {m: len(v.neighbours) for m, v in sorted(network.media.items())},
        "error_count": sum(1 for f in findings if f.severity == "error"),
        "warning_count": sum(1 for f in findings if f.severity == "warning"),
    }
    return CheckReport(summary=summary, findings=findings)


def _fragments(inputs: NetworkInputs, ports_by_host: dict[str, list]) -> list[list[str]]:
    """Connected pieces of the model's own port graph (elements with ports), largest first."""
    graph = nx.Graph()
    graph.add_nodes_from(ports_by_host)
    for connection in inputs.connections:
        a, b = connection.relating_host_id, connection.related_host_id
        if a is not None and b is not None:
            graph.add_edge(a, b)
    pieces = [sorted(piece) for piece in nx.connected_components(graph)]
    pieces.sort(key=lambda piece: (-len(piece), piece[0]))
    return pieces


def _direction_conflicts(inputs: NetworkInputs, make) -> list[Finding]:
    ports = {p.global_id: p for p in inputs.ports}
    found = []
    for connection in inputs.connections:
        a, b = ports.get(connection.relating_port_id), ports.get(connection.related_port_id)
        if (
            a
            and b
            and a.flow_direction == b.flow_direction
            and a.flow_direction
            in (
                "SOURCE",
                "SINK",
            )
        ):
            found.append(
                make(
                    "conflicting_direction",
                    connection.relating_host_id,
                    f"both ports are {a.flow_direction}; other element "
                    f"{connection.related_host_id}",
                    elements=tuple(
                        g for g in (connection.relating_host_id, connection.related_host_id) if g
                    ),
                    port_ids=(a.global_id, b.global_id),
                )
            )
    return found


def _cycles(network: Network, make) -> list[Finding]:
    directed = nx.DiGraph()
    directed.add_edges_from((e.upstream, e.downstream) for e in network.edges if e.directed)
    found = []
    for component in nx.strongly_connected_components(directed):
        if len(component) > 1:
            members = sorted(component)
            found.append(
                make(
                    "cycle",
                    members[0],
                    f"{len(members)} element(s) in a directed loop",
                    elements=tuple(members),
                )
            )
    return found


def _edge_findings(network: Network, make) -> list[Finding]:
    found = []
    for edge in network.edges:
        if edge.inferred and not edge.accepted:
            found.append(
                make(
                    "inferred_edge",
                    edge.upstream,
                    f"to {edge.downstream} ({network.nodes[edge.downstream].name}): {edge.basis}",
                    elements=(edge.upstream, edge.downstream),
                )
            )
        elif not edge.directed:
            found.append(
                make(
                    "undirected_edge",
                    edge.upstream,
                    f"to {edge.downstream} ({network.nodes[edge.downstream].name}), {edge.medium}",
                    elements=(edge.upstream, edge.downstream),
                )
            )
    return found


def _sourceless(network: Network, make) -> list[Finding]:
    found = []
    for medium, view in sorted(network.media.items()):
        seen: set[str] = set()
        for start in sorted(view.neighbours):
            if start in seen:
                continue
            piece = {start}
            stack = [start]
            while stack:
                u = stack.pop()
                for v in view.neighbours[u]:
                    if v not in piece:
                        piece.add(v)
                        stack.append(v)
            seen |= piece
            if not piece & view.supply_sources:
                members = sorted(piece)
                found.append(
                    make(
                        "no_source",
                        members[0],
                        f"{medium}: {len(members)} element(s) without a source",
                        elements=tuple(members),
                    )
                )
    return found
