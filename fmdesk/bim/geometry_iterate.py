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
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, NamedTuple

import ifcopenshell
import ifcopenshell.geom

from fmdesk.bim.geometry_batches import BatchBuilder, PlacedBatchBuilder, Styles
from fmdesk.bim.geometry_failures import expected_products, failures_of, has_body
from fmdesk.bim.geometry_instances import runs, split_instanced
from fmdesk.bim.geometry_records import ElementPlaces
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_simple import SimpleMesher
from fmdesk.bim.geometry_types import CancelCheck, MeshBatch, ProgressCallback
from fmdesk.errors import CancelledError

__all__ = [
    "BATCH_MAX_ELEMENTS",
    "BATCH_SECONDS",
    "iter_simple",
    "iter_tessellation",
    "make_iterator",
]

log = logging.getLogger(__name__)

StopCheck = Callable[[int], bool]
"""Asked after each product is meshed, with its STEP id: True to end the slice there."""

BATCH_SECONDS = 0.25
"""A batch closes after this long, so the first picture and Cancel are both prompt."""

BATCH_MAX_ELEMENTS = 2000


def make_iterator(
    model: ifcopenshell.file,
    settings: GeometrySettings,
    include: Sequence[int] | None = None,
    *,
    placed: bool = False,
) -> Any:
    """ifcopenshell's iterator over the whole model (but the excluded classes), or over the
    products ``include`` (STEP ids; openings are then left out by the caller, and still cut
    their hosts). ``placed``: in the products' own coordinates (instanced products, placed by
    the caller)."""
    options = settings.to_ifcopenshell()
    if placed:
        options.set("use-world-coords", False)
    common = {"geometry_library": settings.library}
    if include is not None:
        return ifcopenshell.geom.iterator(
            options, model, settings.threads, include=[model.by_id(i) for i in include], **common
        )
    return ifcopenshell.geom.iterator(
        options, model, settings.threads, exclude=list(settings.exclude) or None, **common
    )


def _instances(model: ifcopenshell.file, ifc_class: str) -> list[Any]:
    try:
        return list(model.by_type(ifc_class))
    except RuntimeError:  # a class this schema does not have
        return []


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
    stop: StopCheck | None = None,
    places: ElementPlaces | None = None,
    instanced: Sequence[int] | None = None,
) -> Iterator[MeshBatch]:
    """Mesh ``model``, yielding batches as they are ready.

    ``cancel`` is polled after every element; when it returns True the generator raises
    :class:`fmdesk.errors.CancelledError` (so a half model is never mistaken for a whole one).
    ``progress(done, total)`` is called at the start (0, 0: size unknown), once the iterator
    has counted its products, at every batch and at the end. The last batch carries the failures:
    products with a body representation that produced no triangles, with ifcopenshell's reason
    when its log names the element. The first batch closes after ``first_batch_seconds`` when
    given (the first picture should not wait for a full batch). ``include`` restricts meshing
    to those products (STEP ids); ``places`` reuses a relationship lookup built before (the
    pool builds it once for all workers). When ``stop(step_id)``, asked after each product,
    turns true the elements meshed so far are yielded and the generator ends early, without
    failures (the pool re-assigns the rest).

    Simple bodies (extrusions of rectangles, circles and polylines, and maps of them) are
    meshed first by fmdesk itself (:mod:`fmdesk.bim.geometry_simple`), the rest by
    ifcopenshell's iterator. Products whose body is only shared type geometry (mapped items)
    that fmdesk does not mesh are meshed after the rest,
    in their own coordinates, and placed here (:mod:`fmdesk.bim.geometry_instances`);
    ``instanced`` names them among ``include`` when the caller has read them already (the
    pool's plan), else they are found here.

    Example::

        for batch in iter_tessellation(model, cancel=worker.is_cancelled):
            scene.add_batch(batch)
    """
    settings = settings or GeometrySettings()
    places = places if places is not None else ElementPlaces(model)
    counts = _Counts(progress)
    styles = Styles()
    common = _Batching(cancel, counts, styles, places, batch_seconds, batch_max_elements, stop)
    rest: list[int] = []
    candidates = include if include is not None else _candidates(model, settings)
    mesher = SimpleMesher(model, settings)
    stopped = yield from _simple_pass(
        model, mesher, candidates, rest, common, first_batch_seconds=first_batch_seconds
    )
    if stopped:
        return
    world, instanced = _split(model, rest, instanced)
    passes: list[tuple[Sequence[int], bool]] = [(world, False)]
    passes += [(run, True) for run in runs(instanced)]
    first_seconds = None if len(rest) < len(candidates) else first_batch_seconds
    retry: list[int] = []
    for ids, placed in [*passes, (retry, False)]:  # retry: filled by the placed passes
        if not ids:
            continue
        meshing = _mesh_pass(
            model,
            settings,
            ids,
            common,
            placed=placed,
            retry=retry if placed else None,
            first_batch_seconds=first_seconds,
        )
        stopped = yield from meshing
        first_seconds = None
        if stopped:
            return


def iter_simple(
    model: ifcopenshell.file,
    settings: GeometrySettings,
    include: Sequence[int],
    places: ElementPlaces,
    *,
    batch_seconds: float,
    until: float,
) -> Iterator[MeshBatch]:
    """Only the products of ``include`` that fmdesk meshes itself, until the clock reads
    ``until`` (``time.perf_counter``); the rest is not meshed here and carries no failures
    (the first picture's worker: what it leaves, the pool meshes)."""
    clock = time.perf_counter

    def stop(_step_id: int) -> bool:
        return clock() >= until

    common = _Batching(
        None, _Counts(None), Styles(), places, batch_seconds, BATCH_MAX_ELEMENTS, stop
    )
    mesher = SimpleMesher(model, settings)
    yield from _simple_pass(model, mesher, include, [], common, first_batch_seconds=None)


def _candidates(model: ifcopenshell.file, settings: GeometrySettings) -> list[int]:
    """Every product but the excluded classes' (openings), for meshing the whole model."""
    excluded = {e.id() for c in settings.exclude for e in _instances(model, c)}
    return [p.id() for p in model.by_type("IfcProduct") if p.id() not in excluded]


def _split(
    model: ifcopenshell.file, ids: Sequence[int], known: Sequence[int] | None
) -> tuple[list[int], list[int]]:
    """(meshed in world coordinates, instanced: meshed once per type and placed) of ``ids``;
    ``known``: the instanced products when the caller has read them (the pool's plan)."""
    if known is None:
        return split_instanced(model, ids)
    chosen = set(known)
    return [i for i in ids if i not in chosen], [i for i in ids if i in chosen]


def _simple_pass(
    model: ifcopenshell.file,
    mesher: SimpleMesher,
    candidates: Sequence[int],
    rest: list[int],
    batching: _Batching,
    *,
    first_batch_seconds: float | None,
) -> Generator[MeshBatch, None, bool]:
    """The products fmdesk meshes itself (:mod:`fmdesk.bim.geometry_simple`), batch by batch;
    the others are added to ``rest`` for ifcopenshell (products without any representation
    are left out: nothing would mesh them). True when stopped early."""
    cancel, counts, styles, places, batch_seconds, batch_max_elements, stop = batching
    if not mesher.enabled:
        rest.extend(candidates)
        return False
    by_id, mesh, clock = model.by_id, mesher.mesh, time.perf_counter
    builder = BatchBuilder(places, styles)
    done, total = 0, len(candidates)
    deadline = clock() + (first_batch_seconds or batch_seconds)
    for step_id in candidates:
        if cancel is not None and cancel():
            raise CancelledError("tessellation cancelled")
        product = by_id(step_id)
        result = mesh(product)
        if result is None:
            if product.Representation is not None:
                rest.append(step_id)
            continue
        builder.add_simple(product, result)
        done += 1
        if stop is not None and stop(step_id):
            yield counts.batch(builder.build(done, total), done, total)
            return True
        if len(builder.rows) >= batch_max_elements or clock() >= deadline:
            counts.report(done, total)
            yield counts.batch(builder.build(done, total), done, total)
            builder = BatchBuilder(places, styles)
            deadline = clock() + batch_seconds
    if builder.rows:
        yield counts.batch(builder.build(done, done), done, done)
    counts.close_pass(done)
    return False


class _Batching(NamedTuple):
    """What every pass of :func:`iter_tessellation` shares: when to stop or cancel, where
    progress, styles and records go, and how large a batch grows."""

    cancel: CancelCheck | None
    counts: _Counts
    styles: Styles
    places: ElementPlaces
    batch_seconds: float
    batch_max_elements: int
    stop: StopCheck | None


class _Counts:
    """Progress over the passes: done so far, and the products each pass announced."""

    def __init__(self, progress: ProgressCallback | None) -> None:
        self.progress = progress
        self.done_before = 0
        self.total_before = 0
        self.report(0, 0)  # (0, 0): started, size not known yet

    def report(self, done: int, total: int) -> None:
        if self.progress is not None:
            grand_total = self.total_before + total
            self.progress(min(self.done_before + done, grand_total), grand_total)

    def close_pass(self, total: int) -> None:
        self.done_before += total
        self.total_before += total

    def batch(self, batch: MeshBatch, done: int, total: int) -> MeshBatch:
        batch.done = self.done_before + done
        batch.total = self.total_before + max(total, done)
        return batch


def _mesh_pass(
    model: ifcopenshell.file,
    settings: GeometrySettings,
    include: Sequence[int],
    batching: _Batching,
    *,
    placed: bool,
    retry: list[int] | None,
    first_batch_seconds: float | None,
) -> Generator[MeshBatch, None, bool]:
    """One iterator's batches (see :func:`iter_tessellation`); True when stopped early.

    ``retry`` (placed passes): what could not be meshed in the products' own coordinates is
    added to it, to be meshed again in world coordinates, instead of becoming a failure.
    """
    cancel, counts, styles, places, batch_seconds, batch_max_elements, stop = batching
    iterator = make_iterator(model, settings, include, placed=placed)
    make_builder = PlacedBatchBuilder if placed else BatchBuilder
    seen: set[int] = set()
    empty: set[int] = set()
    problems: list[str] = []
    done = total = 0
    with _drained_log():
        running = _initialize(iterator)
        total = _announced_products(ifcopenshell.get_log(), problems) if running else 0
        counts.report(done, total)
        builder = make_builder(places, styles)
        rows = builder.rows
        deadline = time.perf_counter() + (first_batch_seconds or batch_seconds)
        get_shape, advance, clock = iterator.get, iterator.next, time.perf_counter
        while running:  # runs 100,000 times between C++ calls: keep it lean, see BatchBuilder
            if cancel is not None and cancel():
                raise CancelledError("tessellation cancelled")
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
            if stop is not None and stop(step_id):  # after the shape the iterator just made
                yield counts.batch(builder.build(done, total), done, total)
                return True
            if len(rows) >= batch_max_elements or (rows and clock() >= deadline):
                _keep_errors(problems, ifcopenshell.get_log())
                counts.report(done, total)
                yield counts.batch(builder.build(done, total), done, total)
                builder = make_builder(places, styles)
                rows = builder.rows
                deadline = clock() + batch_seconds
            running = advance()
        _keep_errors(problems, ifcopenshell.get_log())
    if cancel is not None and cancel():
        raise CancelledError("tessellation cancelled")
    candidates = _unmeshed(model, iterator, settings, include, seen, empty, total)
    done = total = max(total, done)
    if retry is not None:
        retry.extend(sorted(candidates))
        failures: list = []
        done = total = total - len(candidates)  # counted again by the retry pass
    else:
        failures = failures_of(model, candidates, empty, problems)
    last = counts.batch(builder.build(done, total), done, total)
    counts.close_pass(total)
    counts.report(0, 0)
    last.failures = failures
    yield last
    return False


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
