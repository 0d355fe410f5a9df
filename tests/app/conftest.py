"""Fixtures of the application-layer tests: an App over the module's test database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fmdesk.app import App
from fmdesk.records.database import Records
from fmdesk.settings import Settings, config_dir

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"


@pytest.fixture
def app(records: Records) -> App:
    """The App as bootstrap builds it (SLA from this test's config folder), on the test database."""
    return App(Settings(database_url=records.url), records.url, "tester", _records=records)


def write_sla(**minutes: dict[str, float]) -> Path:
    """Write ``sla.json`` into the test's config folder, e.g. ``urgent={"response_minutes": 5}``."""
    path = config_dir() / "sla.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(minutes), encoding="utf-8")
    return path
