"""Open a model off the GUI thread and feed its geometry to the window a little at a time.

The work function (:func:`load_model`) runs in a :class:`~fmdesk.ui.workers.Worker`: it parses
the file, reads the tree, elements and systems (emitted at once as a :class:`LoadedModel` so the
tree appears before any geometry), then streams mesh batches from the geometry core (which uses
its disk cache when the file was opened before). :class:`ModelLoader` lives on the GUI thread,
queues the batches and hands them out one per event-loop turn so no single slot blocks the
window for long.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from fmdesk.gc_pauses import GcPause, gc_paused
from fmdesk.ui.pacing import PacedJob, TurnPacer
from fmdesk.ui.workers import Job, Worker, start_worker

STAGE_READING = "reading"
STAGE_GEOMETRY = "geometry"
MAX_TRIANGLES_PER_SLOT = 40_000
MAX_ELEMENTS_PER_SLOT = 300
"""A batch bigger than either is split so adding it to the VTK scene stays well under 100 ms
(measured: about 70 µs per element and 1 µs per triangle on a 2-core machine, and up to twice
that while tessellation runs beside: 600 elements once took 95 ms)."""
FEED_BUDGET_S = 0.02
"""One feeding turn hands out batches until this much time is spent (at least one)."""


@dataclass
class LoadedModel:
    """Everything the panels need about an opened model, as plain data (plus the file)."""

    path: Path
    model: Any  # ifcopenshell.file: read-only use from the GUI thread once loading ends
    tree: Any  # fmdesk.bim SpatialNode (the project)
    elements: dict[str, Any]  # GlobalId -> ElementInfo
    systems: list[Any]  # SystemInfo
    spatial: dict[str, Any] = field(default_factory=dict)  # GlobalId -> SpatialNode
    content_hash: str = ""
    """SHA-256 of the file (keys the geometry cache and the saved viewpoints)."""
    warnings: list[tuple[str, int]] = field(default_factory=list)
    """(kind, count) remarks for the Problems panel; see :func:`model_warnings`."""
    shown: threading.Event = field(default_factory=threading.Event, repr=False)
    """Set by the GUI once the panels show the model; the worker waits for it (see
    :func:`load_model`)."""

    @property
    def schema(self) -> str:
        return str(getattr(self.model, "schema_identifier", "") or self.model.schema)


@dataclass
class LoadSummary:
    """How the load ended: counts, geometry failures and whether the cache served it."""

    path: Path
    batches: int = 0
    failures: list[Any] = field(default_factory=list)
    from_cache: bool = False
    seconds: float = 0.0


def index_spatial(node: Any, into: dict[str, Any] | None = None) -> dict[str, Any]:
    """GlobalId -> SpatialNode for every node of the tree."""
    into = {} if into is None else into
    into[node.global_id] = node
    for child in node.children:
        index_spatial(child, into)
    return into


def read_model(path: Path, job: Job) -> LoadedModel:
    """Parse ``path`` and read its tree, elements and systems (worker thread)."""
    from fmdesk.bim.elements import read_elements
    from fmdesk.bim.geometry_cache import content_hash
    from fmdesk.bim.index import build_model_index
    from fmdesk.bim.model_file import open_model
    from fmdesk.bim.spatial import read_spatial_tree
    from fmdesk.bim.systems import read_systems

    job.progress(0, 0, STAGE_READING, force=True)
    model = open_model(path)
    job.check_cancelled()
    tree = read_spatial_tree(model)
    index = build_model_index(model)
    job.check_cancelled()
    elements = {e.global_id: e for e in read_elements(model, index)}
    job.check_cancelled()
    systems = list(read_systems(model, index))
    loaded = LoadedModel(path, model, tree, elements, systems, spatial=index_spatial(tree))
    loaded.warnings = model_warnings(loaded)
    loaded.content_hash = content_hash(path)
    return loaded


WARNING_OUTSIDE_STOREY = "outside_storey"
WARNING_NO_SYSTEMS = "no_systems"


def model_warnings(loaded: LoadedModel) -> list[tuple[str, int]]:
    """Remarks about the model worth showing in the Problems panel, as (kind, count); the GUI
    words them in the user's language."""
    notes = []
    outside = sum(1 for e in loaded.elements.values() if not getattr(e, "storey_id", None))
    if outside:
        notes.append((WARNING_OUTSIDE_STOREY, outside))
    if not loaded.systems:
        notes.append((WARNING_NO_SYSTEMS, 0))
    return notes


def stream_geometry(loaded: LoadedModel, job: Job, summary: LoadSummary) -> None:
    """Emit mesh batches: from the disk cache when this file was meshed before, else from a
    tessellation child process. Failures are collected in ``summary``."""
    from fmdesk.bim import geometry_cache
    from fmdesk.bim.geometry_settings import GeometrySettings
    from fmdesk.ui.geometry_process import tessellate_in_process

    def progress(done: int, total: int) -> None:
        job.progress(done, total, STAGE_GEOMETRY)

    job.progress(0, 0, STAGE_GEOMETRY, force=True)
    grouped = geometry_cache.load(geometry_cache.cache_key(loaded.path, GeometrySettings()))
    cached = grouped.to_batch() if grouped is not None else None
    batches = (
        [cached]
        if cached is not None
        else tessellate_in_process(loaded.path, lambda: job.cancelled, progress)
    )
    for batch in batches:
        summary.from_cache = summary.from_cache or cached is not None
        summary.failures.extend(batch.failures)
        if cached is not None:  # one whole model: keep each (storey, class) group in one piece
            batch = order_by_group(batch)
        for piece in split_batch(batch, MAX_TRIANGLES_PER_SLOT, MAX_ELEMENTS_PER_SLOT):
            job.check_cancelled()
            job.emit(piece)
            summary.batches += 1
        if cached is not None:
            progress(batch.total, batch.total)


def _segments(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Indices of the segments ``[starts[i], starts[i] + counts[i])`` one after another."""
    total = int(counts.sum())
    if not total:
        return np.zeros(0, np.int64)
    ends = np.cumsum(counts)
    shift = np.repeat(starts - (ends - counts), counts)
    return np.arange(total, dtype=np.int64) + shift


def order_by_group(batch: Any) -> Any:
    """The same batch with its elements sorted by (storey, class), the scene's mesh groups.

    Split into pieces afterwards, most groups then arrive in one piece, so the scene builds one
    mesh per group straight away instead of merging many chunks when loading ends.
    """
    from fmdesk.bim.geometry import MeshBatch

    order = _group_order(batch.elements)
    if not len(order) or bool(np.all(order[1:] > order[:-1])):
        return batch
    vertex_offsets = np.asarray(batch.vertex_offsets, np.int64)
    triangle_offsets = np.asarray(batch.triangle_offsets, np.int64)
    vertex_counts = np.diff(vertex_offsets)[order]
    triangle_counts = np.diff(triangle_offsets)[order]
    new_vertex_offsets = np.concatenate([[0], np.cumsum(vertex_counts)])
    new_triangle_offsets = np.concatenate([[0], np.cumsum(triangle_counts)])
    vertices = np.asarray(batch.vertices)[_segments(vertex_offsets[order], vertex_counts)]
    rows = _segments(triangle_offsets[order], triangle_counts)
    shift = np.repeat(new_vertex_offsets[:-1] - vertex_offsets[order], triangle_counts)
    triangles = (np.asarray(batch.triangles)[rows] + shift[:, None]).astype(np.int32)
    return MeshBatch(
        elements=[batch.elements[i] for i in order],
        vertices=vertices,
        triangles=triangles,
        colours=np.asarray(batch.colours)[rows],
        vertex_offsets=new_vertex_offsets,
        triangle_offsets=new_triangle_offsets,
        failures=list(batch.failures),
        storeys=batch.storeys,
        done=batch.done,
        total=batch.total,
        from_cache=batch.from_cache,
    )


def _group_order(records: list[Any]) -> np.ndarray:
    """Indices of ``records`` sorted by (storey, class), stable.

    Not ``sorted(range(n), key=...)``: one call into C that compared 113,000 key tuples held the
    GIL, and with it the GUI thread, for 100 ms. Numbering the few hundred distinct keys in a
    Python loop lets the GIL go every few milliseconds; numpy sorts the numbers.
    """
    keys = [(r.storey_id, r.ifc_class) for r in records]
    rank = {key: number for number, key in enumerate(sorted(set(keys)))}
    codes = np.fromiter((rank[key] for key in keys), np.int64, len(keys))
    return np.argsort(codes, kind="stable")


def split_batch(batch: Any, max_triangles: int, max_elements: int = 10**9) -> list[Any]:
    """Cut a big batch (a whole cached model) into pieces the GUI thread can add quickly.

    Failures and storeys stay on the last piece, as the geometry core puts them.
    """
    from fmdesk.bim.geometry import MeshBatch

    small = batch.triangle_count <= max_triangles and len(batch.elements) <= max_elements
    if small or len(batch.elements) < 2:
        return [batch]
    pieces = []
    offsets = batch.triangle_offsets
    start = 0
    n = len(batch.elements)
    while start < n:
        limit = offsets[start] + max_triangles
        stop = max(start + 1, int(np.searchsorted(offsets, limit, side="right")) - 1)
        stop = min(stop, n, start + max_elements)
        v0, v1 = int(batch.vertex_offsets[start]), int(batch.vertex_offsets[stop])
        t0, t1 = int(offsets[start]), int(offsets[stop])
        pieces.append(
            MeshBatch(
                elements=batch.elements[start:stop],
                vertices=np.asarray(batch.vertices[v0:v1]),
                triangles=np.asarray(batch.triangles[t0:t1]) - np.int32(v0),
                colours=np.asarray(batch.colours[t0:t1]),
                vertex_offsets=np.asarray(batch.vertex_offsets[start : stop + 1]) - v0,
                triangle_offsets=np.asarray(offsets[start : stop + 1]) - t0,
                storeys=batch.storeys,
                done=batch.done,
                total=batch.total,
                from_cache=batch.from_cache,
            )
        )
        start = stop
    pieces[-1].failures = list(batch.failures)
    return pieces


def load_model(path: Path, job: Job, with_geometry: bool = True) -> LoadSummary:
    """The whole open: tree first (emitted), then geometry batches (emitted one by one).

    Reading runs with the cyclic collector paused and leaves what it read frozen: a full
    collection over a large model's objects holds the GIL for seconds, and the GUI thread
    with it (see :mod:`fmdesk.gc_pauses`).
    """
    start = time.perf_counter()
    summary = LoadSummary(path=path)
    with gc_paused(freeze=True):
        loaded = read_model(path, job)
    job.emit(loaded)
    wait_until_shown(loaded, job)
    if with_geometry:
        stream_geometry(loaded, job, summary)
    summary.seconds = time.perf_counter() - start
    return summary


def wait_until_shown(loaded: LoadedModel, job: Job, timeout_s: float = 5.0) -> None:
    """Let the GUI thread fill its panels before reading geometry (cache or child process).

    Both are Python and share the GIL: run side by side, the GUI's model-read slot took twice
    as long (over 200 ms on a 100,000-element model). Waiting costs the load a few tens of ms.
    """
    deadline = time.monotonic() + timeout_s
    while not loaded.shown.wait(0.05):
        job.check_cancelled()
        if time.monotonic() > deadline:
            return


class ModelLoader(QObject):
    """Runs :func:`load_model` in a worker; re-emits its results on the GUI thread, paced.

    Signals: ``model_read(LoadedModel)``, ``batch_ready(batch)``, ``progress(done, total,
    stage)``, ``finished(LoadSummary)``, ``failed(exception)``, ``cancelled()``.
    """

    model_read = Signal(object)
    batch_ready = Signal(object)
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        with_geometry: bool = True,
        pacer: TurnPacer | None = None,
    ) -> None:
        super().__init__(parent)
        self.with_geometry = with_geometry
        self._worker: Worker | None = None
        self._queue: deque[Any] = deque()
        self._summary: LoadSummary | None = None
        self.pacer = pacer if pacer is not None else TurnPacer(self)
        """Hands out one batch per turn, taking turns with the view's drawing."""
        self.pacer.add_job(PacedJob("feed", lambda: bool(self._queue), self._feed_one))
        self.path: Path | None = None
        self._retired: list[Worker] = []
        self._gc_pause = GcPause()
        """Held from open to the end of the load: the GUI thread allocates too (records, meshes),
        and a full collection over a big model's objects froze it for 100 ms and more."""

    def is_busy(self) -> bool:
        return self._worker is not None or bool(self._queue)

    def open(self, path: Path) -> None:
        """Start loading ``path``; cancels and waits for any load still running."""
        self.cancel(wait=True)
        self._retired.clear()
        self.path = Path(path)
        self._queue.clear()
        self._summary = None
        self._gc_pause.hold()
        worker = Worker(lambda job: load_model(self.path, job, self.with_geometry))
        worker.yielded.connect(self._on_yielded)
        worker.progress.connect(self.progress)
        worker.returned.connect(self._on_returned)
        worker.errored.connect(self._on_errored)
        worker.cancelled.connect(self._on_cancelled)
        worker.finished.connect(self._on_worker_finished)
        self._worker = worker
        start_worker(worker)

    def cancel(self, wait: bool = False) -> None:
        """Stop loading: the worker stops at its next check, queued batches are dropped."""
        worker = self._worker
        had_work = worker is not None or bool(self._queue)
        self._queue.clear()
        self._summary = None
        self._gc_pause.release()
        if worker is not None:
            worker.cancel()
            if wait:
                worker.wait()
                self._release_worker()
                self.cancelled.emit()
        if had_work and worker is None:
            self.cancelled.emit()

    def _is_current(self) -> bool:
        """Signals of a cancelled, replaced worker may still arrive: ignore them."""
        sender = self.sender()
        return sender is not None and sender is self._worker and not sender.is_cancelled()

    def _on_yielded(self, item: Any) -> None:
        if not self._is_current():
            return
        if isinstance(item, LoadedModel):
            try:
                self.model_read.emit(item)
            finally:
                item.shown.set()
            return
        self._queue.append(item)
        self.pacer.wake()

    def _feed_one(self) -> None:
        """Hand out queued batches for up to ``FEED_BUDGET_S`` (one turn of the pacer)."""
        start = time.perf_counter()
        while self._queue:
            self.batch_ready.emit(self._queue.popleft())
            if time.perf_counter() - start >= FEED_BUDGET_S:
                break
        if not self._queue:
            self._finish_if_done()

    def _on_returned(self, summary: LoadSummary) -> None:
        if self._is_current():
            self._summary = summary

    def _on_errored(self, error: BaseException) -> None:
        if self.sender() is self._worker:
            self._queue.clear()
            self._gc_pause.release()
            self.failed.emit(error)

    def _on_cancelled(self) -> None:
        if self.sender() is self._worker:
            self._queue.clear()
            self._gc_pause.release()
            self.cancelled.emit()

    def _on_worker_finished(self) -> None:
        if self.sender() is not self._worker:
            return
        self._worker.wait()
        self._release_worker()
        self._finish_if_done()

    def _release_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:  # dropped for good at the next open (not inside its own signal)
            self._retired.append(worker)

    def _finish_if_done(self) -> None:
        if self._worker is None and not self._queue and self._summary is not None:
            summary, self._summary = self._summary, None
            self._gc_pause.release(freeze=True)  # what the model left alive: out of collections
            self.finished.emit(summary)
