"""A records database with the sample building's assets (its 50 meters) imported once."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fmdesk.operations.meters.series import MeterSeries
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"


@pytest.fixture
def sample_app(services):
    """The test database with the sample model's assets (meters placed on its networks)."""
    from fmdesk.app.assets import import_assets

    import_assets(services, SAMPLE)
    return services


def write_csv(path: Path, series: Sequence[MeterSeries], extra: Sequence[list[str]] = ()) -> Path:
    """Readings as a remote-reading system exports them (ISO 8601 with offset)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["meter", "time", "reading"])
        for meter in series:
            for at, value in zip(meter.times, meter.readings, strict=True):
                stamp = datetime.fromtimestamp(int(at), UTC).isoformat()
                writer.writerow([meter.code, stamp, f"{value:.3f}"])
        writer.writerows(extra)
    return path
