"""``fmdesk isolate MODEL --at GUID[,GUID…] [--trip] [--inoperable GUID,…] [--json]`` (漏水隔离).

For a leak or fault at an element: the fewest operable isolating devices (valves; breakers and
switches for power) that cut it off from every source, nearest the leak among equals, skipping
check/pressure-reducing/safety valves and devices marked inoperable (``--inoperable`` for this
run, plus those stored in the model's corrections) — the isolation then moves to the next ring
out. Also the isolated segment and the collateral outage (what loses supply while the devices
are closed), with the affected flats. Several elements (``--at A,B``) are several faults at
once: the devices are merged and the outage is computed with all of them closed. ``--trip``
treats the isolating devices among them as devices that open (tripped breakers, valves closed
for works; the others stay leaks) and reports who loses supply. Equipment that loses its power
(a booster pump, a circulator, a fan) stops, and what it served loses service too
(``powerless``, ``lost_service``): tripping both booster pumps' breakers lists the taps. A leak on a
drain (gravity drainage, nothing to close) gives its catchment instead: the fixtures draining
through it in ``unisolated_sources``, the pipes between in ``collateral``, and their flats.
Unknown GlobalId, or one that is not in any network: one sentence on stderr, exit code 2.

JSON keys (``--json``), isolation:

- ``model``: the model path as given; ``mode``: ``isolate``.
- ``start``: the (first) leaking element; ``starts``: all of them; ``opened``: devices tripped
  at the same time.
- ``media``: media isolated (a pump's leak is water, not its power cable).
- ``isolated``: true when every source is cut off.
- ``close``: devices to operate (close the valves, open the breakers), nearest the leak.
- ``skipped_inoperable``: nearer devices that were skipped because marked inoperable.
- ``segment``: the isolated segment (the leak and what lies with it between devices).
- ``collateral_count`` and ``collateral``: elements outside the segment that lose supply.
- ``sources``: the sources the leak is cut off from.
- ``unisolated_sources``: sources that no operable device separates from the leak: it cannot be
  isolated without taking them out of service (``close`` is then the smallest set that
  isolates the leak together with them).
- ``powerless``, ``lost_service_count``, ``lost_service``: equipment of other networks that
  loses its power, and what loses service with it.
- ``rooms``: spaces of the segment and the collateral; ``affected_spaces``: their top-level
  spaces (flats ``1-601``, plant rooms).
- ``inferred_edges_used`` (true/false) and ``inferred_edges`` (see ``fmdesk trace``).
- ``highlight``: ``path`` (segment), ``operate`` (close), ``affected`` (collateral),
  ``source``.
- ``xlsx``: path of the workbook written with ``--xlsx`` (else null).

With ``--trip`` and only devices (``mode``: ``trip``): ``opened``, ``media``,
``affected_count``, ``affected``, ``powerless``, ``lost_service_count``, ``lost_service``,
``rooms``, ``affected_spaces``, ``inferred_edges_used``, ``inferred_edges``, ``highlight``,
``xlsx``. Elements and spaces as in ``fmdesk trace``.
"""

from __future__ import annotations

import argparse

from fmdesk.commands._network import add_network_options, format_result, parse_ids

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
    parser.add_argument(
        "--at", required=True, metavar="GUID[,GUID…]", help="GlobalIds of the faulty elements"
    )
    parser.add_argument(
        "--inoperable", metavar="GUID[,GUID…]", help="devices that cannot be operated (seized)"
    )
    parser.add_argument(
        "--trip",
        action="store_true",
        help="the devices among --at open (tripped breakers): who is affected",
    )
    add_network_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Call the isolation use case and print its answer."""
    from fmdesk.app.network import isolate
    from fmdesk.bootstrap import bootstrap
    from fmdesk.commands.output import print_result

    answer = isolate(
        bootstrap(open_database=False),
        args.model,
        parse_ids(args.at),
        inoperable=parse_ids(args.inoperable),
        trip=args.trip,
        media=parse_ids(args.medium) or None,
        sources=parse_ids(args.source),
        xlsx=args.xlsx,
    )
    print_result(answer.to_dict(), args.json, format_result(answer))
    return 0
