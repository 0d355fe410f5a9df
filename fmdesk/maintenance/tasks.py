"""The maintenance task library and team capacities: data files, read, matched, written back.

The library is ``resources/maintenance/tasks.csv`` (seeded from the shared reference
``maintenance_frequencies.csv``, with its sources); a department can export it, edit it in any
spreadsheet, and import it again: every row is checked (class, rule, hours, team) before use.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fmdesk.maintenance.model import PlanAsset, TaskDefinition, Team
from fmdesk.maintenance.recurrence import RecurrenceError, check_rule
from fmdesk.maintenance.resources import (
    ReferenceDataError,
    bundled_path,
    comment_header,
    read_table,
    resource_path,
)
from fmdesk.safe_cells import safe_csv_writer

TASK_COLUMNS = [
    "code",
    "name",
    "ifc_class",
    "predefined_type",
    "system_type",
    "name_contains",
    "rrule",
    "mode",
    "strict",
    "window_pct",
    "batches",
    "hours",
    "team",
    "contractor",
    "source",
    "note",
]


def load_tasks(path: Path | None = None) -> list[TaskDefinition]:
    """Read and check a task library (the bundled one by default).

    >>> any(t.code == "LIFT-HM" for t in load_tasks())
    True
    """
    path = path or resource_path("tasks.csv")
    tasks: list[TaskDefinition] = []
    seen: set[str] = set()
    for number, row in enumerate(read_table(path), start=2):
        task = task_from_row(row, f"{path.name} 第 {number} 行")
        if task.code in seen:
            raise ReferenceDataError(
                f"{path.name} 第 {number} 行任务代码 {task.code} 重复；请改名。"
            )
        seen.add(task.code)
        tasks.append(task)
    return tasks


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def task_from_row(row: dict[str, str], where: str) -> TaskDefinition:
    code, rule = row.get("code", ""), row.get("rrule", "")
    if not code or not row.get("ifc_class") or not row.get("team"):
        raise ReferenceDataError(f"{where} 缺少 code、ifc_class 或 team；请补全。")
    try:
        check_rule(rule)
    except RecurrenceError as error:
        raise ReferenceDataError(f"{where}: {error.message}") from None
    mode = (row.get("mode") or "fixed").lower()
    if mode not in ("fixed", "floating"):
        raise ReferenceDataError(f"{where} mode 应为 fixed 或 floating，而不是 {mode!r}。")
    try:
        hours = float(row.get("hours") or 0)
        window = float(row.get("window_pct") or 10)
        batches = int(row.get("batches") or 1)
    except ValueError:
        raise ReferenceDataError(
            f"{where} hours、window_pct 或 batches 不是数字；请改正。"
        ) from None
    if hours <= 0 or not 0 <= window <= 50 or batches < 1:
        raise ReferenceDataError(f"{where} 工时须大于 0，窗口 0–50 %，批次至少 1；请改正。")
    return TaskDefinition(
        code=code,
        name=row.get("name") or code,
        ifc_classes=_split(row["ifc_class"]),
        rrule=rule,
        hours=hours,
        team=row["team"],
        contractor=_yes(row.get("contractor", "")),
        mode=mode,
        strict=_yes(row.get("strict", "")),
        window_pct=window,
        batches=batches,
        predefined_types=_split(row.get("predefined_type", "").upper()),
        system_types=_split(row.get("system_type", "").upper()),
        name_contains=_split(row.get("name_contains", "")),
        source=row.get("source", ""),
        note=row.get("note", ""),
    )


def _yes(value: str) -> bool:
    return value.strip().lower() in ("yes", "y", "true", "1", "是")


def write_tasks(tasks: Iterable[TaskDefinition], path: Path) -> None:
    """Export the library in the same format it is imported from (comment header kept)."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        for line in comment_header(bundled_path("tasks.csv")):
            stream.write(line + "\n")
        writer = safe_csv_writer(stream)
        writer.writerow(TASK_COLUMNS)
        for t in tasks:
            writer.writerow(
                [
                    t.code,
                    t.name,
                    "|".join(t.ifc_classes),
                    "|".join(t.predefined_types),
                    "|".join(t.system_types),
                    "|".join(t.name_contains),
                    t.rrule,
                    t.mode,
                    "yes" if t.strict else "",
                    f"{t.window_pct:g}",
                    "" if t.batches == 1 else t.batches,
                    f"{t.hours:g}",
                    t.team,
                    "yes" if t.contractor else "",
                    t.source,
                    t.note,
                ]
            )


def load_teams(path: Path | None = None) -> dict[str, Team]:
    """Teams and contractors with their weekly hours for planned work."""
    path = path or resource_path("teams.csv")
    teams: dict[str, Team] = {}
    for number, row in enumerate(read_table(path), start=2):
        try:
            hours = float(row.get("hours_per_week") or "")
        except ValueError:
            raise ReferenceDataError(
                f"{path.name} 第 {number} 行 hours_per_week 不是数字。"
            ) from None
        name = row.get("team", "")
        teams[name] = Team(name, hours, row.get("kind", "") == "contractor", row.get("note", ""))
    return teams


def _match_one(patterns: tuple[str, ...], value: str) -> bool:
    """Empty = any; "!A|B" = neither A nor B; "A|B" = either."""
    if not patterns:
        return True
    if patterns[0].startswith("!"):
        excluded = (patterns[0][1:], *patterns[1:])
        return value not in excluded
    return value in patterns


class TaskMatcher:
    """Finds the tasks of an asset quickly (indexed by class) for plans of many thousand assets."""

    def __init__(self, tasks: Iterable[TaskDefinition]) -> None:
        self.by_class: dict[str, list[TaskDefinition]] = {}
        for task in tasks:
            for cls in task.ifc_classes:
                self.by_class.setdefault(cls.lower(), []).append(task)

    def tasks_for(self, asset: PlanAsset) -> list[TaskDefinition]:
        found = []
        for task in self.by_class.get(asset.ifc_class.lower(), ()):
            if not _match_one(task.predefined_types, asset.predefined_type.upper()):
                continue
            if not _match_one(task.system_types, asset.system_type.upper()):
                continue
            if task.name_contains:
                text = f"{asset.name} {asset.type_name}".lower()
                if not any(word.lower() in text for word in task.name_contains):
                    continue
            found.append(task)
        return found


def import_tasks(path: Path) -> list[TaskDefinition]:
    """Check an edited library and install it as the department's own (used from then on).

    Nothing is installed unless every row is valid; the bundled library stays untouched.
    """
    import shutil

    from fmdesk.maintenance.resources import user_resource_path

    tasks = load_tasks(path)
    target = user_resource_path("tasks.csv")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    return tasks


def reset_tasks() -> bool:
    """Go back to the bundled library; True if an imported one was removed."""
    from fmdesk.maintenance.resources import user_resource_path

    target = user_resource_path("tasks.csv")
    if target.exists():
        target.unlink()
        return True
    return False
