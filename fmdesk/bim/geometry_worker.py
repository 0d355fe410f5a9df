"""One worker process of the pool: mesh a slice of products and stream it as binary frames.

Runs in a process forked by the coordinator (:mod:`fmdesk.bim.geometry_coordinator`), which
owns the parsed model, the plan and the shared flags. Each batch is written to the worker's own
pipe (:mod:`fmdesk.bim.geometry_frames`) and only then marked as sent, so whatever the worker
had not sent when it died or was asked to stop is meshed again by another worker.
"""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection
from typing import Any

import numpy as np

from fmdesk.bim.geometry_failures import has_body
from fmdesk.bim.geometry_frames import encode_batch
from fmdesk.bim.geometry_iterate import iter_simple, iter_tessellation
from fmdesk.bim.geometry_records import ElementPlaces
from fmdesk.bim.geometry_types import MeshBatch

__all__ = [
    "BATCH_ELEMENTS",
    "BATCH_S",
    "CRASH_ENV",
    "FIRST_BATCH_S",
    "FIRST_PICTURE_S",
    "run_first_worker",
    "run_worker",
]

CRASH_ENV = "FMDESK_TEST_GEOMETRY_CRASH_ON"
"""Test hook: a worker meshing the element with this GlobalId exits at once, as a crash would."""

FIRST_BATCH_S = 0.05
BATCH_S = 0.4
BATCH_ELEMENTS = 1500
"""After a quick first batch (the first picture), batches as large as a loading view refreshes
(once a second): fewer, bigger part chunks are fewer VTK actors for the viewer to create."""
_CRASH_EXIT = 70
FIRST_PICTURE_S = 0.3
"""How long the first picture's worker meshes before it leaves the rest to the pool."""
FIRST_PICTURE_HEAD = 500
"""Its first products' references are read (about 10 µs each) and meshed before the rest's."""


def run_worker(coordinator: Any, item: Any, slot: int, ids: np.ndarray, write_fd: int) -> bool:
    """Mesh ``ids`` and send every batch; True when stopped early on the coordinator's request.

    ``coordinator`` is the forked copy of :class:`~fmdesk.bim.geometry_coordinator._Coordinator`
    (model, places, plan, shared ``sent`` and ``stop_flags`` arrays).
    """
    out = Connection(write_fd, readable=False)
    model = coordinator.model
    position_of = dict(zip(ids.tolist(), item.positions.tolist(), strict=True))
    drawable = _drawable(model, coordinator.plan, item.positions, ids)
    crash_id = os.environ.get(CRASH_ENV) or None
    stop_flags, sent = coordinator.stop_flags, coordinator.sent
    stopped: list[bool] = []
    open_types = _OpenTypes(coordinator.plan.units, item.positions, ids)

    def stop(step_id: int) -> bool:
        """The coordinator's request, noted, once no type is half meshed (the rest of its
        instances would cost another worker the whole type again). A worker that ended on
        its own is not stopped."""
        if not open_types.meshed(step_id) and stop_flags[slot]:
            stopped.append(True)
            return True
        return False

    started = time.perf_counter()
    if drawable:
        batches = iter_tessellation(
            model,
            coordinator.settings,
            include=drawable,
            instanced=ids[coordinator.plan.instanced[item.positions]].tolist(),
            places=coordinator.places,
            batch_seconds=BATCH_S,
            first_batch_seconds=FIRST_BATCH_S,
            batch_max_elements=BATCH_ELEMENTS,
            stop=stop,
        )
        first = next(batches, None)
        coordinator.startup[slot] = time.perf_counter() - started
        if first is not None:
            _send(first, out, position_of, sent, crash_id)
            _send_all(batches, out, position_of, sent, crash_id)
    if not stopped:
        sent[item.positions] = 1  # products without a representation count as done
    out.close()
    return bool(stopped)


def run_first_worker(coordinator: Any, ids: np.ndarray, sent: np.ndarray, write_fd: int) -> None:
    """The first picture's worker, forked before the plan: mesh what fmdesk meshes itself
    among ``ids`` (the building's fabric), with records from the elements' own relationships
    (:meth:`ElementPlaces.for_elements`), for :data:`FIRST_PICTURE_S`; ``sent[i]`` marks
    ``ids[i]`` sent. The coordinator gives the pool whatever it did not send."""
    until = time.perf_counter() + FIRST_PICTURE_S
    out = Connection(write_fd, readable=False)
    model = coordinator.model
    places = ElementPlaces(model, scan=False)
    position_of = {step_id: i for i, step_id in enumerate(ids.tolist())}
    crash_id = os.environ.get(CRASH_ENV) or None
    for part in (ids[:FIRST_PICTURE_HEAD], ids[FIRST_PICTURE_HEAD:]):  # the head: sooner
        if len(part) and time.perf_counter() < until:
            certain = places.learn(part.tolist())
            batches = iter_simple(
                model,
                coordinator.settings,
                certain,
                places,
                batch_seconds=FIRST_BATCH_S,
                until=until,
            )
            _send_all(batches, out, position_of, sent, crash_id)
    out.close()


class _OpenTypes:
    """The types (units) of a slice with more than one instance, and how many are still to
    come: a type is open from its first instance meshed to its last."""

    def __init__(self, units: np.ndarray | None, positions: np.ndarray, ids: np.ndarray) -> None:
        self.unit_of: dict[int, int] = {}
        self.left: dict[int, int] = {}
        self.open: set[int] = set()
        if units is None:
            return
        slice_units = units[positions]
        values, counts = np.unique(slice_units, return_counts=True)
        self.left = {int(u): int(c) for u, c in zip(values, counts, strict=True) if c > 1}
        for step_id, unit in zip(ids.tolist(), slice_units.tolist(), strict=True):
            if unit in self.left:
                self.unit_of[step_id] = unit

    def meshed(self, step_id: int) -> bool:
        """Note ``step_id`` as meshed; whether some type is now half meshed."""
        unit = self.unit_of.pop(step_id, None)
        if unit is not None:
            self.left[unit] -= 1
            if self.left[unit]:
                self.open.add(unit)
            else:
                self.open.discard(unit)
        return bool(self.open)


def _drawable(model: Any, plan: Any, positions: np.ndarray, ids: np.ndarray) -> list[int]:
    """The slice's products for the iterator: ports (candidates only when the model's ports
    have bodies) are checked one by one, here in parallel rather than by the coordinator."""
    if plan.ports is None:
        return ids.tolist()
    is_port = np.isin(positions, plan.ports)
    return [
        int(i)
        for i, port in zip(ids.tolist(), is_port.tolist(), strict=True)
        if not port or has_body(model.by_id(int(i)))
    ]


def _send_all(
    batches: Any,
    out: Connection,
    position_of: dict[int, int],
    sent: np.ndarray,
    crash_id: str | None,
) -> None:
    for batch in batches:
        _send(batch, out, position_of, sent, crash_id)


def _send(
    batch: MeshBatch,
    out: Connection,
    position_of: dict[int, int],
    sent: np.ndarray,
    crash_id: str | None,
) -> None:
    if crash_id is not None and any(r.global_id == crash_id for r in batch.elements):
        os._exit(_CRASH_EXIT)  # test hook: as if the geometry library had crashed here
    step_ids = batch.step_ids if batch.step_ids is not None else np.zeros(0, np.int32)
    out.send_bytes(encode_batch(batch, step_ids))
    if len(step_ids):
        sent[[position_of[int(s)] for s in step_ids]] = 1
