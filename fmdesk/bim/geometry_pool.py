"""Mesh a model in a pool of worker processes and stream the batches back as they are made.

ifcopenshell's iterator is single-threaded in practice (its threaded mode spent far more CPU
for little gain on 2-core machines), so the only way below its time is to split the work over
processes. :class:`ParallelTessellation` spawns a coordinator process (see
:mod:`fmdesk.bim.geometry_coordinator`) that parses the model once and forks the workers; each
worker's batches arrive here as binary frames through its own pipe and become
:class:`MeshBatch` objects whose arrays are views of the received bytes. Reading blocks in the
operating system with the GIL released, so the window's thread keeps running meanwhile.

Cancel stops every worker within one batch: the coordinator is told, kills its workers and
exits; if it does not answer at once the whole process group is killed. A coordinator can be
started ahead of time (:func:`prestart`) so an open does not wait for the interpreter and
ifcopenshell to start.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, replace
from multiprocessing.connection import Connection
from multiprocessing.reduction import recv_handle
from pathlib import Path
from typing import Any

from fmdesk.bim.geometry_coordinator import CRASH_ENV, CRASH_REASON
from fmdesk.bim.geometry_frames import decode_batch
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import (
    CancelCheck,
    GeometryFailure,
    MeshBatch,
    ProgressCallback,
    Storey,
    empty_batch,
)
from fmdesk.errors import CancelledError, ModelOpenError, UserError
from fmdesk.i18n import Msg, _t, tr

__all__ = [
    "GeometryProcessError",
    "ParallelTessellation",
    "default_workers",
    "job_process_groups",
    "last_stats",
    "prestart",
    "tessellate_parallel",
]

POOL_SUPPORTED = hasattr(os, "fork") and hasattr(os, "pidfd_open") and hasattr(os, "setpgid")
"""The pool forks workers and waits on process descriptors (Linux 5.3+); elsewhere models are
meshed in the calling process."""
POLL_SECONDS = 0.05
STOP_WAIT_SECONDS = 0.3
WORKERS_ENV = "FMDESK_GEOMETRY_WORKERS"


class GeometryProcessError(UserError):
    """The tessellation processes failed or died (one sentence, shown in a message box)."""


def default_workers() -> int:
    """Worker processes for this machine: every core up to 2 (they run at a lower priority,
    so the window still comes first), one core left free above that.

    ``FMDESK_GEOMETRY_WORKERS`` overrides it (benchmarks, tests).
    """
    override = os.environ.get(WORKERS_ENV, "").strip()
    if override.isdigit() and int(override) > 0:
        return int(override)
    cores = os.cpu_count() or 1
    return cores if cores <= 2 else cores - 1


_job_groups: list[int] = []
_last_stats: dict[str, Any] = {}


def job_process_groups() -> list[int]:
    """Process groups (coordinator pids) of every pool started in this process (tests check
    that none of their processes outlives a load)."""
    return list(_job_groups)


_spare_lock = threading.Lock()
_spare: tuple[Any, Connection] | None = None


def prestart(wait_s: float = 0.0) -> bool:
    """Start a coordinator now, to be used by the next open (interpreter and ifcopenshell
    already loaded: about half a second saved on the first picture). With ``wait_s``, wait
    that long for it to be ready; True when it is known to be."""
    global _spare
    with _spare_lock:
        if _spare is None or not _spare[0].is_alive():
            _spare = _spawn(None)
        _process, control = _spare
    if wait_s <= 0:
        return False
    try:
        if not control.poll(wait_s):
            return False
        message = control.recv()  # ("ready",): consumed here, so the job's reader never sees it
    except (EOFError, OSError):  # it died starting: the next open spawns its own
        return False
    return message[0] == "ready"


def _take_spare() -> tuple[Any, Connection] | None:
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None and spare[0].is_alive():
        return spare
    if spare is not None:
        _close_process(*spare)
    return None


def _spawn(job: dict | None) -> tuple[Any, Connection]:
    from fmdesk.bim.geometry_coordinator import coordinator_main

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=True)  # a socket pair: it carries pipe descriptors too
    process = context.Process(target=coordinator_main, args=(theirs, job), daemon=True)
    process.start()
    theirs.close()
    return process, ours


class ParallelTessellation:
    """One model meshed by the pool; iterate :meth:`batches`, then it cleans up after itself.

    Example::

        with ParallelTessellation("building.ifc") as pool:
            for batch in pool.batches(cancel=worker.is_cancelled):
                scene.add_batch(batch)
    """

    def __init__(
        self,
        path: str | Path,
        settings: GeometrySettings | None = None,
        workers: int | None = None,
        use_spare: bool = True,
        slices: int | None = None,
        eager_splits: bool = False,
        first_picture: bool | None = None,
    ) -> None:
        settings = settings or GeometrySettings()
        path = Path(path)
        job = {
            "crash_on": os.environ.get(CRASH_ENV, ""),
            "path": str(path),
            "settings": {k: v for k, v in asdict(settings).items() if k != "threads"},
            "workers": workers or default_workers(),
            "file_bytes": path.stat().st_size if path.is_file() else 0,
        }
        if slices is not None:
            job["slices"] = slices  # starting slices (tests: fewer than workers)
        if os.environ.get("FMDESK_GEOMETRY_EAGER_PARSE") == "1":
            job["lazy_parse"] = False  # benchmarks: compare with a full parse before forking
        if eager_splits:
            job["eager_splits"] = True  # tests: split as soon as a worker is idle
        if first_picture is not None:
            job["first_picture"] = first_picture  # tests: a first picture's worker or none,
            # whatever the file's size
        spare = _take_spare() if use_spare else None
        if spare is not None:
            self.process, self.control = spare
            self.control.send(("job", job))
        else:
            self.process, self.control = _spawn(job)
        self.workers = int(job["workers"])
        _job_groups.append(self.process_group)
        self.storeys: list[Storey] = []
        self.products = 0
        self.failures: list[GeometryFailure] = []
        self.stats: dict[str, Any] = {}
        self._pipes: list[Connection] = []
        self._finished = False
        self._closed = False

    @property
    def process_group(self) -> int:
        """The coordinator's process id, which is also its workers' process group."""
        return int(self.process.pid or 0)

    def batches(
        self, cancel: CancelCheck | None = None, progress: ProgressCallback | None = None
    ) -> Iterator[MeshBatch]:
        """Batches as the workers send them; the last one carries the failures of elements
        whose worker crashed. Raises CancelledError, ModelOpenError or GeometryProcessError."""
        received = 0
        try:
            if progress is not None:
                progress(0, 0)
            while not (self._finished and not self._pipes):
                if cancel is not None and cancel():
                    raise CancelledError("tessellation cancelled")
                ready = multiprocessing.connection.wait(
                    [self.control, *self._pipes], timeout=POLL_SECONDS
                )
                for source in ready:
                    if source is self.control:
                        self._on_control()
                        continue
                    batch = self._receive(source)
                    if batch is None:
                        continue
                    received += len(batch)
                    batch.done, batch.total = received, max(self.products, received)
                    if progress is not None:
                        progress(batch.done, batch.total)
                    yield batch
            last = empty_batch(self.storeys)
            last.failures = list(self.failures)
            last.done = last.total = max(self.products, received)
            if progress is not None:
                progress(last.done, last.total)
            yield last
        finally:
            self.close()

    def _on_control(self) -> None:
        try:
            message = self.control.recv()
        except (EOFError, OSError):
            if self._finished:
                return
            raise GeometryProcessError(
                _t("The 3D geometry process stopped unexpectedly; reopen the model to retry.")
            ) from None
        kind = message[0]
        if kind == "ready":  # a spare coordinator had finished starting
            return
        if kind == "storeys":  # ahead of the plan, for the first picture's batches
            self.storeys = [Storey(g, n, float(e)) for g, n, e in message[1]]
        elif kind == "plan":
            info = message[1]
            self.storeys = [Storey(g, n, float(e)) for g, n, e in info["storeys"]]
            self.products = int(info["drawable"])
            self.stats.update(info)
        elif kind == "pipe":
            fd = recv_handle(self.control)
            self._pipes.append(Connection(fd, writable=False))
        elif kind == "done":
            self.failures = [_worded(GeometryFailure(**f)) for f in message[1]]
            self.stats.update(message[2])
            self._finished = True
        elif kind == "user_error":
            raise ModelOpenError(Msg.from_data(message[2]))
        else:
            raise GeometryProcessError(
                _t(
                    "The 3D geometry could not be computed ({kind}: {detail}).",
                    kind=message[1],
                    detail=message[2],
                )
            )

    def _receive(self, pipe: Connection) -> MeshBatch | None:
        try:
            frame = pipe.recv_bytes()
        except (EOFError, OSError):  # the worker finished, stopped or died
            self._pipes.remove(pipe)
            pipe.close()
            return None
        batch, _ = decode_batch(frame)
        batch.storeys = self.storeys
        return batch

    def close(self) -> None:
        """Stop the coordinator and its workers (no-op when they have finished)."""
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes:
            pipe.close()
        self._pipes.clear()
        if self._finished:  # its workers are gone; let it free its memory in its own time
            threading.Thread(
                target=_close_process, args=(self.process, self.control, 5.0), daemon=True
            ).start()
            return
        with contextlib.suppress(OSError, ValueError):
            self.control.send(("cancel",))
        _close_process(self.process, self.control)

    def __enter__(self) -> ParallelTessellation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _worded(failure: GeometryFailure) -> GeometryFailure:
    """A failure the coordinator reported as a crash, with its reason in the user's language."""
    if failure.reason != CRASH_REASON:
        return failure
    reason = tr("The geometry library crashed on this element; the rest of the model was loaded.")
    return replace(failure, reason=reason)


def _close_process(process: Any, control: Connection, wait_s: float = STOP_WAIT_SECONDS) -> None:
    """Let the coordinator kill its workers and exit; kill the whole group if it does not."""
    process.join(wait_s)
    if process.is_alive() and process.pid:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.join(wait_s)
    if process.is_alive():
        process.kill()
        process.join(wait_s)
    control.close()


def tessellate_parallel(
    path: str | Path,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    pool: ParallelTessellation | None = None,
) -> Iterator[MeshBatch]:
    """Yield ``path``'s batches meshed by the worker pool (see :class:`ParallelTessellation`);
    ``pool``: one started already (the caller went on with other work while it opened the
    model).

    Example::

        geometry = concat_batches(tessellate_parallel("building.ifc"))
    """
    started = time.perf_counter()
    if pool is None and not POOL_SUPPORTED:  # no fork or pidfd (not Linux): mesh here
        from fmdesk.bim.geometry_iterate import iter_tessellation
        from fmdesk.bim.model_file import open_model

        yield from iter_tessellation(open_model(path), settings, cancel=cancel, progress=progress)
        return
    pool = pool or ParallelTessellation(path, settings, workers)
    yield from pool.batches(cancel, progress)
    pool.stats["seconds"] = time.perf_counter() - started
    _last_stats.clear()
    _last_stats.update(pool.stats)


def last_stats() -> dict[str, Any]:
    """Figures of the last complete :func:`tessellate_parallel` run in this process (worker
    CPU and peak memory, splits, crashes: the benchmark prints them)."""
    return dict(_last_stats)
