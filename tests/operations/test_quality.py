"""The quality check loop: plan → finding with photos → rectification order → rectify → recheck
→ close, with repeated findings (屡查屡犯) flagged and counted in the contractor's score."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fmdesk.app.assets import add_asset
from fmdesk.app.contractors import add_contractor, monthly_scores
from fmdesk.app.documents import list_documents
from fmdesk.app.quality import (
    add_check_plan,
    close_finding,
    list_check_plans,
    list_findings,
    recheck_finding,
    record_finding,
    rectify_finding,
)
from fmdesk.app.workorders import show_work_order
from fmdesk.errors import UserError
from fmdesk.records.documents import read_document
from tests.operations import contract_fixtures

app = contract_fixtures.app  # fixtures shared by the contractor/quality tests
english_messages = contract_fixtures.english_messages

FIRE = "消防维保公司"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _setup(app, tmp_path: Path) -> Path:
    add_asset(app, "XF-B1-01", "B1 消火栓箱", "hydrant", system="消火栓系统", storey_name="B1")
    add_contractor(app, FIRE, scope="消防")
    photo = tmp_path / "堵塞.png"
    photo.write_bytes(PNG)
    return photo


def test_the_loop_from_finding_to_closure_moves_the_order_along(app, tmp_path: Path) -> None:
    photo = _setup(app, tmp_path)
    plan = add_check_plan(app, "2026-12 月度品质检查", datetime(2026, 12, 15).date(), "刘工")
    finding = record_finding(
        app,
        "消火栓箱被遮挡",
        plan=plan.name,
        asset="XF-B1-01",
        contractor=FIRE,
        description="杂物堆放",
        severity="major",
        photos=[photo],
    )
    assert finding.number.startswith("ZJ-") and finding.state == "open"
    assert finding.plan == plan.name and not finding.repeated
    order = show_work_order(app, finding.work_order).order
    assert order.state == "dispatched" and order.contractor == FIRE
    assert order.source == "inspection"
    [doc_id] = finding.photo_ids
    assert read_document(app.uow(), doc_id) == PNG
    assert [d.id for d in list_documents(app, work_order=finding.work_order)] == [doc_id]
    assert list_check_plans(app)[0].findings == 1

    rectify_finding(app, finding.number, "已清理")
    assert show_work_order(app, finding.work_order).order.state == "rectified"
    again = recheck_finding(app, finding.number, "fail", "仍有杂物")
    assert again.state == "open"
    assert show_work_order(app, finding.work_order).order.state == "reopened"
    rectify_finding(app, finding.number, "已彻底清理")
    with pytest.raises(UserError, match="after a passed recheck"):
        close_finding(app, finding.number)
    recheck_finding(app, finding.number, "pass")
    closed = close_finding(app, finding.number, "销项")
    assert closed.state == "closed"
    assert show_work_order(app, finding.work_order).order.state == "closed"
    with pytest.raises(UserError, match="only an open finding"):
        rectify_finding(app, finding.number)


def test_repeated_findings_are_flagged_and_cost_the_contractor(app, tmp_path: Path) -> None:
    _setup(app, tmp_path)
    first = record_finding(app, "消火栓箱被遮挡", asset="XF-B1-01", contractor=FIRE)
    second = record_finding(app, "消火栓箱被遮挡", asset="XF-B1-01", contractor=FIRE)
    other = record_finding(app, "灭火器过期", asset="XF-B1-01")
    assert not first.repeated
    assert second.repeated and second.element_repeats == 1 and second.contractor_repeats == 1
    assert not other.repeated and other.contractor == ""
    assert [f.number for f in list_findings(app, repeated_only=True)] == [second.number]
    assert len(list_findings(app, contractor=FIRE)) == 2
    month = datetime.now(UTC).strftime("%Y-%m")
    [score] = monthly_scores(app, month)
    assert score.contractor == FIRE and score.findings == 2 and score.repeated_findings == 1
    assert score.score == 100 - 3 * 2 - 3 * 1
    with pytest.raises(UserError, match="not a severity"):
        record_finding(app, "x", asset="XF-B1-01", severity="huge")
    with pytest.raises(UserError, match="asset code or a model element"):
        record_finding(app, "x")
    with pytest.raises(UserError, match="No contractor"):
        record_finding(app, "x", asset="XF-B1-01", contractor="nobody")
    assert len(list_findings(app)) == 3  # nothing half-written by the refused ones
