"""Upstream and downstream traces: what feeds an element or a flat, and what it feeds.

A trace walks only the media of its start (a WC's water pipes, not its drain; a pump's water
and, when asked, its power), so it never wanders from one network into another through an
element that sits on both. Upstream stops at the sources (tank, transformer, boiler, a
user-marked source, the municipal connection); both directions keep a visited set, so closed
loops (heating flow and return, ring mains) end.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from fmdesk.gc_pauses import paused_gc
from fmdesk.i18n import _t
from fmdesk.network.errors import NetworkError, NotInNetworkError, UnknownElementError
from fmdesk.network.labels import node_label
from fmdesk.network.media import compatible_media
from fmdesk.network.model import Network
from fmdesk.network.results import TraceResult, spaces_of

__all__ = ["resolve_start", "select_media", "trace_downstream", "trace_upstream"]


def resolve_start(network: Network, global_id: str) -> list[str]:
    """Return the network elements a question about ``global_id`` starts from.

    An element gives itself; a space (a flat, a room) gives the network elements in it and in
    its sub-spaces. Raises a one-sentence :class:`NetworkError` otherwise.
    """
    global_id = global_id.strip()
    if global_id in network.nodes:
        if global_id not in network.node_media:
            node = network.nodes[global_id]
            raise NotInNetworkError(global_id, node_label(node))
        return [global_id]
    if global_id in network.spaces:
        found = [
            gid
            for space in _space_and_children(network, global_id)
            for gid in network.space_elements.get(space, ())
            if gid in network.node_media
        ]
        if not found:
            label = network.spaces[global_id].label
            raise NetworkError(
                _t(
                    "No connected pipe, duct or cable element is located in the space {label} "
                    "({global_id}); pick an element instead.",
                    label=label,
                    global_id=global_id,
                )
            )
        return found
    if global_id in network.outside:
        raise NotInNetworkError(global_id, network.outside[global_id])
    raise UnknownElementError(global_id)


def _space_and_children(network: Network, space_id: str) -> list[str]:
    result, stack = [], [space_id]
    while stack:
        current = stack.pop()
        if current in result:
            continue
        result.append(current)
        stack.extend(network.space_children.get(current, ()))
    return result


def select_media(
    network: Network, starts: Iterable[str], media: Iterable[str] | None = None
) -> frozenset[str]:
    """The media a trace from ``starts`` walks: theirs (and compatible generic ones), or only
    those in ``media`` when given."""
    own: set[str] = set()
    for gid in starts:
        own |= network.node_media.get(gid, frozenset())
    allowed = compatible_media(own) & network.media.keys()
    if media is not None:
        wanted = set(media)
        allowed = frozenset(m for m in allowed if m in wanted)
        if not allowed:
            raise NetworkError(
                _t(
                    "The start is not on any of the media {wanted}; its media are {own}.",
                    wanted=sorted(wanted),
                    own=sorted(own),
                )
            )
    return frozenset(allowed)


@paused_gc
def trace_upstream(
    network: Network, global_id: str, media: Iterable[str] | None = None
) -> TraceResult:
    """Return everything feeding ``global_id`` (an element or a space), back to the sources.

    >>> result = trace_upstream(network, outlet_id)  # doctest: +SKIP
    >>> [n.kind for n in result.sources]  # doctest: +SKIP
    ['transformer']
    """
    starts = resolve_start(network, global_id)
    allowed = select_media(network, starts, media)
    views = [network.media[m] for m in sorted(allowed)]
    primary = set().union(*(view.primary_sources for view in views))
    start_set = set(starts)
    towards: dict[str, str | None] = dict.fromkeys(starts)
    order: list[str] = []
    used: dict[tuple[str, str], object] = {}
    queue = deque(starts)
    inferred = network.inferred
    while queue:
        u = queue.popleft()
        if u in primary and u not in start_set:
            continue  # the trace stops at a source
        for view in views:
            for v in view.up.get(u, ()):
                if inferred and (v, u) in inferred:
                    used[inferred[(v, u)].key] = inferred[(v, u)]
                if v not in towards:
                    towards[v] = u
                    order.append(v)
                    queue.append(v)
    sources = [gid for gid in order if gid in primary]
    paths = tuple(_path_to_start(towards, source) for source in sources)
    return _result(network, "upstream", starts, allowed, order, sources, paths, used)


@paused_gc
def trace_downstream(
    network: Network, global_id: str, media: Iterable[str] | None = None
) -> TraceResult:
    """Return everything ``global_id`` (an element or a space) feeds, and the spaces served.

    >>> result = trace_downstream(network, floor_valve_id)  # doctest: +SKIP
    >>> sorted(space.label for space in result.spaces)  # doctest: +SKIP
    ['1-301', '1-302', '1-303', '1-304']
    """
    starts = resolve_start(network, global_id)
    allowed = select_media(network, starts, media)
    views = [network.media[m] for m in sorted(allowed)]
    primary = set().union(*(view.primary_sources for view in views))
    seen = set(starts)
    order: list[str] = []
    used: dict[tuple[str, str], object] = {}
    queue = deque(starts)
    inferred = network.inferred
    while queue:
        u = queue.popleft()
        for view in views:
            for v in view.down.get(u, ()):
                if inferred and (u, v) in inferred:
                    used[inferred[(u, v)].key] = inferred[(u, v)]
                if v not in seen:
                    seen.add(v)
                    order.append(v)
                    queue.append(v)
    sources = [gid for gid in order if gid in primary]
    return _result(network, "downstream", starts, allowed, order, sources, (), used)


def _path_to_start(towards: dict[str, str | None], source: str) -> tuple[str, ...]:
    path = [source]
    current = towards[source]
    while current is not None:
        path.append(current)
        current = towards[current]
    return tuple(path)


def _result(
    network: Network,
    direction: str,
    starts: list[str],
    media: frozenset[str],
    order: list[str],
    sources: list[str],
    paths: tuple[tuple[str, ...], ...],
    used: dict,
) -> TraceResult:
    nodes = network.nodes
    rooms, spaces = spaces_of(network, starts + order, service_only=direction == "downstream")
    return TraceResult(
        direction=direction,
        start=tuple(nodes[g] for g in starts),
        media=tuple(sorted(media)),
        elements=tuple(nodes[g] for g in order),
        sources=tuple(nodes[g] for g in sources),
        paths=paths,
        rooms=rooms,
        spaces=spaces,
        inferred_edges_used=tuple(used[key] for key in sorted(used)),
    )
