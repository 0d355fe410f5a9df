"""Meter readings for ``fmdesk samples --history N``: plausible readings of every meter of the
register with a few known faults, so the meters panel and the monthly report have data.

The history generator (``fmdesk.app.history_samples``) calls every function of its
``CONTRIBUTORS`` list as ``contributor(app, years, rng, progress) -> {what: count}``;
:func:`meter_history` is the meters' one. Its readings end where the rest of the history ends
(after the last generated work order, so ``--until`` moves them too).
Readings are hourly over the last 90 days and daily before (a remote-reading system keeps
hourly data for months; older data is daily), and three faults are injected into the last
weeks: a hidden night leak in a flat, a stopped electricity meter and a day of abnormal use.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App

__all__ = ["HOURLY_DAYS", "meter_history"]

HOURLY_DAYS = 90
SOURCE = "samples --history"


def meter_history(
    app: App, years: int, rng: Any = None, progress: Progress = NO_PROGRESS
) -> dict[str, int]:
    """Generate ``years`` of readings for the register's meters, up to the current hour."""
    from fmdesk.app.meters import place_meters
    from fmdesk.operations.meters.simulate import simulate
    from fmdesk.operations.meters.store import load_links, meter_assets

    place_meters(app, progress=part_of(progress, 0.0, 0.2))
    with app.uow() as uow:
        meters = meter_assets(uow)
        links = load_links(uow)
        start, end = _window(uow, years)
    if not meters:
        return {"meter_readings": 0}
    sims = _sim_meters(meters, {code: link.parent for code, link in links.items()})
    faults = _faults(sims, end)
    progress.report(0.3, _t("Generating meter readings"))
    hours = int((end - start).total_seconds() // 3600)
    series = simulate(sims, start, hours, faults, seed=_seed(rng))
    rows = _rows(series, (end - timedelta(days=HOURLY_DAYS)).timestamp())
    progress.report(0.6, _t("Saving {count} readings", count=len(rows)))
    with app.uow() as uow:
        uow.begin_write()
        count = _save(uow, rows)
        uow.commit()
    return {"meter_readings": count}


def _window(uow, years: int) -> tuple[datetime, datetime]:
    """The history's window: it ends where the work orders the contributors before wrote end
    (``--until``), else at the start of today (UTC); whole years back from there."""
    from sqlalchemy import func, select

    from fmdesk.records.models import WorkOrder

    last = uow.session.scalar(select(func.max(WorkOrder.created_at)))
    until = (last.astimezone(UTC) + timedelta(days=1)).date() if last else datetime.now(UTC).date()
    until = min(until, datetime.now(UTC).date())
    end = datetime.combine(until, time(), UTC)
    return end.replace(year=end.year - max(1, years)), end


def _rows(series, hourly_from: float) -> list[dict[str, Any]]:
    """Hourly readings after ``hourly_from``, one at local midnight before, as table rows."""
    rows = []
    for meter in series:
        keep = (meter.times >= hourly_from) | ((meter.times // 3600 + 8) % 24 == 0)
        values = meter.readings[keep].round(3).tolist()
        for at, value in zip(meter.times[keep].tolist(), values, strict=True):
            moment = datetime.fromtimestamp(at, UTC)
            rows.append({"meter": meter.code, "at": moment, "reading": value, "source": SOURCE})
    return rows


def _save(uow, rows: list[dict[str, Any]]) -> int:
    """Bulk insert on a register without readings in the window (the usual case: a fresh
    history); otherwise through the idempotent import path."""
    from sqlalchemy import func, insert, select

    from fmdesk.operations.meters.readings import Reading
    from fmdesk.operations.meters.store import store_readings
    from fmdesk.operations.meters.tables import MeterReading

    if not rows:
        return 0
    first = min(row["at"] for row in rows)
    existing = uow.session.scalar(
        select(func.count()).select_from(MeterReading).where(MeterReading.at >= first)
    )
    if not existing:
        for index in range(0, len(rows), 20_000):
            uow.session.execute(insert(MeterReading), rows[index : index + 20_000])
        return len(rows)
    readings = [Reading(r["meter"], r["at"], r["reading"], 0) for r in rows]
    added, updated, _ = store_readings(uow, readings, SOURCE)
    return added + updated


def _sim_meters(meters, parents: dict[str, str]):
    from fmdesk.operations.meters.simulate import SimMeter

    mains = {parent for parent in parents.values() if parent}
    return [
        SimMeter(
            m.code,
            m.kind,
            parents.get(m.code, ""),
            main=m.code in mains,
            loss=0.15 if m.kind == "power" else 0.02,
        )
        for m in meters
    ]


def _faults(sims, end: datetime):
    """A night leak 12 days ago, a meter stopped 9 days ago, a day of abnormal use 20 days ago
    (on flats' meters, so a main meter shows what follows from them)."""
    from fmdesk.operations.meters.simulate import Fault

    water = [m.code for m in sims if m.kind == "water" and not m.main]
    power = [m.code for m in sims if m.kind == "power" and not m.main]
    faults = []
    if water:
        faults.append(
            Fault(
                water[len(water) // 2], "night_flow", end - timedelta(days=12, hours=7), size=0.012
            )
        )
    if power:
        faults.append(Fault(power[len(power) // 3], "stopped", end - timedelta(days=9, hours=3)))
    if len(water) > 1:
        faults.append(
            Fault(water[1], "jump", end - timedelta(days=20, hours=2), hours=30, size=5.0)
        )
    return faults


def _seed(rng: Any) -> int:
    """The history's random generator (``random.Random`` or numpy's) gives the seed."""
    if rng is None:
        return 16
    if hasattr(rng, "integers"):
        return int(rng.integers(0, 2**31))
    return int(rng.randrange(2**31))
