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

from fmdesk.commands.output import print_result

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
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.errors import UserError
    from fmdesk.maintenance.recurrence import describe_rule
    from fmdesk.maintenance.resources import resource_path
    from fmdesk.maintenance.tasks import import_tasks, load_tasks, reset_tasks, write_tasks

    if args.action in ("export", "import") and args.path is None:
        raise UserError(
            f"请给出 {args.action} 的 CSV 文件路径，例如 fmdesk tasks {args.action} 任务库.csv。"
        )
    if args.action == "export":
        tasks = load_tasks()
        try:
            write_tasks(tasks, args.path)
        except OSError as error:
            raise UserError(f"无法写入 {args.path}: {error.strerror}；请检查路径。") from None
        data = {"path": str(args.path), "task_count": len(tasks)}
        print_result(data, args.json, f"已导出 {len(tasks)} 项任务到 {args.path}")
        return 0
    if args.action == "import":
        tasks = import_tasks(args.path)
        data = {"path": str(resource_path("tasks.csv")), "task_count": len(tasks)}
        print_result(data, args.json, f"已导入 {len(tasks)} 项任务，今后的计划使用此任务库")
        return 0
    if args.action == "reset":
        removed = reset_tasks()
        data = {"reset": removed, "path": str(resource_path("tasks.csv"))}
        print_result(data, args.json, "已恢复内置任务库" if removed else "正在使用内置任务库")
        return 0
    tasks = load_tasks()
    rows = [
        {
            "code": t.code,
            "name": t.name,
            "ifc_classes": list(t.ifc_classes),
            "rrule": t.rrule,
            "frequency": describe_rule(t.rrule),
            "mode": t.mode,
            "strict": t.strict,
            "window_pct": t.window_pct,
            "batches": t.batches,
            "hours": t.hours,
            "team": t.team,
            "contractor": t.contractor,
            "source": t.source,
        }
        for t in tasks
    ]
    text = "\n".join(
        f"{r['code']:<12} {r['frequency']:<6} {r['hours']:>5g} h  {r['team']:<10} {r['name']}"
        f"  [{r['source']}]"
        for r in rows
    )
    print_result({"source": str(resource_path("tasks.csv")), "tasks": rows}, args.json, text)
    return 0
