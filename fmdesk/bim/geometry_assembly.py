"""A model's meshes sorted into the scene's parts as they stream in, and the finished layout.

The viewer draws one mesh per *part* (storey, IFC class, translucent or not, closed or not:
see ``MeshBatch.closed``): VTK draws a few big meshes far faster than thousands of small ones.
:class:`GeometryAssembler` cuts each arriving :class:`MeshBatch` into :class:`PartChunk`
pieces (each with only the vertices its triangles use) in the loading thread, so the GUI thread
only wraps them in VTK meshes, and the scene and the disk cache share the very same arrays
instead of holding two copies.
:class:`GroupedGeometry` is the finished layout, one contiguous block per part, exactly as the
cache stores it: a cached model is drawn straight from memory-mapped slices of the file.

Elements are numbered in arrival order (the first copy of a GlobalId wins), and every chunk's
``elements`` array holds those numbers per triangle: that is how a pick becomes a GlobalId.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from fmdesk.bim.geometry_types import (
    NO_STYLE_ALPHA,
    ElementRecord,
    GeometryFailure,
    MeshBatch,
    Storey,
)

__all__ = [
    "TRANSLUCENT_BELOW",
    "AssembledPiece",
    "GeometryAssembler",
    "GroupedGeometry",
    "Part",
    "PartChunk",
    "PartKey",
    "cut_batch",
    "merge_chunks",
    "numbered",
    "palette_of",
]

TRANSLUCENT_BELOW = 242
"""A triangle whose IFC style alpha is below this (transparency above ~5 %) is drawn as glass."""

PartKey = tuple[str, str, bool, bool]
"""(storey GlobalId, IFC class, translucent, closed): a closed part's back faces are culled."""


class PartChunk(NamedTuple):
    """Some of one part's triangles with the vertices they use (indices local to ``points``)."""

    key: PartKey
    points: np.ndarray
    """(n, 3) float32."""
    triangles: np.ndarray
    """(m, 3) int32 into ``points``."""
    colours: np.ndarray
    """(m, 4) uint8 IFC style RGBA per triangle (alpha ``NO_STYLE_ALPHA``: unstyled)."""
    elements: np.ndarray
    """(m,) int32: the element number owning each triangle."""


@dataclass
class AssembledPiece:
    """What one batch added: new element records (numbered from ``base``) and their chunks."""

    base: int
    records: list[ElementRecord]
    chunks: list[PartChunk]
    storeys: list[Storey] = field(default_factory=list)
    failures: list[GeometryFailure] = field(default_factory=list)
    done: int = 0
    total: int = 0
    from_cache: bool = False
    palette: np.ndarray | None = None
    """(len(records), 3) uint8 class colours, when the loader computed them already."""
    index: dict[str, int] | None = None
    """GlobalId → number of ``records``, when the loader built it already (a whole cached
    model's 100,000 entries are not built on the GUI thread)."""

    def __len__(self) -> int:
        return len(self.records)


class Part(NamedTuple):
    """One part's block in :class:`GroupedGeometry`: vertices ``v0:v1``, triangles ``t0:t1``."""

    key: PartKey
    v0: int
    v1: int
    t0: int
    t1: int


@dataclass
class GroupedGeometry:
    """A whole model laid out part by part (the cache's layout; arrays may be memory-mapped).

    Triangles index their part's vertex block; ``triangle_elements`` numbers into ``records``.
    """

    records: list[ElementRecord]
    parts: list[Part]
    vertices: np.ndarray
    triangles: np.ndarray
    colours: np.ndarray
    triangle_elements: np.ndarray
    storeys: list[Storey] = field(default_factory=list)
    failures: list[GeometryFailure] = field(default_factory=list)
    total: int = 0
    from_cache: bool = False

    def __len__(self) -> int:
        return len(self.records)

    @property
    def triangle_count(self) -> int:
        return len(self.triangles)

    def chunk(self, index: int) -> PartChunk:
        """Part ``index`` as a chunk of zero-copy slices."""
        key, v0, v1, t0, t1 = self.parts[index]
        return PartChunk(
            key,
            self.vertices[v0:v1],
            self.triangles[t0:t1],
            self.colours[t0:t1],
            self.triangle_elements[t0:t1],
        )

    def chunks(self) -> Iterator[PartChunk]:
        for index in range(len(self.parts)):
            yield self.chunk(index)

    def pieces(self, max_triangles: int, max_parts: int = 16) -> Iterator[AssembledPiece]:
        """The model as a stream of pieces: every record in the first, then whole parts, up to
        about ``max_triangles`` or ``max_parts`` a piece (the GUI adds a piece or a few per
        turn: each part is one VTK actor to create)."""
        chunks: list[PartChunk] = []
        size = 0
        first = True
        for chunk in self.chunks():
            chunks.append(chunk)
            size += len(chunk.triangles)
            if size >= max_triangles or len(chunks) >= max_parts:
                yield self._piece(chunks, first)
                chunks, size, first = [], 0, False
        if chunks or first:
            yield self._piece(chunks, first)

    def _piece(self, chunks: list[PartChunk], first: bool) -> AssembledPiece:
        return AssembledPiece(
            base=0,
            records=self.records if first else [],
            chunks=chunks,
            storeys=self.storeys,
            failures=self.failures if first else [],
            done=self.total,
            total=self.total,
            from_cache=self.from_cache,
        )

    def to_batch(self) -> MeshBatch:
        """The same geometry element by element (a copy), for callers that want meshes per
        element rather than per part (tests, ``fmdesk render``)."""
        order = np.argsort(self.triangle_elements, kind="stable")
        part_base = np.zeros(len(self.triangles), np.int64)
        for _, v0, _, t0, t1 in self.parts:
            part_base[t0:t1] = v0
        global_tris = np.asarray(self.triangles, np.int64)[order] + part_base[order][:, None]
        used, inverse = np.unique(global_tris.ravel(), return_inverse=True)
        owners = np.asarray(self.triangle_elements)[order]
        counts = np.bincount(owners, minlength=len(self.records))
        # A vertex belongs to one element (chunks never share vertices between elements):
        # order the used vertices by owner so each element's vertices are consecutive.
        vertex_owner = np.empty(len(used), np.int64)
        vertex_owner[inverse] = np.repeat(owners, 3)
        vertex_order = np.argsort(vertex_owner, kind="stable")
        rank = np.empty_like(vertex_order)
        rank[vertex_order] = np.arange(len(vertex_order))
        vertex_counts = np.bincount(vertex_owner, minlength=len(self.records))
        vertex_offsets = np.concatenate([[0], np.cumsum(vertex_counts)])
        closed = np.zeros(len(self.records), bool)
        for (_, _, _, part_closed), _, _, t0, t1 in self.parts:
            if part_closed:
                closed[np.asarray(self.triangle_elements[t0:t1])] = True
        return MeshBatch(
            elements=list(self.records),
            vertices=np.asarray(self.vertices)[used[vertex_order]].astype(np.float32, copy=False),
            triangles=rank[inverse].reshape(-1, 3).astype(np.int32),
            colours=np.asarray(self.colours)[order],
            vertex_offsets=vertex_offsets,
            triangle_offsets=np.concatenate([[0], np.cumsum(counts)]),
            failures=list(self.failures),
            storeys=list(self.storeys),
            done=self.total,
            total=self.total,
            from_cache=self.from_cache,
            closed=closed,
        )


class GeometryAssembler:
    """Numbers elements and cuts batches into part chunks, keeping every chunk per part.

    Example::

        assembler = GeometryAssembler()
        for batch in tessellate("building.ifc"):
            piece = assembler.add(batch)    # piece.chunks go to the scene
        grouped = assembler.finish()        # one block per part, for the cache
    """

    def __init__(self) -> None:
        self.records: list[ElementRecord] = []
        self.index: dict[str, int] = {}
        self.parts: dict[PartKey, list[PartChunk]] = {}
        self.storeys: list[Storey] = []
        self.failures: list[GeometryFailure] = []
        self.total = 0

    def add(self, batch: MeshBatch) -> AssembledPiece:
        """Number ``batch``'s new elements and cut their triangles into part chunks."""
        if batch.storeys and not self.storeys:
            self.storeys = list(batch.storeys)
        self.failures.extend(batch.failures)
        self.total = max(self.total, batch.total)
        piece = cut_batch(batch, self.index, len(self.records))
        for offset, record in enumerate(piece.records):
            self.index[record.global_id] = piece.base + offset
        self.records.extend(piece.records)
        for chunk in piece.chunks:
            self.parts.setdefault(chunk.key, []).append(chunk)
        return piece

    def merge_part(self, key: PartKey) -> PartChunk:
        """Replace ``key``'s chunks with one merged chunk (returned)."""
        merged = merge_chunks(self.parts[key])
        self.parts[key] = [merged]
        return merged

    def finish(self) -> GroupedGeometry:
        """The whole model part by part, in one set of arrays (a copy: write it, then drop)."""
        parts: list[Part] = []
        v = t = 0
        for key, chunks in self.parts.items():
            v1 = v + sum(len(c.points) for c in chunks)
            t1 = t + sum(len(c.triangles) for c in chunks)
            parts.append(Part(key, v, v1, t, t1))
            v, t = v1, t1
        merged = [merge_chunks(c) for c in self.parts.values()]
        return GroupedGeometry(
            records=self.records,
            parts=parts,
            vertices=_concat([c.points for c in merged], (0, 3), np.float32),
            triangles=_concat([c.triangles for c in merged], (0, 3), np.int32),
            colours=_concat([c.colours for c in merged], (0, 4), np.uint8),
            triangle_elements=_concat([c.elements for c in merged], (0,), np.int32),
            storeys=self.storeys,
            failures=self.failures,
            total=max(self.total, len(self.records)),
        )

    def part_arrays(self) -> Iterator[tuple[PartKey, list[PartChunk]]]:
        """Each part's chunks (the cache writer streams them to disk without joining them)."""
        yield from self.parts.items()


def cut_batch(batch: MeshBatch, known: Mapping[str, int], base: int) -> AssembledPiece:
    """``batch``'s elements not in ``known`` (GlobalId → number), numbered from ``base``, and
    their triangles cut into part chunks."""
    keep = [i for i, r in enumerate(batch.elements) if r.global_id not in known]
    records = [batch.elements[i] for i in keep]
    chunks = split_into_parts(batch, keep, base) if keep else []
    return AssembledPiece(
        base,
        records,
        chunks,
        batch.storeys,
        batch.failures,
        batch.done,
        batch.total,
        batch.from_cache,
    )


def split_into_parts(batch: MeshBatch, keep: list[int], base: int) -> list[PartChunk]:
    """Cut the kept elements of ``batch`` (numbered from ``base``) into part chunks."""
    counts = np.diff(np.asarray(batch.triangle_offsets, np.int64))
    element_of_triangle = np.repeat(np.arange(len(batch.elements), dtype=np.int64), counts)
    number = np.full(len(batch.elements), -1, np.int64)
    number[keep] = np.arange(base, base + len(keep))
    keys: dict[tuple[str, str], int] = {}
    element_code = np.asarray(
        [keys.setdefault((r.storey_id, r.ifc_class), len(keys)) for r in batch.elements], np.int64
    )
    element_code = element_code * 2 + batch.closed_flags()
    colours = np.asarray(batch.colours)
    alpha = colours[:, 3]
    translucent = (alpha != NO_STYLE_ALPHA) & (alpha < TRANSLUCENT_BELOW)
    code = element_code[element_of_triangle] * 2 + translucent
    wanted = number[element_of_triangle] >= 0
    if not wanted.all():
        code = np.where(wanted, code, -1)
    order = np.argsort(code, kind="stable")
    sorted_code = code[order]
    starts = np.flatnonzero(np.r_[True, sorted_code[1:] != sorted_code[:-1]])
    ends = np.r_[starts[1:], len(sorted_code)]
    key_list = list(keys)
    vertices = np.asarray(batch.vertices)
    triangles = np.asarray(batch.triangles)
    chunks = []
    for start, end in zip(starts, ends, strict=True):
        if sorted_code[start] < 0:
            continue  # duplicates of elements already numbered
        selection = order[start:end]
        part_code = int(sorted_code[start])
        storey_id, ifc_class = key_list[part_code // 4]
        points, local = _compact_vertices(vertices, triangles[selection])
        chunks.append(
            PartChunk(
                (storey_id, ifc_class, bool(part_code % 2), bool(part_code // 2 % 2)),
                points,
                local,
                colours[selection],
                number[element_of_triangle[selection]].astype(np.int32),
            )
        )
    return chunks


def merge_chunks(chunks: list[PartChunk]) -> PartChunk:
    """One chunk holding all of ``chunks`` (of one part), triangles re-indexed."""
    if len(chunks) == 1:
        return chunks[0]
    offsets = np.cumsum([0, *[len(c.points) for c in chunks]])
    return PartChunk(
        chunks[0].key,
        np.concatenate([c.points for c in chunks]),
        np.concatenate([c.triangles + np.int32(o) for c, o in zip(chunks, offsets, strict=False)]),
        np.concatenate([c.colours for c in chunks]),
        np.concatenate([c.elements for c in chunks]),
    )


def chunk_bounds(chunk: PartChunk, mask: np.ndarray | None = None) -> np.ndarray | None:
    """(2, 3) min and max of the vertices used by ``chunk``'s triangles (those in ``mask``)."""
    triangles = chunk.triangles if mask is None else chunk.triangles[mask]
    if not len(triangles):
        return None
    points = np.asarray(chunk.points)[np.unique(triangles)]
    return np.stack([points.min(axis=0), points.max(axis=0)])


def element_chunks(
    chunks: Iterable[PartChunk], numbers: np.ndarray
) -> Iterator[tuple[PartChunk, np.ndarray]]:
    """(chunk, triangle mask) for every chunk holding triangles of the elements ``numbers``."""
    wanted = np.unique(np.asarray(numbers, np.int64))
    if not len(wanted):
        return
    for chunk in chunks:
        mask = np.isin(chunk.elements, wanted)
        if mask.any():
            yield chunk, mask


def numbered(records: list[ElementRecord], base: int = 0) -> Iterator[tuple[str, int]]:
    """(GlobalId, number) of each record, numbered from ``base``: what a scene's index maps."""
    ids = map(attrgetter("global_id"), records)
    return zip(ids, range(base, base + len(records)), strict=True)


def palette_of(
    records: list[ElementRecord], colour: Callable[..., tuple[int, int, int]]
) -> np.ndarray:
    """(n, 3) uint8 class colour of each record, ``colour(ifc_class, kind, name)`` asked once
    per distinct answer key (a 100,000-element model has a few hundred): each record costs one
    dictionary look-up, then one gather builds the array (a row write per record took 0.1 s
    of a cached re-open)."""
    codes: dict[tuple[str, str, str], int] = {}
    code_of = codes.setdefault
    numbers = [
        code_of(
            (r.ifc_class, r.kind, r.name if r.kind in _NAMED_KINDS or not r.kind else ""),
            len(codes),
        )
        for r in records
    ]
    table = np.asarray([colour(*key) for key in codes], np.uint8).reshape(-1, 3)
    return table[np.asarray(numbers, np.intp)] if numbers else np.empty((0, 3), np.uint8)


_NAMED_KINDS = frozenset({"pipe", "fitting"})
"""Kinds whose colour may depend on the element's name (a pipe's medium)."""


def _compact_vertices(vertices: np.ndarray, triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Only the vertices the triangles use, and the triangles re-indexed to them."""
    used, inverse = np.unique(triangles.ravel(), return_inverse=True)
    points = np.ascontiguousarray(vertices[used], np.float32)
    return points, inverse.reshape(-1, 3).astype(np.int32)


def _concat(arrays: list[np.ndarray], empty_shape: tuple[int, ...], dtype: type) -> np.ndarray:
    if not arrays:
        return np.zeros(empty_shape, dtype)
    return np.ascontiguousarray(np.concatenate(arrays), dtype)
