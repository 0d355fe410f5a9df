"""The worker pool: the same meshes as one process, binary frames, crashes, stops and Cancel."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from fmdesk import bim
from fmdesk.bim.geometry import MeshBatch, concat_batches, iter_tessellation
from fmdesk.bim.geometry_coordinator import CRASH_ENV
from fmdesk.bim.geometry_frames import decode_batch, encode_batch
from fmdesk.bim.geometry_pool import ParallelTessellation, tessellate_parallel
from fmdesk.bim.geometry_types import ElementRecord, GeometryFailure
from fmdesk.errors import CancelledError, ModelOpenError

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


def live_processes(group: int) -> list[int]:
    """Pids of processes in ``group`` that are still running (zombies do not count)."""
    alive = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as stream:
                fields = stream.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, pgrp = fields[0], int(fields[2])
        if pgrp == group and state != "Z":
            alive.append(int(name))
    return alive


def gone(group: int, within_s: float = 10.0) -> bool:
    """Whether every process of ``group`` has ended within ``within_s``."""
    deadline = time.monotonic() + within_s
    while live_processes(group):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def triangle_sets(batch: MeshBatch) -> dict[str, np.ndarray]:
    """Each element's triangles as sorted rows of vertex coordinates (the iterator may list an
    element's triangles in another order when it meshed other elements before it)."""
    out = {}
    for mesh in batch.meshes():
        corners = mesh.vertices[mesh.triangles].reshape(len(mesh.triangles), 9)
        out[mesh.global_id] = corners[np.lexsort(corners.T[::-1])]
    return out


@pytest.fixture(scope="module")
def serial() -> MeshBatch:
    return concat_batches(iter_tessellation(bim.open_model(SAMPLE)))


def test_the_pool_meshes_every_element_as_one_process_does(serial: MeshBatch) -> None:
    pooled = concat_batches(tessellate_parallel(SAMPLE, workers=2))
    assert sorted(r.global_id for r in pooled.elements) == sorted(
        r.global_id for r in serial.elements
    )
    assert set(pooled.elements) == set(serial.elements)  # class, name, storey and kind too
    assert pooled.triangle_count == serial.triangle_count
    mine, theirs = triangle_sets(pooled), triangle_sets(serial)
    assert all(np.array_equal(mine[g], theirs[g]) for g in theirs)
    assert pooled.failures == serial.failures == []
    assert pooled.storeys == serial.storeys
    closed = dict(zip(pooled.elements, pooled.closed_flags(), strict=True))
    assert [closed[r] for r in serial.elements] == list(serial.closed_flags())
    assert serial.closed_flags().all()  # the sample is made of fmdesk's own solids


def test_a_worker_asked_to_stop_hands_its_rest_to_fresh_workers(serial: MeshBatch) -> None:
    """One starting slice for two workers: the idle one makes the busy one stop and split."""
    pool = ParallelTessellation(SAMPLE, workers=2, use_spare=False, slices=1, eager_splits=True)
    pooled = concat_batches(pool.batches())
    ids = [r.global_id for r in pooled.elements]
    assert len(ids) == len(set(ids)) == len(serial.elements)
    assert pooled.triangle_count == serial.triangle_count
    assert pool.stats["splits"] >= 1 and pool.stats["started"] >= 3


def test_a_worker_dying_on_an_element_costs_only_that_element(
    serial: MeshBatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = next(r for r in serial.elements if r.ifc_class == "IfcWall")
    monkeypatch.setenv(CRASH_ENV, victim.global_id)
    pool = ParallelTessellation(SAMPLE, workers=2, use_spare=False)
    pooled = concat_batches(pool.batches())
    ids = {r.global_id for r in pooled.elements}
    assert ids == {r.global_id for r in serial.elements} - {victim.global_id}
    assert [f.global_id for f in pooled.failures] == [victim.global_id]
    assert pooled.failures[0].ifc_class == "IfcWall"
    assert "crashed" in pooled.failures[0].reason
    assert pool.stats["crashes"] >= 1
    assert gone(pool.process_group)  # a finished coordinator exits in its own time


def test_the_first_picture_worker_meshes_the_fabric_and_nothing_twice(serial: MeshBatch) -> None:
    """Forked before the plan (large models; forced here), it sends floors and walls; the plan
    reserves them, so the pool's result is still every element exactly once."""
    pool = ParallelTessellation(SAMPLE, workers=2, use_spare=False, first_picture=True)
    pooled = concat_batches(pool.batches())
    ids = [r.global_id for r in pooled.elements]
    assert len(ids) == len(set(ids))
    assert set(pooled.elements) == set(serial.elements)
    assert pooled.triangle_count == serial.triangle_count
    mine, theirs = triangle_sets(pooled), triangle_sets(serial)
    assert all(np.array_equal(mine[g], theirs[g]) for g in theirs)
    assert pooled.storeys == serial.storeys
    fabric = sum(1 for r in serial.elements if r.ifc_class in ("IfcSlab", "IfcWall"))
    assert 0 < pool.stats["first_picture"] <= fabric
    assert pool.stats["started"] >= 3  # the first picture's worker and the pool's two


def test_the_first_picture_worker_dying_costs_only_the_element(
    serial: MeshBatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It crashes on a slab it was given: what it had not sent goes back to the pool, whose
    workers crash on that slab too and isolate it."""
    victim = next(r for r in serial.elements if r.ifc_class == "IfcSlab")
    monkeypatch.setenv(CRASH_ENV, victim.global_id)
    pool = ParallelTessellation(SAMPLE, workers=2, use_spare=False, first_picture=True)
    pooled = concat_batches(pool.batches())
    ids = [r.global_id for r in pooled.elements]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r.global_id for r in serial.elements} - {victim.global_id}
    assert [f.global_id for f in pooled.failures] == [victim.global_id]
    assert pool.stats["first_picture"] == 0  # its one batch held the slab: nothing sent
    assert gone(pool.process_group)


def test_cancel_during_the_first_picture_leaves_no_process() -> None:
    pool = ParallelTessellation(SAMPLE, workers=2, use_spare=False, first_picture=True)
    seen: list[int] = []
    with pytest.raises(CancelledError):
        for batch in pool.batches(cancel=lambda: bool(seen)):
            seen.append(len(batch))
    assert seen  # the first batch came (the first picture's, as a rule)
    assert not pool.process.is_alive()
    assert gone(pool.process_group, within_s=2.0)


def test_cancel_stops_the_coordinator_and_every_worker() -> None:
    pool = ParallelTessellation(SAMPLE, workers=2, use_spare=False)
    seen = []

    def cancel() -> bool:
        return bool(seen)

    with pytest.raises(CancelledError):
        for batch in pool.batches(cancel=cancel):
            seen.append(len(batch))
    assert seen  # it was running
    assert not pool.process.is_alive()
    assert not live_processes(pool.process_group)


def test_a_bad_file_is_one_model_open_error(tmp_path: Path) -> None:
    bad = tmp_path / "not a model.ifc"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(ModelOpenError):
        list(tessellate_parallel(bad, workers=1))


def test_a_frame_carries_a_batch_exactly(serial: MeshBatch) -> None:
    part = concat_batches([serial])
    part.elements = [r._replace(name="给水泵 P-1 ✓") for r in part.elements]
    part.failures = [GeometryFailure("g", "IfcWall", "墙", "no geometry")]
    part.closed = np.arange(len(part.elements)) % 3 == 0  # some closed, some not
    ids = np.arange(len(part.elements), dtype=np.int32) + 7
    batch, step_ids = decode_batch(encode_batch(part, ids))
    assert batch.elements == part.elements and isinstance(batch.elements[0], ElementRecord)
    assert np.array_equal(step_ids, ids)
    for name in ("vertices", "triangles", "colours", "vertex_offsets", "triangle_offsets"):
        assert np.array_equal(getattr(batch, name), getattr(part, name)), name
    assert np.array_equal(batch.closed_flags(), part.closed)
    assert batch.failures == part.failures


def test_a_truncated_frame_is_refused(serial: MeshBatch) -> None:
    frame = encode_batch(serial)
    with pytest.raises(ValueError):
        decode_batch(frame[: len(frame) // 2])
    with pytest.raises(ValueError):
        decode_batch(b"junk" + frame[4:])
