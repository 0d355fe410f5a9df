"""The worker pool's child side: one coordinator process parses the model once and forks workers.

The viewer's process spawns a *coordinator* (a fresh interpreter: no Qt, no threads). It opens
the model lazily (one quick indexing pass; each product's text is parsed when first read), reads
storeys and element relationships, plans the work (:mod:`fmdesk.bim.geometry_plan`), and forks
one worker per core. On a large model a first picture's worker is forked before the reading and
planning (a second on a 100,000-element building): it meshes the building's fabric for a moment,
the plan reserves those products, and what it did not send goes back to the pool. The workers
inherit the parsed model (copy-on-write, so it is parsed once and held once), mesh their
slices and write compact binary frames (:mod:`fmdesk.bim.geometry_frames`) to their own pipe,
whose reading end the coordinator hands to the viewer's process. What each worker has sent is
marked in shared memory, so:

- a worker that runs dry takes over half of what the busiest worker has left (that worker stops
  after its current batch and both halves start afresh): the load ends balanced even when the
  estimates were wrong;
- a worker that dies (a crash inside the geometry library) costs only the element it died on:
  what it had not sent is meshed again in halves until the one element that kills its worker
  is alone, and that element becomes a :class:`GeometryFailure`.

Cancel, or the viewer going away, makes the coordinator kill its workers and exit; the viewer
also kills the whole process group if the coordinator does not answer.
"""

from __future__ import annotations

import contextlib
import mmap
import multiprocessing.connection
import os
import resource
import signal
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.reduction import send_handle
from typing import Any

import numpy as np

from fmdesk.bim.geometry_forks import (
    die_with_parent,
    enlarge_pipe,
    first_line,
    own_cpu,
    read_bug,
    reap,
    reopen_model_file,
    write_bug,
)
from fmdesk.bim.geometry_worker import CRASH_ENV

__all__ = ["CRASH_ENV", "coordinator_main"]

CRASH_REASON = "crash"
FIRST_BATCH_WAIT_S = 0.25
FIRST_PICTURE_FROM_BYTES = 20_000_000
"""From this file size a worker meshes the first picture while the coordinator plans: on the
108 MB building the plan and the relationship scan took a second before any worker began."""
WORKER_NICENESS = 5
"""Workers yield to the window's thread (nice 0) but not to the model reader (niced more)."""
_PENDING, _SENT = 0, 1
_BUG_EXIT = 3
_RUNNING, _FINISHED, _STOPPED = 0, 1, 2


@dataclass
class _Item:
    """A slice of the plan one worker process meshes."""

    positions: np.ndarray
    split_on_crash: bool = True


@dataclass
class _Active:
    item: _Item
    pid: int
    pidfd: int
    slot: int
    started: float
    exit_code: int = -1


@dataclass
class _First:
    """The first picture's worker, forked before the plan (see :meth:`_Coordinator.run`)."""

    ids: np.ndarray
    """STEP ids it was given."""
    sent: np.ndarray
    """Shared with it: ``sent[i]`` once ``ids[i]`` is sent."""
    pid: int
    pidfd: int
    started: float
    positions: np.ndarray | None = None
    """The ids' positions in the plan, and where each is in ``ids`` (set once planned)."""
    index: np.ndarray | None = None


def coordinator_main(control: Any, job: dict | None) -> None:
    """Body of the coordinator process (``job`` None: wait for it on ``control`` first)."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)  # workers join this group: the viewer can kill them all at once
    try:
        if job is None:
            _preload()
            control.send(("ready",))
            message = control.recv()
            if message[0] != "job":
                return
            job = message[1]
        _Coordinator(control, job).run()
    except (EOFError, BrokenPipeError, ConnectionResetError):
        pass  # the viewer went away (or cancelled while we were reporting)


class _Coordinator:
    def __init__(self, control: Any, job: dict) -> None:
        self.control = control
        self.job = job
        self.active: dict[int, _Active] = {}
        self.queue: deque[_Item] = deque()
        self.failures: list[dict] = []
        self.cancelled = False
        self.worker_seconds = 0.0
        self.cpu_at_job = own_cpu()
        """CPU spent before the job (a spare's start-up) is not the job's."""
        self.counts = {"started": 0, "splits": 0, "crashes": 0, "first_picture": 0}
        """Workers started, splits, crashes, and products the first picture's worker sent."""
        self.first: _First | None = None

    def run(self) -> None:
        from fmdesk.bim.geometry_settings import GeometrySettings
        from fmdesk.errors import UserError

        if self.job.get("crash_on"):
            os.environ[CRASH_ENV] = self.job["crash_on"]
        settings = GeometrySettings(**self.job["settings"]).with_threads(1)
        self.settings = settings
        try:
            self.model = _open(self.job["path"], lazy=self.job.get("lazy_parse", True))
        except UserError as error:
            self.control.send(("user_error", type(error).__name__, error.msg.to_data()))
            return
        except Exception as error:  # reported as one line, never a traceback
            self.control.send(("error", type(error).__name__, first_line(error)))
            return
        self._share_flags()
        self._start_first_picture()
        self._prepare()
        workers = max(1, int(self.job["workers"]))
        try:
            self._run_workers(workers)
        except _WorkerBug as bug:
            self._stop_all()
            self.control.send(("error", "worker", str(bug)))

    def _run_workers(self, workers: int) -> None:
        for positions in self.plan.slices:
            if len(positions):
                self.queue.append(_Item(positions))
        self.slots = list(range(workers))
        self._adopt_first()
        self._loop(workers)
        self._stop_all()
        if not self.cancelled:
            self.control.send(("done", self.failures, self.stats()))

    def _share_flags(self) -> None:
        """The memory shared with every worker whatever the plan (each forked one inherits)."""
        self.flags_map = mmap.mmap(-1, 64)
        self.bug_map = mmap.mmap(-1, 512)
        self.startup_map = mmap.mmap(-1, 8 * 32)
        self.startup = np.frombuffer(self.startup_map, np.float64, 32)
        """Seconds from a worker's start to its first batch (measured split overhead)."""
        self.stop_flags = np.frombuffer(self.flags_map, np.uint8, 32)
        self.status = np.frombuffer(self.flags_map, np.uint8, 32, offset=32)

    def _start_first_picture(self) -> None:
        """On a large model, fork a worker for the first picture before planning.

        Reading every relationship and planning take a second on a 100,000-element model,
        and no worker could start before them. This one meshes the building's fabric (chosen
        from the class index alone) for a moment; the plan reserves those products, and what
        it did not send goes back to the pool when it ends (:meth:`_on_first_exit`).
        """
        from fmdesk.bim.geometry_plan import first_picture_ids
        from fmdesk.bim.geometry_records import read_storeys

        wanted = self.job.get("first_picture")
        if wanted is None:
            wanted = int(self.job.get("file_bytes", 0)) >= FIRST_PICTURE_FROM_BYTES
        if not wanted:
            return
        ids = first_picture_ids(self.model, self.settings)
        if not len(ids):
            return
        storeys = [[s.global_id, s.name, s.elevation] for s in read_storeys(self.model)]
        self.control.send(("storeys", storeys))  # its batches arrive before the plan does
        self.first_sent_map = mmap.mmap(-1, len(ids))
        sent = np.frombuffer(self.first_sent_map, np.uint8, len(ids))
        write_fd = self._hand_over_pipe(len(ids))
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            code = _BUG_EXIT
            try:
                self._work_first(ids, sent, write_fd)
                code = 0
            except BaseException as error:  # its products go back to the pool (see above)
                write_bug(self.bug_map, error)
            finally:
                os._exit(code)
        os.close(write_fd)
        self.counts["started"] += 1
        self.first = _First(ids, sent, pid, os.pidfd_open(pid), time.perf_counter())
        self._await_first_batch()

    def _await_first_batch(self) -> None:
        """Leave the first picture's worker a core until its first batch is sent (at most
        :data:`FIRST_BATCH_WAIT_S`): reading and planning beside it, with the viewer also
        busy, stretched its first picture by half on two cores."""
        first = self.first
        assert first is not None
        deadline = time.perf_counter() + FIRST_BATCH_WAIT_S
        while time.perf_counter() < deadline and not first.sent.any():
            if multiprocessing.connection.wait([first.pidfd], 0.005):
                return  # it ended (nothing to mesh, or it died): plan at once

    def _work_first(self, ids: np.ndarray, sent: np.ndarray, write_fd: int) -> None:
        """The first picture's worker process body (see :func:`run_first_worker`)."""
        from fmdesk.bim.geometry_worker import run_first_worker

        die_with_parent()
        self.control.close()
        reopen_model_file(self.job["path"])  # the coordinator goes on reading the file
        run_first_worker(self, ids, sent, write_fd)

    def _adopt_first(self) -> None:
        """Once planned, the first picture's worker holds slot 0 like any other worker."""
        first = self.first
        if first is None:
            return
        first.positions = self.plan.reserved
        index_of = {int(step_id): i for i, step_id in enumerate(first.ids.tolist())}
        first.index = np.asarray(
            [index_of[int(s)] for s in self.plan.step_ids[first.positions]], np.int64
        )
        item = _Item(first.positions)
        self.active[0] = _Active(item, first.pid, first.pidfd, 0, first.started)

    def _on_first_exit(self) -> None:
        """What the first picture's worker sent is done; the rest goes to the pool, in
        halves, ahead of the slices (whatever way it ended: crash, bug or time up)."""
        first, self.first = self.first, None
        if first is None or first.positions is None or first.index is None:
            return
        self.counts["first_picture"] = int(first.sent.sum())
        self.sent[first.positions] |= first.sent[first.index]
        left = first.positions[self.sent[first.positions] == _PENDING]
        for half in reversed(_halves(left, self.plan.units)):
            self.queue.appendleft(_Item(half))

    def _prepare(self) -> None:
        from fmdesk.bim.geometry_plan import plan_work
        from fmdesk.bim.geometry_records import ElementPlaces

        started = time.perf_counter()
        self.places = ElementPlaces(self.model)
        slices = int(self.job.get("slices") or self.job["workers"])
        reserved = self.first.ids if self.first is not None else None
        self.plan = plan_work(self.model, self.settings, slices, reserved=reserved)
        count = len(self.plan.step_ids)
        self.sent_map = mmap.mmap(-1, max(1, count))  # shared with the forked workers
        self.sent = np.frombuffer(self.sent_map, np.uint8, count)
        self.prepared_s = time.perf_counter() - started
        self.control.send(
            (
                "plan",
                {
                    "products": count,
                    "drawable": self.plan.drawable,
                    "storeys": [[s.global_id, s.name, s.elevation] for s in self.places.storeys],
                    "pid": os.getpid(),
                    "prepare_s": self.prepared_s,
                },
            )
        )

    def _loop(self, workers: int) -> None:
        while (self.queue or self.active) and not self.cancelled:
            while self.queue and len(self.active) < workers:
                self._start(self.queue.popleft())
            idle = not self.queue and len(self.active) < workers
            if idle:
                self._split_busiest()
            waitables = [self.control] + [a.pidfd for a in self.active.values()]
            for ready in multiprocessing.connection.wait(waitables, 0.05 if idle else None):
                if ready is self.control:
                    self._on_control()
                else:
                    self._on_exit(ready)

    def _on_control(self) -> None:
        message = self.control.recv()  # EOFError when the viewer is gone: handled by main
        if message and message[0] == "cancel":
            self.cancelled = True

    def _hand_over_pipe(self, products: int) -> int:
        """A new pipe whose reading end goes to the viewer; its writing end."""
        read_fd, write_fd = os.pipe()
        enlarge_pipe(write_fd)
        self.control.send(("pipe", products))
        send_handle(self.control, read_fd, os.getppid())
        os.close(read_fd)
        return write_fd

    def _start(self, item: _Item) -> None:
        slot = next(s for s in self.slots if s not in self.active)
        self.stop_flags[slot] = 0
        self.status[slot] = _RUNNING
        write_fd = self._hand_over_pipe(len(item.positions))
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            code = _BUG_EXIT
            try:
                self._work(item, slot, write_fd)
                code = 0
            except BaseException as error:  # a bug, not a crash: the load reports it
                self.status[slot] = _RUNNING
                write_bug(self.bug_map, error)
            finally:
                os._exit(code)
        os.close(write_fd)
        self.counts["started"] += 1
        self.active[slot] = _Active(item, pid, os.pidfd_open(pid), slot, time.perf_counter())

    def _work(self, item: _Item, slot: int, write_fd: int) -> None:
        """Worker process body (forked: the parsed model, plan and shared flags are inherited)."""
        from fmdesk.bim.geometry_worker import run_worker

        die_with_parent()
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)
        self.control.close()  # only the coordinator talks to the viewer
        reopen_model_file(self.job["path"])
        ids = self.plan.step_ids[item.positions]
        stopped = run_worker(self, item, slot, ids, write_fd)
        self.status[slot] = _STOPPED if stopped else _FINISHED

    def _on_exit(self, pidfd: int) -> None:
        slot = next(s for s, a in self.active.items() if a.pidfd == pidfd)
        active = self.active.pop(slot)
        active.exit_code = reap(active.pid, active.pidfd)
        self.worker_seconds += time.perf_counter() - active.started
        if self.first is not None and active.pid == self.first.pid:
            self._on_first_exit()
            return
        left = active.item.positions[self.sent[active.item.positions] == _PENDING]
        if active.exit_code == 0 and self.status[slot] == _FINISHED:
            return
        if active.exit_code == _BUG_EXIT:
            raise _WorkerBug(read_bug(self.bug_map))
        if active.exit_code == 0 and self.status[slot] == _STOPPED:
            self.counts["splits"] += 1
            for half in _halves(left, self.plan.units):
                self.queue.appendleft(_Item(half))
            return
        self.counts["crashes"] += 1
        self._after_crash(left)

    def _after_crash(self, left: np.ndarray) -> None:
        """Mesh again what a dead worker had not sent, in halves until the culprit is alone."""
        if len(left) == 1:
            self._fail(int(left[0]))
            return
        for half in _halves(left):
            self.queue.appendleft(_Item(half))

    def _fail(self, position: int) -> None:
        step_id = int(self.plan.step_ids[position])
        product = self.model.by_id(step_id)
        self.sent[position] = _SENT
        self.failures.append(
            {
                "global_id": product.GlobalId,
                "ifc_class": product.is_a(),
                "name": product.Name or "",
                "reason": CRASH_REASON,  # worded by the viewer, in its language
            }
        )

    def _split_busiest(self) -> None:
        """Ask the worker with the most estimated work left to stop after its current batch;
        its remainder is then split between two fresh workers."""
        best, best_ms = None, 0.0
        now = time.perf_counter()
        for slot, active in self.active.items():
            if self.stop_flags[slot]:
                return  # one split at a time
            if self.first is not None and active.pid == self.first.pid:
                continue  # it stops on its own, in a moment
            eager = bool(self.job.get("eager_splits"))
            if not eager and now - active.started < 2 * self._split_overhead_s() + 0.2:
                continue  # let a fresh worker get going (and send) first
            positions = active.item.positions
            left_ms = float(self.plan.cost_ms[positions][self.sent[positions] == _PENDING].sum())
            if left_ms > best_ms:
                best, best_ms = slot, left_ms
        worth = best_ms * self._ms_scale() > self._split_overhead_s() * 4
        if best is not None and (worth or self.job.get("eager_splits")):
            positions = self.active[best].item.positions
            pending = positions[self.sent[positions] == _PENDING]
            if _unit_count(pending, self.plan.units) >= 2:
                self.stop_flags[best] = 1

    def _ms_scale(self) -> float:
        """Seconds per estimated millisecond, from what the workers did so far."""
        done = self.sent == _SENT
        estimated = float(self.plan.cost_ms[done].sum())
        now = time.perf_counter()
        elapsed = self.worker_seconds + sum(now - a.started for a in self.active.values())
        return elapsed / estimated if estimated > 0 else 1e-3

    def _split_overhead_s(self) -> float:
        """A fresh worker's start-up, as measured (the iterator scans the whole model: 0.3 s
        on an 89 MB file), at least a guess from the file size."""
        guess = 0.05 + 4e-9 * float(self.job.get("file_bytes", 0))
        measured = self.startup[self.startup > 0]
        return max(guess, float(measured.max())) if len(measured) else guess

    def _stop_all(self) -> None:
        for active in list(self.active.values()):
            with contextlib.suppress(OSError):
                os.kill(active.pid, signal.SIGKILL)
            reap(active.pid, active.pidfd)
        self.active.clear()

    def stats(self) -> dict:
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return {
            "prepare_s": self.prepared_s,
            "worker_s": self.worker_seconds,
            "coordinator_cpu_s": own.ru_utime + own.ru_stime - self.cpu_at_job,
            "workers_cpu_s": children.ru_utime + children.ru_stime,
            "worker_peak_mb": children.ru_maxrss / 1024,
            "coordinator_peak_mb": own.ru_maxrss / 1024,
            **self.counts,
        }


class _WorkerBug(Exception):
    """A worker raised an exception (a bug in fmdesk, not a crash in the geometry library)."""


def _preload() -> None:
    """Import what a job needs while waiting for it (a spare coordinator)."""
    import ifcopenshell.geom  # noqa: F401

    import fmdesk.bim.geometry_iterate
    import fmdesk.bim.geometry_plan
    import fmdesk.bim.geometry_worker
    import fmdesk.bim.model_file  # noqa: F401


def _open(path: str, lazy: bool) -> Any:
    """The model, parsed lazily when that is safe (a plain ASCII .ifc), else by the reader."""
    from fmdesk.bim.model_file import open_model

    return open_model(path, lazy=lazy)


def _halves(positions: np.ndarray, units: np.ndarray | None = None) -> list[np.ndarray]:
    """``positions`` in two halves; with ``units``, the instances of one type stay in one half
    (the cut moves to the nearest change of unit)."""
    if len(positions) <= 1:
        return [positions] if len(positions) else []
    middle = len(positions) // 2
    if units is not None:
        positions = positions[np.argsort(units[positions], kind="stable")]
        changes = np.flatnonzero(np.diff(units[positions])) + 1
        if not len(changes):
            return [positions]
        middle = int(changes[np.argmin(np.abs(changes - middle))])
    return [positions[:middle], positions[middle:]]


def _unit_count(positions: np.ndarray, units: np.ndarray | None) -> int:
    """How many units ``positions`` hold (products, when the plan has no units)."""
    if units is None:
        return len(positions)
    return len(np.unique(units[positions]))
