"""``fmdesk meters import|list|anomalies|to-wo``: meter readings and their anomalies (抄表与异常).

``import FILE.csv|.xlsx`` reads cumulative readings (columns ``meter,time,reading``; ISO 8601
times, local time when no offset is given; meter = asset code); bad rows are listed by line with
the reason and the good rows kept; importing the same file again changes nothing.

JSON keys — ``import``: ``file, added, updated, unchanged, bad_count, bad[{line, reason}]``;
``list``: ``[{code, name, kind, kind_label, unit, parent, storey, space, readings, last_time,
last_reading, downstream_count, spaces}]``; ``anomalies``: ``[{id, meter, meter_name,
meter_kind, kind, kind_label, start, end, size, unit, baseline, text, downstream_count,
downstream[{global_id, name, ifc_class, storey, space}], spaces, work_order}]``; ``to-wo``: the
work order as ``fmdesk wo show`` gives it.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk meters`` and its sub-commands."""
    parser = subparsers.add_parser(
        "meters",
        help="meters (水表/电表/热量表/燃气表): import readings, list, anomalies, to work order",
        description="Meter readings and the anomalies found in them: jumps and drops, night "
        "flow (hidden leaks), main meters not balancing their sub-meters, stopped meters and "
        "meters going backwards.",
    )
    sub = parser.add_subparsers(dest="meters_command", metavar="ACTION", required=True)
    importing = sub.add_parser("import", help="import cumulative readings from CSV or Excel")
    importing.add_argument(
        "file",
        type=Path,
        help="CSV or .xlsx with the columns meter, time, reading (表号, 时间, 读数)",
    )
    add_db_arguments(importing)
    importing.set_defaults(func=run_import)
    listing = sub.add_parser("list", help="the meters, their parent meter and last reading")
    add_db_arguments(listing)
    listing.set_defaults(func=run_list)
    anomalies = sub.add_parser("anomalies", help="anomalies that started in a period")
    anomalies.add_argument("--from", dest="start", type=_moment, help="YYYY-MM-DD[THH:MM]")
    anomalies.add_argument("--to", dest="end", type=_moment, help="YYYY-MM-DD[THH:MM]")
    anomalies.add_argument("--meter", help="only this meter (asset code)")
    add_db_arguments(anomalies)
    anomalies.set_defaults(func=run_anomalies)
    order = sub.add_parser("to-wo", help="turn an anomaly into a work order")
    order.add_argument("anomaly", help="anomaly id, as `meters anomalies` prints it")
    add_db_arguments(order)
    order.set_defaults(func=run_to_work_order)


def _moment(text: str) -> date | datetime:
    try:
        if "T" in text or " " in text.strip():
            return datetime.fromisoformat(text.strip())
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{text}' is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)", text=text)
        ) from None


def run_import(args: argparse.Namespace) -> int:
    from fmdesk.app.meters import import_readings

    with app_for(args) as app:
        result = import_readings(app, args.file)
    lines = [
        tr(
            "{added} readings added, {updated} updated, {unchanged} unchanged, {bad} bad rows.",
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            bad=len(result.bad),
        )
    ]
    lines += [
        tr("  line {line}: {reason}", line=row.line, reason=row.reason.render())
        for row in result.bad
    ]
    print_result(result.to_dict(), args.json, "\n".join(lines))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from fmdesk.app.meters import list_meters

    with app_for(args) as app:
        meters = list_meters(app)
    lines = []
    for m in meters:
        last = (
            f"{m.last_reading:.3f} {m.unit} @ {m.last_time:%Y-%m-%d %H:%M}" if m.last_time else "—"
        )
        parent = tr("under {parent}", parent=m.parent) if m.parent else ""
        lines.append(f"{m.code:<14} {m.name:<20} {parent:<14} {m.readings:>7}  {last}")
    text = "\n".join(lines) or tr("No meters; import the model's assets first.")
    print_result([m.to_dict() for m in meters], args.json, text)
    return 0


def run_anomalies(args: argparse.Namespace) -> int:
    from fmdesk.app.meters import find_anomalies

    with app_for(args) as app:
        found = find_anomalies(app, args.start, args.end, meter=args.meter)
    lines = []
    for a in found:
        lines.append(f"{a.id}\n  {a.sentence}")
        if a.downstream:
            names = "、".join(e["name"] for e in a.downstream[:6])
            more = a.downstream_count - min(6, len(a.downstream))
            suffix = tr(" and {n} more", n=more) if more > 0 else ""
            lines.append("  " + tr("Downstream: {where}", where=names + suffix))
        if a.work_order:
            lines.append("  " + tr("Work order: {number}", number=a.work_order))
    text = "\n".join(lines) or tr("No anomalies.")
    print_result([a.to_dict() for a in found], args.json, text)
    return 0


def run_to_work_order(args: argparse.Namespace) -> int:
    from fmdesk.app.meters import anomaly_to_work_order
    from fmdesk.app.results import to_dict

    with app_for(args) as app:
        order = anomaly_to_work_order(app, args.anomaly)
    text = tr("Work order {number} created: {title}", number=order.number, title=order.title)
    print_result(to_dict(order), args.json, text)
    return 0
