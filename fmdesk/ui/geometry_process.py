"""Tessellate in a child process so the GUI never freezes behind ifcopenshell.

ifcopenshell's geometry iterator keeps Python's GIL while it works (its ``initialize()`` alone
blocked every other thread for 1.4 s on the 2.5 MB FZK house), so a worker *thread* cannot keep
the window responsive. The child process runs :func:`fmdesk.bim.geometry.tessellate` (which
also writes the disk cache) and sends batches back through a queue; the worker thread waits on
that queue, which releases the GIL. Cancel sets an event the child polls; a child that does not
stop in time is terminated. No Qt here: the child imports only the geometry core.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from fmdesk.errors import CancelledError, ModelOpenError, UserError

POLL_SECONDS = 0.05
QUEUE_BATCHES = 8
CHILD_NICENESS = 10


class GeometryProcessError(UserError):
    """The tessellation process failed or died (one sentence, shown in a message box)."""


def _child(path: str, out: Any, cancel: Any) -> None:
    """Child process body: stream batches, then one final status message."""
    import os

    from fmdesk.bim.geometry import tessellate
    from fmdesk.bim.geometry_settings import GeometrySettings

    if hasattr(os, "nice"):
        os.nice(CHILD_NICENESS)  # the window's redraws come first
    settings = GeometrySettings().with_threads((os.cpu_count() or 2) - 1)

    def progress(done: int, total: int) -> None:
        out.put(("progress", done, total))

    try:
        for batch in tessellate(path, settings, cancel=cancel.is_set, progress=progress):
            out.put(("batch", batch))
        out.put(("done",))
    except CancelledError:
        out.put(("cancelled",))
    except UserError as error:  # ModelOpenError and friends: keep the one sentence
        out.put(("user_error", type(error).__name__, error.message))
    except BaseException as error:  # reported as one line, never a traceback
        out.put(("error", type(error).__name__, str(error).splitlines()[0] if str(error) else ""))


def tessellate_in_process(
    path: str | Path,
    is_cancelled: Callable[[], bool],
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Any]:
    """Yield :class:`~fmdesk.bim.geometry.MeshBatch` objects produced by a child process.

    Raises :class:`CancelledError` when ``is_cancelled()`` turns true, a ``ModelOpenError``
    for a bad file and :class:`GeometryProcessError` when the child fails otherwise.

    Example::

        for batch in tessellate_in_process("building.ifc", worker.is_cancelled):
            scene.add_batch(batch)
    """
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=QUEUE_BATCHES)
    cancel = context.Event()
    child = context.Process(target=_child, args=(str(path), out, cancel), daemon=True)
    child.start()
    try:
        while True:
            if is_cancelled():
                cancel.set()
                raise CancelledError("tessellation cancelled")
            try:
                message = out.get(timeout=POLL_SECONDS)
            except queue_module.Empty:
                if not child.is_alive() and out.empty():
                    raise GeometryProcessError(
                        "The 3D geometry process stopped unexpectedly; reopen the model to retry."
                    ) from None
                continue
            kind = message[0]
            if kind == "batch":
                yield message[1]
            elif kind == "progress":
                if progress is not None:
                    progress(message[1], message[2])
            elif kind == "done":
                return
            elif kind == "cancelled":
                raise CancelledError("tessellation cancelled")
            elif kind == "user_error":
                raise ModelOpenError(message[2])
            else:
                raise GeometryProcessError(
                    f"The 3D geometry could not be computed ({message[1]}: {message[2]})."
                )
    finally:
        cancel.set()
        _drain(out)
        child.join(timeout=2.0)
        if child.is_alive():
            child.terminate()
            child.join(timeout=2.0)
        out.close()
        out.join_thread()


def _drain(out: Any) -> None:
    """Empty the queue so a child blocked on ``put`` can see the cancel flag and exit."""
    try:
        while True:
            out.get_nowait()
    except (queue_module.Empty, OSError, ValueError):
        pass
