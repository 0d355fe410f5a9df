"""On-disk cache of tessellated models, so re-opening a model is near instant.

An entry is keyed by the SHA-256 of the file's bytes (a renamed or copied file still hits and an
edited one never does), the geometry settings' digest and the format version. It holds what the
first picture needs and nothing to re-parse: element records, storeys, failures and the meshes
already cut into the scene's parts, memory-mapped on load (see
:mod:`fmdesk.bim.geometry_cache_format`). Entries are written to a temporary name and moved into
place with ``os.replace``, so a crash never leaves half an entry under the real name; an entry
that still fails validation (truncated, garbage) is deleted and treated as a miss. The folder is
kept under a size bound by evicting the least recently used entries (a hit touches the entry's
mtime). The hash of a file is remembered per (path, size, modification time, inode) in
``hashes.json``, so a cached re-open does not read the whole file first.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from fmdesk import settings as app_settings
from fmdesk.bim.geometry_assembly import GeometryAssembler, GroupedGeometry
from fmdesk.bim.geometry_cache_format import FORMAT_VERSION, plan_entry, read_entry, write_entry
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import MeshBatch
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
    "known_hash",
    "known_key",
    "load",
    "store",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2 * 1024**3
_SUFFIX = ".fmgeo"
_HASHES = "hashes.json"
_MAX_HASHES = 500
_hash_memo: dict[tuple[str, int, int, int], str] = {}


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
    """SHA-256 of the file's bytes, remembered per (path, size, mtime, inode) on disk.

    Hashing an 89 MB model takes 0.15 s, a fifth of a cached re-open's budget; the stamp
    changes whenever the file is rewritten. Example::

        content_hash("building.ifc")  # '9f2c…' (64 hex digits)
    """
    path = Path(path)
    stamp = _stamp(path)
    cached = _hash_memo.get(stamp)
    if cached is None:
        cached = _remembered_hash(stamp)
    if cached is None:
        cached = hash_model_file(path)
        _remember_hash(stamp, cached)
    _hash_memo[stamp] = cached
    return cached


def known_hash(path: str | Path) -> str | None:
    """The file's SHA-256 when this very file (path, size, modification time, inode) was hashed
    before, in this process or an earlier one; None, without reading it, when it was not."""
    stamp = _stamp(Path(path))
    known = _hash_memo.get(stamp) or _remembered_hash(stamp)
    if known is not None:
        _hash_memo[stamp] = known
    return known


def cache_key(path: str | Path, settings: GeometrySettings) -> CacheKey:
    """The key of ``path`` meshed with ``settings``."""
    return CacheKey(content_hash(path), settings.cache_key())


def known_key(path: str | Path, settings: GeometrySettings) -> CacheKey | None:
    """The key of ``path`` when its hash is known (see :func:`known_hash`), else None."""
    digest = known_hash(path)
    return CacheKey(digest, settings.cache_key()) if digest is not None else None


def load(key: CacheKey, folder: Path | None = None) -> GroupedGeometry | None:
    """The cached geometry (arrays memory-mapped, read-only), or None on a miss or a bad entry."""
    path = (folder or cache_folder()) / key.filename
    if not path.is_file():
        return None
    try:
        _, geometry = read_entry(path)
    except (OSError, ValueError, KeyError, TypeError, struct.error) as error:
        log.warning("discarding unreadable geometry cache entry %s: %s", path.name, error)
        _remove(path)
        return None
    _touch(path)
    return geometry


def store(
    key: CacheKey,
    geometry: MeshBatch | GroupedGeometry | GeometryAssembler,
    folder: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Path | None:
    """Write ``geometry`` atomically, then evict old entries to stay under ``max_bytes``.

    An assembler's chunks are written part by part as they are (the scene holds the same
    arrays), so storing costs no second copy of the meshes. Returns the entry's path, or None
    when the entry alone is larger than the bound or the folder is not writable (the viewer
    then simply re-meshes next time).
    """
    if isinstance(geometry, MeshBatch):
        assembler = GeometryAssembler()
        assembler.add(geometry)
        geometry = assembler
    folder = folder or cache_folder()
    target = folder / key.filename
    header = {"content_sha256": key.content_sha256, "settings_key": key.settings_key}
    try:
        plan = plan_entry(header, geometry)  # the records encoded once, for size and write
        if plan.size > max_bytes:
            log.info("geometry of %s bytes exceeds the cache bound; not cached", plan.size)
            return None
        fd, tmp_name = tempfile.mkstemp(prefix=target.stem, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as stream:
                write_entry(stream, header, geometry, plan)
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


def _stamp(path: Path) -> tuple[str, int, int, int]:
    """What identifies one version of a file without reading it."""
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino)


def _remembered_hash(stamp: tuple[str, int, int, int]) -> str | None:
    try:
        remembered = json.loads((cache_folder() / _HASHES).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    value = remembered.get(json.dumps(stamp)) if isinstance(remembered, dict) else None
    return value if isinstance(value, str) and len(value) == 64 else None


def _remember_hash(stamp: tuple[str, int, int, int], digest: str) -> None:
    """Add to ``hashes.json`` (written atomically; the oldest half goes past 500 files)."""
    folder = cache_folder()
    try:
        remembered = json.loads((folder / _HASHES).read_text("utf-8"))
        if not isinstance(remembered, dict):
            remembered = {}
    except (OSError, ValueError):
        remembered = {}
    remembered[json.dumps(stamp)] = digest
    if len(remembered) > _MAX_HASHES:
        remembered = dict(list(remembered.items())[_MAX_HASHES // 2 :])
    with contextlib.suppress(OSError):
        fd, tmp_name = tempfile.mkstemp(prefix="hashes", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(remembered, stream)
        os.replace(tmp_name, folder / _HASHES)


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)


def _remove(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except OSError:
        return 0
