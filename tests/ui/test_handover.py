"""The Handover dock on the real main window and sample model: the IDS check shows its result
in Chinese, failures become review issues in one click, the editor round-trips the default
IDS, and a revision diff colours the new revision."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fmdesk.ui.handover.diff_tab import DIFF_STYLES
from fmdesk.ui.vtk_native import grab_with_view
from tests.ui.conftest import REPO, wait_loaded

TIMEOUT = 90000


@pytest.fixture
def window(make_window, qtbot, model_path, cached_geometry):
    window = make_window("zh_CN")
    window.resize(1600, 1000)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    return window


def _idle(feature) -> bool:
    return not any(
        feature.ops.is_busy(k)
        for k in ("handover-ids", "handover-issues", "handover-diff", "handover-list")
    )


def test_ids_result_in_chinese_and_failures_to_review_issues(window, qtbot) -> None:
    feature = window.handover
    window.handover_dock.show()
    window.handover_dock.raise_()
    feature.check_model()
    qtbot.waitUntil(lambda: feature.ids_result is not None, timeout=TIMEOUT)
    tab = feature.panel.ids
    assert tab.tree.topLevelItemCount() == 7
    valves = next(
        tab.tree.topLevelItem(i) for i in range(7) if "阀门" in tab.tree.topLevelItem(i).text(0)
    )
    assert valves.text(1) == "✗" and valves.childCount() == 31 + 48  # + the flats' gas valves
    assert "缺少属性集" in valves.child(0).text(2)
    assert "未通过" in tab.summary.text()
    if os.environ.get("FMDESK_SCREENSHOTS"):
        from PySide6.QtCore import Qt

        window.resizeDocks([window.handover_dock], [820], Qt.Orientation.Horizontal)
        tab.tree.setColumnWidth(0, 230)
        tab.tree.setCurrentItem(valves.child(1))
        qtbot.wait(1500)
        out = REPO / "docs" / "screenshots" / "ids_result_zh.png"
        grab_with_view(window).save(str(out))
    tab.tree.clearSelection()
    feature.create_issues()
    qtbot.waitUntil(lambda: _idle(feature), timeout=TIMEOUT)
    from fmdesk.app.review import list_review_issues

    issues = list_review_issues(feature.app, source="ids")
    assert len(issues) == 31 + 48


def test_editor_round_trips_the_default_ids(window, qtbot, tmp_path: Path) -> None:
    from fmdesk.app.ids import load_ids_table, save_ids_table
    from fmdesk.ui.handover.ids_editor import IdsEditorDialog

    dialog = IdsEditorDialog(load_ids_table(), window)
    dialog.specs.setCurrentRow(0)
    dialog.classes.setText("IFCPUMP | IFCCOMPRESSOR")
    table = dialog.table()
    dialog.deleteLater()
    saved = save_ids_table(table, tmp_path / "edited.ids")
    again = load_ids_table(saved)
    assert again.specifications[0].classes == ["IFCPUMP", "IFCCOMPRESSOR"]
    assert len(again.specifications[0].requirements) == 5


def test_diff_colours_the_new_revision(window, qtbot, tmp_path: Path, model_path: Path) -> None:
    import ifcopenshell

    model = ifcopenshell.open(str(model_path))
    pump = model.by_type("IfcPump")[0].GlobalId
    old = tmp_path / "older.ifc"
    model.by_guid(pump).Description = "旧版本"
    model.write(str(old))
    feature = window.handover
    feature.compare_with(old)
    qtbot.waitUntil(lambda: feature.diff is not None, timeout=TIMEOUT)
    changed = [c["new"] for c in feature.diff["changed"]]
    assert pump in changed
    assert pump in window.view.scene.highlighted(DIFF_STYLES["changed"])
    assert feature.panel.diff.tree.topLevelItemCount() == 4
