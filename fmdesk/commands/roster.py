"""``fmdesk roster generate|show|set|export|now|patterns|pattern``: the duty roster (值班表).

``generate --month YYYY-MM [--pattern NAME] [--replace]`` lays each person's shift pattern over
the month with the Chinese workday calendar (hand edits are kept unless ``--replace``; with
nobody on the staff list, the sample site's staff are loaded first). ``export --month YYYY-MM
--out FILE.xlsx`` writes the printable month grid (generating the month if needed). ``now``
lists who is on duty (``--at "YYYY-MM-DD HH:MM"`` for another moment).

JSON: ``generate`` → ``{month, cells, people, sample_staff_loaded}``; ``show`` → ``{month, days,
holidays, shifts, rows: [{person, team, phone, codes}]}``; ``export`` → ``{month, path, people,
generated}``; ``now`` → ``[{name, team, phone, skills, shift_code, shift_name, starts, ends}]``;
``pattern NAME --cycle 值,休,休 [--workdays-only]`` adds or changes a shift pattern.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register"]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("'{text}' is not a date; write it as YYYY-MM-DD.", text=text)
        ) from error


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("'{text}' is not a time; write it as YYYY-MM-DD HH:MM.", text=text)
        ) from error


def _month(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", required=True, help="YYYY-MM, e.g. 2027-01")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk roster``."""
    parser = subparsers.add_parser(
        "roster", help="duty roster (值班表): generate, edit, export the month, who is on duty"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    gen = actions.add_parser("generate", help="generate a month from the shift patterns")
    _month(gen)
    gen.add_argument("--pattern", help="pattern for people without one, e.g. 四班三倒")
    gen.add_argument("--replace", action="store_true", help="also overwrite hand edits")
    add_db_arguments(gen)
    gen.set_defaults(func=run_generate)
    show = actions.add_parser("show", help="print the month")
    _month(show)
    add_db_arguments(show)
    show.set_defaults(func=run_show)
    cell = actions.add_parser("set", help="change one person's shift on one day")
    cell.add_argument("person")
    cell.add_argument("day", type=_day, help="YYYY-MM-DD")
    cell.add_argument("code", help="shift code, e.g. 值 or 休")
    add_db_arguments(cell)
    cell.set_defaults(func=run_set)
    export = actions.add_parser("export", help="write the printable month grid (.xlsx)")
    _month(export)
    export.add_argument("--out", required=True, type=Path)
    export.add_argument("--site", default="", help="site name in the title row")
    add_db_arguments(export)
    export.set_defaults(func=run_export)
    now = actions.add_parser("now", help="who is on duty now")
    now.add_argument("--at", type=_moment, help="another moment, local time")
    add_db_arguments(now)
    now.set_defaults(func=run_now)
    patterns = actions.add_parser("patterns", help="the shift patterns")
    add_db_arguments(patterns)
    patterns.set_defaults(func=run_patterns)
    pattern = actions.add_parser("pattern", help="add or change a shift pattern")
    pattern.add_argument("name", help="e.g. 做一休二")
    pattern.add_argument("--cycle", required=True, help="shift codes in order, e.g. 值,休,休")
    pattern.add_argument("--workdays-only", action="store_true", help="run on working days only")
    add_db_arguments(pattern)
    pattern.set_defaults(func=run_pattern)


def run_generate(args: argparse.Namespace) -> int:
    from fmdesk.app.roster import generate_roster

    with app_for(args) as app:
        result = generate_roster(app, args.month, args.pattern, args.replace)
    lines = _sample_note(result.sample_staff_loaded)
    lines.append(
        tr(
            "Roster of {month}: {people} people, {cells} shifts written.",
            month=result.month,
            people=result.people,
            cells=result.cells,
        )
    )
    print_result(result.to_dict(), args.json, "\n".join(lines))
    return 0


def _sample_note(loaded: int) -> list[str]:
    if not loaded:
        return []
    return [
        tr(
            "The staff list was empty: the sample site's {n} people were loaded "
            "(replace them with fmdesk people import).",
            n=loaded,
        )
    ]


def run_show(args: argparse.Namespace) -> int:
    from fmdesk.app.results import to_dict
    from fmdesk.app.roster import show_roster

    with app_for(args) as app:
        grid = show_roster(app, args.month)
    header = "\t".join(["", *(d[-2:] for d in grid.days)])
    lines = [header] + ["\t".join([r.person, *(c or "·" for c in r.codes)]) for r in grid.rows]
    empty = tr("No roster for {month} yet; run fmdesk roster generate.", month=grid.month)
    print_result(to_dict(grid), args.json, "\n".join(lines) if grid.rows else empty)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from fmdesk.app.roster import set_shift

    with app_for(args) as app:
        cell = set_shift(app, args.person, args.day, args.code)
    text = tr("{person} on {day}: {code}", person=args.person, day=cell["day"], code=args.code)
    print_result(cell, args.json, text)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from fmdesk.app.roster import export_roster

    with app_for(args) as app:
        result = export_roster(app, args.month, args.out, args.site)
    text = tr("Roster of {month} written to {path}.", month=result.month, path=result.path)
    print_result(
        result.to_dict(), args.json, "\n".join([*_sample_note(result.sample_staff_loaded), text])
    )
    return 0


def run_now(args: argparse.Namespace) -> int:
    from fmdesk.app.results import to_dict
    from fmdesk.app.roster import on_duty

    with app_for(args) as app:
        duty = on_duty(app, args.at)
    lines = [
        f"{d.name}\t{d.team}\t{d.phone}\t{d.shift_name} {d.starts:%m-%d %H:%M}–{d.ends:%m-%d %H:%M}"
        for d in duty
    ]
    print_result(to_dict(duty), args.json, "\n".join(lines) or tr("Nobody is on duty."))
    return 0


def run_patterns(args: argparse.Namespace) -> int:
    from fmdesk.app.roster import list_patterns

    with app_for(args) as app:
        patterns = list_patterns(app)
    lines = [f"{p['name']}\t{''.join(p['cycle'])}" for p in patterns]
    print_result(patterns, args.json, "\n".join(lines))
    return 0


def run_pattern(args: argparse.Namespace) -> int:
    import re

    from fmdesk.app.roster import save_pattern

    cycle = [c for c in re.split(r"[,，、\s]+", args.cycle) if c]
    with app_for(args) as app:
        saved = save_pattern(app, args.name, cycle, args.workdays_only)
    text = tr("Shift pattern {name}: {cycle}", name=saved["name"], cycle="".join(saved["cycle"]))
    print_result(saved, args.json, text)
    return 0
