"""The trainer's view: who has done which drill set, with what result, and who is due a
refresher (a passed set expires after its refresher period, e.g. 12 months for the shut-off
drill).

Example::

    rows = progress_table(trainees, drill_sets, attempts, today=date(2027, 3, 1))
    [r.status for r in rows]   # ['passed', 'refresher_due', 'not_started', …]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from fmdesk.training.dto import AttemptInfo, DrillSetInfo, TraineeInfo

__all__ = ["DUE_SOON_DAYS", "STATUSES", "ProgressRow", "progress_table"]

DUE_SOON_DAYS = 30
STATUSES = ("not_started", "not_passed", "passed", "due_soon", "refresher_due")


@dataclass(frozen=True)
class ProgressRow:
    """One trainee and one drill set."""

    trainee: str
    team: str
    set_id: int
    set_name: str
    attempts: int
    best_score: int | None
    last_score: int | None
    last_at: date | None
    passed_on: date | None
    """The date of the latest passing attempt."""
    refresher_due: date | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_at", "passed_on", "refresher_due"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def progress_table(
    trainees: Iterable[TraineeInfo],
    drill_sets: Iterable[DrillSetInfo],
    attempts: Iterable[AttemptInfo],
    today: date,
) -> list[ProgressRow]:
    """One row per trainee and drill set, trainees by team and name."""
    by_key: dict[tuple[str, int], list[AttemptInfo]] = {}
    for attempt in attempts:
        if attempt.set_id is not None:
            by_key.setdefault((attempt.trainee, attempt.set_id), []).append(attempt)
    sets = list(drill_sets)
    rows = []
    for person in sorted(trainees, key=lambda t: (t.team, t.name)):
        for drill_set in sets:
            tries = sorted(by_key.get((person.name, drill_set.id), []), key=lambda a: a.at)
            rows.append(_row(person, drill_set, tries, today))
    return rows


def _row(
    person: TraineeInfo, drill_set: DrillSetInfo, tries: list[AttemptInfo], today: date
) -> ProgressRow:
    passed = [a for a in tries if a.passed]
    passed_on = passed[-1].at.date() if passed else None
    due = None
    if passed_on is not None and drill_set.refresher_months:
        due = passed_on + relativedelta(months=drill_set.refresher_months)
    if not tries:
        status = "not_started"
    elif passed_on is None:
        status = "not_passed"
    elif due is not None and due <= today:
        status = "refresher_due"
    elif due is not None and due <= today + timedelta(days=DUE_SOON_DAYS):
        status = "due_soon"
    else:
        status = "passed"
    return ProgressRow(
        trainee=person.name,
        team=person.team,
        set_id=drill_set.id,
        set_name=drill_set.name,
        attempts=len(tries),
        best_score=max((a.score for a in tries), default=None),
        last_score=tries[-1].score if tries else None,
        last_at=tries[-1].at.date() if tries else None,
        passed_on=passed_on,
        refresher_due=due,
        status=status,
    )
