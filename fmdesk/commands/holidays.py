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
from datetime import date, timedelta
from pathlib import Path

from fmdesk.commands.output import print_result

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
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.errors import UserError
    from fmdesk.maintenance.workdays import (
        WorkCalendar,
        read_adjustments,
        save_adjustments,
        saved_adjustments,
    )

    if args.action == "import":
        if args.path is None:
            raise UserError("请给出调休文件，例如 fmdesk holidays import 2027调休.csv。")
        rows = read_adjustments(args.path)
        path = save_adjustments(rows)
        years = sorted({r.day.year for r in rows})
        data = {"path": str(path), "rows": len(rows), "years": years}
        print_result(data, args.json, f"已导入 {len(rows)} 条调休安排（{years}），今后的计划将使用")
        return 0
    if not 2000 <= args.year <= 2100:
        raise UserError(f"年份 {args.year} 不合理；请给出 2000–2100 之间的年份。")
    adjustments = read_adjustments(args.workdays) if args.workdays else saved_adjustments()
    calendar = WorkCalendar(adjustments)
    cal = calendar.year(args.year)
    day = date(args.year, 1, 1)
    holidays, weekends_worked, working = [], [], 0
    for flag in cal.working:
        if flag:
            working += 1
            if day.weekday() >= 5:
                weekends_worked.append(day.isoformat())
        elif day in cal.holidays:
            holidays.append({"date": day.isoformat(), "name": cal.holidays[day]})
        day += timedelta(days=1)
    data = {
        "year": args.year,
        "basis": cal.basis,
        "holidays": holidays,
        "working_weekends": weekends_worked,
        "working_days": working,
    }
    lines = [f"{args.year} 年日历依据: {cal.basis}", f"工作日 {working} 天"]
    lines += [f"  {h['date']} {h['name']}" for h in holidays]
    lines += [f"  {d} 调休上班" for d in weekends_worked]
    print_result(data, args.json, "\n".join(lines))
    return 0
