"""Shell behaviour: languages, cancel, cached re-open, problems, remembered layout, drops."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import QApplication

from fmdesk.cli import main as cli_main
from fmdesk.ui import i18n
from tests.ui.conftest import wait_loaded
from tools.stall import StallMeter


def test_switching_language_shows_chinese_menus_and_back(make_window) -> None:
    window = make_window(language="en", with_geometry=False)
    assert window.menus.file_menu.title() == "&File"
    window.set_language("zh_CN")
    assert window.menus.file_menu.title() == "文件(&F)"
    assert window.tree_dock.windowTitle() == "模型树"
    assert window.tree_panel.tabs.tabText(0) == "空间结构"
    assert window.status.status_label.text() == "就绪"
    assert window.settings.language == "zh_CN"
    window.set_language("en")
    assert window.menus.file_menu.title() == "&File"
    assert window.tree_dock.windowTitle() == "Model tree"


def test_chinese_text_uses_the_cjk_font(make_window) -> None:
    make_window(language="zh_CN", with_geometry=False)
    if i18n.CJK_FAMILY in QFontDatabase.families():
        assert i18n.CJK_FAMILY in QApplication.font().families()


def test_a_cancel_after_the_last_check_still_ends_the_load_as_cancelled(
    make_window, qtbot, shared_ifc: Path, model_path: Path, cached_geometry: Path
) -> None:
    """The model read is the load's last step, so a cancel can arrive after the job's last
    check, once it has returned: the load must still end as cancelled, never stuck on
    "Cancelling…" (the worker's own signal is used to hit that moment every time)."""
    window = make_window()
    qtbot.waitUntil(window.has_view, timeout=30000)  # an Open before it would wait for it
    window.open_model_file(shared_ifc / "fzk-haus_ifc4.ifc")
    worker = window.loader._worker  # the race needs the worker's own "returned" signal
    worker.returned.connect(lambda _summary: window.cancel_loading())
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=30000)
    assert worker.is_cancelled()
    assert window.status.status_label.text() == "Opening cancelled"
    assert not window.status.cancel_button.isVisible()
    assert gc.isenabled()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    assert window.view.scene.element_count > 100
    assert gc.isenabled() and gc.get_freeze_count() > 0  # the loaded model is out of its sight


def test_cancel_while_the_geometry_streams_in_leaves_the_app_usable(
    make_window, qtbot, shared_ifc: Path, model_path: Path
) -> None:
    """The model read now waits for the pool: a cancel while pieces arrive stops the pool."""
    window = make_window()
    window.open_model_file(shared_ifc / "fzk-haus_ifc4.ifc")
    qtbot.waitUntil(lambda: window.view.scene.element_count > 0, timeout=30000)
    assert window.is_loading() and window.loaded is None
    assert not gc.isenabled()  # no full collection over what streams in
    window.status.cancel_button.click()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=30000)
    assert window.status.status_label.text() == "Opening cancelled"
    assert not window.status.cancel_button.isVisible()
    assert window.loaded is None  # the panels never got a half-cancelled model
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    assert window.view.scene.element_count > 100


def test_reopening_a_model_uses_the_geometry_cache(make_window, qtbot, shared_ifc: Path) -> None:
    window = make_window()
    path = shared_ifc / "revit-duct-fitting_ifc4.ifc"
    window.open_model_file(path)
    wait_loaded(qtbot, window)
    assert not window.last_summary.from_cache
    first = window.view.scene.element_count
    assert first > 0
    window.open_model_file(path)
    wait_loaded(qtbot, window)
    assert window.last_summary.from_cache
    assert window.view.scene.element_count == first
    assert "(from cache)" in window.status.status_label.text()


def test_geometry_failures_are_listed_and_select_their_element(
    make_window, qtbot, model_path: Path
) -> None:
    from fmdesk.bim.geometry import GeometryFailure, empty_batch

    window = make_window(with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    element = next(iter(window.loaded.elements.values()))
    batch = empty_batch()
    batch.failures = [GeometryFailure(element.global_id, element.ifc_class, "x", "no body")]
    before = window.problems_panel.count()
    window._on_batch_ready(batch)
    assert window.problems_panel.count() == before + 1
    row = window.problems_panel.tree.topLevelItem(before)
    assert row.text(2) == "no body"
    window.problems_panel.tree.itemDoubleClicked.emit(row, 0)
    assert window.selection.ids == (element.global_id,)


def test_dock_layout_is_remembered_under_fmdesk_home(make_window, isolated_home: Path) -> None:
    window = make_window(with_geometry=False)
    window.problems_dock.hide()
    window.close()
    assert (isolated_home / "config" / "ui.ini").is_file()
    again = make_window(with_geometry=False)
    assert not again.problems_dock.isVisible()
    assert again.tree_dock.isVisible()


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropping_an_ifc_file_opens_it(make_window, qtbot, model_path: Path) -> None:
    window = make_window(with_geometry=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(model_path))])
    pos = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    wait_loaded(qtbot, window)
    assert window.loaded.path == model_path


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropping_another_file_type_is_refused(make_window, tmp_path: Path) -> None:
    window = make_window(with_geometry=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_stall_meter_sees_a_blocked_event_loop(qtbot) -> None:
    meter = StallMeter()
    meter.start()
    QTimer.singleShot(30, lambda: time.sleep(0.2))
    qtbot.wait(400)
    report = meter.stop()
    assert report.max_gap_ms >= 190
    assert report.gaps_over_100ms >= 1


def test_gui_command_refuses_a_missing_model(tmp_path: Path, capsys) -> None:
    assert cli_main(["gui", str(tmp_path / "missing.ifc")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_the_problems_panel_title_counts_its_rows(make_window, qtbot, model_path: Path) -> None:
    window = make_window(with_geometry=False)
    window.problems_panel.add_problem("Geometry", "x", "no body")
    window.problems_panel.add_problem("Geometry", "y", "no body")
    assert window.problems_dock.windowTitle() == "Problems (2)"
    window.menus.clear_problems_action.trigger()
    assert window.problems_dock.windowTitle() == "Problems"


def test_a_feature_can_add_a_remembered_translated_dock(make_window) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window(with_geometry=False)
    panel = QLabel("work orders")
    dock = window.add_dock("TestFeatureDock", panel, lambda: window.tr("Problems") + " *")
    assert dock.toggleViewAction() in window.menus.panels_menu.actions()
    window.set_language("zh_CN")
    assert dock.windowTitle() == "问题 *"
    window.set_language("en")
    assert dock.windowTitle() == "Problems *"


def test_open_recent_lists_the_model_and_reopens_it(make_window, qtbot, model_path: Path) -> None:
    window = make_window(with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    window.close_model()
    entries = [a for a in window.menus.recent_menu.actions() if a.statusTip()]
    assert [a.statusTip() for a in entries] == [str(model_path.resolve())]
    assert window.menus.recent_menu_action.isEnabled()
    entries[0].trigger()
    wait_loaded(qtbot, window)
    assert window.loaded.path == model_path.resolve()
    window.clear_recent_files()
    assert not window.menus.recent_menu_action.isEnabled()


def test_a_screenshot_that_cannot_be_written_is_one_message(
    make_window, message_boxes, tmp_path: Path
) -> None:
    window = make_window(with_geometry=False)
    assert window.export_screenshot(tmp_path / "missing" / "folder" / "shot.png") is None
    assert len(message_boxes) == 1 and "\n" not in message_boxes[0][1]


def test_gui_command_explains_a_missing_display(monkeypatch, capsys) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert cli_main(["gui"]) == 2
    assert "xvfb-run" in capsys.readouterr().err


def test_a_failing_feature_is_reported_and_the_shell_still_opens(make_window, monkeypatch) -> None:
    import fmdesk.ui.main_window as main_window

    def broken(window):
        raise RuntimeError("feature exploded")

    monkeypatch.setattr(main_window, "install_features", broken)
    window = make_window(with_geometry=False)
    assert window.features == []
    row = window.problems_panel.tree.topLevelItem(0)
    assert row.text(0) == "Feature" and "feature exploded" in row.text(2)


def test_long_status_texts_never_widen_the_window(make_window) -> None:
    """A long database path, model summary or list of people on duty is cut with "…" in the
    status bar instead of pushing the main window past a 1366×768 screen (it did: 1684 px)."""
    from fmdesk.ui.status_bar import ElidedLabel

    window = make_window("zh_CN", with_geometry=False)
    narrow = window.minimumSizeHint().width()
    long_text = "sqlite:////tmp/" + "很长的路径/" * 60 + "fmdesk.sqlite3"
    labels = [w for w in window.statusBar().findChildren(ElidedLabel)]
    assert len(labels) >= 4
    for label in labels:
        label.setText(long_text)
    assert window.minimumSizeHint().width() <= max(narrow, 1200)
    assert all(label.toolTip() == long_text for label in labels)


def test_an_open_right_after_start_waits_for_the_view_then_loads(
    make_window, qtbot, model_path: Path
) -> None:
    """The view's modules are imported off the GUI thread after the first paint; an Open
    before they are in is held (loading all the same) and starts once the view is built."""
    window = make_window()
    window.open_model_file(model_path)
    assert window.is_loading()
    assert window.status.status_label.text().startswith("Opening")
    wait_loaded(qtbot, window)
    assert window.has_view() and window.view.scene.element_count > 100


def test_a_cancel_right_after_start_ends_the_held_open(
    make_window, qtbot, model_path: Path
) -> None:
    window = make_window()
    window.open_model_file(model_path)
    window.cancel_loading()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=30000)
    assert window.status.status_label.text() == "Opening cancelled"
    qtbot.waitUntil(window.has_view, timeout=30000)
    qtbot.wait(200)
    assert window.loaded is None  # the held open never started
