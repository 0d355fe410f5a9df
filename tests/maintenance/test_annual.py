"""The shared plan wiring: where the assets come from, and the same plan as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.errors import UserError
from fmdesk.maintenance.annual import build_plan, check_plan_year, read_plan_assets

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


def test_desktop_falls_back_to_the_model_when_the_database_is_missing(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'none.sqlite3').as_posix()}"
    source = read_plan_assets(SAMPLE, url, prefer_records=True)
    assert source.origin == "model"
    assert {"SB-01", "SB-02"} <= {a.code for a in source.assets}
    plan = build_plan(2027, source)
    assert any(o.asset_code == "SB-01" for o in plan.occurrences)


def test_without_a_model_a_missing_database_is_one_sentence(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'none.sqlite3').as_posix()}"
    with pytest.raises(UserError):
        read_plan_assets(None, url)


def test_an_absurd_year_is_refused() -> None:
    with pytest.raises(UserError, match="20277"):
        check_plan_year(20277)
