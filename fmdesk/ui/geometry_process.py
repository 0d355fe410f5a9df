"""Feed a model's geometry to the window while the model itself is being read.

The meshing happens in worker processes (:mod:`fmdesk.bim.geometry_pool`): ifcopenshell keeps
Python's GIL while it meshes, so a worker *thread* could not keep the window responsive, and
one process could not use more than one core. Here a plain thread of the loading worker
receives their batches (waiting on pipes releases the GIL), cuts them into the scene's part
chunks, colours them and emits them; a cached model's parts are emitted at once instead. No Qt
here: emitting goes through the loading job.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fmdesk.errors import CancelledError

__all__ = ["GUI_PIECE_CHUNKS", "AdoptParts", "GeometryFeed", "split_piece"]

GUI_PIECE_CHUNKS = 16
"""At most this many part chunks (VTK actors to create) in one piece handed to the GUI."""


@dataclass
class AdoptParts:
    """The complete model as the cache just stored it: the view swaps each part's chunks for
    its memory-mapped block (instead of merging them in memory)."""

    geometry: Any  # GroupedGeometry
    failures: tuple = ()
    """Always empty: the failures came with the pieces (the main window lists them)."""


def split_piece(piece: Any, max_chunks: int) -> list[Any]:
    """``piece`` as pieces of at most ``max_chunks`` chunks; the records and failures stay on
    the first (the scene numbers elements when their records arrive)."""
    if len(piece.chunks) <= max_chunks:
        return [piece]
    pieces = []
    for start in range(0, len(piece.chunks), max_chunks):
        first = start == 0
        pieces.append(
            replace(
                piece,
                records=piece.records if first else [],
                chunks=piece.chunks[start : start + max_chunks],
                failures=piece.failures if first else [],
            )
        )
    return pieces


class GeometryFeed:
    """The geometry half of one load; see :func:`fmdesk.ui.loading.load_model`."""

    def __init__(self, path: Path, job: Any, summary: Any, stage: str) -> None:
        self.path = Path(path)
        self.job = job
        self.summary = summary
        self.stage = stage
        self.meshing = False
        """True when the model was not cached: the pool meshes it while the model is read."""
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._started = time.perf_counter()

    @staticmethod
    def prestart() -> None:
        """Have a geometry process ready for the next open (interpreter, ifcopenshell loaded)."""
        from fmdesk.bim.geometry_pool import prestart

        prestart()

    def start(self) -> None:
        """Emit a cached model's parts now, or start the pool and its receiving thread."""
        from fmdesk.bim import geometry_cache
        from fmdesk.bim.geometry_settings import GeometrySettings

        self.job.progress(0, 0, self.stage, force=True)
        key = geometry_cache.known_key(self.path, GeometrySettings())  # a new file: not hashed
        cached = geometry_cache.load(key) if key is not None else None  # here but beside the pool
        if cached is not None:
            self.summary.from_cache = True
            self._emit_cached(cached)
            return
        self.meshing = True
        self._thread = threading.Thread(target=self._receive, name="geometry-feed", daemon=True)
        self._thread.start()

    def _emit_cached(self, cached: Any) -> None:
        from fmdesk.bim.geometry_stream import PIECE_TRIANGLES

        for piece in cached.pieces(PIECE_TRIANGLES):
            self._emit(piece)
        self.job.progress(cached.total, cached.total, self.stage, force=True)
        self.summary.geometry_s = time.perf_counter() - self._started

    def _receive(self) -> None:
        from fmdesk.bim.geometry_assembly import AssembledPiece
        from fmdesk.bim.geometry_stream import StreamSummary, stream_parts

        def progress(done: int, total: int) -> None:
            self.job.progress(done, total, self.stage)

        streamed = StreamSummary()
        try:
            for item in stream_parts(
                self.path,
                cancel=self._cancelled,
                progress=progress,
                use_cache=True,
                summary=streamed,
            ):
                if isinstance(item, AssembledPiece):
                    for piece in split_piece(item, GUI_PIECE_CHUNKS):
                        self._emit(piece)
                else:
                    self.summary.geometry_s = time.perf_counter() - self._started
                    self.job.emit(AdoptParts(item))
        except BaseException as error:  # handed to the loading thread (see join)
            self._error = error
        finally:
            self.summary.from_cache = self.summary.from_cache or streamed.from_cache
            if not self.summary.geometry_s:
                self.summary.geometry_s = time.perf_counter() - self._started

    def _emit(self, piece: Any) -> None:
        from fmdesk.bim.geometry_assembly import numbered, palette_of
        from fmdesk.render.palette import colour_for

        if piece.records:  # not on the GUI thread
            piece.palette = palette_of(piece.records, colour_for)
            if piece.base == 0:
                piece.index = dict(numbered(piece.records))
        if self.summary.first_piece_s is None:
            self.summary.first_piece_s = time.perf_counter() - self._started
        self.summary.batches += 1
        self.summary.failures.extend(piece.failures)
        self.job.emit(piece)

    def _cancelled(self) -> bool:
        return self._stop.is_set() or self.job.cancelled

    def join(self, job: Any) -> None:
        """Wait for the geometry to end; raise what it raised (or CancelledError)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.05)
            if job.cancelled:
                self.stop()
                raise CancelledError("cancelled")
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        """Stop the pool (if still running) and wait for the receiving thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
