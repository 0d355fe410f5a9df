"""Planning use cases: the same plan from the CLI and the Planning menu, edits kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from fmdesk.app import App
from fmdesk.app.annual_plan import make_annual_plan
from fmdesk.app.assets import add_asset
from fmdesk.app.holidays import import_workday_adjustments, show_holidays
from fmdesk.app.lifecycle import LifecycleCards, estimate_lifecycles
from fmdesk.app.planning import (
    apply_plan_edits,
    check_plan_edits,
    export_plan,
    generate_plan,
    plan_state_path,
)
from fmdesk.app.tasks import load_task_library, reset_task_library, save_task_library
from fmdesk.errors import UserError
from tests.app.conftest import SAMPLE


def test_the_desktop_prefers_the_register_and_says_when_there_is_nothing(app: App) -> None:
    with pytest.raises(UserError, match="No assets to plan"):
        generate_plan(app, 2027, prefer_records=True)
    from_model = generate_plan(app, 2027, model=SAMPLE, prefer_records=True)
    assert from_model.source.origin == "model" and from_model.plan.occurrences
    add_asset(app, "DT-09", "电梯9#", "lift")
    from_register = generate_plan(app, 2027, model=SAMPLE, prefer_records=True)
    assert from_register.source.origin == "records"
    assert [a.code for a in from_register.source.assets] == ["DT-09"]


def test_edits_read_back_are_applied_and_kept_for_the_next_generation(
    app: App, tmp_path: Path
) -> None:
    planned = generate_plan(app, 2027, model=SAMPLE)
    workbook = export_plan(planned.plan, tmp_path / "plan.xlsx")
    assert openpyxl.load_workbook(workbook, read_only=True).sheetnames
    report = check_plan_edits(planned, workbook)
    assert report.ok and report.rows_checked > 0
    state = plan_state_path(2027)
    applied = apply_plan_edits(planned.plan, report, state=state)
    assert state.exists() and len(applied.occurrences) == len(planned.plan.occurrences)


def test_the_cli_run_writes_nothing_when_the_edits_are_wrong(app: App, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(UserError):
        make_annual_plan(app, 2027, out=tmp_path / "p.xlsx", model=SAMPLE, import_edits=bad)
    assert not (tmp_path / "p.xlsx").exists()
    with pytest.raises(UserError, match="--out"):
        make_annual_plan(app, 2027, out=None, model=SAMPLE)


def test_lifecycle_cards_from_the_model_and_one_at_a_time(app: App) -> None:
    report = estimate_lifecycles(app, date(2027, 1, 1), model=SAMPLE, assets=["SB-01"])
    assert [c.asset_code for c in report.cards] == ["SB-01"]
    with pytest.raises(UserError, match="NO-SUCH"):
        estimate_lifecycles(app, date(2027, 1, 1), model=SAMPLE, assets=["NO-SUCH"])
    planned = generate_plan(app, 2027, model=SAMPLE)
    cards = LifecycleCards(planned.source, date(2027, 1, 1))
    pump = next(a for a in planned.source.assets if a.code == "SB-01")
    assert cards.asset_of(pump.global_id) is pump
    assert cards.card(pump).estimated_life == report.cards[0].estimated_life


def test_an_edited_task_library_is_checked_installed_and_reset() -> None:
    library = load_task_library()
    assert not library.own and library.tasks
    installed = save_task_library(library.tasks[:3])
    assert installed.task_count == 3 and load_task_library().own
    assert len(load_task_library().tasks) == 3
    removed, _path = reset_task_library()
    assert removed and not load_task_library().own


def test_imported_workday_adjustments_change_the_calendar(tmp_path: Path) -> None:
    notice = tmp_path / "2027调休.csv"
    notice.write_text("date,kind,name\n2027-10-09,workday,国庆节调休\n", encoding="utf-8")
    imported = import_workday_adjustments(notice)
    assert imported.rows == 1 and imported.years == [2027]
    year = show_holidays(2027)
    assert "2027-10-09" in year.working_weekends
    with pytest.raises(UserError):
        show_holidays(227)
