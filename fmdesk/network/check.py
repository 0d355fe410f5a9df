"""Network quality check: what a model author must fix so traces and isolation can be trusted.

Each finding names the element (GlobalId, class, name, storey, and the kind and place in
words) and says what to do. Severities are a facility engineer's:

- **error**, the network cannot be trusted: a port that belongs to no element, a connection
  whose ports both push (or both take) the flow;
- **warning**, part of the network is missing or wrong: an element none of whose ports is
  connected, a system member in no connection, a distribution element without ports, a
  pipe, duct or cable that ends open (a dead leg, or a lost connection), flow directions that
  go round where nothing drives a circulation, a piece of network not joined to the rest, a
  piece that serves someone but has no source;
- **info**, worth knowing, nothing wrong: a loop (once per loop: hydronic flow and return, a
  ring main, a meshed fire main), ports without a flow direction, an inferred connection
  waiting for the user's confirmation, a piece with no source that serves no one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fmdesk.i18n import Msg, _t
from fmdesk.network.build import build_network
from fmdesk.network.check_rules import run_rules
from fmdesk.network.findings import Finding
from fmdesk.network.inputs import NetworkInputs
from fmdesk.network.labels import node_label
from fmdesk.network.model import Network

__all__ = ["CODES", "CheckReport", "Finding", "check_network"]

CODES: dict[str, tuple[str, Msg]] = {
    "dangling_port": (
        "error",
        _t(
            "Nest the port under its element (IfcRelNests, IfcRelConnectsPortToElement) or "
            "delete it."
        ),
    ),
    "connection_without_element": (
        "error",
        _t("Nest the connected port under its element."),
    ),
    "conflicting_direction": (
        "error",
        _t("Both ports of the connection are SOURCE, or both SINK: reverse one of them."),
    ),
    "unconnected_element": (
        "warning",
        _t("Connect the element to its neighbours (IfcRelConnectsPorts) in the authoring tool."),
    ),
    "system_member_unconnected": (
        "warning",
        _t("Connect the member to its neighbours, or remove it from the system."),
    ),
    "no_ports": (
        "warning",
        _t("Export the element with its ports (MEP connectors) so it can be traced."),
    ),
    "open_end": (
        "warning",
        _t("Connect the open end, or cap it in the model if the run really ends there."),
    ),
    "flow_cycle": (
        "warning",
        _t(
            "The flow directions go round with no pump or boiler driving them: check the "
            "FlowDirection of the ports."
        ),
    ),
    "fragment": (
        "warning",
        _t("Connect this piece where it meets the rest of the network."),
    ),
    "no_source": (
        "warning",
        _t(
            "Model the tank, boiler, transformer or board that feeds this piece, or mark an "
            "element as its source."
        ),
    ),
    "loop": (
        "info",
        _t(
            "Loops are normal (flow and return, ring mains, meshed mains); isolation closes "
            "both sides."
        ),
    ),
    "unconnected_ports": (
        "info",
        _t("Connect the spare ports, or leave them if they are spare connections."),
    ),
    "port_without_direction": (
        "info",
        _t("Set the ports' FlowDirection, or mark the network's source so it can be oriented."),
    ),
    "inferred_edge": (
        "info",
        _t("Accept or reject the inferred connection; better, connect the ports in the model."),
    ),
    "isolated_piece": (
        "info",
        _t("Nothing in this piece is fed or served; connect it if it belongs to a network."),
    ),
}
"""Every finding code: its severity and the fix, in the order codes are listed."""
_ORDER = {"error": 0, "warning": 1, "info": 2}


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


class FindingMaker:
    """Builds findings that name their element from the inputs and the network."""

    def __init__(self, inputs: NetworkInputs, network: Network) -> None:
        self.elements = {e.global_id: e for e in inputs.elements}
        self.network = network

    def __call__(self, code: str, gid: str | None, detail: Msg | str, **extra: Any) -> Finding:
        element = self.elements.get(gid) if gid else None
        node = self.network.nodes.get(gid) if gid else None
        severity = extra.pop("severity", None) or CODES[code][0]
        return Finding(
            code=code,
            severity=severity,
            global_id=gid,
            ifc_class=element.ifc_class if element else None,
            name=element.name if element else None,
            storey=element.storey_name if element else None,
            detail=detail,
            fix=CODES[code][1],
            label=node_label(node) if node is not None else None,
            **extra,
        )


def check_network(inputs: NetworkInputs, network: Network | None = None) -> CheckReport:
    """Return the quality report of a model's networks.

    >>> report = check_network(read_network_inputs(model))  # doctest: +SKIP
    >>> report.counts()["loop"]  # doctest: +SKIP
    1
    """
    network = network or build_network(inputs)
    findings, figures = run_rules(inputs, network, FindingMaker(inputs, network))
    findings.sort(key=lambda f: (_ORDER[f.severity], f.code, f.storey or "", f.name or ""))
    connected = {p for c in inputs.connections for p in (c.relating_port_id, c.related_port_id)}
    summary = {
        "schema": inputs.schema,
        "element_count": len(network.nodes),
        "port_count": len(inputs.ports),
        "connected_port_count": sum(1 for p in inputs.ports if p.global_id in connected),
        "connection_count": len(inputs.connections),
        "edge_count": len(network.edges),
        "edges_by_basis": dict(Counter(e.basis for e in network.edges).most_common()),
        "inferred_edge_count": sum(1 for e in network.edges if e.inferred),
        "undirected_edge_count": sum(1 for e in network.edges if not e.directed),
        **figures,
        "media": {m: len(v.neighbours) for m, v in sorted(network.media.items())},
        "error_count": sum(1 for f in findings if f.severity == "error"),
        "warning_count": sum(1 for f in findings if f.severity == "warning"),
        "info_count": sum(1 for f in findings if f.severity == "info"),
    }
    return CheckReport(summary=summary, findings=findings)
