"""Tessellation: real files give meshes for the expected elements, failures are recorded,
Cancel stops early, batches arrive progressively."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import ifcopenshell
import numpy as np
import pytest

from fmdesk import bim
from fmdesk.bim.geometry import (
    NO_STYLE_ALPHA,
    MeshBatch,
    concat_batches,
    iter_tessellation,
    load_geometry,
)
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.errors import CancelledError, ModelOpenError

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


@pytest.fixture(scope="module")
def fzk_model(shared_ifc: Path) -> ifcopenshell.file:
    return bim.open_model(shared_ifc / "fzk-haus_ifc4.ifc")


@pytest.fixture(scope="module")
def fzk_run(fzk_model: ifcopenshell.file) -> tuple[list[MeshBatch], list[tuple[int, int]]]:
    """One tessellation of the FZK house in small batches, with its progress reports."""
    reports: list[tuple[int, int]] = []
    batches = list(
        iter_tessellation(
            fzk_model,
            progress=lambda done, total: reports.append((done, total)),
            batch_max_elements=10,
        )
    )
    return batches, reports


@pytest.fixture(scope="module")
def fzk_geometry(fzk_run: tuple[list[MeshBatch], list[tuple[int, int]]]) -> MeshBatch:
    return concat_batches(fzk_run[0])


@pytest.fixture(scope="module")
def sample_geometry() -> MeshBatch:
    if not SAMPLE.is_file():
        pytest.skip("ifc_samples/sample_residential_ifc4.ifc not generated yet")
    return concat_batches(iter_tessellation(bim.open_model(SAMPLE)))


def test_every_building_element_of_the_house_gets_a_mesh(
    fzk_model: ifcopenshell.file, fzk_geometry: MeshBatch
) -> None:
    meshed = {e.global_id for e in fzk_geometry.elements}
    for ifc_class in ("IfcWall", "IfcSlab", "IfcWindow", "IfcDoor", "IfcRoof", "IfcSpace"):
        for element in fzk_model.by_type(ifc_class):
            has_body = element.Representation is not None
            if has_body:
                assert element.GlobalId in meshed, (ifc_class, element.Name)
    assert not fzk_geometry.failures
    assert "IfcOpeningElement" not in {e.ifc_class for e in fzk_geometry.elements}


def test_meshes_are_float32_world_coordinates_with_valid_triangles(
    fzk_geometry: MeshBatch,
) -> None:
    assert fzk_geometry.vertices.dtype == np.float32
    assert fzk_geometry.triangles.dtype == np.int32
    assert fzk_geometry.triangles.max() < len(fzk_geometry.vertices)
    assert len(fzk_geometry.colours) == len(fzk_geometry.triangles)
    for mesh in fzk_geometry.meshes():
        assert len(mesh.triangles) > 0
        assert mesh.triangles.min() >= 0 and mesh.triangles.max() < len(mesh.vertices)
    # the FZK house is about 12 m x 10 m; world coordinates, metres
    extent = fzk_geometry.vertices.max(axis=0) - fzk_geometry.vertices.min(axis=0)
    assert 8 < extent[0] < 60 and 8 < extent[1] < 60 and 5 < extent[2] < 15


def test_colours_come_from_ifc_surface_styles(
    fzk_model: ifcopenshell.file, fzk_geometry: MeshBatch
) -> None:
    index = fzk_geometry.index_of()
    roof_slabs = [
        e.global_id for e in fzk_geometry.elements if e.ifc_class == "IfcSlab" and "Dach" in e.name
    ]
    assert roof_slabs
    colour = fzk_geometry.mesh(index[roof_slabs[0]]).colour
    assert colour is not None
    r, g, b, _ = colour
    assert r > g > b  # the FZK roof tiles are styled red-brown
    assert (fzk_geometry.colours[:, 3] != NO_STYLE_ALPHA).mean() > 0.9


def test_storeys_and_places_come_from_the_model_reader(fzk_geometry: MeshBatch) -> None:
    names = [s.name for s in fzk_geometry.storeys]
    assert names == ["Erdgeschoss", "Dachgeschoss"]
    assert fzk_geometry.storeys[1].elevation == pytest.approx(2.7, abs=0.01)
    storey_ids = {s.global_id for s in fzk_geometry.storeys}
    walls = [e for e in fzk_geometry.elements if e.ifc_class.startswith("IfcWall")]
    assert walls and all(w.storey_id in storey_ids for w in walls)
    assert {w.kind for w in walls} == {"wall"}


def test_every_record_is_placed_on_the_storey_the_model_index_gives(tmp_path: Path) -> None:
    """The light relationship lookup must agree with the full index, element by element,
    including spaces (aggregated, not contained) and storeys that carry a body of their own."""
    from fmdesk.bim.index import build_model_index
    from fmdesk.samples import generate_building

    path = tmp_path / "two_storeys.ifc"
    generate_building("IFC4", storeys=2, units_per_storey=2).write(str(path))
    model = bim.open_model(path)
    wall = next(w for w in model.by_type("IfcWall") if w.Representation is not None)
    storeys = model.by_type("IfcBuildingStorey")
    for storey in storeys:
        storey.Representation = wall.Representation

    geometry = concat_batches(iter_tessellation(model))

    index = build_model_index(model)
    expected = {}
    for record in geometry.elements:
        storey, _space = index.locate(model.by_guid(record.global_id))
        expected[record.global_id] = storey.GlobalId if storey is not None else ""
    assert {e.global_id: e.storey_id for e in geometry.elements} == expected
    placed = {
        e.global_id: e.storey_id for e in geometry.elements if e.ifc_class == "IfcBuildingStorey"
    }
    assert placed == {s.GlobalId: s.GlobalId for s in storeys}
    assert any(e.ifc_class == "IfcSpace" and e.storey_id for e in geometry.elements)


def test_sample_building_meshes_its_mep_equipment(sample_geometry: MeshBatch) -> None:
    kinds = Counter(e.kind for e in sample_geometry.elements)
    for kind in ("pump", "valve", "pipe", "tank", "cable", "distribution_board"):
        assert kinds[kind] > 0, kind
    assert not sample_geometry.failures
    names = {s.name for s in sample_geometry.storeys}
    assert {"B1", "1F", "RF"} <= names


def test_a_broken_element_is_a_failure_record_and_the_rest_loads(tmp_path: Path) -> None:
    from fmdesk.samples import generate_building

    path = tmp_path / "small.ifc"
    generate_building("IFC4", storeys=1, units_per_storey=1).write(str(path))
    model = bim.open_model(path)
    pump = next(p for p in model.by_type("IfcPump") if p.Representation is not None)
    body = next(
        r for r in pump.Representation.Representations if r.RepresentationIdentifier == "Body"
    )
    degenerate = model.createIfcArbitraryClosedProfileDef(
        "AREA",
        None,
        model.createIfcPolyline(
            [model.createIfcCartesianPoint((0.0, 0.0)), model.createIfcCartesianPoint((0.0, 0.0))]
        ),
    )
    direction = model.createIfcDirection((0.0, 0.0, 1.0))
    body.Items = [model.createIfcExtrudedAreaSolid(degenerate, None, direction, 1.0)]

    geometry = concat_batches(iter_tessellation(model))

    assert [f.global_id for f in geometry.failures] == [pump.GlobalId]
    failure = geometry.failures[0]
    assert failure.ifc_class == "IfcPump"
    assert failure.name == pump.Name
    assert "IfcPolyline" in failure.reason
    assert pump.GlobalId not in {e.global_id for e in geometry.elements}
    assert len(geometry) > 100  # everything else still loads


def test_cancel_stops_after_the_first_batch(fzk_model: ifcopenshell.file) -> None:
    batches: list[MeshBatch] = []
    generator = iter_tessellation(
        fzk_model, cancel=lambda: bool(batches), batch_max_elements=5, batch_seconds=60
    )
    with pytest.raises(CancelledError):
        for batch in generator:
            batches.append(batch)
    assert len(batches) == 1
    assert batches[0].done < batches[0].total


def test_batches_arrive_progressively_with_progress_reports(
    fzk_run: tuple[list[MeshBatch], list[tuple[int, int]]], fzk_geometry: MeshBatch
) -> None:
    batches, reports = fzk_run
    assert len(batches) >= len(fzk_geometry) // 10
    assert all(len(b) <= 10 for b in batches)
    dones = [done for done, _ in reports]
    assert dones == sorted(dones)
    total = reports[-1][1]
    assert reports[-1] == (total, total) and total >= len(fzk_geometry)
    assert [b.done for b in batches] == sorted(b.done for b in batches)
    assert sum(len(b) for b in batches) == len(fzk_geometry)


def test_settings_change_the_cache_key_but_threads_do_not() -> None:
    base = GeometrySettings()
    assert base.cache_key() == base.with_threads(1).cache_key()
    assert base.cache_key() != GeometrySettings(library="opencascade").cache_key()
    assert base.cache_key() != GeometrySettings(disable_openings=True).cache_key()


def test_a_file_that_is_not_ifc_is_a_model_open_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.ifc"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(ModelOpenError):
        load_geometry(path)
