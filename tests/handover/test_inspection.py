"""Handover inspection (承接查验): checklist, findings as review issues, archive, reminders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from fmdesk.app.cobie import export_cobie
from fmdesk.app.handover import (
    archive_handover_document,
    check_handover_item,
    handover_archive,
    handover_reminders,
    recheck_risk_point,
    show_handover,
    start_handover,
)
from fmdesk.app.review import get_review_issue
from fmdesk.errors import UserError
from fmdesk.handover.inspection import STEPS, load_checklist
from fmdesk.records.model_import import import_assets
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"


def test_the_checklist_covers_the_seven_steps() -> None:
    items = load_checklist()
    assert {item.step for item in items} == set(STEPS) == set(range(1, 8))
    assert any(i.risk_point for i in items)
    assert {"hidden_works", "certificate", "test_report", "acceptance"} <= {
        e for i in items for e in i.evidence
    }


def test_a_handover_filters_its_checklist_and_schedules_rechecks(services) -> None:
    view = start_handover(services, "1号楼", date(2026, 6, 30), systems=["给排水"], spaces=["住户"])
    targets = {c.target for c in view.checks}
    assert targets <= {"给排水", "住户", "全部"} and {"给排水", "住户"} <= targets
    risky = [c for c in view.checks if c.risk_point]
    assert len(view.rechecks) == 2 * len(risky)
    assert {r.due_on for r in view.rechecks} == {date(2026, 12, 30), date(2027, 6, 30)}
    assert view.revisit_period == (date(2026, 12, 30), date(2027, 6, 30))
    with pytest.raises(UserError):
        start_handover(services, "1号楼", date(2026, 6, 30))


def test_a_failed_item_becomes_a_review_issue(services) -> None:
    start_handover(services, "2号楼", date(2026, 6, 30))
    _check, number = check_handover_item(
        services, "2号楼", "S-WS-03", "fail", note="立管接口渗水", element_global_id="GID-1"
    )
    assert number
    issue = get_review_issue(services, number)
    assert issue.issue_type == "handover" and issue.element_ids == ["GID-1"]
    assert "承接查验" in issue.labels and issue.source == "handover"
    view = show_handover(services, "2号楼")
    assert next(c for c in view.checks if c.item_code == "S-WS-03").issue_number == number
    passed, none = check_handover_item(services, "2号楼", "S-WS-01", "pass")
    assert passed.status == "pass" and none == ""
    recheck = view.rechecks[0]
    done, recheck_issue = recheck_risk_point(
        services, "2号楼", recheck.id, "fail", date(2027, 1, 5)
    )
    assert done.result == "fail" and recheck_issue and recheck_issue != number


def test_archive_keeps_type_and_date_and_feeds_cobie(services, tmp_path: Path) -> None:
    import_assets(services.uow(), SAMPLE)
    photo = tmp_path / "隐蔽工程.jpg"
    photo.write_bytes(b"jpeg")
    report = tmp_path / "检测报告.pdf"
    report.write_bytes(b"pdf")
    archive_handover_document(services, report, "test_report", date(2019, 6, 1), asset="SB-01")
    archive_handover_document(services, photo, "hidden_works", date(2019, 3, 2), asset="SB-01")
    entries = handover_archive(services, asset="SB-01")
    assert [(e.doc_type, e.doc_date) for e in entries] == [
        ("hidden_works", date(2019, 3, 2)),
        ("test_report", date(2019, 6, 1)),
    ]
    out = tmp_path / "cobie.xlsx"
    export_cobie(services, SAMPLE, out)
    sheet = openpyxl.load_workbook(out)["Document"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2 and all("SB-01" in str(row) for row in rows)


def test_reminders_cover_warranty_revisit_and_rechecks(services) -> None:
    import_assets(services.uow(), SAMPLE)
    start_handover(services, "3号楼", date(2021, 1, 10))
    reminders = handover_reminders(services, today=date(2021, 6, 20), horizon_days=30)
    kinds = {r.kind for r in reminders}
    assert {"warranty_end", "revisit", "recheck"} <= kinds
    ends = [r for r in reminders if r.kind == "warranty_end"]
    assert all(r.due_on == date(2021, 6, 30) for r in ends)
    assert any(r.asset_code == "SB-01" for r in ends)
