"""``fmdesk tasks {list,export,import,reset}``: the maintenance task library (保养任务库).

- ``list [--json]``: the tasks in use; JSON: ``{source, tasks: [{code, name, ifc_classes, rrule,
  frequency, mode, strict, window_pct, batches, hours, team, contractor, source}]}``.
- ``export OUT.csv``: write the library in use, to edit in a spreadsheet.
- ``import IN.csv``: check every row and, if all are valid, use it from now on (JSON: ``{path,
  task_count}``); a bad row is one sentence naming the file and row, exit 2, nothing installed.
- ``reset``: go back to the bundled library.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.options import add_json_argument
from fmdesk.commands.output import print_result
from fmdesk.i18n import _t, tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk tasks``."""
    parser = subparsers.add_parser(
        "tasks",
        help="maintenance task library (保养任务库): list, export, import, reset",
        description="List, export, import (checked) or reset the preventive-maintenance task "
        "library used by 'fmdesk plan'.",
    )
    parser.add_argument("action", choices=("list", "export", "import", "reset"))
    parser.add_argument("path", nargs="?", type=Path, help="CSV file for export/import")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app import tasks
    from fmdesk.errors import UserError
    from fmdesk.maintenance.sources import source_text

    if args.action in ("export", "import") and args.path is None:
        raise UserError(
            _t(
                "Give the CSV file to {action}, e.g. fmdesk tasks {action} tasks.csv.",
                action=args.action,
            )
        )
    if args.action == "export":
        written = tasks.export_task_library(args.path)
        text = tr("Exported {count} tasks to {path}", count=written.task_count, path=written.path)
        print_result(written.to_dict(), args.json, text)
    elif args.action == "import":
        installed = tasks.import_task_library(args.path)
        text = tr(
            "Imported {count} tasks; plans from now on use this library",
            count=installed.task_count,
        )
        print_result(installed.to_dict(), args.json, text)
    elif args.action == "reset":
        removed, path = tasks.reset_task_library()
        text = (
            tr("Built-in task library restored")
            if removed
            else tr("The built-in task library is in use")
        )
        print_result({"reset": removed, "path": str(path)}, args.json, text)
    else:
        library = tasks.load_task_library()
        data = library.to_dict()
        text = "\n".join(
            f"{r['code']:<12} {r['frequency']:<6} {r['hours']:>5g} h  {r['team']:<10} {r['name']}"
            f"  [{source_text(r['source'])}]"
            for r in data["tasks"]
        )
        print_result(data, args.json, text)
    return 0
