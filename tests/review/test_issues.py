"""Review issues in the records database (SQLite and PostgreSQL): create, edit, statuses,
comments, viewpoints with snapshots, filters, work orders, and surviving a model revision."""

from __future__ import annotations

from datetime import date

import pytest

from fmdesk.app.review import (
    add_review_viewpoint,
    comment_review_issue,
    create_review_issue,
    get_review_issue,
    list_review_issues,
    review_issue_to_work_order,
    review_snapshot,
    set_review_status,
    update_review_issue,
)
from fmdesk.errors import UserError
from fmdesk.render.scene_state import SceneState
from fmdesk.review.drafts import IssueDraft
from fmdesk.review.issues import save_issues

PUMP = "2O2Fr$t4X7Zf8NOew3FLOH"
VALVE = "1kTvXnbbzCWw8lcMd1dR4o"
PNG = b"\x89PNG\r\n\x1a\n" + b"snapshot" * 10


def _state() -> SceneState:
    return SceneState(
        camera={"position": [1.0, 2.0, 3.0], "focal_point": [0, 0, 0], "view_up": [0, 0, 1]},
        hidden_classes=["IfcSpace"],
        hidden_ids=[VALVE],
        xray=True,
        section={"origin": None, "normal": None, "bounds": [0, 1, 0, 1, 0, 1]},
        highlights={"selection": [PUMP]},
        colours={"FFFF0000": [PUMP]},
        lines=[[[0, 0, 0], [1, 1, 1]]],
    )


def test_created_issue_keeps_everything_the_reviewer_saw(services) -> None:
    issue = create_review_issue(
        services,
        title="水泵检修空间不足",
        element_ids=[PUMP, VALVE],
        issue_type="maintainability",
        priority="high",
        assignee="设计院 王工",
        due_date=date(2027, 3, 31),
        labels=["给排水", "泵房"],
        comment="泵与墙距离只有 300 mm",
        viewpoint=_state(),
        snapshot=PNG,
    )
    assert issue.number.startswith("RI-")
    assert issue.status == "open" and issue.priority == "high"
    assert issue.element_ids == [PUMP, VALVE]
    assert issue.labels == ["给排水", "泵房"]
    assert issue.comments[0].text == "泵与墙距离只有 300 mm"
    assert issue.comments[0].author == "tester"
    (viewpoint,) = issue.viewpoints
    assert SceneState.from_dict(viewpoint.state) == _state()
    assert review_snapshot(services, issue.number) == PNG
    assert issue.due_date is not None and issue.due_date.date() == date(2027, 3, 31)
    again = get_review_issue(services, issue.guid)
    assert again.number == issue.number and again.to_dict()["type_label"]


def test_status_moves_forward_and_refuses_a_jump_back_from_closed(services) -> None:
    issue = create_review_issue(services, title="缺少检修口", element_ids=[VALVE])
    issue = set_review_status(services, issue.number, "in_progress", note="已通知设计院")
    assert issue.status == "in_progress" and issue.comments[-1].text == "已通知设计院"
    issue = set_review_status(services, issue.number, "resolved")
    issue = set_review_status(services, issue.number, "closed")
    with pytest.raises(UserError):
        set_review_status(services, issue.number, "resolved")
    assert set_review_status(services, issue.number, "open").status == "open"


def test_bad_input_is_one_sentence(services) -> None:
    with pytest.raises(UserError):
        create_review_issue(services, title="  ")
    with pytest.raises(UserError):
        create_review_issue(services, title="x", issue_type="nonsense")
    with pytest.raises(UserError):
        create_review_issue(services, title="x", due_date="31/3/2027")
    with pytest.raises(UserError):
        get_review_issue(services, "RI-1999-000001")
    assert list_review_issues(services) == []


def test_edit_comment_and_second_viewpoint(services) -> None:
    issue = create_review_issue(services, title="排水坡度不足", element_ids=[PUMP])
    issue = update_review_issue(
        services,
        issue.number,
        title="排水坡度不足 (0.5%)",
        priority="urgent",
        labels=["排水"],
        element_ids=[VALVE],
        expected_version=issue.version,
    )
    assert issue.title.endswith("(0.5%)") and issue.element_ids == [VALVE]
    with pytest.raises(UserError):
        update_review_issue(services, issue.number, title="stale", expected_version=1)
    issue = add_review_viewpoint(services, issue.number, _state(), PNG)
    issue = comment_review_issue(services, issue.number, "见视点", issue.viewpoints[0].guid)
    assert issue.comments[0].viewpoint_guid == issue.viewpoints[0].guid


def test_filters_find_issues_by_element_status_type_label_and_text(services) -> None:
    a = create_review_issue(services, title="阀门不可达", element_ids=[VALVE], labels=["暖通"])
    b = create_review_issue(
        services, title="泵缺少铭牌", element_ids=[PUMP], issue_type="missing_info"
    )
    set_review_status(services, b.number, "resolved")
    numbers = lambda issues: [i.number for i in issues]  # noqa: E731
    assert numbers(list_review_issues(services, element_id=PUMP)) == [b.number]
    assert numbers(list_review_issues(services, open_only=True)) == [a.number]
    assert numbers(list_review_issues(services, issue_type=["missing_info"])) == [b.number]
    assert numbers(list_review_issues(services, label="暖通")) == [a.number]
    assert numbers(list_review_issues(services, text="铭牌")) == [b.number]


def test_issue_survives_a_model_revision_by_global_id(services) -> None:
    """Issues reference GlobalIds, not model rows: a re-import of the same GUID replaces the
    topic and keeps its number."""
    first = save_issues(
        services.uow(),
        [IssueDraft("旧", element_ids=[PUMP], guid="a" * 8 + "-0000-0000-0000-" + "0" * 12)],
    )[0]
    again = save_issues(
        services.uow(),
        [IssueDraft("新", element_ids=[PUMP, VALVE], guid=first.guid)],
    )[0]
    assert again.number == first.number and again.title == "新"
    assert len(list_review_issues(services)) == 1
    assert [i.number for i in list_review_issues(services, element_id=VALVE)] == [first.number]


def test_issue_becomes_a_rework_work_order(services) -> None:
    issue = create_review_issue(
        services, title="管道保温破损", element_ids=[PUMP], issue_type="construction"
    )
    result = review_issue_to_work_order(services, issue.number)
    assert result.work_order.number.startswith("GD-")
    assert result.work_order.element_global_id == PUMP
    assert result.issue.work_order_number == result.work_order.number
    assert result.issue.status == "in_progress"
    assert "管道保温破损" in result.work_order.title
    with pytest.raises(UserError):
        review_issue_to_work_order(services, issue.number)
