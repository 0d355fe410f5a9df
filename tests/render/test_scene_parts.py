"""Pieces and parts: a scene fed part chunks, then given the cache's blocks, shows the same."""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv

from fmdesk.bim import geometry_cache
from fmdesk.bim.geometry import MeshBatch, concat_batches
from fmdesk.bim.geometry_assembly import GeometryAssembler
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.render import Scene


def small_batches(geometry: MeshBatch, step: int) -> list[MeshBatch]:
    batches = []
    for start in range(0, len(geometry), step):
        meshes = [geometry.mesh(i) for i in range(start, min(start + step, len(geometry)))]
        batches.append(
            concat_batches(
                MeshBatch(
                    elements=[m.record],
                    vertices=m.vertices,
                    triangles=m.triangles,
                    colours=m.colours,
                    vertex_offsets=np.asarray([0, len(m.vertices)], np.int64),
                    triangle_offsets=np.asarray([0, len(m.triangles)], np.int64),
                    storeys=geometry.storeys,
                )
                for m in meshes
            )
        )
    return batches


def cells_by_element(scene: Scene) -> np.ndarray:
    counts = np.zeros(scene.element_count, np.int64)
    for actors in scene.group_actors().values():
        for actor in actors:
            elements = pv.wrap(actor.GetMapper().GetInput()).cell_data["element"]
            np.add.at(counts, np.asarray(elements), 1)
    return counts


@pytest.fixture
def assembled(sample_geometry: MeshBatch, isolated_home):
    """The sample streamed in small batches through an assembler, and its cache entry."""
    assembler = GeometryAssembler()
    pieces = [assembler.add(b) for b in small_batches(sample_geometry, 40)]
    key = geometry_cache.CacheKey("d" * 64, GeometrySettings().cache_key())
    geometry_cache.store(key, assembler)
    return pieces, geometry_cache.load(key)


def test_adopting_the_cache_blocks_replaces_every_chunk_and_keeps_the_picture(
    plotter: pv.Plotter, assembled
) -> None:
    pieces, grouped = assembled
    scene = Scene(plotter, defer_merges=True)
    for piece in pieces:
        scene.add_piece(piece)
    assert not scene.compacted  # many chunks per part
    before = cells_by_element(scene)
    scene.set_view("iso")
    picture = plotter.screenshot(return_img=True)
    steps = 0
    while not scene.adopt(grouped, budget_s=0.0):
        steps += 1
    assert steps > 0  # a budget makes it take several calls
    assert scene.compacted and scene.actor_count == len(grouped.parts)
    assert np.array_equal(cells_by_element(scene), before)
    for actors in scene.group_actors().values():
        points = pv.wrap(actors[0].GetMapper().GetInput()).points
        assert points.base is not None  # the file's memory, not a copy
    again = plotter.screenshot(return_img=True)
    assert np.abs(again.astype(int) - picture.astype(int)).mean() < 1.0


def test_a_layout_numbering_other_elements_is_not_adopted(plotter: pv.Plotter, assembled) -> None:
    pieces, grouped = assembled
    scene = Scene(plotter, defer_merges=True)
    for piece in pieces[:-1]:  # one piece short: other numbering
        scene.add_piece(piece)
    actors = scene.actor_count
    assert scene.adopt(grouped) is True
    assert scene.actor_count == actors


def test_pieces_must_arrive_in_the_order_they_were_numbered(plotter, assembled) -> None:
    pieces, _ = assembled
    scene = Scene(plotter)
    scene.add_piece(pieces[0])
    with pytest.raises(ValueError):
        scene.add_piece(pieces[2])


def test_a_cached_model_draws_like_the_meshed_one(
    plotter: pv.Plotter, sample_geometry: MeshBatch, assembled
) -> None:
    _, grouped = assembled
    scene = Scene(plotter)
    scene.set_geometry(grouped)
    assert scene.element_count == len(sample_geometry)
    assert sum(cells_by_element(scene)) == sample_geometry.triangle_count
    wall = next(r.global_id for r in sample_geometry.elements if r.ifc_class == "IfcWall")
    index = sample_geometry.index_of()[wall]
    mesh = sample_geometry.mesh(index)
    expected = (*mesh.vertices.min(axis=0), *mesh.vertices.max(axis=0))
    bounds = scene.bounds([wall])
    assert bounds is not None
    assert np.allclose(bounds[0::2], expected[:3]) and np.allclose(bounds[1::2], expected[3:])
    assert scene.highlight([wall]) == []
    assert scene.highlight_actor("selection").GetMapper().GetInput().GetNumberOfCells() == len(
        mesh.triangles
    )
