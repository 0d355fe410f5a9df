"""The four questions a right-click asks of the network, as data, and the one call answering
each (run in a worker: a whole-building trace on 100,000 elements takes ~100 ms)."""

from __future__ import annotations

from dataclasses import dataclass

from fmdesk.network import (
    Network,
    assess_outage,
    isolate_element,
    trace_downstream,
    trace_upstream,
)
from fmdesk.ui.network.report import (
    KIND_DOWNSTREAM,
    KIND_ISOLATE,
    KIND_TRIP,
    KIND_UPSTREAM,
    Result,
)


@dataclass(frozen=True)
class Question:
    """``kind`` (upstream, downstream, isolate, trip) asked about one element or space."""

    kind: str
    global_id: str


def answer(network: Network, question: Question) -> Result:
    """Ask the network core; raises its one-sentence errors (not in a network, a space…).

    >>> answer(net, Question("isolate", pipe_id)).close[0].name  # doctest: +SKIP
    '户阀 1-601'
    """
    gid = question.global_id
    if question.kind == KIND_UPSTREAM:
        return trace_upstream(network, gid)
    if question.kind == KIND_DOWNSTREAM:
        return trace_downstream(network, gid)
    if question.kind == KIND_ISOLATE:
        return isolate_element(network, gid)
    if question.kind == KIND_TRIP:
        return assess_outage(network, [gid])
    raise ValueError(f"unknown question {question.kind!r}")
