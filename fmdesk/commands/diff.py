"""``fmdesk diff OLD.ifc NEW.ifc [--json] [--relink --db URL]``: what changed between revisions.

Matches elements (and spaces) by GlobalId, then, for exporters that regenerate GlobalIds, by
class, type, name and storey and by position and size; reports added, removed, changed
(attributes, properties, type, placement, size) and moved (with the distance in metres).
``--relink`` moves asset register rows, spaces, documents and work orders linked to a
regenerated element onto its new GlobalId.

JSON keys: ``old``, ``new``, ``old_count``, ``new_count``, ``matched_count``,
``matched_by_global_id``, ``matched_fraction``, ``matched`` ([[old, new], …]), ``added``
([GlobalId]), ``removed`` ([GlobalId]), ``changed`` ([{old, new, name, ifc_class, kinds,
changes: {key: [old, new]}}]), ``moved`` ([{old, new, name, ifc_class, distance}]),
``relinked`` ({assets, spaces, documents, work_orders} or null).
"""

from __future__ import annotations

import argparse
from typing import Any

from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk diff``."""
    parser = subparsers.add_parser(
        "diff",
        help="compare two model revisions (模型版本对比)",
        description="Added, removed, changed and moved elements between two IFC revisions.",
    )
    parser.add_argument("old", metavar="OLD.ifc")
    parser.add_argument("new", metavar="NEW.ifc")
    parser.add_argument(
        "--relink", action="store_true", help="move records onto regenerated GlobalIds"
    )
    parser.add_argument("--db", default=None, help="records database URL (with --relink)")
    parser.add_argument("--user", default=None, help="who is acting (users and roles)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.diff import diff_revisions
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(args.db, open_database=bool(args.relink), actor=args.user)
    try:
        outcome = diff_revisions(app, args.old, args.new, relink=args.relink)
    finally:
        app.close()
    data = outcome.to_dict()
    data.pop("names", None)
    print_result(data, args.json, format_diff(data))
    return 0


def format_diff(data: dict[str, Any]) -> str:
    """Counts, then the removed, added and moved elements and the kinds of change."""
    lines = [
        f"{data['old']} → {data['new']}",
        tr(
            "Matched {matched} of {old} elements ({by_id} by GlobalId); {added} added, "
            "{removed} removed, {changed} changed, {moved} moved",
            matched=data["matched_count"],
            old=data["old_count"],
            by_id=data["matched_by_global_id"],
            added=len(data["added"]),
            removed=len(data["removed"]),
            changed=len(data["changed"]),
            moved=len(data["moved"]),
        ),
    ]
    lines += [f"  - {gid}" for gid in data["removed"][:20]]
    lines += [f"  + {gid}" for gid in data["added"][:20]]
    for moved in data["moved"][:20]:
        lines.append(f"  → {moved['name']} ({moved['new']}): {moved['distance']:.3f} m")
    for changed in data["changed"][:20]:
        lines.append(f"  ~ {changed['name']} ({changed['new']}): {', '.join(changed['kinds'])}")
    if data.get("relinked"):
        lines.append(tr("Records moved to new GlobalIds: {n}", n=sum(data["relinked"].values())))
    return "\n".join(lines)
