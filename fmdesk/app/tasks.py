"""Use cases of the maintenance task library (保养任务库): list, export, import, reset, save.

The library in use is the department's own (imported) one, else the bundled one. Every row of
an imported or edited library is checked before it is used; nothing is installed otherwise.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.results import Result
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.maintenance.model import TaskDefinition

__all__ = [
    "TaskLibrary",
    "TaskLibraryFile",
    "check_task_row",
    "describe_frequency",
    "export_task_library",
    "import_task_library",
    "load_task_library",
    "reset_task_library",
    "save_task_library",
]


@dataclass(frozen=True)
class TaskLibrary(Result):
    """The library in use: where it comes from, whether it is the department's own, its tasks."""

    source: Path
    own: bool
    tasks: list[TaskDefinition]

    def to_dict(self) -> dict[str, Any]:
        from fmdesk.maintenance.recurrence import describe_rule

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
            for t in self.tasks
        ]
        return {"source": str(self.source), "tasks": rows}


@dataclass(frozen=True)
class TaskLibraryFile(Result):
    """A library file written or installed, and how many tasks it holds."""

    path: str
    task_count: int


def check_task_row(values: dict[str, str], where: str) -> TaskDefinition:
    """One library row checked exactly as an import checks it (so the task editor and
    ``fmdesk tasks import`` agree); one sentence naming ``where`` when it is wrong."""
    from fmdesk.maintenance.tasks import task_from_row

    return task_from_row(values, where)


def describe_frequency(rule: str) -> str | None:
    """``"每15天"`` for ``FREQ=DAILY;INTERVAL=15``; None for an invalid rule (saving says why)."""
    from fmdesk.maintenance.recurrence import check_rule, describe_rule

    try:
        check_rule(rule)
        return describe_rule(rule)
    except (UserError, ValueError):
        return None


def load_task_library() -> TaskLibrary:
    """The task library in use, checked."""
    from fmdesk.maintenance.resources import resource_path, user_resource_path
    from fmdesk.maintenance.tasks import load_tasks

    tasks = load_tasks()
    return TaskLibrary(resource_path("tasks.csv"), user_resource_path("tasks.csv").exists(), tasks)


def export_task_library(
    path: Path, tasks: Sequence[TaskDefinition] | None = None
) -> TaskLibraryFile:
    """Write the library in use (or ``tasks``) as CSV, to edit in a spreadsheet."""
    from fmdesk.maintenance.tasks import load_tasks, write_tasks

    chosen = list(tasks) if tasks is not None else load_tasks()
    try:
        write_tasks(chosen, Path(path))
    except OSError as error:
        raise UserError(
            _t(
                "Cannot write {path}: {reason}; check the folder.",
                path=str(path),
                reason=error.strerror,
            )
        ) from None
    return TaskLibraryFile(str(path), len(chosen))


def import_task_library(path: Path) -> TaskLibraryFile:
    """Check every row of ``path`` and, when all are valid, use it from now on."""
    from fmdesk.maintenance.resources import resource_path
    from fmdesk.maintenance.tasks import import_tasks

    tasks = import_tasks(Path(path))
    return TaskLibraryFile(str(resource_path("tasks.csv")), len(tasks))


def save_task_library(tasks: Sequence[TaskDefinition]) -> TaskLibraryFile:
    """Install edited task definitions as the department's library (checked like an import)."""
    with tempfile.TemporaryDirectory(prefix="fmdesk_tasks_") as folder:
        path = Path(folder) / "tasks.csv"
        export_task_library(path, tasks)
        return import_task_library(path)


def reset_task_library() -> tuple[bool, Path]:
    """Go back to the bundled library: (whether an imported one was removed, the path in use)."""
    from fmdesk.maintenance.resources import resource_path
    from fmdesk.maintenance.tasks import reset_tasks

    removed = reset_tasks()
    return removed, resource_path("tasks.csv")
