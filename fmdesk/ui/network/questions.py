"""The four questions a right-click asks of the network, as data, and the use case answering
each (run through the operation runner: the first builds the network, a whole-building trace
on 100,000 elements takes ~100 ms)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fmdesk.ui.network.report import KIND_DOWNSTREAM, KIND_ISOLATE, KIND_TRIP, KIND_UPSTREAM

__all__ = ["Question", "ask_use_case"]


@dataclass(frozen=True)
class Question:
    """``kind`` (upstream, downstream, isolate, trip) asked about one element or space."""

    kind: str
    global_id: str


def ask_use_case(app: Any, path: Path, question: Question, model: Any, progress: Any) -> Any:
    """The :mod:`fmdesk.app.network` use case for ``question`` (a ``NetworkAnswer``); raises
    its one-sentence errors (not in a network, a space…).

    >>> ask_use_case(app, path, Question("isolate", pipe_id), None, NO_PROGRESS)  # doctest: +SKIP
    """
    from fmdesk.app.network import isolate, trace

    gid = question.global_id
    if question.kind in (KIND_UPSTREAM, KIND_DOWNSTREAM):
        return trace(app, path, gid, direction=question.kind, model_file=model, progress=progress)
    if question.kind in (KIND_ISOLATE, KIND_TRIP):
        return isolate(
            app, path, [gid], trip=question.kind == KIND_TRIP, model_file=model, progress=progress
        )
    raise ValueError(f"unknown question {question.kind!r}")
