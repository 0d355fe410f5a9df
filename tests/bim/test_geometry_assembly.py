"""Part chunks: batches cut by (storey, class, translucent, closed), the cache's layout, the
plan."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fmdesk import bim
from fmdesk.bim import geometry_cache
from fmdesk.bim.geometry import MeshBatch, concat_batches, iter_tessellation
from fmdesk.bim.geometry_assembly import (
    TRANSLUCENT_BELOW,
    GeometryAssembler,
    cut_batch,
    merge_chunks,
    palette_of,
)
from fmdesk.bim.geometry_plan import FIRST_PICTURE_CLASSES, first_picture_ids, plan_work
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import NO_STYLE_ALPHA

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


@pytest.fixture(scope="module")
def model():
    return bim.open_model(SAMPLE)


@pytest.fixture(scope="module")
def batches(model) -> list[MeshBatch]:
    return list(iter_tessellation(model, batch_max_elements=97))


def element_triangles(batch: MeshBatch) -> dict[str, np.ndarray]:
    """Each element's triangles as sorted rows of corner coordinates."""
    out = {}
    for mesh in batch.meshes():
        corners = mesh.vertices[mesh.triangles].reshape(len(mesh.triangles), 9)
        out[mesh.global_id] = corners[np.lexsort(corners.T[::-1])]
    return out


def test_parts_hold_one_storey_one_class_one_kind_of_glass_and_of_solid(batches) -> None:
    assembler = GeometryAssembler()
    closed = {}
    for batch in batches:
        assembler.add(batch)
        flags = batch.closed_flags()
        closed.update(zip((r.global_id for r in batch.elements), flags, strict=True))
    assert any(closed.values())  # fmdesk meshes the sample's extrusions itself
    for (storey_id, ifc_class, translucent, solid), chunks in assembler.parts.items():
        for chunk in chunks:
            records = {assembler.records[i] for i in np.unique(chunk.elements)}
            assert {r.storey_id for r in records} == {storey_id}
            assert {r.ifc_class for r in records} == {ifc_class}
            assert {bool(closed[r.global_id]) for r in records} == {solid}
            alpha = chunk.colours[:, 3]
            glass = (alpha != NO_STYLE_ALPHA) & (alpha < TRANSLUCENT_BELOW)
            assert bool(glass.all()) if translucent else not glass.any()
            assert chunk.triangles.max() < len(chunk.points)  # only the vertices it uses


def test_the_finished_layout_gives_back_every_element_mesh(batches) -> None:
    assembler = GeometryAssembler()
    for batch in batches:
        assembler.add(batch)
    grouped = assembler.finish()
    whole = concat_batches(batches)
    assert len(grouped.parts) == len(assembler.parts)
    assert grouped.triangle_count == whole.triangle_count
    back = grouped.to_batch()
    assert [r.global_id for r in back.elements] == [r.global_id for r in whole.elements]
    mine, theirs = element_triangles(back), element_triangles(whole)
    assert all(np.array_equal(mine[g], theirs[g]) for g in theirs)
    assert np.array_equal(back.closed_flags(), whole.closed_flags())


def test_elements_seen_before_are_not_numbered_twice(batches) -> None:
    assembler = GeometryAssembler()
    first = assembler.add(batches[0])
    again = assembler.add(batches[0])
    assert len(first.records) == len(batches[0]) and again.records == [] and again.chunks == []
    piece = cut_batch(batches[1], assembler.index, base=len(assembler.records))
    assert piece.base == len(batches[0])
    numbers = np.concatenate([c.elements for c in piece.chunks])
    assert numbers.min() == piece.base and numbers.max() == piece.base + len(batches[1]) - 1


def test_merging_chunks_keeps_every_triangle_in_place(batches) -> None:
    assembler = GeometryAssembler()
    for batch in batches:
        assembler.add(batch)
    chunks = max(assembler.parts.values(), key=len)
    assert len(chunks) > 1
    merged = merge_chunks(chunks)
    corners = np.concatenate([c.points[c.triangles] for c in chunks])
    assert np.array_equal(merged.points[merged.triangles], corners)
    assert np.array_equal(merged.elements, np.concatenate([c.elements for c in chunks]))


def test_cached_pieces_carry_the_records_once_and_whole_parts(batches, isolated_home) -> None:
    assembler = GeometryAssembler()
    for batch in batches:
        assembler.add(batch)
    key = geometry_cache.CacheKey("c" * 64, GeometrySettings().cache_key())
    assert geometry_cache.store(key, assembler) is not None
    grouped = geometry_cache.load(key)
    pieces = list(grouped.pieces(max_triangles=3000, max_parts=5))
    assert len(pieces[0].records) == len(assembler.records)
    assert all(p.records == [] for p in pieces[1:])
    assert all(len(p.chunks) <= 5 for p in pieces)
    assert sum(len(p.chunks) for p in pieces) == len(grouped.parts)
    assert isinstance(pieces[-1].chunks[-1].points, np.memmap)  # zero-copy slices of the file


def test_class_colours_are_computed_once_per_kind_of_element(batches) -> None:
    calls: list[tuple] = []

    def colour(ifc_class: str, kind: str = "", name: str = "") -> tuple[int, int, int]:
        calls.append((ifc_class, kind, name))
        return (len(ifc_class) % 256, 0, 0)

    records = concat_batches(batches).elements
    palette = palette_of(records, colour)
    assert palette.shape == (len(records), 3) and len(calls) < len(records)
    assert all(palette[i, 0] == len(r.ifc_class) % 256 for i, r in enumerate(records))


def test_reserved_products_are_planned_but_in_no_slice(model) -> None:
    """The first picture's products: the plan knows them (their positions), no slice has them."""
    reserved = first_picture_ids(model, GeometrySettings(), limit=40)
    plan = plan_work(model, GeometrySettings(), workers=2, reserved=reserved)
    dealt = np.concatenate(plan.slices)
    assert sorted(plan.step_ids[plan.reserved].tolist()) == sorted(reserved.tolist())
    assert not np.isin(plan.reserved, dealt).any()
    assert sorted([*dealt.tolist(), *plan.reserved.tolist()]) == list(range(len(plan.step_ids)))


def test_the_first_picture_is_floors_first_spread_over_the_building(model) -> None:
    slabs = [e.id() for e in model.by_type("IfcSlab")]
    few = first_picture_ids(model, GeometrySettings(), limit=len(slabs) // 2)
    assert set(few.tolist()) <= set(slabs)  # floors before walls
    assert few[0] == slabs[0] and few[-1] == slabs[-1]  # from the first floor to the roof
    every = first_picture_ids(model, GeometrySettings(), limit=10**6)
    classes = {model.by_id(int(i)).is_a() for i in every}
    assert classes <= {c for n in FIRST_PICTURE_CLASSES for c in _classes_of(model, n)}
    assert {"IfcSlab", "IfcWall"} <= classes
    no_walls = GeometrySettings(exclude=("IfcOpeningElement", "IfcWall"))
    left = {model.by_id(int(i)).is_a() for i in first_picture_ids(model, no_walls, limit=10**6)}
    assert "IfcWall" not in left and "IfcWallStandardCase" not in left and "IfcSlab" in left


def _classes_of(model, ifc_class: str) -> set[str]:
    try:
        return {e.is_a() for e in model.by_type(ifc_class)}
    except RuntimeError:
        return set()


def test_the_plan_deals_every_candidate_once_in_balanced_slices(model) -> None:
    plan = plan_work(model, GeometrySettings(), workers=3)
    positions = np.concatenate(plan.slices)
    assert sorted(positions.tolist()) == list(range(len(plan.step_ids)))
    loads = [float(plan.cost_ms[s].sum()) for s in plan.slices]
    assert max(loads) - min(loads) <= float(plan.cost_ms.max())
    classes = {model.by_id(int(i)).is_a() for i in plan.step_ids}
    assert "IfcOpeningElement" not in classes and "IfcDistributionPort" not in classes
    assert plan.ports is None  # the sample's 2,064 ports have no bodies
    assert plan.drawable == len(plan.step_ids)
