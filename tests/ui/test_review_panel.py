"""The Review panel on the real main window and sample model: create an issue on a selected
pump with the current view, change the view, click the issue: camera and visibility come back
exactly; status, comment, work order and BCF round trip from the panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import wait_loaded

TIMEOUT = 60000


@pytest.fixture
def window(make_window, qtbot, model_path, cached_geometry):
    window = make_window("en")
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    feature = window.review
    qtbot.waitUntil(lambda: feature.app is not None and not feature.is_busy(), timeout=TIMEOUT)
    return window


def _pump(window) -> str:
    records = window.view.scene.records
    return next(r.global_id for r in records if r.ifc_class == "IfcPump")


def _camera(window) -> list[float]:
    camera = window.view.scene.capture_state().camera
    return [*camera["position"], *camera["focal_point"], *camera["view_up"]]


def test_clicking_an_issue_restores_its_viewpoint_exactly(window, qtbot) -> None:
    feature, scene = window.review, window.view.scene
    pump = _pump(window)
    window.selection.select([pump], source="test")
    scene.set_view("front")
    scene.set_class_visible("IfcWall", False)
    scene.hide_elements([scene.records[0].global_id])
    scene.set_xray(True)
    scene.set_section_box(scene.bounds([pump]))
    before = scene.capture_state()
    feature.create_issue({"title": "泵检修空间不足", "issue_type": "maintainability"})
    qtbot.waitUntil(lambda: feature.last_result is not None, timeout=TIMEOUT)
    issue = feature.last_result
    assert issue.element_ids == [pump] and issue.viewpoints[0].has_snapshot
    qtbot.waitUntil(lambda: issue.number in [i.number for i in window.review.panel.issues])

    scene.set_view("top")  # change everything the viewpoint keeps
    scene.set_class_visible("IfcWall", True)
    scene.show_elements()
    scene.set_xray(False)
    scene.clear_section()
    window.selection.clear(source="test")
    assert _camera(window) != pytest.approx([*before.camera["position"], *before.camera[
        "focal_point"], *before.camera["view_up"]])  # fmt: skip

    feature.panel.select_number(issue.number)
    feature.choose(issue.number)
    feature.restore(issue.number)
    after = scene.capture_state()
    assert _camera(window) == pytest.approx(
        [*before.camera["position"], *before.camera["focal_point"], *before.camera["view_up"]]
    )
    assert after.camera["view_angle"] == pytest.approx(before.camera["view_angle"])
    assert after.hidden_classes == before.hidden_classes
    assert after.hidden_ids == before.hidden_ids
    assert after.xray and after.section == before.section
    assert window.selection.ids == (pump,)
    assert not scene.is_element_visible(scene.records[0].global_id)


def test_status_comment_work_order_and_bcf_from_the_panel(window, qtbot, tmp_path: Path) -> None:
    feature = window.review
    window.selection.select([_pump(window)], source="test")
    feature.create_issue({"title": "保温破损", "issue_type": "construction"})
    qtbot.waitUntil(lambda: feature.last_result is not None, timeout=TIMEOUT)
    number = feature.last_result.number
    feature.comment(number, "已通知施工单位")
    qtbot.waitUntil(lambda: not feature.is_busy(), timeout=TIMEOUT)
    feature.set_status(number, "in_progress")
    qtbot.waitUntil(lambda: not feature.is_busy(), timeout=TIMEOUT)
    feature.make_work_order(number)
    qtbot.waitUntil(
        lambda: not feature.is_busy() and bool(feature.panel.current.work_order_number),
        timeout=TIMEOUT,
    )
    assert feature.panel.current.comments[0].text == "已通知施工单位"
    assert feature.panel.current.status == "in_progress"
    out = tmp_path / "review.bcf"
    qtbot.waitUntil(lambda: number in [i.number for i in feature.panel.issues], timeout=TIMEOUT)
    feature.export_file(out, "3.0")
    qtbot.waitUntil(lambda: out.exists() and not feature.is_busy(), timeout=TIMEOUT)
    assert feature.last_result.topic_count == 1
