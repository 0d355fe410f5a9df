"""Meter anomaly benchmark: 1,000 meters × one year of hourly readings, every rule.

Generates the readings of 1,000 meters (per building a main water and a main power meter,
each flat a water and a power meter; 20 buildings × 24 flats + 40 mains) for 365 days of
hourly cumulative readings (8.8 million readings), with 10 injected faults of each of the 6
kinds, then runs the anomaly rules over the whole year
(:func:`fmdesk.operations.meters.detect.detect`, the engine behind ``fmdesk meters
anomalies``). Prints the time of each phase, the anomalies found and the precision and recall
against the injected faults. Target: ≤ 10 s for the rules. Run::

    .venv/bin/python benchmarks/meters.py [--buildings 20] [--flats 24] [--days 365]

The rules' wall time and CPU time are both printed: on a shared machine the wall time measures
the load as much as the rules.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fmdesk.operations.meters.detect import detect
from fmdesk.operations.meters.evaluate import building_meters, random_faults, score
from fmdesk.operations.meters.simulate import simulate

START = datetime(2025, 1, 6, tzinfo=UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buildings", type=int, default=20)
    parser.add_argument("--flats", type=int, default=24)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--faults-per-kind", type=int, default=10)
    args = parser.parse_args(argv)

    meters = building_meters(args.buildings, args.flats)
    hours = args.days * 24
    first = START + timedelta(days=56)
    tick = time.perf_counter()
    faults = random_faults(meters, first, args.days - 60, args.faults_per_kind, seed=1)
    series = simulate(meters, START, hours, faults, seed=1)
    generated = time.perf_counter() - tick
    readings = sum(len(s.times) for s in series)

    tick, cpu = time.perf_counter(), time.process_time()
    found = detect(series, first.timestamp(), (START + timedelta(days=args.days)).timestamp())
    elapsed, cpu = time.perf_counter() - tick, time.process_time() - cpu
    result = score(found, faults)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"meters: {len(meters)}, hours: {hours}, readings: {readings:,}")
    print(f"generate readings (simulate): {generated:.2f} s")
    print(f"anomaly rules over the year: {elapsed:.2f} s wall, {cpu:.2f} s CPU (target ≤ 10 s)")
    print(f"anomalies: {len(found)} for {len(faults)} injected faults")
    print(f"precision {result.precision:.3f}, recall {result.recall:.3f}")
    print(f"per kind (found, injected): {result.per_kind}")
    print(f"machine load (1 min): {load:.2f} on {os.cpu_count()} cores")
    return 0 if elapsed <= 10.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
