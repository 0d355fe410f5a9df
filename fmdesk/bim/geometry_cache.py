"""On-disk cache of tessellated models, so re-opening a model is near instant.

An entry is keyed by the SHA-256 of the file's bytes (streamed, so a renamed or copied file
still hits and an edited one never does), the geometry settings' digest and the format
version. It is one file holding a JSON header (element records, storeys, failures) followed by
the concatenated arrays, each 64-byte aligned so they are memory-mapped on load rather than
read. Entries are written to a temporary name and moved into place with ``os.replace``, so a
crash never leaves half an entry under the real name; an entry that still fails validation
(truncated, garbage) is deleted and treated as a miss. The folder is kept under a size bound by
evicting the least recently used entries (a hit touches the entry's mtime).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import struct
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fmdesk import settings as app_settings
from fmdesk.bim.geometry import ElementRecord, GeometryFailure, MeshBatch, Storey
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.model_file import hash_model_file

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMAT_VERSION",
    "CacheKey",
    "cache_folder",
    "cache_key",
    "cache_size",
    "clear",
    "content_hash",
    "evict",
    "load",
    "store",
]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
DEFAULT_MAX_BYTES = 2 * 1024**3
_MAGIC = b"FMGEO\x00\x00\x01"
_ALIGN = 64
_SUFFIX = ".fmgeo"
_ARRAYS = ("vertices", "triangles", "colours", "vertex_offsets", "triangle_offsets")
_hash_memo: dict[tuple[str, int, int], str] = {}


@dataclass(frozen=True)
class CacheKey:
    """Identifies one cached tessellation: file content × settings × format version."""

    content_sha256: str
    settings_key: str
    version: int = FORMAT_VERSION

    @property
    def filename(self) -> str:
        return f"{self.content_sha256[:40]}-{self.settings_key}-v{self.version}{_SUFFIX}"


def cache_folder() -> Path:
    """``<cache_dir>/geometry``, created on demand."""
    folder = app_settings.cache_dir() / "geometry"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def content_hash(path: str | Path) -> str:
    """SHA-256 of the file's bytes, streamed; memoised per (path, size, mtime) in this process.

    Example::

        content_hash("building.ifc")  # '9f2c…' (64 hex digits)
    """
    path = Path(path)
    stat = path.stat()
    memo_key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    cached = _hash_memo.get(memo_key)
    if cached is not None:
        return cached
    _hash_memo[memo_key] = hash_model_file(path)
    return _hash_memo[memo_key]


def cache_key(path: str | Path, settings: GeometrySettings) -> CacheKey:
    """The key of ``path`` meshed with ``settings``."""
    return CacheKey(content_hash(path), settings.cache_key())


def load(key: CacheKey, folder: Path | None = None) -> MeshBatch | None:
    """The cached geometry (arrays memory-mapped, read-only), or None on a miss or a bad entry."""
    path = (folder or cache_folder()) / key.filename
    if not path.is_file():
        return None
    try:
        batch = _read_entry(path)
    except (OSError, ValueError, KeyError, TypeError, struct.error) as error:
        log.warning("discarding unreadable geometry cache entry %s: %s", path.name, error)
        _remove(path)
        return None
    _touch(path)
    return batch


def store(
    key: CacheKey,
    geometry: MeshBatch,
    folder: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Path | None:
    """Write ``geometry`` atomically, then evict old entries to stay under ``max_bytes``.

    Returns the entry's path, or None when the entry alone is larger than the bound or the
    folder is not writable (the viewer then simply re-meshes next time).
    """
    folder = folder or cache_folder()
    target = folder / key.filename
    try:
        header, arrays = _encode(key, geometry)
        size = _entry_size(header, arrays)
        if size > max_bytes:
            log.info("geometry of %s bytes exceeds the cache bound; not cached", size)
            return None
        fd, tmp_name = tempfile.mkstemp(prefix=target.stem, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as stream:
                _write_entry(stream, header, arrays)
            os.replace(tmp_name, target)
        except BaseException:
            _remove(Path(tmp_name))
            raise
    except OSError as error:
        log.warning("could not write the geometry cache: %s", error)
        return None
    evict(max_bytes, folder, keep=target)
    return target


def evict(max_bytes: int = DEFAULT_MAX_BYTES, folder: Path | None = None, keep=None) -> int:
    """Delete least recently used entries until the folder holds at most ``max_bytes``.

    Stale temporary files (from a crash mid-write) older than an hour go too. Returns the
    number of files removed.
    """
    folder = folder or cache_folder()
    removed = 0
    now = time.time()
    entries = []
    for path in folder.iterdir():
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.suffix == ".tmp":
            if now - stat.st_mtime > 3600:
                removed += _remove(path)
            continue
        if path.suffix == _SUFFIX:
            entries.append((stat.st_mtime, stat.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries, key=lambda e: e[0]):
        if total <= max_bytes:
            break
        if keep is not None and path == keep:
            continue
        removed += _remove(path)
        total -= size
    return removed


def cache_size(folder: Path | None = None) -> int:
    """Bytes used by cache entries."""
    folder = folder or cache_folder()
    return sum(p.stat().st_size for p in folder.glob(f"*{_SUFFIX}"))


def clear(folder: Path | None = None) -> int:
    """Delete every entry; returns how many."""
    folder = folder or cache_folder()
    return sum(_remove(p) for p in folder.glob(f"*{_SUFFIX}"))


def _encode(key: CacheKey, geometry: MeshBatch) -> tuple[dict, dict[str, np.ndarray]]:
    arrays = {
        "vertices": np.ascontiguousarray(geometry.vertices, np.float32),
        "triangles": np.ascontiguousarray(geometry.triangles, np.int32),
        "colours": np.ascontiguousarray(geometry.colours, np.uint8),
        "vertex_offsets": np.ascontiguousarray(geometry.vertex_offsets, np.int64),
        "triangle_offsets": np.ascontiguousarray(geometry.triangle_offsets, np.int64),
    }
    elements = geometry.elements
    header = {
        "format": FORMAT_VERSION,
        "content_sha256": key.content_sha256,
        "settings_key": key.settings_key,
        "element_columns": {
            "global_id": [e.global_id for e in elements],
            "ifc_class": [e.ifc_class for e in elements],
            "name": [e.name for e in elements],
            "storey_id": [e.storey_id for e in elements],
            "kind": [e.kind for e in elements],
        },
        "failures": [f.as_dict() for f in geometry.failures],
        "storeys": [[s.global_id, s.name, s.elevation] for s in geometry.storeys],
        "total": geometry.total,
    }
    return header, arrays


def _layout(header_bytes: bytes, arrays: dict[str, np.ndarray]) -> tuple[int, dict[str, int]]:
    offset = _align(len(_MAGIC) + 12 + len(header_bytes))
    offsets = {}
    for name in _ARRAYS:
        offsets[name] = offset
        offset = _align(offset + arrays[name].nbytes)
    return offset, offsets


def _header_bytes(header: dict, arrays: dict[str, np.ndarray]) -> bytes:
    """Header JSON with the array table; array offsets follow from it (see :func:`_layout`)."""
    table = {n: {"dtype": arrays[n].dtype.str, "shape": list(arrays[n].shape)} for n in _ARRAYS}
    return json.dumps({**header, "arrays": table}, ensure_ascii=False).encode("utf-8")


def _entry_size(header: dict, arrays: dict[str, np.ndarray]) -> int:
    return _layout(_header_bytes(header, arrays), arrays)[0]


def _write_entry(stream, header: dict, arrays: dict[str, np.ndarray]) -> None:
    header_bytes = _header_bytes(header, arrays)
    end, offsets = _layout(header_bytes, arrays)
    stream.write(_MAGIC)
    stream.write(struct.pack("<QI", len(header_bytes), zlib.crc32(header_bytes)))
    stream.write(header_bytes)
    for name in _ARRAYS:
        stream.write(b"\x00" * (offsets[name] - stream.tell()))
        stream.write(memoryview(arrays[name]).cast("B"))
    stream.write(b"\x00" * (end - stream.tell()))
    stream.flush()
    os.fsync(stream.fileno())


def _read_entry(path: Path) -> MeshBatch:
    size = path.stat().st_size
    with path.open("rb") as stream:
        if stream.read(len(_MAGIC)) != _MAGIC:
            raise ValueError("not a geometry cache entry")
        header_len, crc = struct.unpack("<QI", stream.read(12))
        if header_len > size:
            raise ValueError("header length beyond the end of the file")
        header_bytes = stream.read(header_len)
    if len(header_bytes) != header_len or zlib.crc32(header_bytes) != crc:
        raise ValueError("header checksum mismatch")
    header = json.loads(header_bytes.decode("utf-8"))
    if header.get("format") != FORMAT_VERSION:
        raise ValueError("other format version")
    arrays = {}
    offset = _align(len(_MAGIC) + 12 + header_len)
    for name in _ARRAYS:
        spec = header["arrays"][name]
        dtype = np.dtype(spec["dtype"])
        shape = tuple(int(n) for n in spec["shape"])
        nbytes = int(np.prod(shape)) * dtype.itemsize
        if offset + nbytes > size:
            raise ValueError(f"array {name} runs past the end of the file (truncated)")
        if nbytes == 0:
            arrays[name] = np.zeros(shape, dtype)
        else:
            arrays[name] = np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape)
        offset = _align(offset + nbytes)
    columns = header["element_columns"]
    elements = list(
        map(
            ElementRecord._make,
            zip(
                columns["global_id"],
                columns["ifc_class"],
                columns["name"],
                columns["storey_id"],
                columns["kind"],
                strict=True,
            ),
        )
    )
    _validate(arrays, len(elements))
    return MeshBatch(
        elements=elements,
        vertices=arrays["vertices"],
        triangles=arrays["triangles"],
        colours=arrays["colours"],
        vertex_offsets=arrays["vertex_offsets"],
        triangle_offsets=arrays["triangle_offsets"],
        failures=[GeometryFailure(**f) for f in header["failures"]],
        storeys=[Storey(g, n, float(e)) for g, n, e in header["storeys"]],
        done=int(header["total"]),
        total=int(header["total"]),
        from_cache=True,
    )


def _validate(arrays: dict[str, np.ndarray], element_count: int) -> None:
    """Cheap structural checks that catch truncation and garbage without hashing the arrays."""
    vo, to = arrays["vertex_offsets"], arrays["triangle_offsets"]
    if len(vo) != element_count + 1 or len(to) != element_count + 1:
        raise ValueError("offset tables do not match the element list")
    if int(vo[-1]) != len(arrays["vertices"]) or int(to[-1]) != len(arrays["triangles"]):
        raise ValueError("offsets do not match the arrays")
    if len(arrays["colours"]) != len(arrays["triangles"]):
        raise ValueError("one colour per triangle expected")
    triangles = arrays["triangles"]
    if len(triangles) and (int(triangles.max()) >= len(arrays["vertices"]) or triangles.min() < 0):
        raise ValueError("triangle indices out of range")
    if element_count and (np.any(np.diff(vo) < 0) or np.any(np.diff(to) < 0)):
        raise ValueError("offsets are not increasing")


def _align(offset: int) -> int:
    return (offset + _ALIGN - 1) // _ALIGN * _ALIGN


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)


def _remove(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except OSError:
        return 0
