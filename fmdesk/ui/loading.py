"""Open a model off the GUI thread: geometry first, the model's tree and records behind it.

:func:`load_model` runs in a :class:`~fmdesk.ui.workers.Worker`. It starts the geometry before
anything else (:class:`GeometryFeed`): a cached model's parts are emitted at once, straight
from the memory-mapped cache, so the picture appears without the IFC text being parsed; a cold
model is meshed by the worker pool while this thread parses and reads the model (at a lower
priority: on a 2-core machine the geometry gets the cores first). The model is then emitted as
a :class:`LoadedModel` for the panels. :class:`ModelLoader` lives on the GUI thread, queues what
arrives and hands it out a little per event-loop turn so no single slot blocks the window.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fmdesk.app.opened_model import OpenedModel
from fmdesk.gc_pauses import GcPause, gc_paused
from fmdesk.ui.geometry_process import AdoptParts, GeometryFeed
from fmdesk.ui.pacing import PacedJob, TurnPacer
from fmdesk.ui.workers import Job, Worker, start_worker

__all__ = [
    "STAGE_GEOMETRY",
    "STAGE_READING",
    "AdoptParts",
    "LoadSummary",
    "LoadedModel",
    "ModelLoader",
    "index_spatial",
    "load_model",
    "model_warnings",
    "read_model",
]

STAGE_READING = "reading"
STAGE_GEOMETRY = "geometry"
FEED_BUDGET_S = 0.02
"""One feeding turn hands out pieces until this much time is spent (at least one)."""
PRESTART_DELAY_MS = 3000
"""After a load, wait this long before starting the next spare geometry process (its start-up
would otherwise compete with the last frames of the model just opened)."""


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
    opened: OpenedModel | None = field(default=None, repr=False)
    """The same parse for the use cases (``App.adopt_model``): nothing parses the file twice."""
    shown: threading.Event = field(default_factory=threading.Event, repr=False)
    """Set by the GUI once the panels show the model (see :func:`load_model`)."""

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
    first_piece_s: float | None = None
    geometry_s: float = 0.0
    read_s: float = 0.0


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

    stamp = OpenedModel.stamp_of(path)
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
    loaded.opened = OpenedModel.parsed(
        path, model, loaded.content_hash, stamp, index=index, elements=elements
    )
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


def load_model(path: Path, job: Job, with_geometry: bool = True) -> LoadSummary:
    """The whole open: geometry first (a cached model's is emitted at once, a cold one is
    meshed to the end), then the model read and emitted for the panels.

    Reading runs with the cyclic collector paused and leaves what it read frozen: a full
    collection over a large model's objects holds the GIL for seconds, and the GUI thread
    with it (see :mod:`fmdesk.gc_pauses`).
    """
    start = time.perf_counter()
    summary = LoadSummary(path=path)
    job.progress(0, 0, STAGE_READING, force=True)
    feed = GeometryFeed(path, job, summary, STAGE_GEOMETRY) if with_geometry else None
    try:
        if feed is not None:
            feed.start()
            if feed.meshing:  # the pool has the cores: the read waits for it
                feed.join(job)
                job.progress(0, 0, STAGE_READING, force=True)
        with gc_paused(freeze=True):
            read_start = time.perf_counter()
            loaded = read_model(path, job)
            summary.read_s = time.perf_counter() - read_start
        job.emit(loaded)
        wait_until_shown(loaded, job)
        if feed is not None:
            feed.join(job)
    finally:
        if feed is not None:
            feed.stop()
    summary.seconds = time.perf_counter() - start
    return summary


def wait_until_shown(loaded: LoadedModel, job: Job, timeout_s: float = 5.0) -> None:
    """Let the GUI thread fill its panels before this thread goes on.

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

    Signals: ``model_read(LoadedModel)``, ``batch_ready(piece)`` (an
    :class:`~fmdesk.bim.geometry_assembly.AssembledPiece`, or :class:`AdoptParts` once a cold
    model is complete and cached), ``progress(done, total, stage)``,
    ``finished(LoadSummary)``, ``failed(exception)``, ``cancelled()``.
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
        self._cancel_pending = False
        """Cancel asked while the worker ran: if its job ends before it notices, the load still
        ends as cancelled (what it made is dropped, as the user asked)."""
        self.pacer = pacer if pacer is not None else TurnPacer(self)
        """Hands out one batch per turn, taking turns with the view's drawing."""
        self.pacer.add_job(PacedJob("feed", lambda: bool(self._queue), self._feed_one))
        self.path: Path | None = None
        self._retired: list[Worker] = []
        self._gc_pause = GcPause()
        """Held from open to the end of the load: the GUI thread allocates too (records, meshes),
        and a full collection over a big model's objects froze it for 100 ms and more."""
        if with_geometry:
            GeometryFeed.prestart()  # the next open finds a geometry process ready

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
            self._cancel_pending = not wait
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
        """Hand out queued pieces for up to ``FEED_BUDGET_S`` (one turn of the pacer)."""
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
            self._cancel_pending = False
            self._queue.clear()
            self._gc_pause.release()
            self.cancelled.emit()

    def _on_worker_finished(self) -> None:
        if self.sender() is not self._worker:
            return
        self._worker.wait()
        self._release_worker()
        if self._cancel_pending:  # the job ended before it noticed the cancel
            self._cancel_pending = False
            self._queue.clear()
            self._summary = None
            self._gc_pause.release()
            self.cancelled.emit()
        else:
            self._finish_if_done()
        if self.with_geometry:  # a spare geometry process for the next open, once this one
            QTimer.singleShot(PRESTART_DELAY_MS, GeometryFeed.prestart)  # is drawn

    def _release_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:  # dropped for good at the next open (not inside its own signal)
            self._retired.append(worker)

    def _finish_if_done(self) -> None:
        if self._worker is None and not self._queue and self._summary is not None:
            summary, self._summary = self._summary, None
            self._gc_pause.release(freeze=True)  # what the model left alive: out of collections
            self.finished.emit(summary)
