"""The meter use cases 16c's monthly report and the GUI call: consumption and the chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from fmdesk.app.meters import MeterError, consumption, find_anomalies, import_readings, meter_chart
from fmdesk.operations.meters.series import MeterSeries
from tests.meters.conftest import write_csv

START = datetime(2026, 3, 1, 16, tzinfo=UTC)  # 2026-03-02 00:00 local


def steady(code: str, per_hour: float, hours: int) -> MeterSeries:
    times = START.timestamp() + np.arange(hours + 1) * 3600.0
    return MeterSeries(code, "power", times, 1000.0 + per_hour * np.arange(hours + 1))


def test_consumption_between_two_dates_interpolates_the_readings(
    sample_app, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "r.csv", [steady("DB-1-101", 0.5, 24 * 10)])
    import_readings(sample_app, path)
    rows = {r.meter: r for r in consumption(sample_app, date(2026, 3, 3), date(2026, 3, 5))}
    assert rows["DB-1-101"].consumption == pytest.approx(24.0)
    assert rows["DB-1-101"].unit == "kWh"
    assert rows["DB-1-102"].consumption is None  # no readings: not zero
    assert rows["DB-1-101"].to_dict()["consumption"] == pytest.approx(24.0)


def test_the_chart_has_one_value_per_local_day(sample_app, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [steady("DB-1-101", 0.5, 24 * 10)])
    import_readings(sample_app, path)
    chart = meter_chart(sample_app, "DB-1-101", date(2026, 3, 3), date(2026, 3, 8))
    known = [v for v in chart.daily if v is not None]
    assert known and all(v == pytest.approx(12.0) for v in known)
    assert chart.anomalies == []
    with pytest.raises(MeterError):
        meter_chart(sample_app, "NO-SUCH", date(2026, 3, 3), date(2026, 3, 8))


def test_a_period_that_ends_before_it_starts_is_refused(sample_app) -> None:
    with pytest.raises(MeterError):
        find_anomalies(sample_app, date(2026, 3, 5), date(2026, 3, 1))
    assert find_anomalies(sample_app, START, START + timedelta(days=1)) == []


def test_the_history_contributor_writes_readings_with_its_faults(sample_app) -> None:
    import random

    from fmdesk.app.history_samples import CONTRIBUTORS
    from fmdesk.app.meter_history import meter_history

    assert meter_history in CONTRIBUTORS
    counts = meter_history(sample_app, 1, random.Random(5))
    assert counts["meter_readings"] > 75 * 24 * 90
    kinds = {(a.meter[:2], a.kind) for a in find_anomalies(sample_app)}
    assert ("WM", "night_flow") in kinds and ("DB", "stopped") in kinds
    assert meter_history(sample_app, 1, random.Random(5))["meter_readings"] == 0  # idempotent
