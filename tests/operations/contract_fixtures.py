"""Fixtures of the contractor, quality and history tests (imported by those modules, so they
stay out of the package's conftest): an App over the module's database, English messages."""

from __future__ import annotations

import pytest

from fmdesk.app import App
from fmdesk.records.database import Records
from fmdesk.settings import Settings


@pytest.fixture
def app(records: Records) -> App:
    return App(Settings(database_url=records.url), records.url, "品质部 刘工", _records=records)


@pytest.fixture(autouse=True)
def english_messages():
    """The tests read English sentences, whatever the machine's locale."""
    from fmdesk.i18n import language

    before = language._chosen
    language.set_language("en")
    yield
    language._chosen = before
