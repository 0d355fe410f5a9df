"""Fixtures of the KPI and report tests: an App over the module's test database, UTC days."""

from __future__ import annotations

import time

import pytest

from fmdesk.app import App
from fmdesk.records.database import Records
from fmdesk.settings import Settings
from fmdesk.workorders.sla import DEFAULT_SLA


@pytest.fixture(autouse=True)
def utc_days(monkeypatch: pytest.MonkeyPatch):
    """KPI periods run from local midnight: pin the local zone so the figures are exact."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def app(records: Records) -> App:
    return App(
        Settings(database_url=records.url),
        records.url,
        "tester",
        _records=records,
        _sla=dict(DEFAULT_SLA),
    )
