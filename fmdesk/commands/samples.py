"""``fmdesk samples``: write the generated sample buildings (the committed ones, or any size).

Examples::

    fmdesk samples --out ifc_samples                   # the three committed samples
    fmdesk samples --storeys 40 --units-per-storey 60 --schema IFC4 --out /tmp/big --json
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import ifcopenshell

from fmdesk.commands.output import print_result
from fmdesk.samples.building import (
    DEFAULT_STOREYS,
    DEFAULT_UNITS,
    SampleOptionError,
    check_size,
    generate_building,
    normalise_schema,
    sample_filename,
    save_model,
)


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
    storeys = DEFAULT_STOREYS if args.storeys is None else args.storeys
    units = DEFAULT_UNITS if args.units_per_storey is None else args.units_per_storey
    check_size(storeys, units)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise SampleOptionError(f"--out {out} is a file; give a folder for the samples.")
    if args.schema is None:
        schemas = ["IFC4", "IFC2X3", "IFC4X3_ADD2"]
    else:
        schemas = [normalise_schema(args.schema)]
    written = []
    for schema in schemas:
        started = time.perf_counter()
        model = generate_building(schema, storeys, units)
        path = save_model(model, out / sample_filename(schema, storeys, units))
        seconds = time.perf_counter() - started
        written.append(_summary(model, path, storeys, units, seconds))
    text = "\n".join(
        f"{item['path']}  ({item['schema']}, {item['elements']} elements, "
        f"{item['ports']} ports, {item['size_bytes'] / 1e6:.1f} MB, {item['seconds']:.1f} s)"
        for item in written
    )
    print_result({"files": written}, args.json, text)
    return 0


def _summary(
    model: ifcopenshell.file, path: Path, storeys: int, units: int, seconds: float
) -> dict:
    """Paths and element counts of one written sample (counted on the model that was written)."""
    elements = model.by_type("IfcElement")
    return {
        "path": str(path),
        "schema": model.schema_identifier,
        "storeys": storeys,
        "units_per_storey": units,
        "flats": storeys * units,
        "elements": len(elements),
        "ports": len(model.by_type("IfcDistributionPort")),
        "port_connections": len(model.by_type("IfcRelConnectsPorts")),
        "spaces": len(model.by_type("IfcSpace")),
        "systems": len(model.by_type("IfcSystem")),
        "by_class": dict(sorted(Counter(e.is_a() for e in elements).items())),
        "size_bytes": path.stat().st_size,
        "seconds": round(seconds, 2),
    }
