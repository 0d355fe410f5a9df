"""Mesh a model (or a slice of its elements) with ifcopenshell's iterator, batch by batch.

:func:`iter_tessellation` wraps ``ifcopenshell.geom.iterator`` in a generator that yields
:class:`MeshBatch` objects a fraction of a second apart, so the viewer can draw the first
elements long before the last is meshed and a Cancel takes effect within one batch. An element
whose geometry fails becomes a :class:`GeometryFailure` record and the rest still loads. The
worker pool (:mod:`fmdesk.bim.geometry_pool`) runs it in each worker on that worker's slice
(``include``); on its own it meshes the whole model in this process.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

import ifcopenshell
import ifcopenshell.geom

from fmdesk.bim.geometry_batches import BatchBuilder, Styles
from fmdesk.bim.geometry_failures import expected_products, failures_of, has_body
from fmdesk.bim.geometry_records import ElementPlaces
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_types import CancelCheck, MeshBatch, ProgressCallback
from fmdesk.errors import CancelledError

__all__ = ["BATCH_MAX_ELEMENTS", "BATCH_SECONDS", "iter_tessellation", "make_iterator"]

log = logging.getLogger(__name__)

BATCH_SECONDS = 0.25
"""A batch closes after this long, so the first picture and Cancel are both prompt."""

BATCH_MAX_ELEMENTS = 2000


def make_iterator(
    model: ifcopenshell.file, settings: GeometrySettings, include: Sequence[int] | None = None
) -> Any:
    """ifcopenshell's iterator over the whole model, or over the products ``include`` (STEP
    ids; openings are then left out by the caller, and still cut their hosts)."""
    if include is None:
        return ifcopenshell.geom.iterator(
            settings.to_ifcopenshell(),
            model,
            settings.threads,
            geometry_library=settings.library,
            exclude=list(settings.exclude) or None,
        )
    return ifcopenshell.geom.iterator(
        settings.to_ifcopenshell(),
        model,
        settings.threads,
        geometry_library=settings.library,
        include=[model.by_id(step_id) for step_id in include],
    )


def iter_tessellation(
    model: ifcopenshell.file,
    settings: GeometrySettings | None = None,
    *,
    cancel: CancelCheck | None = None,
    progress: ProgressCallback | None = None,
    batch_seconds: float = BATCH_SECONDS,
    batch_max_elements: int = BATCH_MAX_ELEMENTS,
    first_batch_seconds: float | None = None,
    include: Sequence[int] | None = None,
    stop: CancelCheck | None = None,
    places: ElementPlaces | None = None,
) -> Iterator[MeshBatch]:
    """Mesh ``model`` with ifcopenshell's iterator, yielding batches as they are ready.

    ``cancel`` is polled after every element; when it returns True the generator raises
    :class:`fmdesk.errors.CancelledError` (so a half model is never mistaken for a whole one).
    ``progress(done, total)`` is called at the start (0, 0: size unknown), once the iterator
    has counted its products, at every batch and at the end. The last batch carries the failures:
    products with a body representation that produced no triangles, with ifcopenshell's reason
    when its log names the element. The first batch closes after ``first_batch_seconds`` when
    given (the first picture should not wait for a full batch). ``include`` restricts meshing
    to those products (STEP ids); ``places`` reuses a relationship lookup built before (the
    pool builds it once for all workers). When ``stop`` turns true the elements meshed so far
    are yielded and the generator ends early, without failures (the pool re-assigns the rest).

    Example::

        for batch in iter_tessellation(model, cancel=worker.is_cancelled):
            scene.add_batch(batch)
    """
    settings = settings or GeometrySettings()
    places = places if places is not None else ElementPlaces(model)
    iterator = make_iterator(model, settings, include)
    seen: set[int] = set()
    empty: set[int] = set()
    problems: list[str] = []
    styles = Styles()
    done = total = 0

    def report() -> None:
        if progress is not None:
            progress(min(done, total), total)

    report()  # (0, 0): started, size not known yet
    with _drained_log():
        running = _initialize(iterator)
        total = _announced_products(ifcopenshell.get_log(), problems) if running else 0
        report()
        builder = BatchBuilder(places, styles)
        rows = builder.rows
        deadline = time.perf_counter() + (first_batch_seconds or batch_seconds)
        get_shape, advance, clock = iterator.get, iterator.next, time.perf_counter
        while running:  # runs 100,000 times between C++ calls: keep it lean, see BatchBuilder
            if cancel is not None and cancel():
                raise CancelledError("tessellation cancelled")
            if stop is not None and stop():
                yield builder.build(done, max(total, done))
                return
            try:
                shape = get_shape()
            except RuntimeError:  # "No elements processed": nothing in it could be meshed
                break
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
                builder = BatchBuilder(places, styles)
                rows = builder.rows
                deadline = clock() + batch_seconds
            running = advance()
        _keep_errors(problems, ifcopenshell.get_log())
    if cancel is not None and cancel():
        raise CancelledError("tessellation cancelled")
    candidates = _unmeshed(model, iterator, settings, include, seen, empty, total)
    failures = failures_of(model, candidates, empty, problems)
    done = total = max(total, done)
    report()
    last = builder.build(done, total)
    last.failures = failures
    yield last


def _unmeshed(
    model: ifcopenshell.file,
    iterator: Any,
    settings: GeometrySettings,
    include: Sequence[int] | None,
    seen: set[int],
    empty: set[int],
    total: int,
) -> set[int]:
    """Products that should have been meshed and were not (or were meshed empty)."""
    if total and len(seen) >= total and not empty:
        return set()  # every announced product was meshed
    tasks = _task_product_ids(iterator)
    if tasks:
        return (tasks - seen) | empty
    if include is not None:  # the iterator did not start: every included product with a body
        return {i for i in include if i not in seen and has_body(model.by_id(i))} | empty
    return (expected_products(model, settings.exclude) - seen) | empty


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


def _initialize(iterator: Any) -> bool:
    try:
        return bool(iterator.initialize())
    except RuntimeError as error:  # nothing processable: treated as "no geometry"
        log.warning("geometry iterator did not start: %s", error)
        return False
