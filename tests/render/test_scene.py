"""The scene: merged meshes, picking back to GlobalIds, highlights, visibility, x-ray, section."""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv

from fmdesk.bim.geometry import MeshBatch
from fmdesk.render import HIGHLIGHT_STYLES, Scene, SceneState
from fmdesk.render.scene import XRAY_OPACITY


def _named(geometry: MeshBatch, kind: str, text: str = "") -> str:
    return next(e.global_id for e in geometry.elements if e.kind == kind and text in e.name)


def _visible_cells(scene: Scene) -> int:
    return sum(
        actor.GetMapper().GetInput().GetNumberOfCells()
        for actors in scene.group_actors().values()
        for actor in actors
        if actor.GetVisibility()
    )


@pytest.fixture
def scene(plotter: pv.Plotter, sample_geometry: MeshBatch) -> Scene:
    scene = Scene(plotter)
    scene.set_geometry(sample_geometry)
    return scene


def test_elements_are_merged_into_few_actors_by_storey_and_class(
    scene: Scene, sample_geometry: MeshBatch
) -> None:
    assert scene.element_count == len(sample_geometry)
    assert scene.actor_count < len(sample_geometry) / 4
    total_cells = sum(
        a.GetMapper().GetInput().GetNumberOfCells()
        for actors in scene.group_actors().values()
        for a in actors
    )
    assert total_cells == sample_geometry.triangle_count
    for (storey_id, ifc_class, *_), actors in scene.group_actors().items():
        for actor in actors:
            elements = pv.wrap(actor.GetMapper().GetInput()).cell_data["element"]
            records = {scene.records[i] for i in np.unique(elements)}
            assert {r.ifc_class for r in records} == {ifc_class}
            assert {r.storey_id for r in records} == {storey_id}


def _small_batches(geometry: MeshBatch, step: int) -> list[MeshBatch]:
    from fmdesk.bim.geometry import concat_batches

    batches = []
    for start in range(0, len(geometry), step):
        part = [geometry.mesh(i) for i in range(start, min(start + step, len(geometry)))]
        batches.append(
            concat_batches(
                MeshBatch(
                    elements=[m.record],
                    vertices=m.vertices,
                    triangles=m.triangles,
                    colours=m.colours,
                    vertex_offsets=np.asarray([0, len(m.vertices)]),
                    triangle_offsets=np.asarray([0, len(m.triangles)]),
                )
                for m in part
            )
        )
    return batches


def test_merging_a_little_at_a_time_always_gets_done(
    plotter: pv.Plotter, sample_geometry: MeshBatch
) -> None:
    scene = Scene(plotter, defer_merges=True)
    for batch in _small_batches(sample_geometry, 2):  # a group's elements in many batches
        scene.add_batch(batch)
    assert scene.crowded  # many chunks per group, left for merge_crowded
    groups = len(scene.group_actors())
    calls = 0
    while not scene.merge_crowded(budget_s=1e-9):  # a budget no merge fits in
        calls += 1
        assert calls <= groups, "merging made no progress"
    calls = 0
    while not scene.compact(budget_s=1e-9):
        calls += 1
        assert calls <= groups, "compaction made no progress"
    assert all(len(actors) == 1 for actors in scene.group_actors().values())
    assert scene.element_count == len(sample_geometry)


def test_progressive_batches_build_the_same_scene(
    plotter: pv.Plotter, sample_geometry: MeshBatch
) -> None:
    scene = Scene(plotter)
    for batch in _small_batches(sample_geometry, 50):
        scene.add_batch(batch)
    assert scene.add_batch(sample_geometry) == 0  # already there: nothing duplicated
    scene.compact()
    assert scene.element_count == len(sample_geometry)
    assert all(len(actors) == 1 for actors in scene.group_actors().values())


def test_picking_the_centre_of_an_isolated_element_returns_its_global_id(
    scene: Scene, plotter: pv.Plotter, sample_geometry: MeshBatch
) -> None:
    tank = _named(sample_geometry, "tank", "生活水箱")
    scene.show_only_elements([tank])
    scene.set_view("front")
    assert scene.fit_elements([tank])
    plotter.render()
    width, height = plotter.window_size
    assert scene.pick(width / 2, height / 2) == tank
    assert scene.pick(2, 2) is None  # background


def test_element_at_cell_maps_every_cell_to_its_owner(scene: Scene) -> None:
    for actors in scene.group_actors().values():
        actor = actors[0]
        mesh = pv.wrap(actor.GetMapper().GetInput())
        last = mesh.n_cells - 1
        owner = scene.element_at_cell(actor, last)
        assert owner == scene.records[int(mesh.cell_data["element"][last])].global_id
    assert scene.element_at_cell(actors[0], 10**9) is None


def test_highlight_draws_exactly_the_elements_in_the_style_colour(
    scene: Scene, sample_geometry: MeshBatch
) -> None:
    pumps = [e.global_id for e in sample_geometry.elements if e.kind == "pump"]
    unknown = scene.highlight([*pumps, "not-a-guid"], "operate")
    assert unknown == ["not-a-guid"]
    actor = scene.highlight_actor("operate")
    assert actor is not None
    index = sample_geometry.index_of()
    expected = sum(len(sample_geometry.mesh(index[p]).triangles) for p in pumps)
    assert actor.GetMapper().GetInput().GetNumberOfCells() == expected
    colour = tuple(round(c * 255) for c in actor.GetProperty().GetColor())
    assert colour == HIGHLIGHT_STYLES["operate"].colour
    scene.highlight([pumps[0]], "selection")
    assert scene.highlighted("operate") == pumps
    scene.clear_highlight("operate")
    assert scene.highlight_actor("operate") is None
    assert scene.highlight_actor("selection") is not None
    with pytest.raises(ValueError):
        scene.highlight(pumps, "sparkly")


def test_hiding_elements_removes_their_cells_and_showing_restores_them(
    scene: Scene, sample_geometry: MeshBatch
) -> None:
    pipes = [e.global_id for e in sample_geometry.elements if e.kind == "pipe"]
    index = sample_geometry.index_of()
    pipe_triangles = sum(len(sample_geometry.mesh(index[p]).triangles) for p in pipes)
    before = _visible_cells(scene)
    assert scene.hide_elements(pipes) == []
    assert _visible_cells(scene) == before - pipe_triangles
    assert not scene.is_element_visible(pipes[0])
    scene.show_elements(pipes)
    assert _visible_cells(scene) == before
    assert scene.is_element_visible(pipes[0])


def test_hiding_a_class_hides_its_actors_and_spaces_start_hidden(scene: Scene) -> None:
    groups = scene.group_actors()
    spaces = [a for (_, cls, *_), actors in groups.items() if cls == "IfcSpace" for a in actors]
    walls = [a for (_, cls, *_), actors in groups.items() if cls == "IfcWall" for a in actors]
    assert spaces and walls
    assert not any(a.GetVisibility() for a in spaces)
    assert all(a.GetVisibility() for a in walls)
    scene.set_class_visible("IfcWall", False)
    assert not any(a.GetVisibility() for a in walls)
    scene.set_class_visible("IfcSpace", True)
    assert all(a.GetVisibility() for a in spaces)


def test_xray_makes_architecture_transparent_and_mep_opaque(scene: Scene) -> None:
    scene.set_xray(True)
    for (_, ifc_class, *_), actors in scene.group_actors().items():
        opacity = actors[0].GetProperty().GetOpacity()
        if ifc_class in ("IfcWall", "IfcSlab", "IfcDoor"):
            assert opacity == pytest.approx(XRAY_OPACITY)
        if ifc_class in ("IfcPipeSegment", "IfcPump", "IfcValve", "IfcCableSegment"):
            assert opacity == 1.0
    scene.set_xray(False)
    assert all(
        actors[0].GetProperty().GetOpacity() == 1.0 for actors in scene.group_actors().values()
    )


def _culled(scene: Scene) -> dict[tuple, bool]:
    """Whether each part's actors skip their back faces."""
    return {
        key: all(a.GetProperty().GetBackfaceCulling() for a in actors)
        for key, actors in scene.group_actors().items()
        if actors
    }


def test_closed_opaque_parts_cull_back_faces_until_a_section_or_xray_opens_them(
    scene: Scene,
) -> None:
    culled = _culled(scene)
    assert any(culled.values())  # the sample's extrusions are fmdesk's own closed solids
    assert all(on == (closed and not glass) for (_, _, glass, closed), on in culled.items())
    scene.set_section_box((0, 10, 0, 10, 0, 3))
    assert not any(_culled(scene).values())
    scene.clear_section()
    assert _culled(scene) == culled
    scene.set_xray(True)
    for (_, ifc_class, _, closed), on in _culled(scene).items():
        if ifc_class in ("IfcWall", "IfcSlab"):
            assert not on  # see-through solids show both faces
        if ifc_class in ("IfcPipeSegment", "IfcPump") and closed:
            assert on
    scene.set_xray(False)
    assert _culled(scene) == culled


def _picture(plotter: pv.Plotter) -> np.ndarray:
    plotter.render()
    return np.asarray(plotter.screenshot(return_img=True), np.int16)


def _same_picture_without_culling(plotter: pv.Plotter, scene: Scene) -> None:
    """Culling must not change a pixel: every culled face was hidden behind its own solid."""
    scene.set_view("iso")
    culled = _picture(plotter)
    for actors in scene.group_actors().values():
        for actor in actors:
            actor.GetProperty().BackfaceCullingOff()
    everything = _picture(plotter)
    assert culled.std() > 10
    differ = (np.abs(culled - everything) > 40).any(axis=2).mean()
    assert differ < 0.0002, f"{differ:.3%} of pixels changed"  # 35 of 172,800


def test_culling_back_faces_leaves_the_sample_picture_as_it_was(
    plotter: pv.Plotter, scene: Scene
) -> None:
    _same_picture_without_culling(plotter, scene)


def test_a_real_export_culls_only_what_fmdesk_meshed_and_looks_the_same(
    plotter: pv.Plotter, shared_ifc
) -> None:
    """office-a: walls and slabs are fmdesk's closed solids, the brep furniture is
    ifcopenshell's (open or either way round): only the former are culled."""
    from fmdesk import bim
    from fmdesk.bim.geometry import concat_batches, iter_tessellation

    model = bim.open_model(shared_ifc / "office-a_ifc2x3.ifc")
    geometry = concat_batches(iter_tessellation(model))
    scene = Scene(plotter)
    scene.set_geometry(geometry)
    closed = int(geometry.closed_flags().sum())
    assert 0 < closed < len(geometry.elements)
    culled = _culled(scene)
    assert any(culled.values()) and not all(culled.values())
    for (_, _, glass, solid), on in culled.items():
        assert on == (solid and not glass)
    _same_picture_without_culling(plotter, scene)


def test_isolating_a_storey_shows_only_its_groups(scene: Scene) -> None:
    storey = scene.storey("3F")
    assert storey is not None
    scene.isolate_storey("3F")
    visible = {
        key[0] for key, actors in scene.group_actors().items() for a in actors if a.GetVisibility()
    }
    assert visible == {storey.global_id}
    bounds = scene.bounds()
    assert bounds is not None and bounds[4] >= storey.elevation - 0.5
    scene.isolate_storey(None)
    assert len({k[0] for k, a in scene.group_actors().items() if a[0].GetVisibility()}) > 5
    with pytest.raises(KeyError):
        scene.isolate_storey("99F")


def test_section_plane_and_box_set_clipping_planes_on_every_mapper(scene: Scene) -> None:
    scene.highlight([scene.records[0].global_id], "selection")
    scene.set_section_plane((0, 0, 5), (0, 0, -1))
    mappers = [a.GetMapper() for actors in scene.group_actors().values() for a in actors]
    mappers.append(scene.highlight_actor("selection").GetMapper())
    assert all(m.GetClippingPlanes().GetNumberOfItems() == 1 for m in mappers)
    scene.set_section_box((0, 10, 0, 10, 0, 3))
    assert all(m.GetClippingPlanes().GetNumberOfItems() == 6 for m in mappers)
    scene.clear_section()
    assert all(
        m.GetClippingPlanes() is None or m.GetClippingPlanes().GetNumberOfItems() == 0
        for m in mappers
    )


def test_section_plane_keeps_the_side_the_normal_points_to(
    scene: Scene, plotter: pv.Plotter
) -> None:
    scene.set_view("front")
    plotter.render()
    full = plotter.screenshot(return_img=True)
    bounds = scene.bounds()
    middle = (bounds[0] + bounds[1]) / 2
    scene.set_section_plane((middle, 0, 0), (1, 0, 0))
    plotter.render()
    cut = plotter.screenshot(return_img=True)
    half = cut.shape[1] // 2

    def drawn(image: np.ndarray) -> np.ndarray:
        return (image < 250).any(axis=2)  # not the white background

    left_before, left_after = drawn(full)[:, :half].sum(), drawn(cut)[:, :half].sum()
    right_before, right_after = drawn(full)[:, half:].sum(), drawn(cut)[:, half:].sum()
    assert left_after < 0.2 * left_before  # the -x half is cut away
    assert right_after > 0.9 * right_before  # the +x half stays


def test_standard_views_put_the_camera_on_the_right_side(scene: Scene, plotter) -> None:
    bounds = scene.bounds()
    centre = np.array([(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2])
    expected = {"top": (2, 1), "front": (1, -1), "back": (1, 1), "left": (0, -1), "right": (0, 1)}
    for view, (axis, sign) in expected.items():
        scene.set_view(view)
        position = np.array(plotter.renderer.GetActiveCamera().GetPosition())
        focal = np.array(plotter.renderer.GetActiveCamera().GetFocalPoint())
        assert np.sign(position[axis] - focal[axis]) == sign, view
    scene.set_view("iso")
    position = np.array(plotter.renderer.GetActiveCamera().GetPosition())
    assert position[2] > bounds[5] and position[0] > centre[0] and position[1] < centre[1]
    with pytest.raises(ValueError):
        scene.set_view("sideways")


def test_state_round_trip_restores_visibility_xray_section_and_highlights(
    scene: Scene, plotter: pv.Plotter, sample_geometry: MeshBatch, sample_path
) -> None:
    valve = _named(sample_geometry, "valve")
    scene.hide_elements([valve])
    scene.set_class_visible("IfcDoor", False)
    scene.set_xray(True)
    scene.isolate_storey("2F")
    scene.set_section_box((0, 5, 0, 5, 0, 5))
    scene.highlight([valve], "path")
    scene.set_view("top")
    state = SceneState.from_dict(scene.capture_state().as_dict())

    other_plotter = pv.Plotter(off_screen=True, window_size=[200, 150])
    try:
        other = Scene(other_plotter)
        other.set_geometry(sample_geometry)
        other.apply_state(state)
        assert other.hidden_ids == [valve]
        assert "IfcDoor" in other.hidden_classes
        assert other.xray and other.isolated_storey == scene.isolated_storey
        assert other.section is not None and other.section.bounds == (0, 5, 0, 5, 0, 5)
        assert other.highlighted("path") == [valve]
        camera = other_plotter.renderer.GetActiveCamera()
        assert camera.GetPosition() == pytest.approx(state.camera["position"])
    finally:
        other_plotter.close()
        other_plotter.deep_clean()


def test_clear_removes_every_actor(scene: Scene, plotter: pv.Plotter) -> None:
    scene.highlight([scene.records[0].global_id])
    assert len(plotter.renderer.actors) > 0
    scene.clear()
    assert len(plotter.renderer.actors) == 0
    assert scene.element_count == 0


def test_closing_the_plotter_frees_the_scene_actors(sample_geometry: MeshBatch) -> None:
    from tests.render.conftest import live_actor_count

    before = live_actor_count()
    plotter = pv.Plotter(off_screen=True, window_size=[200, 150])
    scene = Scene(plotter)
    scene.set_geometry(sample_geometry)
    scene.highlight([scene.records[0].global_id])
    plotter.render()
    assert live_actor_count() > before
    plotter.close()
    plotter.deep_clean()
    del scene, plotter
    assert live_actor_count() <= before


def test_fit_all_frames_the_section_box_not_the_whole_model(scene: Scene) -> None:
    whole = scene.bounds()
    scene.set_section_box((0, 5, 0, 5, 0, 3))
    boxed = scene.bounds()
    assert boxed is not None and whole is not None
    assert boxed[0] >= 0 and boxed[1] <= 5 and boxed[5] <= 3
    assert (boxed[1] - boxed[0]) < (whole[1] - whole[0])
