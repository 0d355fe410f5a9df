"""Fixtures of the users/roles, audit and hardening tests: an App over the module's database."""

from __future__ import annotations

import pytest

from fmdesk.app import App
from fmdesk.records.database import Records
from fmdesk.settings import Settings


@pytest.fixture
def app(records: Records) -> App:
    """The App as bootstrap builds it, on the test database (single-user mode until a user is
    added)."""
    return App(Settings(database_url=records.url), records.url, "tester", _records=records)
