"""The shapes of tessellated geometry: element records, meshes, batches and failures.

Every part of the geometry pipeline (the iterator wrapper, the worker pool, the disk cache, the
scene) speaks these types, so they live apart from any of them and import nothing but numpy: a
batch keeps its elements' meshes concatenated (float32 world-coordinate vertices, int32
triangles, one RGBA colour per triangle, offsets per element) because that is the shape both the
scene (a few merged VTK meshes) and the disk cache (one memory-mapped file per model) want.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

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
]

CancelCheck = Callable[[], bool]
ProgressCallback = Callable[[int, int], None]

NO_STYLE_ALPHA = 0
"""Triangle alpha 0 marks "no IFC surface style": the viewer colours those by class."""


class ElementRecord(NamedTuple):
    """Who a mesh belongs to (the viewer maps picks and highlights through it).

    A named tuple rather than a dataclass: a 100,000-element model creates 100,000 of them on
    every open, cached or not, and tuples are built twice as fast.
    """

    global_id: str
    ifc_class: str
    name: str
    storey_id: str = ""
    """GlobalId of the containing storey ("" when the element is not in a storey)."""
    kind: str = ""
    """fmdesk's schema-independent kind ("pipe", "valve", "wall", "space", …); "" if unknown."""


@dataclass(frozen=True)
class GeometryFailure:
    """An element that should have geometry but whose geometry could not be produced."""

    global_id: str
    ifc_class: str
    name: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {
            "global_id": self.global_id,
            "ifc_class": self.ifc_class,
            "name": self.name,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Storey:
    """A building storey with its world elevation in metres (the walk camera stands on it)."""

    global_id: str
    name: str
    elevation: float


@dataclass(frozen=True)
class ElementMesh:
    """One element's triangles, in world coordinates (metres)."""

    record: ElementRecord
    vertices: np.ndarray
    """(n, 3) float32."""
    triangles: np.ndarray
    """(m, 3) int32 indices into ``vertices``."""
    colours: np.ndarray
    """(m, 4) uint8 RGBA per triangle; alpha ``NO_STYLE_ALPHA`` means no IFC style."""

    @property
    def global_id(self) -> str:
        return self.record.global_id

    @property
    def colour(self) -> tuple[float, float, float, float] | None:
        """The dominant IFC style colour (RGBA 0..1), or None when the element has no style."""
        styled = self.colours[self.colours[:, 3] != NO_STYLE_ALPHA]
        if not len(styled):
            return None
        values, counts = np.unique(styled, axis=0, return_counts=True)
        r, g, b, a = values[int(np.argmax(counts))] / 255.0
        return (float(r), float(g), float(b), float(a))


@dataclass
class MeshBatch:
    """Several elements' meshes, concatenated; also the shape of a whole model's geometry.

    ``triangles`` index into this batch's ``vertices``. Element ``i`` owns vertices
    ``vertex_offsets[i]:vertex_offsets[i+1]`` and triangles
    ``triangle_offsets[i]:triangle_offsets[i+1]``.
    """

    elements: list[ElementRecord]
    vertices: np.ndarray
    triangles: np.ndarray
    colours: np.ndarray
    vertex_offsets: np.ndarray
    triangle_offsets: np.ndarray
    failures: list[GeometryFailure] = field(default_factory=list)
    storeys: list[Storey] = field(default_factory=list)
    done: int = 0
    """Products processed so far (including this batch), for progress bars."""
    total: int = 0
    from_cache: bool = False
    step_ids: np.ndarray | None = None
    """(n,) int32 STEP ids of ``elements`` when known (the worker pool tracks them)."""
    closed: np.ndarray | None = None
    """(n,) bool: element ``i``'s triangles enclose solids and face outward, so their back
    faces are never seen from outside and the scene may cull them (a third of a software
    OpenGL frame); None: no element is known to be closed."""

    def __len__(self) -> int:
        return len(self.elements)

    @property
    def triangle_count(self) -> int:
        return len(self.triangles)

    def triangle_elements(self) -> np.ndarray:
        """(m,) int32: the index (into ``elements``) of the element owning each triangle."""
        counts = np.diff(self.triangle_offsets)
        return np.repeat(np.arange(len(self.elements), dtype=np.int32), counts)

    def mesh(self, index: int) -> ElementMesh:
        """Element ``index``'s mesh with triangles re-indexed to its own vertices."""
        v0, v1 = int(self.vertex_offsets[index]), int(self.vertex_offsets[index + 1])
        t0, t1 = int(self.triangle_offsets[index]), int(self.triangle_offsets[index + 1])
        return ElementMesh(
            record=self.elements[index],
            vertices=np.asarray(self.vertices[v0:v1]),
            triangles=np.asarray(self.triangles[t0:t1]) - v0,
            colours=np.asarray(self.colours[t0:t1]),
        )

    def meshes(self) -> Iterator[ElementMesh]:
        """Every element's mesh, in order."""
        for index in range(len(self.elements)):
            yield self.mesh(index)

    def closed_flags(self) -> np.ndarray:
        """(n,) bool :attr:`closed`, all False when unknown."""
        if self.closed is None:
            return np.zeros(len(self.elements), bool)
        return np.asarray(self.closed, bool)

    def index_of(self) -> dict[str, int]:
        """GlobalId → element index."""
        return {record.global_id: i for i, record in enumerate(self.elements)}


def empty_batch(storeys: list[Storey] | None = None) -> MeshBatch:
    """A batch with no elements (a model without geometry, or the last batch of failures)."""
    return MeshBatch(
        elements=[],
        vertices=np.zeros((0, 3), np.float32),
        triangles=np.zeros((0, 3), np.int32),
        colours=np.zeros((0, 4), np.uint8),
        vertex_offsets=np.zeros(1, np.int64),
        triangle_offsets=np.zeros(1, np.int64),
        storeys=list(storeys or []),
    )


def concat_batches(batches: Iterable[MeshBatch]) -> MeshBatch:
    """Join batches into one (the whole model), re-indexing triangles and offsets.

    Example::

        model_geometry = concat_batches(iter_tessellation(model))
    """
    batches = list(batches)
    if not batches:
        return empty_batch()
    if len(batches) == 1:
        return batches[0]  # keeps a cached batch memory-mapped
    vertex_counts = [len(b.vertices) for b in batches]
    triangle_counts = [len(b.triangles) for b in batches]
    vertex_base = np.cumsum([0, *vertex_counts])
    triangle_base = np.cumsum([0, *triangle_counts])
    triangles = np.concatenate(
        [b.triangles + np.int32(base) for b, base in zip(batches, vertex_base, strict=False)]
    ).astype(np.int32, copy=False)
    vertex_offsets = [np.zeros(1, np.int64)]
    triangle_offsets = [np.zeros(1, np.int64)]
    for b, vb, tb in zip(batches, vertex_base, triangle_base, strict=False):
        vertex_offsets.append(np.asarray(b.vertex_offsets[1:], np.int64) + vb)
        triangle_offsets.append(np.asarray(b.triangle_offsets[1:], np.int64) + tb)
    last = batches[-1]
    return MeshBatch(
        elements=[e for b in batches for e in b.elements],
        vertices=np.concatenate([b.vertices for b in batches]).astype(np.float32, copy=False),
        triangles=triangles.reshape(-1, 3),
        colours=np.concatenate([b.colours for b in batches]).astype(np.uint8, copy=False),
        vertex_offsets=np.concatenate(vertex_offsets),
        triangle_offsets=np.concatenate(triangle_offsets),
        failures=[f for b in batches for f in b.failures],
        storeys=next((b.storeys for b in batches if b.storeys), []),
        done=last.done,
        total=last.total,
        from_cache=all(b.from_cache for b in batches),
        closed=_joined_flags(batches),
    )


def _joined_flags(batches: list[MeshBatch]) -> np.ndarray | None:
    """The batches' closed flags in one array (None when none is known in any)."""
    if all(b.closed is None for b in batches):
        return None
    return np.concatenate([b.closed_flags() for b in batches])
