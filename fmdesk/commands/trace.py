"""``fmdesk trace MODEL --from GUID --direction upstream|downstream [--json]`` (管网追溯).

Upstream: everything feeding an element or a space (a flat: the elements in it and its rooms)
back to the sources (tank, transformer, boiler, the municipal connection, user-marked sources),
one shortest path per source. Downstream: everything the element feeds and the spaces (flats)
served. Only the start's own media are walked (a WC's water side, not its drain). Corrections
stored for the model (sources, inoperable devices, accepted/rejected inferred edges) apply.
Unknown GlobalId, or one that is not in any network: one sentence on stderr, exit code 2.

JSON keys (``--json``):

- ``model``: the model path as given.
- ``direction``: ``upstream`` or ``downstream``.
- ``start``: list of start elements (one, or the network elements of a space).
- ``media``: media walked (``water``, ``drainage``, ``fire``, ``heating``, ``air``, ``gas``,
  ``electrical``, ``pipe`` for undetermined liquid).
- ``element_count`` and ``elements``: elements reached, nearest first (start not repeated).
- ``sources``: upstream, the sources where the trace stopped; downstream, sources passed.
- ``paths``: upstream, one list of GlobalIds per source, from the source to the start.
- ``rooms``: spaces holding the start and the reached elements.
- ``spaces``: their top-level spaces (flats ``1-601``, plant rooms).
- ``inferred_edges_used``: true when an inferred (not modelled) connection was walked;
  ``inferred_edges``: those edges (``from``, ``to``, ``medium``, ``directed``, ``inferred``,
  ``basis``, ``accepted``).
- ``highlight``: GlobalId lists per 3D highlight style: ``path``, ``operate`` (empty),
  ``affected`` (empty), ``source``.
- ``xlsx``: path of the workbook written with ``--xlsx`` (else null).

Every element is ``{global_id, ifc_class, kind, name, tag, storey, space, flat}``; every space
``{global_id, name, long_name, storey}``.
"""

from __future__ import annotations

import argparse

from fmdesk.network.cli_support import (
    add_network_options,
    load_for_command,
    parse_ids,
    print_network_result,
)
from fmdesk.network.trace import trace_downstream, trace_upstream

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk trace``."""
    parser = subparsers.add_parser(
        "trace",
        help="trace a pipe/duct/cable network upstream or downstream (管网追溯)",
        description="Trace what feeds an element or a flat (upstream, back to the sources) or "
        "what it feeds (downstream, with the flats served).",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument(
        "--from", dest="start", required=True, metavar="GUID", help="element or space GlobalId"
    )
    parser.add_argument(
        "--direction",
        choices=("upstream", "downstream"),
        default="upstream",
        help="default %(default)s",
    )
    add_network_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the network, trace, print (and optionally export)."""
    network, _ = load_for_command(args.model, parse_ids(args.source))
    trace = trace_upstream if args.direction == "upstream" else trace_downstream
    media = parse_ids(args.medium) or None
    result = trace(network, args.start, media)
    print_network_result(args, result)
    return 0
