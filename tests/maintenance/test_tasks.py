from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.maintenance.model import PlanAsset
from fmdesk.maintenance.recurrence import interval_days
from fmdesk.maintenance.resources import ReferenceDataError, resource_path
from fmdesk.maintenance.tasks import TaskMatcher, load_tasks, load_teams, write_tasks

REFERENCE = "reference/maintenance_frequencies.csv"


def _by_code():
    return {t.code: t for t in load_tasks()}


def test_library_is_seeded_with_the_required_frequencies() -> None:
    tasks = _by_code()
    lift = tasks["LIFT-HM"]
    assert interval_days(lift.rrule) == 15 and lift.strict and lift.contractor
    assert {interval_days(tasks[c].rrule) // 30 for c in ("LIFT-Q", "LIFT-H", "LIFT-A")} == {
        3,
        6,
        12,
    }
    assert interval_days(tasks["TANK-CLEAN"].rrule) <= 184 and tasks["TANK-CLEAN"].strict
    assert interval_days(tasks["FPUMP-MAN"].rrule) in (30, 31)
    assert interval_days(tasks["FPUMP-AUTO"].rrule) == 7
    assert 90 <= interval_days(tasks["FPUMP-FLOW"].rrule) <= 92
    assert tasks["FA-DET"].batches == 4 and interval_days(tasks["FA-DET"].rrule) == 365
    assert interval_days(tasks["EXT-VIS"].rrule) in (30, 31)
    assert 180 <= interval_days(tasks["DB-INSP"].rrule) <= 184
    assert 180 <= interval_days(tasks["RCD-TEST"].rrule) <= 184
    assert (
        interval_days(tasks["EL-MONTH"].rrule) in (30, 31)
        and tasks["EL-YEAR"].rrule == "FREQ=YEARLY"
    )
    assert {"PUMP-INSP", "PUMP-OVH"} <= tasks.keys()


def test_every_task_keeps_a_source() -> None:
    assert all(t.source for t in load_tasks())


def test_reference_sources_are_quoted_verbatim(shared_dir: Path) -> None:
    reference = shared_dir / REFERENCE
    if not reference.exists():
        pytest.skip(f"{REFERENCE} is not in ../shared")
    reference_text = reference.read_text(encoding="utf-8")
    for code in ("FPUMP-MAN", "TANK-CLEAN", "RCD-TEST", "EXT-VIS"):
        assert _by_code()[code].source in reference_text


def test_tasks_match_by_class_type_system_and_name() -> None:
    matcher = TaskMatcher(load_tasks())
    fire_pump = PlanAsset("XF-01", "消防泵1#", "IfcPump", system_type="FIREPROTECTION")
    water_pump = PlanAsset("SB-01", "生活水泵1#", "IfcPump", system_type="DOMESTICCOLDWATER")
    fire_codes = {t.code for t in matcher.tasks_for(fire_pump)}
    water_codes = {t.code for t in matcher.tasks_for(water_pump)}
    assert {"FPUMP-MAN", "FPUMP-AUTO", "FPUMP-FLOW", "PUMP-OVH"} <= fire_codes
    assert "PUMP-INSP" not in fire_codes
    assert "PUMP-INSP" in water_codes and "FPUMP-AUTO" not in water_codes
    extinguisher = PlanAsset("MHQ-1", "手提式干粉灭火器", "IfcFireSuppressionTerminal")
    assert [t.code for t in matcher.tasks_for(extinguisher)] == ["EXT-VIS"]


def test_library_exports_and_imports_back_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "tasks.csv"
    write_tasks(load_tasks(), out)
    assert load_tasks(out) == load_tasks()
    assert out.read_text(encoding="utf-8").startswith("#")


def test_a_bad_row_in_an_imported_library_names_the_row(tmp_path: Path) -> None:
    text = resource_path("tasks.csv").read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(text.replace("FREQ=WEEKLY,", "FREQ=FORTNIGHTLY,", 1), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"bad\.csv row \d+: "):
        load_tasks(bad)


def test_every_library_team_has_a_weekly_capacity() -> None:
    teams = load_teams()
    assert {t.team for t in load_tasks()} <= teams.keys()
    assert teams["电梯维保单位"].contractor and not teams["水工班"].contractor
