"""The sample building's plan inputs, read once per test session (maintenance and exports)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fmdesk.maintenance.from_model import assets_from_model
from fmdesk.maintenance.model import PlanAsset

SAMPLE_IFC4 = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"
PLAN_YEAR = 2027


@cache
def sample_assets(path: Path = SAMPLE_IFC4) -> tuple[PlanAsset, ...]:
    assets, _handover = assets_from_model(path)
    return tuple(assets)
