"""The tessellation cache: hits are identical, bad entries are rebuilt, the size stays bounded."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from fmdesk.bim import geometry_cache, geometry_cache_format
from fmdesk.bim.geometry import MeshBatch, load_geometry, tessellate
from fmdesk.bim.geometry_assembly import GroupedGeometry
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import ElementRecord
from fmdesk.samples import generate_building


@pytest.fixture(scope="module")
def small_ifc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real, small generated building written to disk (one storey, one flat)."""
    path = tmp_path_factory.mktemp("cache_model") / "small.ifc"
    generate_building("IFC4", storeys=1, units_per_storey=1).write(str(path))
    return path


def _assert_same_content(a: MeshBatch, b: MeshBatch) -> None:
    """Same elements with the same meshes, in any order (the iterator's threads reorder)."""
    left = {m.global_id: m for m in a.meshes()}
    right = {m.global_id: m for m in b.meshes()}
    assert left.keys() == right.keys()
    for global_id, mesh in left.items():
        other = right[global_id]
        assert mesh.record == other.record
        assert np.array_equal(mesh.vertices, other.vertices)
        assert np.array_equal(mesh.triangles, other.triangles)
        assert np.array_equal(mesh.colours, other.colours)
    closed = dict(zip(a.elements, a.closed_flags(), strict=True))
    assert closed == dict(zip(b.elements, b.closed_flags(), strict=True))  # culled alike


def test_second_open_is_a_cache_hit_with_identical_arrays(small_ifc: Path) -> None:
    cold = load_geometry(small_ifc)
    warm = load_geometry(small_ifc)
    assert not cold.from_cache and warm.from_cache
    assert len(cold) > 100
    _assert_same_content(cold, warm)
    grouped = geometry_cache.load(geometry_cache.cache_key(small_ifc, GeometrySettings()))
    assert grouped is not None and grouped.from_cache
    for name in ("vertices", "triangles", "colours", "triangle_elements"):
        assert isinstance(getattr(grouped, name), np.memmap), name  # memory-mapped, not read


def test_a_copied_file_hits_and_other_settings_miss(small_ifc: Path, tmp_path: Path) -> None:
    load_geometry(small_ifc)
    copy = tmp_path / "renamed copy.ifc"
    shutil.copyfile(small_ifc, copy)
    assert load_geometry(copy).from_cache
    assert not load_geometry(copy, GeometrySettings(disable_openings=True)).from_cache


def test_a_new_copy_of_a_cached_model_streams_from_the_cache(
    small_ifc: Path, tmp_path: Path
) -> None:
    """A file never hashed: the pool starts opening it while it is hashed; the hash then
    finds the content cached under another name, and the pool is stopped."""
    from fmdesk.bim import geometry_pool
    from fmdesk.bim.geometry_stream import StreamSummary, stream_parts
    from tests.bim.test_geometry_pool import gone

    list(stream_parts(small_ifc))
    copy = tmp_path / "另一份 副本.ifc"
    shutil.copyfile(small_ifc, copy)
    assert geometry_cache.known_hash(copy) is None
    before = set(geometry_pool.job_process_groups())
    summary = StreamSummary()
    pieces = list(stream_parts(copy, summary=summary))
    assert summary.from_cache
    assert sum(len(p.records) for p in pieces) == summary.elements > 0
    started = [g for g in geometry_pool.job_process_groups() if g not in before]
    assert len(started) == 1 and gone(started[0])  # started beside the hash, then stopped
    assert geometry_cache.known_hash(copy) == geometry_cache.content_hash(small_ifc)


def test_content_hash_is_the_sha256_of_the_bytes(small_ifc: Path) -> None:
    expected = hashlib.sha256(small_ifc.read_bytes()).hexdigest()
    assert geometry_cache.content_hash(small_ifc) == expected


@pytest.mark.parametrize("damage", ["truncate", "garbage_header", "zero_length"])
def test_a_damaged_entry_is_discarded_and_rebuilt(small_ifc: Path, damage: str) -> None:
    cold = load_geometry(small_ifc)
    key = geometry_cache.cache_key(small_ifc, GeometrySettings())
    entry = geometry_cache.cache_folder() / key.filename
    data = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "garbage_header":
        entry.write_bytes(data[:20] + b"\xff" * 200 + data[220:])
    else:
        entry.write_bytes(b"")

    assert geometry_cache.load(key) is None
    assert not entry.exists()
    rebuilt = load_geometry(small_ifc)
    assert not rebuilt.from_cache
    assert entry.exists()
    _assert_same_content(cold, load_geometry(small_ifc))


def test_an_interrupted_write_leaves_no_entry(small_ifc: Path, monkeypatch) -> None:
    geometry = load_geometry(small_ifc, use_cache=False)
    key = geometry_cache.cache_key(small_ifc, GeometrySettings())

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(geometry_cache, "write_entry", fail)
    assert geometry_cache.store(key, geometry) is None
    assert list(geometry_cache.cache_folder().iterdir()) == []


def test_eviction_keeps_the_cache_under_its_bound_dropping_least_recent(small_ifc: Path) -> None:
    geometry = load_geometry(small_ifc, use_cache=False)
    entry_size = None
    keys = [geometry_cache.CacheKey(f"{i:064x}", "s") for i in range(5)]
    for i, key in enumerate(keys):
        path = geometry_cache.store(key, geometry)
        assert path is not None
        entry_size = path.stat().st_size
        os.utime(path, (time.time() - 100 + i, time.time() - 100 + i))
    assert entry_size is not None
    assert geometry_cache.load(keys[0]) is not None  # a hit makes the oldest the newest

    bound = int(entry_size * 2.5)
    geometry_cache.evict(bound)

    assert geometry_cache.cache_size() <= bound
    remaining = {p.name for p in geometry_cache.cache_folder().iterdir()}
    assert remaining == {keys[0].filename, keys[4].filename}


def test_an_entry_larger_than_the_bound_is_not_stored(small_ifc: Path) -> None:
    geometry = load_geometry(small_ifc, use_cache=False)
    key = geometry_cache.CacheKey("a" * 64, "s")
    assert geometry_cache.store(key, geometry, max_bytes=1000) is None
    assert geometry_cache.cache_size() == 0


def test_a_cancelled_run_writes_no_cache_entry(small_ifc: Path) -> None:
    from fmdesk.errors import CancelledError

    with pytest.raises(CancelledError):
        for _ in tessellate(small_ifc, cancel=lambda: True):
            pass
    assert geometry_cache.cache_size() == 0
    assert not load_geometry(small_ifc).from_cache


def _records_only(names: list[str]) -> GroupedGeometry:
    """A geometry of records alone (no triangles): what the record columns must carry."""
    records = [
        ElementRecord(f"id{i:04d}", "IfcPipeSegment", name, "" if i % 3 else "storey", "")
        for i, name in enumerate(names)
    ]
    return GroupedGeometry(
        records=records,
        parts=[],
        vertices=np.zeros((0, 3), np.float32),
        triangles=np.zeros((0, 3), np.int32),
        colours=np.zeros((0, 4), np.uint8),
        triangle_elements=np.zeros(0, np.int32),
        total=len(records),
    )


@pytest.mark.parametrize("count", [0, 1, 2, 50])
def test_record_columns_read_back_a_slice_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    # Tiny slices, so slice ends fall between and after multi-byte characters and empties.
    monkeypatch.setattr(geometry_cache_format, "_SLICE_RECORDS", 3)
    monkeypatch.setattr(geometry_cache_format, "_SLICE_BYTES", 5)
    names = [["市政给水 DN100", "", "消防泵 1号", "é", "冷水管"][i % 5] for i in range(count)]
    source = _records_only(names)
    path = tmp_path / "entry.fmgeo"
    with path.open("wb") as stream:
        geometry_cache_format.write_entry(stream, {"key": "k"}, source)
    assert path.stat().st_size == geometry_cache_format.plan_entry({"key": "k"}, source).size
    _, read = geometry_cache_format.read_entry(path)
    assert read.records == source.records


def test_damaged_record_columns_are_refused(tmp_path: Path) -> None:
    source = _records_only(["给水泵", "阀门"] * 20)
    path = tmp_path / "entry.fmgeo"
    with path.open("wb") as stream:
        geometry_cache_format.write_entry(stream, {}, source)
    data = bytearray(path.read_bytes())
    at = data.index("阀门".encode())
    data[at] ^= 0x01  # one flipped bit in a name: the columns' checksum catches it
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="checksum"):
        geometry_cache_format.read_entry(path)
