"""The plan as iCalendar files, one per team or contractor (``icalendar`` library, RFC 5545).

Each occurrence is an all-day event with a stable UID (its occurrence id), so a calendar that
imports the file again after a regeneration updates events instead of duplicating them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fmdesk.exports.plan_xlsx import ExportError
from fmdesk.i18n import _t
from fmdesk.maintenance.model import CancelCheck, Plan, Progress, report_progress
from fmdesk.maintenance.recurrence import describe_rule

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def export_ics(
    plan: Plan,
    out_dir: str | Path,
    *,
    teams: list[str] | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> list[Path]:
    """Write ``<year>_<team>.ics`` per team into ``out_dir`` and return the paths.

    >>> export_ics(plan, "ics")  # doctest: +SKIP
    [PosixPath('ics/2027_电梯维保单位.ics'), ...]
    """
    from icalendar import Calendar, Event

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(
            _t(
                "Cannot create the folder {out}: {strerror}; choose another place.",
                out=out,
                strerror=error.strerror,
            )
        ) from None
    wanted = set(teams) if teams else None
    by_team: dict[str, list] = {}
    for occ in plan.occurrences:
        if wanted is None or occ.team in wanted:
            by_team.setdefault(occ.team, []).append(occ)
    stamp = datetime.now(UTC).replace(microsecond=0)
    paths = []
    total = len(by_team)
    for number, (team, occurrences) in enumerate(sorted(by_team.items())):
        report_progress(progress, cancel, number, total)
        calendar = Calendar()
        calendar.add("prodid", "-//fmdesk//年度保养计划//ZH")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", f"{plan.year} 保养计划 {team}")
        for occ in occurrences:
            asset = plan.assets.get(occ.asset_code)
            task = plan.tasks.get(occ.task_code)
            event = Event()
            event.add("uid", f"{occ.id}@fmdesk")
            event.add("dtstamp", stamp)
            event.add("dtstart", occ.planned_on)
            event.add("dtend", occ.planned_on + timedelta(days=1))
            name = task.name if task else occ.task_code
            event.add("summary", f"{name} – {asset.name if asset else occ.asset_code}")
            if asset and asset.location:
                event.add("location", asset.location)
            lines = [
                f"设备: {occ.asset_code} {asset.name if asset else ''}".rstrip(),
                f"任务: {name}（{describe_rule(task.rrule) if task else ''}）",
                f"工时: {occ.hours:g} h",
                f"系统: {asset.system if asset else ''}",
            ]
            if task and task.source:
                lines.append(f"依据: {task.source}")
            event.add("description", "\n".join(lines))
            event.add("categories", [team])
            if occ.status == "done":
                event.add("status", "CONFIRMED")
            calendar.add_component(event)
        path = out / f"{plan.year}_{_UNSAFE.sub('_', team) or 'team'}.ics"
        try:
            path.write_bytes(calendar.to_ical())
        except OSError as error:
            raise ExportError(
                _t(
                    "Cannot write {path}: {strerror}; check the folder's permissions.",
                    path=path,
                    strerror=error.strerror,
                )
            ) from None
        paths.append(path)
    report_progress(progress, cancel, total, total)
    return paths
