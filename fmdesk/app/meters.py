"""Use cases of the meters: import readings, list meters, find anomalies, consumption, and an
anomaly becoming a work order. The same calls serve ``fmdesk meters …``, the GUI's meters panel,
16c's monthly report and the tests::

    result = import_readings(app, Path("readings.csv"))   # bad rows by line, good rows kept
    for anomaly in find_anomalies(app, start, end):
        print(anomaly.sentence, [e["name"] for e in anomaly.downstream])

The meters are placed on the networks (parent meter, downstream elements) from the most recently
imported model by the network engine; the placement is kept in the database and refreshed when
that model's content changes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.operations.meters.views import (
        ImportResult,
        MeterAnomaly,
        MeterChart,
        MeterConsumption,
        MeterInfo,
    )
    from fmdesk.records.dto import WorkOrderView

__all__ = [
    "anomaly_to_work_order",
    "consumption",
    "find_anomalies",
    "import_readings",
    "list_meters",
    "meter_chart",
    "place_meters",
    "readings_period",
]

DEFAULT_DAYS = 30


class MeterError(UserError):
    """A meter, period or anomaly the user named that does not exist or does not fit."""


def import_readings(app: App, path: str | Path, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Import cumulative readings (CSV or Excel, columns meter,time,reading); re-importing the
    same file changes nothing. Rows naming no meter of the asset register are bad rows."""
    from fmdesk.operations.meters.readings import BadRow, parse_readings
    from fmdesk.operations.meters.store import meter_assets, store_readings
    from fmdesk.operations.meters.views import ImportResult

    file = Path(path)
    progress.report(0.0, _t("Reading {name}", name=file.name))
    parsed = parse_readings(file)
    with app.uow() as uow:
        uow.begin_write()
        known = {m.code for m in meter_assets(uow)}
        good = [r for r in parsed.readings if r.meter in known]
        unknown = [
            BadRow(r.line, _t("no meter has the code {code}", code=r.meter))
            for r in parsed.readings
            if r.meter not in known
        ]
        progress.report(0.5, _t("Saving {count} readings", count=len(good)))
        added, updated, unchanged = store_readings(uow, good, file.name)
        uow.commit()
    bad = sorted([*parsed.bad, *unknown], key=lambda row: row.line)
    return ImportResult(str(file), added, updated, unchanged, bad)


def list_meters(app: App, progress: Progress = NO_PROGRESS) -> list[MeterInfo]:
    """Every meter of the asset register with its place on the networks and last reading."""
    from fmdesk.operations.meters.store import UNITS, load_links, meter_assets, reading_counts
    from fmdesk.operations.meters.views import MeterInfo

    place_meters(app, progress=part_of(progress, 0.0, 0.8))
    with app.uow() as uow:
        meters = meter_assets(uow)
        links = load_links(uow)
        counts = reading_counts(uow)
    infos = []
    for meter in meters:
        link = links.get(meter.code)
        count, last_time, last_value = counts.get(meter.code, (0, None, None))
        infos.append(
            MeterInfo(
                code=meter.code,
                name=meter.name,
                kind=meter.kind,
                unit=UNITS[meter.kind],
                parent=link.parent if link else "",
                storey=meter.storey,
                space=meter.space,
                readings=count,
                last_time=last_time,
                last_reading=last_value,
                downstream_count=link.downstream_count if link else 0,
                spaces=list(link.spaces) if link else [],
            )
        )
    return infos


def place_meters(
    app: App, model: str | Path | None = None, progress: Progress = NO_PROGRESS
) -> int:
    """Place the meters on the networks of ``model`` (default: the most recently imported
    model, when its file is still there); returns how many meters were placed. Does nothing
    when the stored placement is of the same model content."""
    from fmdesk.app.network import load_network
    from fmdesk.network import cache
    from fmdesk.operations.meters.placement import place_meters as place
    from fmdesk.operations.meters.store import links_hash, meter_assets, save_links

    with app.uow() as uow:
        path = Path(model) if model else _latest_model(uow)
        if path is None or not path.is_file():
            return 0
        content_hash = cache.content_hash(path)
        if links_hash(uow) == content_hash:
            return 0
        meters = meter_assets(uow)
    network = load_network(app, path, progress=progress)
    placements = place(network, {m.code: m.global_id for m in meters if m.global_id})
    kinds = {m.code: m.kind for m in meters}
    with app.uow() as uow:
        uow.begin_write()
        count = save_links(uow, placements.values(), kinds, content_hash)
        uow.commit()
    return count


def _latest_model(uow) -> Path | None:
    from sqlalchemy import select

    from fmdesk.records.models import ModelRevision

    path = uow.session.scalar(
        select(ModelRevision.file_path).order_by(ModelRevision.id.desc()).limit(1)
    )
    return Path(path) if path else None


def readings_period(app: App) -> tuple[datetime, datetime] | None:
    """The default period: the last 30 days up to the latest reading (None without readings)."""
    from sqlalchemy import func, select

    from fmdesk.operations.meters.tables import MeterReading

    with app.uow() as uow:
        last = uow.session.scalar(select(func.max(MeterReading.at)))
    if last is None:
        return None
    end = last.astimezone(UTC) + timedelta(hours=1)
    return end - timedelta(days=DEFAULT_DAYS), end


def find_anomalies(
    app: App,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    *,
    meter: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[MeterAnomaly]:
    """Anomalies that start in [start, end) (default: the last 30 days of readings), oldest
    first, each with its sentence and the network elements downstream of its meter."""
    from fmdesk.operations.meters.detect import detect
    from fmdesk.operations.meters.rules import DEFAULT_RULES
    from fmdesk.operations.meters.store import (
        load_links,
        load_series,
        meter_assets,
        ordered_anomalies,
    )

    first, last = _period(app, start, end)
    place_meters(app, progress=part_of(progress, 0.0, 0.3))
    progress.report(0.3, _t("Reading the meter readings"))
    lookback = first - timedelta(days=DEFAULT_RULES.lookback_days)
    with app.uow() as uow:
        meters = meter_assets(uow)
        links = load_links(uow)
        parents = {code: link.parent for code, link in links.items()}
        series = load_series(uow, meters, lookback, last, parents)
        ordered = ordered_anomalies(uow)
    if meter is not None and meter not in {m.code for m in meters}:
        raise MeterError(_t("No meter has the code {code}.", code=meter))
    progress.report(0.7, _t("Looking for anomalies"))
    found = detect(series, first.timestamp(), last.timestamp())
    if meter is not None:
        found = [f for f in found if f.meter == meter]
    names = {m.code: m.name for m in meters}
    return [_anomaly(f, names, links, ordered) for f in found]


def _anomaly(finding, names, links, ordered) -> MeterAnomaly:
    from fmdesk.operations.meters.store import UNITS
    from fmdesk.operations.meters.views import MeterAnomaly, describe

    link = links.get(finding.meter)
    spaces = list(link.spaces) if link else []
    unit = UNITS.get(finding.meter_kind, "")
    name = names.get(finding.meter, finding.meter)
    return MeterAnomaly(
        id=finding.id,
        meter=finding.meter,
        meter_name=name,
        meter_kind=finding.meter_kind,
        kind=finding.kind,
        start=finding.start,
        end=finding.end,
        size=finding.size,
        unit=unit,
        baseline=finding.baseline,
        text=describe(finding, name, unit, spaces),
        downstream=list(link.downstream) if link else [],
        downstream_count=link.downstream_count if link else 0,
        spaces=spaces,
        work_order=ordered.get(finding.id),
    )


def consumption(
    app: App, start: date | datetime | None = None, end: date | datetime | None = None
) -> list[MeterConsumption]:
    """Each meter's consumption between ``start`` and ``end`` (readings interpolated at both
    ends; None where the readings do not cover the period)."""
    import numpy as np

    from fmdesk.operations.meters.store import UNITS, load_series, meter_assets
    from fmdesk.operations.meters.views import MeterConsumption

    first, last = _period(app, start, end)
    with app.uow() as uow:
        meters = meter_assets(uow)
        series = load_series(uow, meters, first - timedelta(days=35), last + timedelta(days=35))
    result = []
    for meter, data in zip(meters, series, strict=True):
        value = None
        t0, t1 = first.timestamp(), last.timestamp()
        if len(data.times) and 0 < t1 - data.times[-1] <= 3600:
            t1 = float(data.times[-1])  # the default period ends an hour after the last reading
        if len(data.times) and data.times[0] <= t0 and data.times[-1] >= t1:
            value = float(np.interp(t1, data.times, data.readings)) - float(
                np.interp(t0, data.times, data.readings)
            )
        unit = UNITS[meter.kind]
        result.append(
            MeterConsumption(meter.code, meter.name, meter.kind, unit, first, last, value)
        )
    return result


def meter_chart(
    app: App,
    code: str,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> MeterChart:
    """One meter's daily consumption and anomalies over the period, for the GUI's chart."""
    import numpy as np

    from fmdesk.operations.meters.series import build_grid
    from fmdesk.operations.meters.store import UNITS, load_series, meter_assets
    from fmdesk.operations.meters.views import MeterChart

    first, last = _period(app, start, end)
    with app.uow() as uow:
        meters = [m for m in meter_assets(uow) if m.code == code]
        if not meters:
            raise MeterError(_t("No meter has the code {code}.", code=code))
        series = load_series(uow, meters, first - timedelta(days=1), last)
    grid = build_grid(series, first.timestamp(), last.timestamp())
    days = grid.consumption.reshape(-1, 24)
    known = np.sum(~np.isnan(days), axis=1) >= 20
    totals = np.where(known, np.nansum(days, axis=1), np.nan)
    stamps = [datetime.fromtimestamp(grid.utc_seconds(i * 24), UTC) for i in range(len(totals))]
    keep = [i for i, at in enumerate(stamps) if first - timedelta(days=1) < at < last]
    anomalies = find_anomalies(app, first, last, meter=code, progress=progress)
    return MeterChart(
        meter=code,
        unit=UNITS[meters[0].kind],
        days=[stamps[i] for i in keep],
        daily=[None if np.isnan(totals[i]) else round(float(totals[i]), 4) for i in keep],
        anomalies=anomalies,
    )


def anomaly_to_work_order(app: App, anomaly_id: str) -> WorkOrderView:
    """Turn an anomaly into a work order on its meter (once: a second call says which order)."""
    from fmdesk.app.workorders import create_work_order
    from fmdesk.operations.meters.store import ordered_anomalies, record_order

    anomaly = _find_by_id(app, anomaly_id)
    with app.uow() as uow:
        done = ordered_anomalies(uow).get(anomaly.id)
    if done:
        raise MeterError(
            _t("Anomaly {id} is already work order {number}.", id=anomaly.id, number=done)
        )
    where = "、".join(e["name"] for e in anomaly.downstream[:8])
    description = anomaly.sentence
    if where:
        description += "\n" + _t("Downstream: {where}", where=where).render()
    urgent = anomaly.kind in ("night_flow", "imbalance", "backwards", "jump")
    order = create_work_order(
        app,
        _t("{meter}: {kind}", meter=anomaly.meter_name, kind=_kind(anomaly.kind)).render(),
        priority="high" if urgent else "normal",
        asset=anomaly.meter,
        source="meter",
        description=description,
        location="、".join(anomaly.spaces[:6]),
    )
    with app.uow() as uow:
        uow.begin_write()
        record_order(uow, anomaly.id, order.number)
        uow.commit()
    return order


def _kind(kind: str) -> str:
    from fmdesk.operations.meters.views import kind_label

    return kind_label(kind)


def _find_by_id(app: App, anomaly_id: str) -> MeterAnomaly:
    parts = anomaly_id.strip().split("/")
    try:
        meter, _kind_name, stamp = parts
        at = datetime.strptime(stamp, "%Y%m%dT%H%M").replace(tzinfo=UTC)
    except ValueError:
        raise MeterError(
            _t("'{id}' is not an anomaly id (METER/KIND/YYYYMMDDTHHMM).", id=anomaly_id)
        ) from None
    for days in (1, 30):
        window = timedelta(days=days)
        for anomaly in find_anomalies(app, at - window, at + window, meter=meter):
            if anomaly.id == anomaly_id.strip():
                return anomaly
    raise MeterError(_t("No anomaly {id} in the readings.", id=anomaly_id))


def _period(
    app: App, start: date | datetime | None, end: date | datetime | None
) -> tuple[datetime, datetime]:
    default = readings_period(app)
    now = datetime.now(UTC)
    last = _moment(end) if end is not None else (default[1] if default else now)
    first = _moment(start) if start is not None else last - timedelta(days=DEFAULT_DAYS)
    if first >= last:
        raise MeterError(_t("The period must end after it starts."))
    return first, last


def _moment(value: date | datetime) -> datetime:
    """A date is local midnight (China Standard Time); a naive datetime is local time."""
    from fmdesk.operations.meters.readings import LOCAL

    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0), LOCAL)
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL)
    return value.astimezone(UTC)
