"""The meters in the records database: meter assets, readings, placements, ordered anomalies.

A meter is an asset of category ``meter`` (imported from the model's IfcFlowMeter); readings
name it by its asset code. Writes are batched (a year of hourly readings of a thousand meters is
nine million rows) and idempotent: a reading already stored with the same value is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

import numpy as np
from sqlalchemy import delete, insert, select, update

from fmdesk.operations.meters.placement import Placement
from fmdesk.operations.meters.readings import Reading
from fmdesk.operations.meters.series import MeterSeries
from fmdesk.operations.meters.tables import MeterAnomalyOrder, MeterLink, MeterReading
from fmdesk.records.models import Asset
from fmdesk.records.uow import UnitOfWork

__all__ = [
    "MeterAsset",
    "load_links",
    "load_series",
    "meter_assets",
    "meter_kind",
    "ordered_anomalies",
    "record_order",
    "save_links",
    "store_readings",
]

UNITS = {"water": "m³", "gas": "m³", "power": "kWh", "heat": "kWh"}
BATCH = 5000


@dataclass(frozen=True)
class MeterAsset:
    code: str
    name: str
    kind: str
    global_id: str
    storey: str
    space: str


def meter_kind(name: str, type_name: str = "", predefined: str = "") -> str:
    """water | power | heat | gas, from the names (电表, 热量表, 燃气表) and the IFC type.

    Example: ``meter_kind("户电表 1-101", "单相智能电能表", "ENERGYMETER") == "power"``.
    """
    text = f"{name} {type_name}"
    if "热" in text or "heat" in text.lower():
        return "heat"
    if "燃气" in text or predefined == "GASMETER" or "gas" in text.lower():
        return "gas"
    if "电" in text or predefined in ("ENERGYMETER", "ELECTRICMETER"):
        return "power"
    return "water"


def meter_assets(uow: UnitOfWork) -> list[MeterAsset]:
    """Every meter in the asset register, by code."""
    rows = uow.session.execute(
        select(
            Asset.code,
            Asset.name,
            Asset.type_name,
            Asset.predefined_type,
            Asset.ifc_global_id,
            Asset.storey_name,
            Asset.space_name,
        )
        .where(Asset.category == "meter")
        .order_by(Asset.code)
    ).all()
    return [
        MeterAsset(code, name, meter_kind(name, type_name, predefined), gid or "", storey, space)
        for code, name, type_name, predefined, gid, storey, space in rows
    ]


def store_readings(
    uow: UnitOfWork, readings: Sequence[Reading], source: str
) -> tuple[int, int, int]:
    """Insert new readings, update changed values; returns (added, updated, unchanged)."""
    if not readings:
        return 0, 0, 0
    latest: dict[tuple[str, datetime], Reading] = {}
    for reading in readings:  # the last row wins when a file repeats a meter and time
        latest[(reading.meter, reading.at)] = reading
    existing = _existing(uow, latest)
    added: list[dict] = []
    changed: list[dict] = []
    for (meter, at), reading in latest.items():
        found = existing.get((meter, at))
        if found is None:
            added.append({"meter": meter, "at": at, "reading": reading.value, "source": source})
        elif abs(found[1] - reading.value) > 1e-9:
            changed.append({"row_id": found[0], "new_value": reading.value, "new_source": source})
    for start in range(0, len(added), BATCH):
        uow.session.execute(insert(MeterReading), added[start : start + BATCH])
    if changed:
        statement = (
            update(MeterReading.__table__)
            .where(MeterReading.__table__.c.id == _bind("row_id"))
            .values(reading=_bind("new_value"), source=_bind("new_source"))
        )
        uow.session.execute(statement, changed)
    return len(added), len(changed), len(latest) - len(added) - len(changed)


def _bind(name: str):
    from sqlalchemy import bindparam

    return bindparam(name)


def _existing(uow: UnitOfWork, wanted) -> dict[tuple[str, datetime], tuple[int, float]]:
    found: dict[tuple[str, datetime], tuple[int, float]] = {}
    keys = sorted(wanted)
    for meter, group in groupby(keys, key=lambda key: key[0]):
        times = [at for _, at in group]
        rows = uow.session.execute(
            select(MeterReading.id, MeterReading.at, MeterReading.reading).where(
                MeterReading.meter == meter,
                MeterReading.at >= min(times),
                MeterReading.at <= max(times),
            )
        ).all()
        for row_id, at, value in rows:
            found[(meter, at)] = (row_id, value)
    return found


def load_series(
    uow: UnitOfWork,
    meters: Sequence[MeterAsset],
    start: datetime,
    end: datetime,
    parents: dict[str, str] | None = None,
) -> list[MeterSeries]:
    """Each meter's readings in [start, end] as numpy arrays (one query, streamed)."""
    wanted = {m.code for m in meters}
    times: dict[str, list[float]] = {code: [] for code in wanted}
    values: dict[str, list[float]] = {code: [] for code in wanted}
    statement = (
        select(MeterReading.meter, MeterReading.at, MeterReading.reading)
        .where(MeterReading.at >= start, MeterReading.at <= end)
        .order_by(MeterReading.meter, MeterReading.at)
        .execution_options(yield_per=50_000)
    )
    for meter, at, value in uow.session.execute(statement):
        if meter in wanted:
            times[meter].append(at.timestamp())
            values[meter].append(value)
    parents = parents or {}
    return [
        MeterSeries(
            m.code,
            m.kind,
            np.asarray(times[m.code], dtype=np.float64),
            np.asarray(values[m.code], dtype=np.float64),
            parents.get(m.code, ""),
        )
        for m in meters
    ]


def reading_counts(uow: UnitOfWork) -> dict[str, tuple[int, datetime | None, float | None]]:
    """Per meter: how many readings, and the last one (time, value)."""
    from sqlalchemy import func

    counts = dict(
        uow.session.execute(
            select(MeterReading.meter, func.count()).group_by(MeterReading.meter)
        ).all()
    )
    last_at = dict(
        uow.session.execute(
            select(MeterReading.meter, func.max(MeterReading.at)).group_by(MeterReading.meter)
        ).all()
    )
    result: dict[str, tuple[int, datetime | None, float | None]] = {}
    for meter, count in counts.items():
        at = last_at.get(meter)
        value = uow.session.scalar(
            select(MeterReading.reading).where(MeterReading.meter == meter, MeterReading.at == at)
        )
        result[meter] = (count, at, value)
    return result


def load_links(uow: UnitOfWork) -> dict[str, Placement]:
    """The stored placements by meter code (plain objects, usable after the session)."""
    return {
        link.meter: Placement(
            meter=link.meter,
            parent=link.parent,
            downstream_count=link.downstream_count,
            downstream=list(link.downstream or []),
            spaces=list(link.spaces or []),
        )
        for link in uow.session.scalars(select(MeterLink))
    }


def links_hash(uow: UnitOfWork) -> str | None:
    return uow.session.scalar(select(MeterLink.content_hash).limit(1))


def save_links(
    uow: UnitOfWork, placements: Iterable[Placement], kinds: dict[str, str], content_hash: str
) -> int:
    """Replace the stored placements with ``placements`` (of the model ``content_hash``)."""
    uow.session.execute(delete(MeterLink))
    count = 0
    for placement in placements:
        uow.session.add(
            MeterLink(
                meter=placement.meter,
                kind=kinds.get(placement.meter, "water"),
                parent=placement.parent,
                downstream_count=placement.downstream_count,
                downstream=placement.downstream,
                spaces=placement.spaces,
                content_hash=content_hash,
            )
        )
        count += 1
    return count


def ordered_anomalies(uow: UnitOfWork) -> dict[str, str]:
    """Anomaly id → work order number, for the anomalies that became orders."""
    rows = uow.session.execute(select(MeterAnomalyOrder.anomaly, MeterAnomalyOrder.work_order))
    return dict(rows.all())


def record_order(uow: UnitOfWork, anomaly: str, work_order: str) -> None:
    uow.session.add(MeterAnomalyOrder(anomaly=anomaly, work_order=work_order))
