"""Instanced products (mapped type geometry) are meshed once per type and placed by fmdesk:
their triangles must be the ones ifcopenshell gives in world coordinates."""

from __future__ import annotations

from pathlib import Path

import ifcopenshell.geom
import numpy as np
import pytest

from fmdesk import bim
from fmdesk.bim.geometry import concat_batches, iter_tessellation
from fmdesk.bim.geometry_instances import is_instanced, place_vertices, split_instanced
from fmdesk.bim.geometry_settings import GeometrySettings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "ifc_samples" / "sample_residential_ifc4.ifc"
SHARED = ROOT.parent / "shared" / "ifc"


def world_triangles(model, step_ids) -> dict[int, np.ndarray]:
    """ifcopenshell's own world-coordinate triangles of ``step_ids``, as sorted corner rows."""
    settings = GeometrySettings()
    iterator = ifcopenshell.geom.iterator(
        settings.to_ifcopenshell(),
        model,
        1,
        geometry_library=settings.library,
        include=[model.by_id(i) for i in step_ids],
    )
    out = {}
    if iterator.initialize():
        while True:
            shape = iterator.get()
            vertices = np.frombuffer(shape.geometry.verts_buffer, np.float64).reshape(-1, 3)
            faces = np.frombuffer(shape.geometry.faces_buffer, np.int32).reshape(-1, 3)
            out[shape.id] = surface(vertices.astype(np.float32), faces)
            if not iterator.next():
                break
    return out


def surface(vertices: np.ndarray, triangles: np.ndarray) -> tuple[int, float, np.ndarray]:
    """(triangles, area, bounds): a type meshed in its own coordinates may split a face
    along the other diagonal, so the triangles themselves are not compared."""
    a, b, c = (vertices[triangles[:, k]].astype(np.float64) for k in range(3))
    area = float(np.linalg.norm(np.cross(b - a, c - a), axis=1).sum() / 2)
    used = vertices[np.unique(triangles)]
    return len(triangles), area, np.concatenate([used.min(0), used.max(0)])


def models() -> list[Path]:
    found = [SAMPLE]
    for name in ("duplex-electrical_ifc2x3.ifc", "office-a_ifc2x3.ifc"):
        if (SHARED / name).is_file():
            found.append(SHARED / name)
    return found


@pytest.mark.parametrize("path", models(), ids=lambda p: p.stem)
def test_placed_instances_have_the_world_coordinate_triangles(path: Path) -> None:
    model = bim.open_model(path)
    products = [p.id() for p in model.by_type("IfcProduct") if not p.is_a("IfcOpeningElement")]
    _world, instanced = split_instanced(model, products)
    assert len(instanced) >= 20  # the rule found the doors, windows, terminals…
    meshed = concat_batches(iter_tessellation(model))
    step_of = {p.GlobalId: p.id() for p in model.by_type("IfcProduct")}
    expected = world_triangles(model, instanced)
    mine = {
        step_of[mesh.global_id]: surface(mesh.vertices, mesh.triangles)
        for mesh in meshed.meshes()
        if step_of[mesh.global_id] in expected
    }
    assert mine.keys() == expected.keys()
    for step_id, (count, area, bounds) in expected.items():
        my_count, my_area, my_bounds = mine[step_id]
        assert my_count == count, model.by_id(step_id)
        assert my_area == pytest.approx(area, rel=1e-3, abs=1e-6), model.by_id(step_id)
        assert np.allclose(my_bounds, bounds, atol=1e-4), model.by_id(step_id)


def test_a_body_with_anything_besides_mapped_items_is_meshed_in_world_coordinates() -> None:
    model = bim.open_model(SAMPLE)
    walls = model.by_type("IfcWall")
    assert walls and not any(is_instanced(w) for w in walls)  # extrusions
    outlets = model.by_type("IfcOutlet")
    assert outlets and all(is_instanced(o) for o in outlets)  # type geometry


def test_each_element_is_moved_by_its_own_matrix() -> None:
    local = np.array([[1.0, 0, 0], [0, 1.0, 0], [1.0, 0, 0]])
    turn = (0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1, 0, 10, 20, 30, 1)  # +90° about z, then moved
    shift = (1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 0, 0, 1)
    placed = place_vertices(local, [turn, shift], np.array([2, 1]))
    assert np.allclose(placed, [[10, 21, 30], [9, 20, 30], [6, 0, 0]])


@pytest.mark.skipif(not (SHARED / "office-a_ifc2x3.ifc").is_file(), reason="needs ../shared/ifc")
def test_what_cannot_be_placed_is_meshed_again_in_world_coordinates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A counter top cut by a sink opening comes out empty in its own coordinates: with the
    rule forced to call every product instanced, it is still meshed (in world coordinates)."""
    from fmdesk.bim import geometry_instances

    model = bim.open_model(SHARED / "office-a_ifc2x3.ifc")
    counter = model.by_id(1028)
    assert counter.HasOpenings and not is_instanced(counter)
    monkeypatch.setattr(geometry_instances, "is_instanced", lambda product: True)
    progress: list[tuple[int, int]] = []
    meshed = concat_batches(
        iter_tessellation(model, progress=lambda done, total: progress.append((done, total)))
    )
    ids = [r.global_id for r in meshed.elements]
    assert counter.GlobalId in ids and len(ids) == len(set(ids)) == 902
    assert meshed.failures == []
    assert progress[-1][0] == progress[-1][1] >= 902  # forced: storeys etc. count too
    assert all(done <= total for done, total in progress)
