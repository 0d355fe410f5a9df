"""``fmdesk network-check MODEL [--json]`` (管网模型检查): what a model author must fix.

Reports dangling ports, unconnected elements and ports, system members in no connection,
distribution elements without ports, ports without a usable FlowDirection, connections whose
ports point the same way, fragments (pieces not connected to each other, counted on the
model's own connections), directed cycles, edges left undirected, inferred edges awaiting
confirmation, and pieces of network without a source. Each finding names the element.

JSON keys (``--json``):

- ``model``: the model path as given.
- ``summary``: ``schema``, ``element_count`` (network elements), ``port_count``,
  ``connected_port_count``, ``connection_count``, ``edge_count``, ``inferred_edge_count``,
  ``undirected_edge_count``, ``fragment_count``, ``largest_fragment``, ``media``
  (``{medium: element count}``), ``error_count``, ``warning_count``.
- ``counts_by_code``: ``{code: number of findings}``.
- ``findings``: list of ``{code, severity (error|warning|info), global_id, ifc_class, name,
  storey, detail, fix, elements, port_ids}``, errors first; codes: ``dangling_port``,
  ``connection_without_element``, ``conflicting_direction``, ``cycle``,
  ``unconnected_element``, ``unconnected_ports``, ``no_ports``, ``system_member_unconnected``,
  ``fragment`` (one per fragment after the largest; ``elements`` lists its members),
  ``port_without_direction``, ``undirected_edge``, ``inferred_edge``, ``no_source``.
"""

from __future__ import annotations

import argparse
from typing import Any

from fmdesk.commands.output import print_result
from fmdesk.network.check import check_network
from fmdesk.network.cli_support import load_for_command

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk network-check``."""
    parser = subparsers.add_parser(
        "network-check",
        help="check pipe/duct/cable networks for gaps and errors (管网模型检查)",
        description="Report what a model author must fix so traces and isolation work: "
        "unconnected elements, ports without direction, fragments, cycles, …",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument(
        "--limit", type=int, default=20, help="findings listed per code in text (default 20)"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the network, check it, print the report."""
    network, inputs = load_for_command(args.model)
    report = check_network(inputs, network)  # type: ignore[arg-type]
    data = {"model": args.model, **report.to_dict()}
    print_result(data, args.json, format_report(data, args.limit))
    return 0


def format_report(data: dict[str, Any], limit: int = 20) -> str:
    """Human-readable report: the summary, then findings grouped by code."""
    summary = data["summary"]
    lines = [
        f"管网检查 Network check: {data['model']} ({summary['schema']})",
        f"构件 Elements: {summary['element_count']}   端口 Ports: {summary['port_count']} "
        f"({summary['connected_port_count']} 已连接 connected)   连接 Connections: "
        f"{summary['connection_count']}",
        f"片段 Fragments: {summary['fragment_count']} (largest {summary['largest_fragment']})   "
        f"推断连接 Inferred edges: {summary['inferred_edge_count']}   无方向 Undirected: "
        f"{summary['undirected_edge_count']}",
        f"错误 Errors: {summary['error_count']}   警告 Warnings: {summary['warning_count']}",
    ]
    by_code: dict[str, list[dict[str, Any]]] = {}
    for finding in data["findings"]:
        by_code.setdefault(finding["code"], []).append(finding)
    for code, findings in by_code.items():
        lines.append("")
        lines.append(f"[{findings[0]['severity']}] {code}: {len(findings)}  — {findings[0]['fix']}")
        for finding in findings[:limit]:
            place = ", ".join(p for p in (finding["ifc_class"], finding["storey"]) if p)
            lines.append(
                f"  {finding['name'] or '-'} [{place}] {finding['global_id'] or '-'}: "
                f"{finding['detail']}"
            )
        if len(findings) > limit:
            lines.append(f"  … (+{len(findings) - limit})")
    if not data["findings"]:
        lines.append("没有问题 No findings.")
    return "\n".join(lines)
