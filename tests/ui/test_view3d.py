"""The 3D view: picking drives the shared selection; visibility, x-ray and walk mode work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import wait_loaded


@pytest.fixture
def window(make_window, qtbot, model_path: Path, cached_geometry: Path):
    window = make_window()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    assert window.last_summary.from_cache
    return window


def largest_element(window, ifc_class: str) -> str:
    scene = window.view.scene
    ids = [r.global_id for r in scene.records if r.ifc_class == ifc_class]
    assert ids, f"no {ifc_class} in the scene"

    def volume(gid: str) -> float:
        x0, x1, y0, y1, z0, z1 = scene.bounds([gid])
        return (x1 - x0 + 0.1) * (y1 - y0 + 0.1) * (z1 - z0 + 0.1)

    return max(ids, key=volume)


def test_the_model_is_drawn_with_few_actors(window) -> None:
    scene = window.view.scene
    assert scene.element_count > 100
    assert 0 < scene.actor_count < scene.element_count / 5


def test_picking_in_3d_selects_in_tree_and_properties(window, qtbot) -> None:
    view = window.view
    target = largest_element(window, "IfcSlab")
    view.frame([target])
    view.set_standard_view("top")
    view.frame([target])
    picked = view.pick_at(view.widget_point(view.element_centre(target)))
    assert picked is not None
    assert window.selection.ids == (picked,)
    assert view.scene.highlighted("selection") == [picked]
    rows = window.tree_panel.items_for(picked)
    assert rows and all(row.isSelected() for row in rows)
    assert window.properties_panel.value_of("GlobalId") == picked
    view.pick_at(view.widget_point((1e6, 1e6, 1e6)))  # nothing there clears the selection
    assert window.selection.ids == ()


def test_a_mouse_click_on_the_view_picks_and_vtk_keys_are_swallowed(window, qtbot) -> None:
    """Real input events reach the view's handling (walk keys, picks, VTK's keys swallowed)."""
    view = window.view
    target = largest_element(window, "IfcSlab")
    view.set_standard_view("top")
    view.frame([target])
    pos = view.widget_point(view.element_centre(target))
    qtbot.mouseClick(view.interactor, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.selection.ids != ())
    assert window.selection.ids == (view.element_at(pos),)
    actors = [a for actors in view.scene.group_actors().values() for a in actors]
    qtbot.keyClick(view.interactor, Qt.Key.Key_W)  # VTK's wireframe key does nothing here
    assert all(a.GetProperty().GetRepresentation() == 2 for a in actors)  # still surfaces


def test_selecting_in_the_tree_highlights_in_3d(window) -> None:
    target = largest_element(window, "IfcWall")
    item = window.tree_panel.items_for(target)[0]
    window.tree_panel.spatial_tree.setCurrentItem(item)
    assert window.view.scene.highlighted("selection") == [target]
    window.frame_selection()
    assert window.properties_panel.value_of("GlobalId") == target


def test_hiding_a_class_hides_its_elements_until_show_all(window) -> None:
    wall = largest_element(window, "IfcWall")
    window.hide_class_of([wall])
    assert not window.view.scene.is_element_visible(wall)
    assert "IfcWall" in window.view.scene.hidden_classes
    window.show_all()
    assert window.view.scene.is_element_visible(wall)


def test_xray_makes_walls_translucent(window) -> None:
    window.menus.xray_action.trigger()
    scene = window.view.scene
    assert scene.xray and window.menus.xray_action.isChecked()
    wall_actors = [
        a for key, actors in scene.group_actors().items() if key[1] == "IfcWall" for a in actors
    ]
    assert wall_actors and all(a.GetProperty().GetOpacity() < 0.5 for a in wall_actors)
    window.menus.xray_action.trigger()
    assert all(a.GetProperty().GetOpacity() == 1.0 for a in wall_actors)


def test_walk_mode_moves_forward_on_a_key_press_and_esc_restores_orbit(window, qtbot) -> None:
    view = window.view
    camera = view.interactor.renderer.GetActiveCamera()
    orbit = camera.GetPosition()
    window.menus.walk_action.trigger()
    assert view.walk.active
    before = camera.GetPosition()
    focal = camera.GetFocalPoint()
    direction = [f - b for f, b in zip(focal, before, strict=True)]
    ground = min((s.elevation for s in view.scene.storeys), key=abs)
    assert before[2] == pytest.approx(ground + 1.6)  # from the overview: at the door, eye high
    qtbot.keyClick(view.interactor, Qt.Key.Key_W)
    after = camera.GetPosition()
    forward = sum((a - b) * d for a, b, d in zip(after, before, direction, strict=True))
    assert forward > 0.1
    assert after[2] == pytest.approx(before[2])  # walking never changes height
    qtbot.keyClick(view.interactor, Qt.Key.Key_Escape)
    assert not view.walk.active and not window.menus.walk_action.isChecked()
    assert camera.GetPosition() == pytest.approx(orbit)


def test_walk_mode_mouse_drag_turns_and_wheel_changes_speed(window, qtbot) -> None:
    view = window.view
    window.set_walk_mode(True)
    yaw = view.walk.pose.yaw
    centre = view.interactor.rect().center()
    qtbot.mousePress(view.interactor, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view.interactor, centre + QPoint(40, 0))
    qtbot.mouseRelease(view.interactor, Qt.MouseButton.LeftButton, pos=centre + QPoint(40, 0))
    assert view.walk.pose.yaw != pytest.approx(yaw)
    speed = view.walk_speed
    window.menus.walk_faster_action.trigger()
    assert view.walk_speed > speed
    window.set_walk_mode(False)
    assert not view.walk.active


def test_isolating_a_storey_and_the_section_box(window) -> None:
    scene = window.view.scene
    element = next(
        e
        for e in window.loaded.elements.values()
        if e.storey_id and scene.record(e.global_id) and e.ifc_class == "IfcWall"
    )
    elsewhere = next(
        r.global_id
        for r in scene.records
        if r.storey_id and r.storey_id != element.storey_id and r.ifc_class == "IfcWall"
    )
    window.isolate_storey_of([element.global_id])
    assert scene.isolated_storey == element.storey_id
    assert scene.is_element_visible(element.global_id)
    assert not scene.is_element_visible(elsewhere)
    window.show_all()
    assert scene.is_element_visible(elsewhere)
    window.selection.select([element.global_id])
    window.menus.section_box_action.trigger()
    assert scene.section is not None and scene.section.bounds is not None
    window.menus.section_box_action.trigger()
    assert scene.section is None


def test_viewpoints_save_and_restore_the_camera(window) -> None:
    view = window.view
    view.set_standard_view("top")
    window.save_viewpoint("俯视")
    assert window.viewpoints_panel.list.count() == 1
    saved = view.interactor.renderer.GetActiveCamera().GetPosition()
    view.set_standard_view("front")
    window.restore_viewpoint(0)
    assert view.interactor.renderer.GetActiveCamera().GetPosition() == pytest.approx(saved)


def test_screenshot_is_written_as_png(window, tmp_path: Path) -> None:
    path = window.export_screenshot(tmp_path / "view")
    assert path == tmp_path / "view.png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_context_menu_lists_registered_actions(window) -> None:
    from fmdesk.ui.context_actions import (
        ContextAction,
        build_context_menu,
        register_context_action,
        unregister_context_action,
    )

    called: list[list[str]] = []
    register_context_action(
        ContextAction("test.trace", "Trace upstream", lambda w, ids: called.append(ids))
    )
    try:
        wall = largest_element(window, "IfcWall")
        menu = build_context_menu(window, [wall], window)
        actions = {a.objectName(): a for a in menu.actions()}
        assert {"view.frame", "view.hide_class", "test.trace"} <= set(actions)
        actions["test.trace"].trigger()
        assert called == [[wall]]
        menu.deleteLater()
    finally:
        unregister_context_action("test.trace")


def test_selecting_a_system_highlights_its_members_and_it_can_be_hidden(window) -> None:
    scene = window.view.scene
    system = max(window.loaded.systems, key=lambda s: len(s.member_ids))
    drawn = [m for m in system.member_ids if scene.record(m) is not None]
    assert drawn
    row = window.tree_panel.items_for(system.global_id)[0]
    window.tree_panel.tabs.setCurrentIndex(1)
    window.tree_panel.systems_tree.setCurrentItem(row)
    assert window.selection.ids == (system.global_id,)
    assert set(scene.highlighted("selection")) == set(drawn)
    assert window.properties_panel.value_of("Members") == str(len(system.member_ids))
    window.hide_elements([system.global_id])
    assert not any(scene.is_element_visible(m) for m in drawn)
    window.show_all()
    window.show_only([system.global_id])
    assert all(scene.is_element_visible(m) for m in drawn)
    other = next(r.global_id for r in scene.records if r.global_id not in set(drawn))
    assert not scene.is_element_visible(other)


def test_the_storey_link_in_properties_selects_the_storey(window) -> None:
    element = next(
        e
        for e in window.loaded.elements.values()
        if e.storey_id and window.view.scene.record(e.global_id)
    )
    window.selection.select([element.global_id])
    link = window.properties_panel.tree.findItems(
        "Storey", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )[0]
    window.properties_panel.tree.itemDoubleClicked.emit(link, 1)
    assert window.selection.ids == (element.storey_id,)
    assert element.global_id in window.view.scene.highlighted("selection")
    assert window.tree_panel.items_for(element.storey_id)[0].isSelected()


def test_the_classes_menu_toggles_class_visibility(window) -> None:
    window.menus.update_classes_menu()
    entries = {a.text(): a for a in window.menus.classes_menu.actions()}
    assert "IfcWall" in entries and entries["IfcWall"].isChecked()
    assert "IfcSpace" in entries and not entries["IfcSpace"].isChecked()  # hidden by default
    wall = largest_element(window, "IfcWall")
    entries["IfcWall"].setChecked(False)
    assert not window.view.scene.is_element_visible(wall)
    entries["IfcWall"].setChecked(True)
    assert window.view.scene.is_element_visible(wall)


def test_colour_by_class_switches_the_scene_colour_mode(window) -> None:
    window.menus.colour_by_class_action.trigger()
    assert window.view.scene.colour_mode == "class"
    window.menus.colour_by_class_action.trigger()
    assert window.view.scene.colour_mode == "style"
