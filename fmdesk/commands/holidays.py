"""``fmdesk holidays [--year 2027] [--workdays CSV] [--json]``: 节假日与调休 used by the planner.

``fmdesk holidays import CSV`` checks a ``date,kind,name`` file (the State Council notice, entered
when published) and saves it for every later plan; a year in the file replaces that year.

JSON keys: ``year``, ``basis`` (the calendar data used: imported notice, chinese-calendar version,
or rule-derived from the 2024 law), ``holidays`` (``[{date, name}]`` weekdays and weekends off as
holidays), ``working_weekends`` (``[date]``), ``working_days`` (count in the year); for
``import``: ``{path, rows, years}``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fmdesk.commands.options import add_json_argument
from fmdesk.commands.output import print_result
from fmdesk.i18n import _t, tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk holidays``."""
    parser = subparsers.add_parser(
        "holidays",
        help="Chinese holidays and adjusted working days (节假日与调休) used by plans",
        description="Show the working-day calendar of a year and where it comes from, or import "
        "the State Council's adjusted-workday notice.",
    )
    parser.add_argument("action", nargs="?", choices=("show", "import"), default="show")
    parser.add_argument("path", nargs="?", type=Path, help="adjustments CSV to import")
    parser.add_argument("--year", type=int, default=date.today().year + 1)
    parser.add_argument("--workdays", type=Path, help="adjustments CSV to use instead of saved")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.holidays import import_workday_adjustments, show_holidays
    from fmdesk.errors import UserError

    if args.action == "import":
        if args.path is None:
            raise UserError(
                _t("Give the workday adjustments file, e.g. fmdesk holidays import 2027.csv.")
            )
        imported = import_workday_adjustments(args.path)
        text = tr(
            "Imported {rows} workday adjustments ({years}); plans from now on use them",
            rows=imported.rows,
            years=imported.years,
        )
        print_result(imported.to_dict(), args.json, text)
        return 0
    year = show_holidays(args.year, args.workdays)
    lines = [
        tr("Calendar basis {year}: {basis}", year=year.year, basis=year.basis),
        tr("Working days: {count}", count=year.working_days),
    ]
    lines += [f"  {h['date']} {h['name']}" for h in year.holidays]
    lines += ["  " + tr("{day} adjusted working day", day=d) for d in year.working_weekends]
    print_result(year.to_dict(), args.json, "\n".join(lines))
    return 0
