"""``fmdesk samples``: write the generated sample buildings (the committed ones, or any size).

Examples::

    fmdesk samples --out ifc_samples                   # the three committed samples
    fmdesk samples --storeys 40 --units-per-storey 60 --schema IFC4 --out /tmp/big --json
    fmdesk samples --history 2 --db sqlite:///demo.sqlite3      # 2 years of records (历史数据)

``--history N`` fills the records database (after ``fmdesk assets import`` of the sample) with N
years of work orders, inspections, contractor work and quality checks; ``--seed`` and
``--until DATE`` make it repeatable, ``--if-empty`` leaves a database with orders untouched.
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
    parser.add_argument(
        "--history", type=int, default=None, metavar="YEARS", help="generate YEARS of records"
    )
    parser.add_argument("--db", default=None, metavar="URL", help="records database URL")
    parser.add_argument("--seed", type=int, default=2027, help="random seed of the history")
    parser.add_argument("--until", default="", help="last day of the history (default today)")
    parser.add_argument(
        "--if-empty", action="store_true", help="skip when the database already has orders"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.history is not None:
        return run_history(args)
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


def _count_label(key: str) -> str:
    """What was generated, in the reader's words (the keys stay in ``--json``)."""
    from fmdesk.i18n import _t, render

    labels = {
        "teams": _t("teams"),
        "technicians": _t("technicians"),
        "contractors": _t("contractors"),
        "contracts": _t("contracts"),
        "repair_orders": _t("repair orders"),
        "preventive_orders": _t("preventive orders"),
        "acceptances": _t("acceptance checks"),
        "ratings": _t("satisfaction ratings"),
        "inspection_rounds": _t("inspection rounds"),
        "inspection_results": _t("inspection results"),
        "inspection_orders": _t("orders from inspections"),
        "check_plans": _t("quality check plans"),
        "findings": _t("quality findings"),
        "repeated_findings": _t("repeated findings"),
        "meter_readings": _t("meter readings"),
    }
    return render(labels[key]) if key in labels else key


def run_history(args: argparse.Namespace) -> int:

    from fmdesk.app.dates import parse_day
    from fmdesk.app.history_samples import generate_history
    from fmdesk.commands.options import app_for
    from fmdesk.i18n import tr

    until = parse_day(args.until) if args.until else None
    with app_for(args) as app:
        report = generate_history(app, args.history, args.seed, until, args.if_empty)
    if report.skipped:
        text = tr("The database already has work orders; no history added.")
    else:
        counts = ", ".join(f"{_count_label(key)} {value}" for key, value in report.counts.items())
        text = tr(
            "History {start} – {end} generated in {seconds:.1f} s: {counts}",
            start=f"{report.start:%Y-%m-%d}",
            end=f"{report.end:%Y-%m-%d}",
            seconds=report.seconds,
            counts=counts,
        )
    print_result(report.to_dict(), args.json, text)
    return 0
