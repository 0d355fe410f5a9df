"""Turn an IFC model into triangles: cached, in parallel, progressively, one failure at a time.

:func:`tessellate` is what callers normally use: it serves the disk cache when the same file
was meshed before with the same settings (:mod:`fmdesk.bim.geometry_cache`), and otherwise
meshes the model in a pool of worker processes (:mod:`fmdesk.bim.geometry_pool`), yielding
:class:`MeshBatch` objects as they arrive and writing the cache from the same stream.
:func:`iter_tessellation` meshes a model already opened in this process, on one core.

The pieces, one module each: the data types (:mod:`~fmdesk.bim.geometry_types`), element
records and storeys (:mod:`~fmdesk.bim.geometry_records`), raw shapes to arrays
(:mod:`~fmdesk.bim.geometry_batches`), failures (:mod:`~fmdesk.bim.geometry_failures`), the
iterator loop (:mod:`~fmdesk.bim.geometry_iterate`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import ifcopenshell

from fmdesk.bim import geometry_cache
from fmdesk.bim.geometry_assembly import GeometryAssembler
from fmdesk.bim.geometry_iterate import iter_tessellation
from fmdesk.bim.geometry_pool import tessellate_parallel
from fmdesk.bim.geometry_records import read_storeys
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import (
    NO_STYLE_ALPHA,
    CancelCheck,
    ElementMesh,
    ElementRecord,
    GeometryFailure,
    MeshBatch,
    ProgressCallback,
    Storey,
    concat_batches,
    empty_batch,
)

__all__ = [
    "NO_STYLE_ALPHA",
    "CancelCheck",
    "ElementMesh",
    "ElementRecord",
    "GeometryFailure",
    "MeshBatch",
    "ProgressCallback",
    "Storey",
    "concat_batches",
    "empty_batch",
    "iter_tessellation",
    "load_geometry",
    "open_ifc",
    "read_storeys",
    "tessellate",
]


def tessellate(
    path: str | Path,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    use_cache: bool = True,
    model: ifcopenshell.file | None = None,
    workers: int | None = None,
) -> Iterator[MeshBatch]:
    """Yield ``path``'s geometry: one batch from the cache, or progressive batches then cache it.

    A cold model is meshed by the worker pool (:mod:`fmdesk.bim.geometry_pool`), unless
    ``model`` is passed (the caller already parsed it: meshed here, on one core). The cache is
    written only after a complete, uncancelled run.

    Example::

        geometry = concat_batches(tessellate("building.ifc"))
    """
    settings = settings or GeometrySettings()
    key = geometry_cache.cache_key(path, settings) if use_cache else None
    if key is not None:
        cached = geometry_cache.load(key)
        if cached is not None:
            if progress is not None:
                progress(cached.total, cached.total)
            yield cached.to_batch()
            return
    if model is not None:
        batches = iter_tessellation(model, settings, cancel=cancel, progress=progress)
    else:
        batches = tessellate_parallel(
            path, settings, cancel=cancel, progress=progress, workers=workers
        )
    assembler = GeometryAssembler()
    for batch in batches:
        assembler.add(batch)
        yield batch
    if key is not None:
        geometry_cache.store(key, assembler)


def load_geometry(
    path: str | Path,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    use_cache: bool = True,
) -> MeshBatch:
    """The whole model's geometry in one :class:`MeshBatch` (cached when possible)."""
    return concat_batches(
        tessellate(path, settings, cancel=cancel, progress=progress, use_cache=use_cache)
    )


def open_ifc(path: str | Path) -> ifcopenshell.file:
    """Open a model through fmdesk's reader so a bad file is one clear ModelOpenError."""
    from fmdesk.bim.model_file import open_model

    return open_model(path)
