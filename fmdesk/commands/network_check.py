"""``fmdesk network-check MODEL [--json]`` (管网模型检查): what a model author must fix.

Reports dangling ports, unconnected elements and ports, system members in no connection,
distribution elements without ports, pipes, ducts and cables that end open, ports without a
usable FlowDirection, connections whose ports point the same way, fragments (pieces not
connected to each other, counted on the model's own connections), flow directions that go round
where no pump drives them, loops (information, once per loop: hydronic flow and return, ring
mains), inferred connections awaiting confirmation, and pieces of network without a source.
Each finding names the element, its kind and its place.

JSON keys (``--json``):

- ``model``: the model path as given.
- ``summary``: ``schema``, ``element_count`` (network elements), ``port_count``,
  ``connected_port_count``, ``connection_count``, ``edge_count``, ``edges_by_basis``
  (``{basis: count}``), ``inferred_edge_count``, ``undirected_edge_count``,
  ``fragment_count``, ``largest_fragment``, ``piece_count`` (pieces of every medium after
  inference), ``loop_count``, ``media`` (``{medium: element count}``), ``error_count``,
  ``warning_count``, ``info_count``.
- ``counts_by_code``: ``{code: number of findings}``.
- ``findings``: list of ``{code, severity (error|warning|info), global_id, ifc_class, name,
  label, storey, medium, detail, fix, elements, port_ids}``, errors first; codes (severity):
  ``dangling_port``, ``connection_without_element``, ``conflicting_direction`` (error);
  ``unconnected_element``, ``system_member_unconnected``, ``no_ports``, ``open_end``,
  ``flow_cycle``, ``fragment`` (one per fragment after the largest; ``elements`` lists its
  members), ``no_source`` (warning); ``loop`` (one per loop), ``unconnected_ports``,
  ``port_without_direction``, ``inferred_edge``, ``isolated_piece`` (info).
"""

from __future__ import annotations

import argparse

from fmdesk.app.validation import check_limit
from fmdesk.commands._network import format_check

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk network-check``."""
    parser = subparsers.add_parser(
        "network-check",
        help="check pipe/duct/cable networks for gaps and errors (管网模型检查)",
        description="Report what a model author must fix so traces and isolation work: "
        "unconnected elements, open ends, fragments, flow directions, loops, …",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument(
        "--limit", type=int, default=20, help="findings listed per code in text (default 20)"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Call the check use case and print the report."""
    check_limit(args.limit)
    from fmdesk.app.network import check_model_networks
    from fmdesk.bootstrap import bootstrap
    from fmdesk.commands.output import print_result

    data = check_model_networks(bootstrap(open_database=False), args.model).to_dict()
    print_result(data, args.json, format_check(data, args.limit))
    return 0
