"""``fmdesk samples``: write the generated sample buildings (the committed ones, or any size).

Examples::

    fmdesk samples --out ifc_samples                   # the three committed samples
    fmdesk samples --storeys 40 --units-per-storey 60 --schema IFC4 --out /tmp/big --json
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.output import print_result
from fmdesk.i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "samples",
        help="write generated sample residential buildings (IFC4 / IFC2X3 / IFC4X3)",
        description="Write realistic generated residential buildings with water, drainage, fire "
        "and power systems. Without size options, writes the three committed samples.",
    )
    parser.add_argument("--storeys", type=int, default=None, help="residential storeys (default 6)")
    parser.add_argument(
        "--units-per-storey", type=int, default=None, help="flats per storey (default 4)"
    )
    parser.add_argument(
        "--schema", default=None, help="IFC4, IFC2X3 or IFC4X3 (default: all three)"
    )
    parser.add_argument("--out", default="ifc_samples", help="output folder (default ifc_samples)")
    parser.add_argument("--json", action="store_true", help="print paths and counts as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.samples import generate_samples

    written = generate_samples(Path(args.out), args.storeys, args.units_per_storey, args.schema)
    text = "\n".join(
        f"{item['path']}  "
        + tr(
            "({schema}, {elements} elements, {ports} ports, {size:.1f} MB, {seconds:.1f} s)",
            schema=item["schema"],
            elements=item["elements"],
            ports=item["ports"],
            size=item["size_bytes"] / 1e6,
            seconds=item["seconds"],
        )
        for item in written.files
    )
    print_result(written.to_dict(), args.json, text)
    return 0
