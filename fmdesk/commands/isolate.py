"""``fmdesk isolate MODEL --at GUID [--inoperable GUID,...] [--json]`` (漏水/故障隔离).

For a leak or fault at an element: the fewest operable isolating devices (valves; breakers and
switches for power) that cut it off from every source, nearest the leak among equals, skipping
check/pressure-reducing/safety valves and devices marked inoperable (``--inoperable`` for this
run, plus those stored in the model's corrections) — the isolation then moves to the next ring
out. Also the isolated segment and the collateral outage (what loses supply while the devices
are closed), with the affected flats. ``--trip`` instead treats the element as a device that
opens (a tripped breaker, a valve closed for works) and reports who loses supply. A leak on a
drain (gravity drainage, nothing to close) gives its catchment instead: the fixtures draining
through it in ``unisolated_sources``, the pipes between in ``collateral``, and their flats.
Unknown GlobalId, or one that is not in any network: one sentence on stderr, exit code 2.

JSON keys (``--json``), isolation:

- ``model``: the model path as given; ``mode``: ``isolate``.
- ``start``: the leaking element.
- ``media``: media isolated (a pump's leak is water, not its power cable).
- ``isolated``: true when every source is cut off.
- ``close``: devices to operate (close the valves, open the breakers), nearest the leak.
- ``skipped_inoperable``: nearer devices that were skipped because marked inoperable.
- ``segment``: the isolated segment (the leak and what lies with it between devices).
- ``collateral_count`` and ``collateral``: elements outside the segment that lose supply.
- ``sources``: the sources the leak is cut off from.
- ``unisolated_sources``: sources that no operable device separates from the leak.
- ``rooms``: spaces of the segment and the collateral; ``affected_spaces``: their top-level
  spaces (flats ``1-601``, plant rooms).
- ``inferred_edges_used`` (true/false) and ``inferred_edges`` (see ``fmdesk trace``).
- ``highlight``: ``path`` (segment), ``operate`` (close), ``affected`` (collateral),
  ``source``.
- ``xlsx``: path of the workbook written with ``--xlsx`` (else null).

With ``--trip`` (``mode``: ``trip``): ``opened``, ``media``, ``affected_count``, ``affected``,
``rooms``, ``affected_spaces``, ``inferred_edges_used``, ``inferred_edges``, ``highlight``,
``xlsx``. Elements and spaces as in ``fmdesk trace``.
"""

from __future__ import annotations

import argparse

from fmdesk.network.cli_support import (
    add_network_options,
    load_for_command,
    parse_ids,
    print_network_result,
)
from fmdesk.network.isolate import assess_outage, isolate_element

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk isolate``."""
    parser = subparsers.add_parser(
        "isolate",
        help="which valves/breakers isolate a leak or fault, who is affected (漏水/故障隔离)",
        description="Find the fewest operable valves or breakers that isolate a leak or fault "
        "at an element, the isolated segment and the flats that lose supply.",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument("--at", required=True, metavar="GUID", help="GlobalId of the element")
    parser.add_argument(
        "--inoperable", metavar="GUID[,GUID…]", help="devices that cannot be operated (seized)"
    )
    parser.add_argument(
        "--trip", action="store_true", help="the element is a device that opens: who is affected"
    )
    add_network_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the network, isolate (or trip), print (and optionally export)."""
    network, _ = load_for_command(args.model, parse_ids(args.source))
    media = parse_ids(args.medium) or None
    if args.trip:
        result = assess_outage(network, [args.at], media)
        mode = "trip"
    else:
        result = isolate_element(network, args.at, parse_ids(args.inoperable), media)
        mode = "isolate"
    print_network_result(args, result, {"mode": mode})
    return 0
