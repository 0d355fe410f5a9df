"""A model's geometry as the scene wants it: part chunks, from the cache or from the pool.

:func:`stream_parts` is what the viewer and the benchmarks consume. On a cache hit it yields
the cached model at once: element records plus every part as a zero-copy slice of the
memory-mapped file, so the first picture needs neither the IFC text nor any meshing. On a miss
it yields pieces as the worker pool sends batches (:mod:`fmdesk.bim.geometry_pool`), cut into
part chunks in the calling thread (:class:`GeometryAssembler`), writes the cache from those
same chunks when the model is complete, and finally yields the cache entry just written
(:class:`GroupedGeometry`): the scene can then swap each part's chunks for one memory-mapped
block instead of merging them in memory.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fmdesk.bim import geometry_cache, geometry_pool
from fmdesk.bim.geometry_assembly import AssembledPiece, GeometryAssembler, GroupedGeometry
from fmdesk.bim.geometry_pool import tessellate_parallel
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import CancelCheck, GeometryFailure, ProgressCallback

__all__ = ["StreamSummary", "stream_parts"]

PIECE_TRIANGLES = 40_000
"""A cached model is handed out in pieces of whole parts of about this many triangles."""


@dataclass
class StreamSummary:
    """How a stream went (filled in as it runs)."""

    from_cache: bool = False
    elements: int = 0
    triangles: int = 0
    failures: list[GeometryFailure] = field(default_factory=list)
    first_piece_s: float | None = None
    geometry_s: float = 0.0
    cache_write_s: float = 0.0
    cached: bool = False
    """Whether the cache holds the model afterwards."""


def stream_parts(
    path: str | Path,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    summary: StreamSummary | None = None,
    use_cache: bool = True,
    workers: int | None = None,
    piece_triangles: int = PIECE_TRIANGLES,
) -> Iterator[AssembledPiece | GroupedGeometry]:
    """Yield the model's pieces (see the module docstring); the last item of a cold load is
    the :class:`GroupedGeometry` read back from the cache entry written (when it was).

    Example::

        for item in stream_parts("building.ifc", cancel=job.is_cancelled):
            if isinstance(item, GroupedGeometry):
                scene.adopt_parts(item)
            else:
                scene.add_piece(item)
    """
    settings = settings or GeometrySettings()
    summary = summary if summary is not None else StreamSummary()
    started = time.perf_counter()
    key = geometry_cache.known_key(path, settings) if use_cache else None
    cached = geometry_cache.load(key) if key is not None else None
    pool = None
    if use_cache and key is None:  # a file not seen before: the pool opens it while we hash
        pool = _start_pool(path, settings, workers)
        try:
            key = geometry_cache.cache_key(path, settings)
            cached = geometry_cache.load(key)
        except BaseException:
            if pool is not None:
                pool.close()
            raise
    if cached is not None:
        if pool is not None:
            pool.close()  # the same content was cached under another name
        yield from _cached_pieces(cached, summary, started, progress, piece_triangles)
        return
    assembler = GeometryAssembler()
    batches = tessellate_parallel(
        path, settings, cancel=cancel, progress=progress, workers=workers, pool=pool
    )
    for batch in batches:
        piece = assembler.add(batch)
        if len(piece) or piece.failures:
            _first(summary, started)
            yield piece
    summary.failures = list(assembler.failures)
    summary.elements = len(assembler.records)
    summary.triangles = sum(len(c.triangles) for cs in assembler.parts.values() for c in cs)
    summary.geometry_s = time.perf_counter() - started
    if key is None:
        return
    written = time.perf_counter()
    stored = geometry_cache.store(key, assembler)
    del assembler  # the caller's scene holds the chunks; the entry now holds them too
    summary.cache_write_s = time.perf_counter() - written
    grouped = geometry_cache.load(key) if stored is not None else None
    if grouped is not None:
        summary.cached = True
        yield grouped


def _start_pool(path: str | Path, settings: GeometrySettings, workers: int | None) -> Any:
    """The worker pool, started now (None where the pool is not supported: meshed later in
    this process)."""
    if not geometry_pool.POOL_SUPPORTED:
        return None
    return geometry_pool.ParallelTessellation(path, settings, workers)


def _cached_pieces(
    cached: GroupedGeometry,
    summary: StreamSummary,
    started: float,
    progress: ProgressCallback | None,
    piece_triangles: int,
) -> Iterator[AssembledPiece]:
    summary.from_cache = summary.cached = True
    _count(summary, cached)
    if progress is not None:
        progress(cached.total, cached.total)
    for piece in cached.pieces(piece_triangles):
        _first(summary, started)
        yield piece
    summary.geometry_s = time.perf_counter() - started


def _first(summary: StreamSummary, started: float) -> None:
    if summary.first_piece_s is None:
        summary.first_piece_s = time.perf_counter() - started


def _count(summary: StreamSummary, grouped: GroupedGeometry) -> None:
    summary.elements = len(grouped.records)
    summary.triangles = grouped.triangle_count
    summary.failures = list(grouped.failures)
