"""The main window opens models through the same path as File → Open and mirrors one selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import wait_loaded


def spatial_texts(window) -> list[str]:
    texts = []
    tree = window.tree_panel.spatial_tree

    def walk(item):
        for i in range(item.childCount()):
            texts.append(item.child(i).text(1))
            walk(item.child(i))

    walk(tree.invisibleRootItem())
    return texts


def test_opening_a_model_shows_its_spatial_tree(make_window, qtbot, model_path: Path) -> None:
    window = make_window(with_geometry=False)
    broadcasts = []
    window.model_changed.connect(broadcasts.append)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    assert broadcasts == [window.loaded]
    classes = spatial_texts(window)
    assert classes[:3] == ["IfcProject", "IfcSite", "IfcBuilding"]
    assert classes.count("IfcBuildingStorey") >= 2
    assert model_path.name in window.status.model_label.text()
    assert window.settings.recent_files[0] == str(model_path.resolve())
    window.menus.close_action.trigger()
    assert broadcasts[-1] is None and window.tree_panel.spatial_tree.topLevelItemCount() == 0


def test_selecting_in_the_tree_shows_properties(make_window, qtbot, model_path: Path) -> None:
    window = make_window(with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    element = next(e for e in window.loaded.elements.values() if e.storey_id and e.name)
    item = window.tree_panel.items_for(element.global_id)[0]
    window.tree_panel.spatial_tree.setCurrentItem(item)
    assert window.selection.ids == (element.global_id,)
    assert window.properties_panel.value_of("GlobalId") == element.global_id
    assert window.properties_panel.value_of("Class") == element.ifc_class
    assert window.properties_panel.section("Maintenance records") is not None
    assert element.name in window.status.selection_label.text()


def test_a_bad_file_shows_one_message_and_the_app_stays_usable(
    make_window, qtbot, message_boxes, shared_ifc: Path, model_path: Path
) -> None:
    window = make_window(with_geometry=False)
    window.open_model_file(shared_ifc / "bad" / "Badly_formed_Ifc_file.ifc")
    qtbot.waitUntil(lambda: bool(message_boxes))
    _title, text = message_boxes[0]
    assert text and "\n" not in text and "Traceback" not in text
    assert window.loaded is None and not window.is_loading()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    assert window.loaded.path == model_path


def test_every_bad_file_is_one_sentence_and_never_a_crash(
    make_window, qtbot, message_boxes, shared_ifc: Path
) -> None:
    window = make_window(with_geometry=False)
    bad = sorted((shared_ifc / "bad").iterdir())
    for path in bad:
        before = len(message_boxes)
        window.open_model_file(path)
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=30000)
        if window.loaded is not None:  # a damaged but readable file opens: fine
            continue
        assert len(message_boxes) == before + 1, path.name
        text = message_boxes[-1][1]
        assert text and "\n" not in text and "Traceback" not in text, path.name
    assert len(message_boxes) >= 3


def test_the_tree_filter_finds_elements_by_tag_without_building_everything(
    make_window, qtbot, model_path: Path
) -> None:
    window = make_window(with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    tagged = next(e for e in window.loaded.elements.values() if e.tag and e.storey_id)
    panel = window.tree_panel
    assert panel.apply_filter(tagged.tag) >= 1
    rows = panel.items_for(tagged.global_id)
    assert rows and not rows[0].isHidden()
    parent = rows[0].parent()
    while parent is not None:
        assert not parent.isHidden() and parent.isExpanded()
        parent = parent.parent()
    created = sum(len(v) for v in panel._items.values())
    assert created < len(window.loaded.elements) / 2  # only the matches' rows were made
    panel.apply_filter("")
    assert not any(row.isHidden() for rows in panel._items.values() for row in rows)


@pytest.fixture
def tree_window(make_window, qtbot, model_path: Path):
    """A window with the sample's tree read (no geometry)."""
    window = make_window(with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    return window


def test_rooms_are_built_when_a_storey_opens_or_something_inside_is_revealed(tree_window) -> None:
    window = tree_window
    panel = window.tree_panel
    assert "IfcSpace" not in spatial_texts(window)  # storeys start closed and empty
    spaces = [n for n in window.loaded.spatial.values() if n.ifc_class == "IfcSpace"]
    in_a_room = next(
        gid for space in spaces for gid in space.element_ids if gid in window.loaded.elements
    )
    rows = [r for r in panel.items_for(in_a_room) if r.treeWidget() is panel.spatial_tree]
    assert rows, "an element inside a room could not be revealed"
    ancestors = []
    parent = rows[0].parent()
    while parent is not None:
        ancestors.append(parent.text(1))
        parent = parent.parent()
    assert "IfcSpace" in ancestors and "IfcBuildingStorey" in ancestors
    closed = [
        panel.items_for(n.global_id)[0]
        for n in window.loaded.spatial.values()
        if n.ifc_class == "IfcBuildingStorey" and n.children
    ]
    storey = next(item for item in closed if not item.childCount())
    storey.setExpanded(True)
    kinds = {storey.child(i).text(1) for i in range(storey.childCount())}
    assert "IfcSpace" in kinds
    assert panel.items_for(spaces[-1].global_id), "a room could not be revealed"


def test_a_system_member_is_revealed_in_the_systems_tab(tree_window) -> None:
    window = tree_window
    panel = window.tree_panel
    system = max(window.loaded.systems, key=lambda s: len(s.member_ids))
    member = system.member_ids[-1]
    rows = [r for r in panel.items_for(member) if r.treeWidget() is panel.systems_tree]
    parents = {row.parent().data(0, Qt.ItemDataRole.UserRole) for row in rows}
    expected = {s.global_id for s in window.loaded.systems if member in s.member_ids}
    assert system.global_id in parents and parents == expected


def test_the_window_gives_features_the_app_the_runner_and_the_bus(make_window) -> None:
    from fmdesk.app import App
    from fmdesk.ui.changes import ChangeBus
    from fmdesk.ui.ops import OperationRunner

    window = make_window(with_geometry=False)
    assert isinstance(window.app, App) and isinstance(window.ops, OperationRunner)
    assert isinstance(window.bus, ChangeBus)
    assert window.app.database_url == window.settings.effective_database_url()


def test_the_3d_view_fills_the_centre_once_built(make_window, qtbot) -> None:
    """The view is built after the first paint; the docks must not have taken its place."""
    window = make_window(with_geometry=False)
    qtbot.waitUntil(window.has_view, timeout=30000)
    qtbot.waitUntil(lambda: window.view.width() > 300, timeout=5000)
    assert window.view.height() > 200
    assert window.tree_dock.width() < window.width() / 2


def test_a_deferred_start_shows_the_window_before_the_features(make_window, qtbot) -> None:
    """``fmdesk gui``: the empty window is painted first, then the features are installed,
    then what waited for them (opening the model) runs."""
    window = make_window(with_geometry=False, defer_start=True)
    ran: list[list[str]] = []
    window.when_started(lambda: ran.append(list(window.features)))
    qtbot.waitUntil(lambda: bool(ran), timeout=30000)
    assert {"records", "planning"} <= set(ran[0])
    assert window.records_feature is not None and window.planning is not None
    window.when_started(lambda: ran.append(["again"]))
    assert ran[-1] == ["again"]  # after the start, a callback runs at once
    qtbot.waitUntil(window.has_view, timeout=30000)
