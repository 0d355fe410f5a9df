"""Progressive rendering: a frame over budget is drawn in slices that add up to the whole."""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkRenderingCore import vtkWindowToImageFilter

from fmdesk.bim.geometry import MeshBatch
from fmdesk.render import Scene
from fmdesk.render.progressive import CostModel, ProgressiveRender


def grab(plotter: pv.Plotter) -> np.ndarray:
    """The picture as it stands, without rendering again."""
    grabber = vtkWindowToImageFilter()
    grabber.SetInput(plotter.ren_win)
    grabber.ShouldRerenderOff()
    grabber.ReadFrontBufferOff()
    grabber.SetInputBufferTypeToRGB()
    grabber.Update()
    image = grabber.GetOutput()
    width, height, _ = image.GetDimensions()
    return vtk_to_numpy(image.GetPointData().GetScalars()).reshape(height, width, 3).copy()


def draw_frame(plotter: pv.Plotter, progressive: ProgressiveRender) -> int:
    """Render one frame to the end, slice by slice; returns the number of renders."""
    plotter.ren_win.Render()
    renders = 1
    while progressive.pending:
        progressive.continue_frame()
        plotter.ren_win.Render()
        renders += 1
    return renders


@pytest.fixture
def scene(plotter: pv.Plotter, sample_geometry: MeshBatch) -> Scene:
    scene = Scene(plotter)
    scene.set_geometry(sample_geometry)
    scene.set_view("iso")
    return scene


@pytest.fixture
def progressive(plotter: pv.Plotter, scene: Scene):
    progressive = ProgressiveRender(plotter.ren_win, plotter.renderer, scene.draw_order)
    yield progressive
    progressive.detach()


def test_a_frame_over_budget_is_sliced_and_adds_up_to_the_whole_picture(
    plotter: pv.Plotter, scene: Scene, progressive: ProgressiveRender, monkeypatch
) -> None:
    scene.highlight([scene.records[10].global_id], "selection")  # an overlay, drawn every slice
    with progressive.whole_frames():
        plotter.ren_win.Render()
    whole = grab(plotter)
    progressive.budget_ms = progressive._cost_ms(3000)  # about 3,000 triangles per slice
    # This test is about the picture, not the estimates: with learning on, the re-cut after each
    # slice followed the machine's speed, and a fast run drew the frame in two slices.
    monkeypatch.setattr(progressive.costs, "add", lambda *args, **kwargs: None)
    renders = draw_frame(plotter, progressive)
    assert renders == progressive.stats.slices > 3
    assert len(progressive.stats.render_ms) == renders + 1  # every render is timed
    sliced = grab(plotter)
    differing = np.abs(sliced.astype(int) - whole.astype(int)).max(axis=2) > 24
    assert differing.mean() < 0.002, f"{differing.sum()} pixels differ"
    progressive.budget_ms = progressive._cost_ms(300)
    plotter.ren_win.Render()  # a fresh frame, and only its first, small slice
    assert progressive.pending
    first_only = grab(plotter)
    assert (np.abs(first_only.astype(int) - whole.astype(int)).max(axis=2) > 24).mean() > 0.01


def test_finishing_a_frame_draws_every_slice_left_in_one_render(
    plotter: pv.Plotter, scene: Scene, progressive: ProgressiveRender, monkeypatch
) -> None:
    with progressive.whole_frames():
        plotter.ren_win.Render()
    whole = grab(plotter)
    progressive.budget_ms = progressive._cost_ms(3000)
    monkeypatch.setattr(progressive.costs, "add", lambda *args, **kwargs: None)
    plotter.ren_win.Render()  # the first slice only
    assert progressive.pending and progressive.stats.slices > 3
    progressive.finish_frame()
    renders = len(progressive.stats.render_ms)
    plotter.ren_win.Render()
    assert not progressive.pending
    assert len(progressive.stats.render_ms) == renders + 1
    differing = np.abs(grab(plotter).astype(int) - whole.astype(int)).max(axis=2) > 24
    assert differing.mean() < 0.002, f"{differing.sum()} pixels differ"


def test_slices_leave_every_actor_as_it_was(
    plotter: pv.Plotter, scene: Scene, progressive: ProgressiveRender
) -> None:
    scene.set_class_visible("IfcSlab", False)
    before = {id(a): a.GetVisibility() for a in scene.draw_order()}
    progressive.budget_ms = progressive._cost_ms(2000)
    plotter.ren_win.Render()
    assert progressive.pending
    assert {id(a): a.GetVisibility() for a in scene.draw_order()} == before
    assert plotter.renderer.GetErase()


def test_a_change_between_slices_starts_a_new_frame(
    plotter: pv.Plotter, scene: Scene, progressive: ProgressiveRender
) -> None:
    progressive.budget_ms = progressive._cost_ms(2000)
    plotter.ren_win.Render()
    plotter.ren_win.Render()  # not asked to continue: starts over
    assert progressive.stats.drawn == 1
    progressive.continue_frame()
    plotter.camera.azimuth += 30  # the user orbits before the next slice
    plotter.ren_win.Render()
    assert progressive.stats.drawn == 1, "a stale slice was drawn over a moved camera"
    progressive.continue_frame()
    plotter.ren_win.Render()
    assert progressive.stats.drawn == 2


def test_the_building_shell_comes_first_and_glass_last(scene: Scene) -> None:
    from fmdesk.render import is_architecture

    keys = {id(actor): key for key, actors in scene.group_actors().items() for actor in actors}
    ranks = [(keys[id(a)][2], not is_architecture(keys[id(a)][1])) for a in scene.draw_order()]
    assert ranks == sorted(ranks)
    assert ranks[0] == (False, False)


def test_a_frame_within_budget_is_drawn_whole(
    plotter: pv.Plotter, scene: Scene, progressive: ProgressiveRender
) -> None:
    progressive.budget_ms = 1e9
    plotter.ren_win.Render()
    assert not progressive.pending and progressive.stats.slices == 1
    assert progressive.stats.ms_per_kilocell > 0


def test_the_cost_model_recovers_known_costs_from_mixed_renders() -> None:
    rng = np.random.default_rng(7)
    model = CostModel()
    fixed, per_actor, per_first, per_kilocell, glass = 3.0, 0.05, 0.25, 0.3, 20.0
    for _ in range(48):
        actors = int(rng.integers(1, 200))
        first = int(rng.integers(0, actors))
        kilocells = float(rng.random() * 300)
        see_through = bool(rng.random() < 0.3)
        ms = fixed + per_actor * actors + per_first * first + per_kilocell * kilocells
        ms += glass * see_through
        model.add(actors, first, kilocells, ms * rng.normal(1.0, 0.03), see_through)
    _, got_actor, got_first, got_kilocell, got_glass, _ = model.coefficients
    assert got_kilocell == pytest.approx(per_kilocell, rel=0.15)
    assert got_first == pytest.approx(per_first, rel=0.25)
    assert got_actor == pytest.approx(per_actor, abs=0.03)
    assert got_glass == pytest.approx(glass, rel=0.25)
    assert model.actor_ms(10_000, first_draw=True) > model.actor_ms(10_000, first_draw=False)


def test_an_actor_added_between_slices_waits_for_the_next_frame(
    plotter: pv.Plotter, scene: Scene
) -> None:
    late: list = []
    progressive = ProgressiveRender(
        plotter.ren_win, plotter.renderer, lambda: [*scene.draw_order(), *late]
    )
    seen_visible: list[bool] = []
    try:
        progressive.budget_ms = progressive._cost_ms(3000)
        plotter.ren_win.Render()
        assert progressive.pending
        actor = plotter.add_mesh(pv.Sphere(radius=1.0), render=False)
        late.append(actor)  # a batch of a model still loading
        tag = plotter.ren_win.AddObserver(  # after the progressive renderer's own (priority)
            "StartEvent", lambda *_: seen_visible.append(bool(actor.GetVisibility())), -1.0
        )
        drawn = progressive.stats.drawn
        while progressive.pending:
            progressive.continue_frame()
            plotter.ren_win.Render()
            drawn += 1
            assert progressive.stats.drawn == drawn, "the frame was restarted"
        assert seen_visible and not any(seen_visible), "drawn without being planned for"
        assert actor.GetVisibility()  # left as it was
        seen_visible.clear()
        draw_frame(plotter, progressive)
        assert any(seen_visible), "the next frame must draw it"
        plotter.ren_win.RemoveObserver(tag)
    finally:
        progressive.detach()


def test_with_the_scene_revision_a_scene_change_between_slices_starts_a_new_frame(
    plotter: pv.Plotter, scene: Scene, sample_geometry: MeshBatch
) -> None:
    progressive = ProgressiveRender(
        plotter.ren_win,
        plotter.renderer,
        scene.draw_order,
        cell_count=scene.cell_count,
        revision=lambda: scene.revision,
    )
    try:
        assert sum(map(scene.cell_count, scene.draw_order())) == sample_geometry.triangle_count
        progressive.budget_ms = progressive._cost_ms(3000)
        plotter.ren_win.Render()
        progressive.continue_frame()
        plotter.ren_win.Render()
        assert progressive.stats.drawn == 2
        scene.set_xray(True)  # between two slices
        progressive.continue_frame()
        plotter.ren_win.Render()
        assert progressive.stats.drawn == 1, "a stale frame went on after x-ray was switched"
        before = scene.revision
        scene.add_batch(sample_geometry)  # nothing new: re-adding is harmless
        assert scene.revision == before
    finally:
        progressive.detach()


def test_appending_draws_only_what_the_picture_lacks_and_adds_up_to_a_full_frame(
    plotter: pv.Plotter, scene: Scene
) -> None:
    late: list = []
    progressive = ProgressiveRender(
        plotter.ren_win,
        plotter.renderer,
        lambda: [*scene.draw_order(), *late],
        revision=lambda: scene.revision,
    )
    drawn_counts: list[int] = []
    tag = plotter.ren_win.AddObserver(  # after the progressive renderer's own (priority)
        "StartEvent",
        lambda *_: drawn_counts.append(
            sum(bool(a.GetVisibility()) for a in [*scene.draw_order(), *late])
        ),
        -1.0,
    )
    try:
        draw_frame(plotter, progressive)
        actor = plotter.add_mesh(pv.Sphere(radius=2.0, center=scene.bounds()[::2]), render=False)
        late.append(actor)  # a batch arrived
        drawn_counts.clear()
        progressive.append_frame()
        plotter.ren_win.Render()
        assert drawn_counts == [1], "an append must draw the new actor only"
        appended = grab(plotter)
        with progressive.whole_frames():
            plotter.ren_win.Render()
        whole = grab(plotter)
        differing = np.abs(appended.astype(int) - whole.astype(int)).max(axis=2) > 24
        assert differing.mean() < 0.002, f"{differing.sum()} pixels differ"
        plotter.camera.azimuth += 20  # the user moved: the picture is no base any more
        drawn_counts.clear()
        progressive.append_frame()
        draw_frame(plotter, progressive)
        shown = sum(bool(a.GetVisibility()) for a in [*scene.draw_order(), *late])
        assert sum(drawn_counts) == shown, "after a camera move every actor must be drawn again"
    finally:
        plotter.ren_win.RemoveObserver(tag)
        progressive.detach()
