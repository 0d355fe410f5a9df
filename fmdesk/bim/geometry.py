"""Turn an IFC model into triangles, progressively, cancellably, one failure at a time.

Tessellation dominates opening a model, so it is streamed: :func:`iter_tessellation` wraps
``ifcopenshell.geom.iterator`` in a generator that yields :class:`MeshBatch` objects a fraction
of a second apart, so the viewer can draw the first elements long before the last is meshed and
a Cancel button takes effect within one batch. A batch keeps its elements' meshes concatenated
(float32 world-coordinate vertices, int32 triangles, one RGBA colour per triangle from the IFC
surface style, offsets per element) because that is the shape both the scene (a few merged VTK
meshes) and the disk cache (one memory-mapped file per model) want; :meth:`MeshBatch.mesh`
gives one element's mesh when needed. An element whose geometry fails becomes a
:class:`GeometryFailure` record and the rest still loads.

:func:`tessellate` is what callers normally use: it serves a cached result when the same file
was meshed before with the same settings (see :mod:`fmdesk.bim.geometry_cache`) and writes the
cache after a complete run.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import ifcopenshell
import ifcopenshell.geom
import numpy as np

from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.text import repair_text
from fmdesk.errors import CancelledError

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
    "iter_tessellation",
    "load_geometry",
    "read_storeys",
    "tessellate",
]

log = logging.getLogger(__name__)

CancelCheck = Callable[[], bool]
ProgressCallback = Callable[[int, int], None]

NO_STYLE_ALPHA = 0
"""Triangle alpha 0 marks "no IFC surface style": the viewer colours those by class."""

BATCH_SECONDS = 0.25
"""A batch closes after this long, so the first picture and Cancel are both prompt."""

BATCH_MAX_ELEMENTS = 2000
_LOG_INSTANCE = re.compile(r"^#(\d+)\s*=")


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
    )


def iter_tessellation(
    model: ifcopenshell.file,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    batch_seconds: float = BATCH_SECONDS,
    batch_max_elements: int = BATCH_MAX_ELEMENTS,
) -> Iterator[MeshBatch]:
    """Mesh ``model`` with ifcopenshell's iterator, yielding batches as they are ready.

    ``cancel`` is polled after every element; when it returns True the generator raises
    :class:`fmdesk.errors.CancelledError` (so a half model is never mistaken for a whole one).
    ``progress(done, total)`` is called at the start (0, 0: size unknown), once the iterator
    has counted its products, at every batch and at the end. The last batch carries the failures:
    products with a body representation that produced no triangles, with ifcopenshell's reason
    when its log names the element.

    Example::

        for batch in iter_tessellation(model, cancel=worker.is_cancelled):
            scene.add_batch(batch)
    """
    settings = settings or GeometrySettings()
    places = _Places(model)
    iterator = ifcopenshell.geom.iterator(
        settings.to_ifcopenshell(),
        model,
        settings.threads,
        geometry_library=settings.library,
        exclude=list(settings.exclude) or None,
    )
    seen: set[int] = set()
    empty: set[int] = set()
    problems: list[str] = []
    styles = _Styles()
    done = total = 0

    def report() -> None:
        if progress is not None:
            progress(min(done, total), total)

    report()  # (0, 0): started, size not known yet
    with _drained_log():
        running = _initialize(iterator)
        total = _announced_products(ifcopenshell.get_log(), problems) if running else 0
        report()
        builder = _BatchBuilder(places, styles)
        rows = builder.rows
        deadline = time.perf_counter() + batch_seconds
        get_shape, advance, clock = iterator.get, iterator.next, time.perf_counter
        while running:  # runs 100,000 times between C++ calls: keep it lean, see _BatchBuilder
            if cancel is not None and cancel():
                raise CancelledError("tessellation cancelled")
            shape = get_shape()
            step_id = shape.id
            if step_id not in seen:
                seen.add(step_id)
                done += 1
                if not builder.add(shape, step_id):
                    empty.add(step_id)
            if len(rows) >= batch_max_elements or (rows and clock() >= deadline):
                _keep_errors(problems, ifcopenshell.get_log())
                report()
                yield builder.build(done, max(total, done))
                builder = _BatchBuilder(places, styles)
                rows = builder.rows
                deadline = clock() + batch_seconds
            running = advance()
        _keep_errors(problems, ifcopenshell.get_log())
    if cancel is not None and cancel():
        raise CancelledError("tessellation cancelled")
    candidates: set[int] = set()  # stays empty when every announced product was meshed
    if not total or len(seen) < total or empty:
        tasks = _task_product_ids(iterator)
        if tasks:
            candidates = (tasks - seen) | empty
        else:  # the iterator did not start or cannot list its tasks: check every product
            candidates = (_expected_products(model, settings.exclude) - seen) | empty
    failures = _failures(model, candidates, empty, problems)
    done = total = max(total, done)
    report()
    last = builder.build(done, total)
    last.failures = failures
    yield last


_ANNOUNCED = re.compile(r"Created \d+ tasks for (\d+) products")


def _announced_products(log_text: str, chunks: list[str]) -> int:
    """How many products the iterator announced it will process (0 if it did not say)."""
    _keep_errors(chunks, log_text)
    match = _ANNOUNCED.search(log_text or "")
    return int(match.group(1)) if match else 0


def _task_product_ids(iterator: Any) -> set[int] | None:
    """STEP ids of the products the iterator will process (None when it cannot tell)."""
    try:
        tasks = ifcopenshell.ifcopenshell_wrapper.iterator.get_task_products(iterator)
    except Exception:  # not in every ifcopenshell build
        return None
    ids: set[int] = set()
    for task in tasks:
        for product in task if isinstance(task, (tuple, list)) else (task,):
            ids.add(product.id())
    return ids


@contextlib.contextmanager
def _drained_log() -> Iterator[None]:
    """Start meshing with an empty ifcopenshell log and leave it empty.

    The iterator logs a warning per unstyled element (tens of MB on a large model), so the log
    is drained at every batch and only the chunks that contain errors are kept.
    """
    ifcopenshell.get_log()
    try:
        yield
    finally:
        ifcopenshell.get_log()


def _keep_errors(chunks: list[str], log_text: str) -> None:
    if log_text and "[error]" in log_text:
        chunks.append(log_text)


def tessellate(
    path: str | Path,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    use_cache: bool = True,
    model: ifcopenshell.file | None = None,
) -> Iterator[MeshBatch]:
    """Yield ``path``'s geometry: one batch from the cache, or progressive batches then cache it.

    ``model`` may be passed when the caller already opened the file (saves a second parse on a
    cache miss). The cache is written only after a complete, uncancelled run.

    Example::

        geometry = concat_batches(tessellate("building.ifc"))
    """
    from fmdesk.bim import geometry_cache

    settings = settings or GeometrySettings()
    key = geometry_cache.cache_key(path, settings) if use_cache else None
    if key is not None:
        cached = geometry_cache.load(key)
        if cached is not None:
            if progress is not None:
                progress(cached.total, cached.total)
            yield cached
            return
    model = model if model is not None else open_ifc(path)
    batches: list[MeshBatch] = []
    for batch in iter_tessellation(model, settings, cancel=cancel, progress=progress):
        batches.append(batch)
        yield batch
    if key is not None:
        geometry_cache.store(key, concat_batches(batches))


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


def read_storeys(model: ifcopenshell.file) -> list[Storey]:
    """Every IfcBuildingStorey with its elevation in metres, lowest first.

    The elevation is the storey's ``Elevation`` attribute (as the model reader's spatial tree
    reads it), else the height of its placement: the walk camera stands on it.
    """
    import ifcopenshell.util.unit

    from fmdesk.bim.text import repair_text

    scale = ifcopenshell.util.unit.calculate_unit_scale(model)
    storeys = []
    for storey in model.by_type("IfcBuildingStorey"):
        if storey.Elevation is not None:
            elevation = float(storey.Elevation) * scale
        else:
            elevation = _placement_elevation(model, storey.GlobalId)
        name = repair_text(storey.Name) or repair_text(storey.LongName) or ""
        storeys.append(Storey(storey.GlobalId, name, elevation))
    storeys.sort(key=lambda s: s.elevation)
    return storeys


class _Places:
    """Element records (class, kind, name, storey) from a light relationship lookup.

    Tessellation only needs element → container, aggregation parent and type, so those three
    relationships are read up front (a third of the full model index on a 100,000-element
    model, whose ports dominate). Whenever that lookup cannot answer exactly as the model
    reader's index would (an element neither contained nor spatial, a chain that leaves the
    aggregation tree), the full :func:`fmdesk.bim.index.build_model_index` is built once and
    answers instead, so records are the same either way.

    The maps are keyed and valued by STEP id, so a record costs dictionary look-ups of ints
    rather than calls into ifcopenshell: 100,000 of them are made on every open.
    """

    def __init__(self, model: ifcopenshell.file) -> None:
        from fmdesk.bim.index import by_type_safe

        self.model = model
        self.storeys = read_storeys(model)
        self.storey_ids = {s.id(): s.GlobalId for s in by_type_safe(model, "IfcBuildingStorey")}
        self.project_ids = {p.id() for p in by_type_safe(model, "IfcProject")}
        self.container: dict[int, int] = {}
        self.parent: dict[int, int] = {}
        self.element_type: dict[int, int] = {}
        self.types: dict[int, Any] = {}
        for rel in by_type_safe(model, "IfcRelContainedInSpatialStructure"):
            structure = _step_id(rel.RelatingStructure)
            for element in rel.RelatedElements or ():
                self.container.setdefault(element.id(), structure)
        for rel in by_type_safe(model, "IfcRelAggregates"):
            whole = _step_id(rel.RelatingObject)
            for part in rel.RelatedObjects or ():
                self.parent.setdefault(part.id(), whole)
        for rel in by_type_safe(model, "IfcRelDefinesByType"):
            element_type = rel.RelatingType
            type_id = _step_id(element_type)
            self.types[type_id] = element_type
            for occurrence in rel.RelatedObjects or ():
                self.element_type.setdefault(occurrence.id(), type_id)
        self._index: Any = None
        self._storeys_of: dict[int, str] = {}
        self._kinds: dict[tuple[str, int], str] = {}
        self._by_parent: dict[tuple[int, str], str] = {}

    def records(self, rows: Iterable[tuple[int, str, str, str]]) -> list[ElementRecord]:
        """Records of (STEP id, GlobalId, name, class) rows, one batch at a time.

        The storey is looked up once per container and the kind once per (class, type); an
        element outside any container is placed on its own.
        """
        container_of, type_of = self.container.get, self.element_type.get
        storey_of, kind_of = self._storeys_of.get, self._kinds.get
        records = []
        for step_id, global_id, name, ifc_class in rows:
            container_id = container_of(step_id, 0)
            storey_id = storey_of(container_id) if container_id else None
            if storey_id is None:
                storey_id = self._place(step_id, container_id, ifc_class)
            kind_key = (ifc_class, type_of(step_id, 0))
            kind = kind_of(kind_key)
            if kind is None:
                kind = self._kinds[kind_key] = _classify(ifc_class, self.types.get(kind_key[1]))
            if not name:
                name = ""
            elif not name.isascii():  # only non-ASCII text can be mojibake
                name = repair_text(name)
            records.append(ElementRecord(global_id, ifc_class, name, storey_id, kind))
        return records

    def _place(self, step_id: int, container_id: int, ifc_class: str) -> str:
        """The storey GlobalId of an element whose container (if any) was not placed yet."""
        if not container_id:
            return self._uncontained_storey_of(step_id, ifc_class)
        storey_id = self._storey_of(self.model.by_id(container_id))
        self._storeys_of[container_id] = storey_id
        return storey_id

    def _uncontained_storey_of(self, step_id: int, ifc_class: str) -> str:
        """The storey of an element outside any container (spaces: one in nine elements).

        Unless the element is a storey (or the project) itself, the light lookup's answer then
        depends only on its class and its aggregation parent, so it is kept per (parent, class);
        the full index's answer is per element.
        """
        if step_id in self.storey_ids or step_id in self.project_ids:
            return self._storey_above(step_id) or ""
        key = (self.parent.get(step_id, 0), ifc_class)
        storey_id = self._by_parent.get(key)
        if storey_id is None:
            entity = self.model.by_id(step_id)
            storey_id = self._light_storey_of(entity)
            if storey_id is None:
                return self._indexed_storey_of(entity)
            if key[0]:
                self._by_parent[key] = storey_id
        return storey_id

    def _storey_of(self, entity: Any) -> str:
        """GlobalId of the storey holding ``entity`` (the reader's rules), "" when none."""
        storey_id = self._light_storey_of(entity)
        if storey_id is not None:
            return storey_id
        return self._indexed_storey_of(entity)

    def _indexed_storey_of(self, entity: Any) -> str:
        """The full model index's answer, built on first need."""
        if self._index is None:
            from fmdesk.bim.index import build_model_index

            self._index = build_model_index(self.model)
        return _storey_global_id(self._index, entity)

    def _light_storey_of(self, entity: Any) -> str | None:
        """The storey from containment and aggregation alone; None when that is not certain."""
        from fmdesk.bim.attributes import is_subtype

        start = self.container.get(entity.id())
        if not start:
            if not (
                is_subtype(entity, "IfcSpatialElement")
                or is_subtype(entity, "IfcSpatialStructureElement")
            ):
                return None  # ports and nested parts: the full index knows their hosts
            start = entity.id()
        return self._storey_above(start)

    def _storey_above(self, step_id: int) -> str | None:
        """The first storey up the aggregation tree from ``step_id`` (itself included), "" at
        the project, None when the chain ends (or loops) anywhere else."""
        for _ in range(64):
            storey_id = self.storey_ids.get(step_id)
            if storey_id is not None:
                return storey_id
            if step_id in self.project_ids:
                return ""
            step_id = self.parent.get(step_id, 0)
            if not step_id:
                return None  # may still be nested somewhere: ask the full index
        return None


def _step_id(entity: Any) -> int:
    """``entity``'s STEP id, 0 for a missing one (a relationship with an empty end)."""
    return entity.id() if entity is not None else 0


def _storey_global_id(index: Any, entity: Any) -> str:
    storey, _space = index.locate(entity)
    return storey.GlobalId if storey is not None else ""


def _classify(ifc_class: str, element_type: Any) -> str:
    from fmdesk.bim.classify import classify_class

    if ifc_class == "IfcSpace":
        return "space"
    return classify_class(ifc_class, element_type.is_a() if element_type is not None else None)


def _placement_elevation(model: ifcopenshell.file, global_id: str) -> float:
    import ifcopenshell.util.placement
    import ifcopenshell.util.unit

    storey = model.by_guid(global_id)
    try:
        matrix = ifcopenshell.util.placement.get_local_placement(storey.ObjectPlacement)
        return float(matrix[2][3]) * ifcopenshell.util.unit.calculate_unit_scale(model)
    except Exception:  # a broken placement must not stop the viewer
        return 0.0


class _Styles:
    """RGBA bytes of each shape's styles, parsed once per style name.

    ``by_geometry`` holds one batch's shapes: with world coordinates ifcopenshell 0.9 gives every
    product its own geometry id (``79-world-coords``), so a cache across batches would never hit
    and would only grow; :meth:`palette` empties it.
    """

    def __init__(self) -> None:
        self.by_name: dict[str, tuple[int, int, int, int]] = {}
        self.by_geometry: dict[str, list[tuple[int, int, int, int]]] = {}

    def read(self, geometry_id: str, materials: Iterable[Any]) -> None:
        self.by_geometry[geometry_id] = [_style_rgba(style, self.by_name) for style in materials]

    def palette(self, geometry_ids: Iterable[str]) -> tuple[np.ndarray, list[int]]:
        """(palette with "no style" last, base slot per geometry id) for one batch."""
        slots: list[tuple[int, int, int, int]] = []
        bases: dict[str, int] = {}
        for geometry_id in geometry_ids:
            if geometry_id not in bases:
                bases[geometry_id] = len(slots)
                slots.extend(self.by_geometry[geometry_id])
        palette = np.asarray([*slots, (0, 0, 0, NO_STYLE_ALPHA)], np.uint8)
        self.by_geometry.clear()
        return palette, [bases[geometry_id] for geometry_id in geometry_ids]


class _BatchBuilder:
    """Collects raw iterator output and turns a batch into records and arrays in one step.

    :meth:`add` runs once per element between ifcopenshell's C++ calls, which evict the
    interpreter's caches, so it only copies the shape's buffers and names into one tuple;
    records, colours and arrays are made for the whole batch in :meth:`build`, where the same
    Python runs about twice as fast (measured on a 12,865-element model: a record and its
    buffers cost 17 µs per element inside the loop, 9 µs over a collected batch).
    """

    def __init__(self, places: _Places, styles: _Styles) -> None:
        self.places = places
        self.styles = styles
        self.rows: list[tuple[int, str, str, str, str, bytes, bytes, bytes]] = []

    def add(self, shape: Any, step_id: int) -> bool:
        """Add one iterator shape; False when it has no triangles."""
        geometry = shape.geometry
        faces = geometry.faces_buffer
        if not faces:
            return False
        geometry_id = geometry.id
        if geometry_id not in self.styles.by_geometry:
            self.styles.read(geometry_id, geometry.materials)
        self.rows.append(
            (
                step_id,
                shape.guid,
                shape.name,
                shape.type,
                geometry_id,
                geometry.verts_buffer,
                faces,
                geometry.material_ids_buffer,
            )
        )
        return True

    def build(self, done: int, total: int) -> MeshBatch:
        if not self.rows:
            batch = empty_batch(self.places.storeys)
            batch.done, batch.total = done, total
            return batch
        step_ids, global_ids, names, classes, geometry_ids, verts, faces, material_ids = zip(
            *self.rows, strict=True
        )
        elements = self.places.records(zip(step_ids, global_ids, names, classes, strict=True))
        vertex_counts = np.fromiter(map(len, verts), np.int64, len(verts)) // 24
        triangle_counts = np.fromiter(map(len, faces), np.int64, len(faces)) // 12
        vertex_offsets = np.concatenate([[0], np.cumsum(vertex_counts)])
        triangle_offsets = np.concatenate([[0], np.cumsum(triangle_counts)])
        vertices = np.frombuffer(b"".join(verts), np.float64).astype(np.float32)
        triangles = np.frombuffer(b"".join(faces), np.int32).reshape(-1, 3)
        triangles = triangles + np.repeat(vertex_offsets[:-1], triangle_counts)[:, None].astype(
            np.int32
        )
        local = np.frombuffer(b"".join(material_ids), np.int32)
        colours = self._triangle_colours(local, triangle_counts, geometry_ids)
        return MeshBatch(
            elements=elements,
            vertices=vertices.reshape(-1, 3),
            triangles=triangles.astype(np.int32, copy=False),
            colours=colours,
            vertex_offsets=vertex_offsets,
            triangle_offsets=triangle_offsets,
            storeys=self.places.storeys,
            done=done,
            total=total,
        )

    def _triangle_colours(
        self, local: np.ndarray, triangle_counts: np.ndarray, geometry_ids: tuple[str, ...]
    ) -> np.ndarray:
        count = int(triangle_counts.sum())
        palette, bases = self.styles.palette(geometry_ids)
        if len(local) != count:  # no material ids reported: every triangle is unstyled
            return np.tile(palette[-1], (count, 1))
        slots = local + np.repeat(np.asarray(bases, np.int32), triangle_counts)
        slots = np.where(local < 0, len(palette) - 1, slots)
        return palette[slots]


def _style_rgba(style: Any, cache: dict) -> tuple[int, int, int, int]:
    """RGBA bytes of an ifcopenshell style; ifcopenshell's own defaults count as "no style"."""
    key = style.name
    cached = cache.get(key)
    if cached is not None:
        return cached
    rgba: tuple[int, int, int, int] = (0, 0, 0, NO_STYLE_ALPHA)
    try:
        has_instance = style.instance_id() > 0
    except Exception:
        has_instance = False
    if has_instance:
        try:
            r, g, b = style.diffuse.components
            transparency = style.transparency
            alpha = 1.0 if math.isnan(transparency) else 1.0 - float(transparency)
            rgba = (
                _byte(r),
                _byte(g),
                _byte(b),
                max(1, _byte(alpha)),
            )
        except Exception:  # a style without a colour keeps the class colour
            rgba = (0, 0, 0, NO_STYLE_ALPHA)
    cache[key] = rgba
    return rgba


def _byte(value: float) -> int:
    if value is None or math.isnan(value):
        return 0
    return round(min(1.0, max(0.0, float(value))) * 255)


def _initialize(iterator: Any) -> bool:
    try:
        return bool(iterator.initialize())
    except RuntimeError as error:  # nothing processable: treated as "no geometry"
        log.warning("geometry iterator did not start: %s", error)
        return False


_FLAT_CONTEXTS = ("plan", "sketch", "annotation")
_BODY_IDENTIFIERS = {"body", "facetation", "mesh", ""}
_NO_BODY_CLASSES = ("IfcAnnotation", "IfcGrid", "IfcGridAxis", "IfcVirtualElement")


def _expected_products(model: ifcopenshell.file, exclude: Iterable[str]) -> set[int]:
    """STEP ids of products that should be meshed: a 3D body representation, not excluded."""
    excluded = tuple(exclude) + _NO_BODY_CLASSES
    return {
        product.id()
        for product in model.by_type("IfcProduct")
        if not any(product.is_a(c) for c in excluded) and _has_body(product)
    }


def _has_body(product: Any) -> bool:
    """Whether a product has a representation the viewer should be able to draw."""
    if product.is_a("IfcPort") or any(product.is_a(c) for c in _NO_BODY_CLASSES):
        return False
    if product.Representation is None:
        return False
    for representation in product.Representation.Representations or ():
        context = representation.ContextOfItems
        context_type = (context.ContextType or "").lower() if context is not None else ""
        if context_type.startswith(_FLAT_CONTEXTS):  # exporters write "Model", "model view"…
            continue
        if (representation.RepresentationIdentifier or "").lower() in _BODY_IDENTIFIERS:
            return True
    return False


def _failures(
    model: ifcopenshell.file,
    candidates: set[int],
    empty: set[int],
    problems: list[str],
) -> list[GeometryFailure]:
    """Candidates (not meshed, or meshed empty) that have a body representation."""
    missing = [
        step_id
        for step_id in sorted(candidates)
        if step_id in empty or _has_body(model.by_id(step_id))
    ]
    if not missing:
        return []
    entries = _log_entries(problems)
    failures = []
    for step_id in missing:
        product = model.by_id(step_id)
        reason = _reason_for(model, product, entries) or (
            "geometry is empty" if step_id in empty else "no geometry could be produced"
        )
        failures.append(
            GeometryFailure(product.GlobalId, product.is_a(), product.Name or "", reason)
        )
    return failures


_LOG_HEADER = re.compile(r"^\[(\w+)\] \[\w+\] \[[^\]]*\] (?:\{([^}]*)\} )?(.*)$")


def _log_entries(chunks: list[str]) -> list[tuple[str | None, int | None, str, str]]:
    """(product GlobalId, instance id, instance class, message) of logged warnings/errors.

    ifcopenshell's text log writes ``[level] [CODE] [time] {GlobalId} message`` and, on the
    following line(s), the instance concerned as ``#id=IfcClass(...)``.
    """
    entries: list[tuple[str | None, int | None, str, str]] = []
    current: list | None = None
    for line in "\n".join(chunks).splitlines():
        header = _LOG_HEADER.match(line)
        if header:
            level, guid, message = header.groups()
            keep = level in ("error", "warning")
            current = [guid, None, "", message.strip()] if keep else None
            if keep:
                entries.append(current)  # type: ignore[arg-type]
            continue
        if current is None:
            continue
        instance = _LOG_INSTANCE.match(line)
        if instance and current[1] is None:
            current[1] = int(instance.group(1))
            current[2] = line.split("=", 1)[1].split("(", 1)[0]
        elif not instance:
            current[3] = f"{current[3]} {line.strip()}".strip()
    return [(g, i, c, " ".join(m.split()).rstrip(":")) for g, i, c, m in entries]


def _reason_for(model: ifcopenshell.file, product: Any, entries: list) -> str | None:
    """The first few distinct problems logged about ``product`` or its representation."""
    related: set[int] | None = None
    messages: list[str] = []
    for guid, instance_id, instance_class, message in entries:
        if guid != product.GlobalId:
            if instance_id is None:
                continue
            if related is None:
                related = {e.id() for e in model.traverse(product.Representation)}
            if instance_id not in related:
                continue
            message = f"{message} ({instance_class} #{instance_id})"
        if message not in messages:
            messages.append(message)
        if len(messages) == 3:
            break
    return "; ".join(messages)[:300] if messages else None
