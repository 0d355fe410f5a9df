"""``fmdesk people import FILE.xlsx | list | certificates``: the staff list (人员名单).

``import`` reads .xlsx or .csv with a header row (姓名 电话 班组 技能 单位 证书 班制 在岗, or the
English keys name phone team skills employer certificates pattern active; see
``fmdesk/people/staff_file.py``); bad rows are reported by line and the good ones kept; people
are matched by name, so importing the same file twice changes nothing. ``--sample`` imports the
sample site's staff list.

JSON: ``import`` → ``{path, added, updated, unchanged, errors: [{line, message}]}``; ``list`` →
``[{id, name, phone, team, skills, employer, pattern, active, certificates: [{kind, expires_on,
days_left}]}]``; ``certificates --expiring-within N`` → ``[{person, team, phone, kind,
expires_on, days_left}]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk people``."""
    parser = subparsers.add_parser(
        "people", help="staff list (人员): import, list, certificates about to expire"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="add or update staff from an .xlsx or .csv file")
    imp.add_argument("file", type=Path, nargs="?", help="人员名单.xlsx")
    imp.add_argument("--sample", action="store_true", help="import the sample site's staff")
    add_db_arguments(imp)
    imp.set_defaults(func=run_import)
    show = actions.add_parser("list", help="everyone by team, with certificates and pattern")
    show.add_argument("--all", action="store_true", help="include people no longer active")
    add_db_arguments(show)
    show.set_defaults(func=run_list)
    certs = actions.add_parser("certificates", help="certificates that expire soon")
    certs.add_argument("--expiring-within", type=int, default=30, metavar="DAYS")
    add_db_arguments(certs)
    certs.set_defaults(func=run_certificates)


def run_import(args: argparse.Namespace) -> int:
    from fmdesk.app.people import import_people, sample_staff_file
    from fmdesk.errors import UserError
    from fmdesk.i18n import _t

    if args.file is None and not args.sample:
        raise UserError(_t("Give the staff file, e.g. fmdesk people import 人员名单.xlsx."))
    path = sample_staff_file() if args.sample else args.file
    with app_for(args) as app:
        report = import_people(app, path)
    lines = [
        tr(
            "{added} added, {updated} updated, {unchanged} unchanged.",
            added=len(report.added),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
        )
    ]
    lines += [tr("Line {line}: {message}", line=e.line, message=e.message) for e in report.errors]
    print_result(report.to_dict(), args.json, "\n".join(lines))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from fmdesk.app.people import list_people
    from fmdesk.app.results import to_dict

    with app_for(args) as app:
        people = list_people(app, include_inactive=args.all)
    lines = []
    for p in people:
        certs = "；".join(f"{c.kind} {c.expires_on or ''}".strip() for c in p.certificates)
        employer = p.employer or tr("own staff")
        lines.append("\t".join([p.name, p.team, p.phone, employer, p.pattern, certs]))
    print_result(to_dict(people), args.json, "\n".join(lines) or tr("Nobody on the staff list."))
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    from fmdesk.app.people import expiring_certificates
    from fmdesk.app.results import to_dict

    with app_for(args) as app:
        found = expiring_certificates(app, args.expiring_within)
    lines = [
        tr(
            "{person} ({team}): {kind} expires {date}, in {days} days",
            person=c.person,
            team=c.team,
            kind=c.kind,
            date=c.expires_on,
            days=c.days_left,
        )
        if c.days_left >= 0
        else tr(
            "{person} ({team}): {kind} expired on {date}",
            person=c.person,
            team=c.team,
            kind=c.kind,
            date=c.expires_on,
        )
        for c in found
    ]
    empty = tr("No certificate expires within {days} days.", days=args.expiring_within)
    print_result(to_dict(found), args.json, "\n".join(lines) or empty)
    return 0
