"""``fmdesk cobie MODEL [--db URL] --out FILE.xlsx``: the COBie 2.4 handover workbook.

All 20 sheets (Instruction, Contact, Facility, Floor, Space, Zone, Type, Component, System,
Assembly, Connection, Spare, Resource, Job, Impact, Document, Attribute, Coordinate, Issue,
PickLists) with the standard column colours; components are the model's equipment, jobs the
maintenance task library's routine tasks, documents the archive (records database), issues
the review issues. Model text is always written as text, never as a formula.

JSON keys: ``out``, ``sheets`` (names in order), ``rows`` ({sheet: data rows}).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk cobie``."""
    parser = subparsers.add_parser(
        "cobie",
        help="write the COBie 2.4 workbook of a model (交付 COBie 表)",
        description="COBie 2.4 spreadsheet from the model, the maintenance plan and the records.",
    )
    parser.add_argument("model", metavar="MODEL", help="IFC model (.ifc or .ifczip)")
    parser.add_argument("--out", type=Path, required=True, help="the .xlsx to write")
    parser.add_argument("--db", default=None, help="records database URL (documents, issues)")
    parser.add_argument("--user", default=None, help="who is acting (users and roles)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.cobie import export_cobie
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(args.db, actor=args.user)
    try:
        result = export_cobie(app, args.model, args.out)
    finally:
        app.close()
    data = result.to_dict()
    lines = [tr("Written: {path}", path=data["out"])]
    lines += [f"  {sheet}: {count}" for sheet, count in data["rows"].items()]
    print_result(data, args.json, "\n".join(lines))
    return 0
