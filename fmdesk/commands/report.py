"""``fmdesk report monthly --month YYYY-MM --out FILE.pdf|.xlsx [--kind both|health|operations]``.

Writes the facility health report (设施健康报告) and the engineering O&M report (工程运维报告)
of a month: KPIs against targets with 12-month trends, work orders by system and source, top
repeated faults, overdue and reopened orders, contractor performance, PM done vs planned, meter
consumption and anomalies, next month's plan. PDF: A4, embedded Chinese font, page numbers;
Excel: the tables, one sheet per section.

JSON: ``{path, format, pages, seconds, sections}`` (``pages`` is the sheet count for Excel).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="monthly reports (月度报告): facility health and engineering O&M, PDF or Excel",
        description="Monthly facility health and engineering O&M reports.",
    )
    actions = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    monthly = actions.add_parser("monthly", help="the reports of one month")
    monthly.add_argument("--month", required=True, help="the month, 2027-01")
    monthly.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    monthly.add_argument(
        "--kind",
        choices=("both", "health", "operations"),
        default="both",
        help="which report (default both, in one file)",
    )
    add_db_arguments(monthly)
    monthly.set_defaults(func=run_monthly)


def run_monthly(args: argparse.Namespace) -> int:
    from fmdesk.app.kpi import parse_month
    from fmdesk.app.reports import monthly_report

    month = parse_month(args.month)
    with app_for(args) as app:
        written = monthly_report(app, month, args.out, args.kind)
    text = tr(
        "Wrote {path} ({pages} pages) in {seconds} s",
        path=written.path,
        pages=written.pages,
        seconds=written.seconds,
    )
    print_result(written.to_dict(), args.json, text)
    return 0
