"""The anomaly rules on generated readings with known injected faults (no database).

Precision and recall are computed over several fault kinds and printed (``pytest -s``); the
figures are in the README. Normal meters must raise no alarm at all.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from fmdesk.operations.meters.detect import detect
from fmdesk.operations.meters.evaluate import building_meters, random_faults, score
from fmdesk.operations.meters.series import build_grid
from fmdesk.operations.meters.simulate import Fault, SimMeter, simulate

START = datetime(2026, 1, 5, tzinfo=UTC)  # a Monday


def test_a_night_leak_in_one_of_20_meters_is_found_within_a_day_and_nothing_else() -> None:
    meters = [SimMeter(f"WM-1-{i:03d}", "water") for i in range(1, 21)]
    leak = Fault("WM-1-007", "night_flow", START + timedelta(days=75, hours=9), size=0.01)
    series = simulate(meters, START, 24 * 100, [leak], seed=11)
    found = detect(series, (START + timedelta(days=60)).timestamp(), series[0].times[-1])
    assert [(f.meter, f.kind) for f in found] == [("WM-1-007", "night_flow")]
    assert abs(found[0].start_s - leak.start.timestamp()) <= 24 * 3600
    assert found[0].size == pytest.approx(0.01, abs=0.002)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_precision_and_recall_over_every_fault_kind(seed: int) -> None:
    meters = building_meters(buildings=2, flats=24)
    first = START + timedelta(days=60)
    faults = random_faults(meters, first, days=50, per_kind=3, seed=seed)
    series = simulate(meters, START, 24 * 120, faults, seed=seed)
    found = detect(series, first.timestamp(), (START + timedelta(days=120)).timestamp())
    result = score(found, faults)
    print(
        f"seed {seed}: precision {result.precision:.2f}, recall {result.recall:.2f}, "
        f"per kind {result.per_kind}"
    )
    assert {kind for kind, _ in result.per_kind.items()} == {
        "night_flow",
        "jump",
        "drop",
        "stopped",
        "backwards",
        "imbalance",
    }
    assert result.precision >= 0.95, result.false_alarms
    assert result.recall >= 0.9, result.missed


def test_a_year_of_normal_meters_raises_no_alarm() -> None:
    meters = building_meters(buildings=2, flats=40)
    series = simulate(meters, START, 24 * 364, (), seed=5)
    found = detect(series, (START + timedelta(days=56)).timestamp(), series[0].times[-1])
    assert found == []


def test_each_kind_is_reported_with_its_size() -> None:
    meters = building_meters(buildings=1, flats=10)
    at = START + timedelta(days=70, hours=3)
    faults = [
        Fault("WM-1-002", "stopped", at),
        Fault("DB-1-003", "backwards", at, hours=4, size=0.5),
        Fault("WM-01", "imbalance", at + timedelta(days=8), size=0.1),
    ]
    series = simulate(meters, START, 24 * 90, faults, seed=8)
    found = {(f.meter, f.kind): f for f in detect(series, at.timestamp() - 86400, 1e12)}
    assert set(found) == {
        ("WM-1-002", "stopped"),
        ("DB-1-003", "backwards"),
        ("WM-01", "imbalance"),
    }
    assert found[("DB-1-003", "backwards")].size == pytest.approx(2.0, abs=0.05)
    assert found[("WM-1-002", "stopped")].size >= 48
    assert found[("WM-01", "imbalance")].size > 0


def test_irregular_readings_are_interpolated_and_long_gaps_stay_unknown() -> None:
    hour = 3600
    t0 = int(START.timestamp())
    times = np.array([t0, t0 + 2 * hour, t0 + 3 * hour, t0 + 20 * hour], dtype=float)
    readings = np.array([10.0, 12.0, 12.5, 20.0])
    from fmdesk.operations.meters.series import MeterSeries

    grid = build_grid([MeterSeries("WM-1", "water", times, readings)], t0, t0 + 24 * hour)
    local = grid.consumption[0]
    offset = t0 // hour + 8 - grid.first_hour  # START is local 08:00
    assert local[offset] == pytest.approx(1.0)
    assert local[offset + 2] == pytest.approx(0.5)
    assert np.isnan(local[offset + 5])  # 17 hours between readings: unknown, not guessed
