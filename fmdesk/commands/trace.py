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
  ``basis``, ``confidence``, ``detail``, ``accepted``).
- ``highlight``: GlobalId lists per 3D highlight style: ``path``, ``operate`` (empty),
  ``affected`` (empty), ``source``.
- ``xlsx``: path of the workbook written with ``--xlsx`` (else null).

Every element is ``{global_id, ifc_class, kind, name, tag, storey, space, space_basis, flat,
label}`` (``space_basis``: ``stated`` when the model puts the element in the space,
``geometry`` when the space holds its centre, ``system`` when its circuit serves that space;
``label``: kind and place in words, "生活水泵 B1 (水泵, 地下一层 水泵房)"); every space
``{global_id, name, long_name, storey}``. Inferred edges carry ``basis`` (``geometry``,
``system``, ``circuit``, ``aggregate``, ``user``), ``confidence`` (0..1) and ``detail``.
"""

from __future__ import annotations

import argparse

from fmdesk.commands._network import add_network_options, format_result, parse_ids

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
    """Call the trace use case and print its answer."""
    from fmdesk.app.network import trace
    from fmdesk.bootstrap import bootstrap
    from fmdesk.commands.output import print_result

    answer = trace(
        bootstrap(open_database=False),
        args.model,
        args.start,
        direction=args.direction,
        media=parse_ids(args.medium) or None,
        sources=parse_ids(args.source),
        xlsx=args.xlsx,
    )
    print_result(answer.to_dict(), args.json, format_result(answer))
    return 0
