"""Meter readings for ``fmdesk samples --history N``: plausible readings of every meter of the
register with a few known faults, so the meters panel and the monthly report have data.

The history generator (``fmdesk.app.history_samples``) calls every function of its
``CONTRIBUTORS`` list as ``contributor(app, years, rng, progress) -> {what: count}``;
:func:`meter_history` is the meters' one. Readings are hourly over the last 180 days and daily
before (a remote-reading system keeps hourly data for months; older data is daily), and three
faults are injected into the last weeks: a hidden night leak in a flat, a stopped electricity
meter and a day of abnormal use.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App

__all__ = ["HOURLY_DAYS", "meter_history"]

HOURLY_DAYS = 180


def meter_history(
    app: App, years: int, rng: Any = None, progress: Progress = NO_PROGRESS
) -> dict[str, int]:
    """Generate ``years`` of readings for the register's meters, up to the current hour."""
    import numpy as np

    from fmdesk.app.meters import place_meters
    from fmdesk.operations.meters.readings import Reading
    from fmdesk.operations.meters.simulate import simulate
    from fmdesk.operations.meters.store import load_links, meter_assets, store_readings

    place_meters(app, progress=part_of(progress, 0.0, 0.2))
    with app.uow() as uow:
        meters = meter_assets(uow)
        links = load_links(uow)
    if not meters:
        return {"meter_readings": 0}
    end = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    start = end - timedelta(days=365 * max(1, years))
    sims = _sim_meters(meters, {code: link.parent for code, link in links.items()})
    faults = _faults(sims, end)
    progress.report(0.3, _t("Generating meter readings"))
    hours = int((end - start).total_seconds() // 3600)
    series = simulate(sims, start, hours, faults, seed=_seed(rng))
    hourly_from = (end - timedelta(days=HOURLY_DAYS)).timestamp()
    readings = []
    for meter in series:
        keep = (meter.times >= hourly_from) | ((meter.times // 3600 + 8) % 24 == 0)
        for at, value in zip(meter.times[keep], meter.readings[keep], strict=True):
            moment = datetime.fromtimestamp(int(at), UTC)
            readings.append(Reading(meter.code, moment, float(np.round(value, 3)), 0))
    progress.report(0.6, _t("Saving {count} readings", count=len(readings)))
    with app.uow() as uow:
        uow.begin_write()
        added, updated, _ = store_readings(uow, readings, "samples --history")
        uow.commit()
    return {"meter_readings": added + updated}


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
