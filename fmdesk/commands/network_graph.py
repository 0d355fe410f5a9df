"""``fmdesk network-graph MODEL --json``: every network of a model as nodes, edges and findings.

For checking the network against the model (or another tool's reading of it): which
connections the model states and which were inferred, and from what.

JSON keys (``--json``):

- ``nodes``: ``[{global_id, name, kind, medium, storey, space, space_basis}]``, one per network
  element (``kind``: schema-independent, "pump", "valve", "outlet"…; ``medium``: the network it
  serves, a pump's water rather than its power cable; ``space_basis``: ``stated``,
  ``geometry`` (the space holding its centre) or ``system`` (the space its circuit serves),
  null when in no space).
- ``edges``: ``[{from, to, medium, basis, confidence}]`` in flow direction where known;
  ``basis``: ``port`` (IfcRelConnectsPorts, stated), ``aggregate`` (a breaker in its board),
  ``circuit`` (circuit membership), ``geometry`` (touching open ends), ``system`` (facing ports
  of one system across a gap), ``user`` (drawn by the user); ``confidence`` 0..1.
- ``findings``: the network check's findings (see ``fmdesk network-check``).

Without ``--json`` a one-screen summary is printed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from fmdesk.i18n import tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk network-graph``."""
    parser = subparsers.add_parser(
        "network-graph",
        help="the networks of a model as nodes, edges and findings (管网图)",
        description="Print every network of a model as nodes, edges (with the basis and "
        "confidence of each) and the network check's findings.",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Call the graph use case and print it."""
    from fmdesk.app.network import network_graph
    from fmdesk.bootstrap import bootstrap
    from fmdesk.commands.output import print_result

    data = network_graph(bootstrap(open_database=False), args.model).to_dict()
    print_result(data, args.json, format_graph(data))
    return 0


def format_graph(data: dict[str, Any]) -> str:
    """Counts of nodes per medium, edges per basis, findings per severity."""
    from fmdesk.i18n import render
    from fmdesk.network.labels import basis_name, medium_name, severity_name

    media = Counter(render(medium_name(n["medium"])) if n["medium"] else "-" for n in data["nodes"])
    bases = Counter(render(basis_name(edge["basis"])) for edge in data["edges"])
    severities = Counter(render(severity_name(f["severity"])) for f in data["findings"])
    return "\n".join(
        [
            tr("Nodes: {count} ({media})", count=len(data["nodes"]), media=_counts(media)),
            tr("Edges: {count} ({bases})", count=len(data["edges"]), bases=_counts(bases)),
            tr(
                "Findings: {count} ({severities})",
                count=len(data["findings"]),
                severities=_counts(severities),
            ),
        ]
    )


def _counts(counter: Counter) -> str:
    return ", ".join(f"{key} {value}" for key, value in counter.most_common()) or "-"
