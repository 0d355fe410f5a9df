"""SLA clocks: response, on-site and completion targets per priority, and what is overdue.

Targets are configurable in ``<config>/sla.json``, e.g.
``{"urgent": {"response_minutes": 15, "on_site_minutes": 30, "completion_minutes": 240}}``;
missing priorities keep the defaults below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from fmdesk.i18n import Msg, _t
from fmdesk.records.errors import InvalidInputError
from fmdesk.settings import config_dir

PRIORITIES = ("urgent", "high", "normal", "low")
PRIORITY_NAMES: dict[str, Msg] = {
    "urgent": _t("urgent"),
    "high": _t("high"),
    "normal": _t("normal"),
    "low": _t("low"),
}
"""What a priority is called where people read it (the id stays in data and ``--json``)."""


def priority_name(priority: str) -> Msg | str:
    """The readable name of ``priority`` (the id itself when unknown)."""
    return PRIORITY_NAMES.get(priority, priority)


@dataclass(frozen=True)
class SlaTarget:
    """How long a priority may take to be accepted (response), reached, and completed."""

    response: timedelta
    on_site: timedelta
    completion: timedelta


DEFAULT_SLA: dict[str, SlaTarget] = {
    "urgent": SlaTarget(timedelta(minutes=15), timedelta(minutes=30), timedelta(hours=4)),
    "high": SlaTarget(timedelta(minutes=30), timedelta(hours=2), timedelta(hours=24)),
    "normal": SlaTarget(timedelta(hours=2), timedelta(hours=24), timedelta(hours=72)),
    "low": SlaTarget(timedelta(hours=8), timedelta(hours=72), timedelta(days=7)),
}


@dataclass(frozen=True)
class Deadlines:
    response_due: datetime
    on_site_due: datetime
    completion_due: datetime


def check_priority(priority: str) -> str:
    value = priority.strip().lower()
    if value not in PRIORITIES:
        raise InvalidInputError(
            _t(
                "'{priority}' is not a priority; use one of {priorities}.",
                priority=priority,
                priorities=list(PRIORITIES),
            )
        )
    return value


def load_sla_policy(path: Path | None = None) -> dict[str, SlaTarget]:
    """The SLA targets: defaults overridden by ``sla.json`` in the config folder, if present."""
    path = path or config_dir() / "sla.json"
    policy = dict(DEFAULT_SLA)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return policy
    except (OSError, ValueError) as error:
        raise InvalidInputError(
            _t("The SLA file {path} is not valid JSON; fix or delete it.", path=str(path))
        ) from error
    for priority, values in raw.items():
        base = policy.get(check_priority(priority), DEFAULT_SLA["normal"])
        changes = {
            key: timedelta(minutes=float(values[f"{key}_minutes"]))
            for key in ("response", "on_site", "completion")
            if f"{key}_minutes" in values
        }
        policy[priority] = replace(base, **changes)
    return policy


def deadlines_for(
    priority: str, start: datetime, policy: dict[str, SlaTarget] | None = None
) -> Deadlines:
    """Deadlines of an order of ``priority`` reported (or reopened) at ``start``."""
    target = (policy or DEFAULT_SLA)[check_priority(priority)]
    return Deadlines(start + target.response, start + target.on_site, start + target.completion)


def next_due(
    state: str,
    deadlines: tuple[datetime | None, datetime | None, datetime | None],
    met: tuple[datetime | None, datetime | None, datetime | None],
) -> datetime | None:
    """The first deadline not yet met, or None once the work is rectified or the order done.

    ``deadlines`` = (response, on-site, completion); ``met`` = (accepted, on site, rectified).
    Kept in one indexed column so the overdue list is a single range scan.
    """
    if state in ("rectified", "rechecked", "closed", "cancelled"):
        return None
    pending = [due for due, done in zip(deadlines, met, strict=True) if due and done is None]
    return min(pending) if pending else None
