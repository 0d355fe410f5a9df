"""Use case: years of plausible records for the sample building (``fmdesk samples --history``).

The history is made by the functions in :data:`CONTRIBUTORS`, called in order, each
``(app, years, rng, progress) -> dict[str, int]`` (what it added, by kind). Every contributor
reads the window with :func:`history_window` and draws only from ``rng``, so a seed and an end
date give the same records every time. Contributors write with bulk inserts: two years take
seconds. Another feature adds its records (meter readings…) by appending one function here.

    report = generate_history(app, years=2, seed=2027, until=date(2027, 3, 1))
    report.counts["repair_orders"]
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App

__all__ = ["CONTRIBUTORS", "HistoryReport", "generate_history", "history_window"]

Contributor = Callable[["App", int, random.Random, Progress], dict[str, int]]
DEFAULT_SEED = 2027
_WINDOW: ContextVar[tuple[datetime, datetime] | None] = ContextVar("history_window", default=None)


@dataclass(frozen=True)
class HistoryReport:
    years: int
    seed: int
    start: datetime
    end: datetime
    counts: dict[str, int] = field(default_factory=dict)
    skipped: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "years": self.years,
            "seed": self.seed,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "counts": dict(self.counts),
            "skipped": self.skipped,
            "seconds": round(self.seconds, 2),
        }


def history_window(years: int) -> tuple[datetime, datetime]:
    """The [start, end) of the history being generated (UTC; end = the start of ``until``)."""
    from fmdesk.operations.history_context import history_window as window

    return _WINDOW.get() or window(years, datetime.now(UTC).date())


def generate_history(
    app: App,
    years: int,
    seed: int = DEFAULT_SEED,
    until: date | None = None,
    if_empty: bool = False,
    progress: Progress = NO_PROGRESS,
) -> HistoryReport:
    """Run every contributor over ``years`` years ending at ``until`` (default today).

    With ``if_empty``, a database that already holds work orders is left as it is (``make run``
    calls it every time); without, a database that already has the generated history is refused.
    """
    from fmdesk.operations.history_context import history_window as window

    start, end = window(years, until or datetime.now(UTC).date())
    started = time.perf_counter()
    if _has_orders(app):
        if if_empty:
            return HistoryReport(years, seed, start, end, {}, skipped=True)
        if _has_history(app):
            from fmdesk.errors import UserError

            raise UserError(
                _t("This database already has the generated history; use a fresh database.")
            )
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    token = _WINDOW.set((start, end))
    try:
        for number, contributor in enumerate(CONTRIBUTORS):
            progress.check_cancelled()
            progress.report(number / len(CONTRIBUTORS), _t("Generating the history…"))
            for key, value in contributor(app, years, rng, progress).items():
                counts[key] = counts.get(key, 0) + value
    finally:
        _WINDOW.reset(token)
    progress.report(1.0, _t("History generated."))
    return HistoryReport(years, seed, start, end, counts, seconds=time.perf_counter() - started)


def add_organisation(
    app: App, years: int, rng: random.Random, progress: Progress
) -> dict[str, int]:
    """Teams, technicians, contractors with contracts, backup suppliers."""
    from fmdesk.operations.history_setup import ensure_people

    start, end = history_window(years)
    with app.uow() as uow:
        uow.begin_write()
        added = ensure_people(uow.session, start, end)
        uow.commit()
    return added


def add_inspections(app: App, years: int, rng: random.Random, progress: Progress) -> dict[str, int]:
    """Inspection rounds with their results; failed items open orders."""
    from fmdesk.operations.history_checks import generate_inspections

    return _with_context(app, years, rng, generate_inspections)


def add_repairs(app: App, years: int, rng: random.Random, progress: Progress) -> dict[str, int]:
    """Repair and preventive orders with acceptance and satisfaction ratings."""
    from fmdesk.operations.history_repairs import generate_repairs

    return _with_context(
        app, years, rng, lambda s, ctx: generate_repairs(s, ctx, progress.check_cancelled)
    )


def add_quality(app: App, years: int, rng: random.Random, progress: Progress) -> dict[str, int]:
    """Monthly quality checks with findings and rectification orders."""
    from fmdesk.operations.history_checks import generate_quality

    return _with_context(app, years, rng, generate_quality)


CONTRIBUTORS: list[Contributor] = [
    add_organisation,
    add_repairs,
    add_inspections,
    add_quality,
]


def _with_context(app: App, years: int, rng: random.Random, work: Callable) -> dict[str, int]:
    from fmdesk.operations.history_context import load_context

    start, end = history_window(years)
    with app.uow() as uow:
        uow.begin_write()
        ctx = load_context(uow.session, rng, start, end, app.sla, uow.blobs)
        counts = work(uow.session, ctx)
        uow.commit()
    return counts


def _has_orders(app: App) -> bool:
    from sqlalchemy import select

    from fmdesk.records.models import WorkOrder

    with app.uow() as uow:
        return uow.session.scalar(select(WorkOrder.id).limit(1)) is not None


def _has_history(app: App) -> bool:
    from sqlalchemy import select

    from fmdesk.operations.contract_tables import Contract
    from fmdesk.operations.history_catalogue import CONTRACTORS

    with app.uow() as uow:
        first = CONTRACTORS[0]["contract"]["number"]
        return uow.session.scalar(select(Contract.id).where(Contract.number == first)) is not None
