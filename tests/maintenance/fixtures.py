"""Session fixtures on the sample building, shared by the maintenance and exports conftests."""

from __future__ import annotations

import pytest

from fmdesk.maintenance.model import Plan
from fmdesk.maintenance.scheduler import generate_plan
from tests.maintenance.sample import PLAN_YEAR, SAMPLE_IFC4, sample_assets


@pytest.fixture(scope="session")
def assets():
    if not SAMPLE_IFC4.exists():
        pytest.fail(f"the committed sample model {SAMPLE_IFC4} is missing")
    return list(sample_assets())


@pytest.fixture(scope="session")
def plan_2027(assets) -> Plan:
    return generate_plan(assets, PLAN_YEAR)
