"""Isolate a leak or a fault: the fewest operable devices that cut it off from every source,
the isolated segment, and who else is out while they are closed.

The question is a minimum vertex cut between the leaking element and the sources in which only
operable isolating devices may be cut. Most of a building's network is branches that hold no
source (a flat's pipes, a floor's circuits); the builder strips those leaf by leaf and keeps,
for each stripped element, the next element towards the meshed rest. A leak on such a branch
is cut off by the first operable device on that way (one device, the nearest: no search). Only
a leak in the meshed part (plant rooms, ring mains) runs a max-flow on the small meshed part
(``networkx.minimum_cut`` on the node-split graph; devices capacity 1, everything else
infinite); its residual side gives the minimum cut nearest the leak.

The collateral outage is what loses supply: elements reached from a primary source (tank,
transformer, boiler, the municipal connection) before closing, and no longer after. A booster
pump or a distribution board passes supply on, so closing the valves on both sides of the
suction header puts the whole building out, as it should.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

import networkx as nx

from fmdesk.gc_pauses import paused_gc
from fmdesk.network.errors import NetworkError, UnknownElementError
from fmdesk.network.media import ELECTRICAL, GRAVITY_MEDIA
from fmdesk.network.model import MediumView, Network
from fmdesk.network.results import IsolationResult, OutageResult, inferred_among, spaces_of
from fmdesk.network.trace import resolve_start

__all__ = ["assess_outage", "isolate_element", "isolation_media", "lost_supply"]


def isolation_media(
    network: Network, global_id: str, media: Iterable[str] | None = None
) -> tuple[str, ...]:
    """The media a leak or fault at ``global_id`` is isolated in.

    A pump leaks water, it is not a power fault: when an element sits on liquid or air
    networks and on power, only the former count; gravity drainage has nothing to close and
    counts only when it is all there is. Then the answer is its catchment: the fixtures that
    drain through the leak (``unisolated_sources``) and what lies between (``collateral``),
    whose users must stop discharging until it is repaired.
    """
    own = set(network.node_media.get(global_id, ()))
    if media is not None:
        chosen = own & set(media)
        if not chosen:
            raise NetworkError(
                f"该构件不在所选介质中 (the element is not on the media {sorted(set(media))}); "
                f"its media are {sorted(own)}."
            )
        return tuple(sorted(chosen))
    if own - GRAVITY_MEDIA:
        own -= GRAVITY_MEDIA
    if own - {ELECTRICAL}:
        own.discard(ELECTRICAL)
    return tuple(sorted(own))


@paused_gc
def isolate_element(
    network: Network,
    global_id: str,
    inoperable: Iterable[str] = (),
    media: Iterable[str] | None = None,
) -> IsolationResult:
    """Return the devices to close to isolate a leak or fault at ``global_id``.

    ``inoperable`` devices (seized, buried) are skipped, as are those marked in the user's
    corrections; the isolation then moves to the next ring out.

    >>> result = isolate_element(network, flat_pipe_id)  # doctest: +SKIP
    >>> [n.name for n in result.close], [s.label for s in result.spaces]  # doctest: +SKIP
    (['户阀 1-601'], ['1-601'])
    """
    starts = resolve_start(network, global_id)
    if len(starts) != 1 or starts[0] != global_id.strip():
        raise NetworkError(
            "隔离需要一个构件, 不是空间 (isolation needs an element, not a space); "
            "pick the leaking pipe, fitting or device."
        )
    leak = starts[0]
    blocked = network.inoperable | _check_devices(network, inoperable)
    nodes = network.nodes

    def cuttable(u: str) -> bool:
        return u != leak and nodes[u].device is not None and u not in blocked

    chosen = isolation_media(network, leak, media)
    close: dict[str, None] = {}
    skipped: dict[str, None] = {}
    cut_sources: dict[str, None] = {}
    unisolated: dict[str, None] = {}
    segment: dict[str, None] = {leak: None}
    collateral: dict[str, None] = {}
    for medium in chosen:
        view = network.media[medium]
        if medium in GRAVITY_MEDIA:
            # nothing to close on a drain: what drains through the leak must stop discharging
            upstream = _upstream_of(view, leak)
            unisolated.update(dict.fromkeys(g for g in upstream if g in view.primary_sources))
            collateral.update(dict.fromkeys(upstream))
            continue
        devices, passed, open_sources = _cut(view, leak, cuttable, nodes, blocked)
        close.update(dict.fromkeys(devices))
        skipped.update(dict.fromkeys(passed))
        unisolated.update(dict.fromkeys(open_sources))
        cut_sources.update(dict.fromkeys(_sources_behind(view, devices, leak)))
        for gid in _segment(view, leak, nodes, blocked):
            segment[gid] = None
        lost = lost_supply(view, set(devices), leak)
        for gid in lost:
            if gid not in segment and gid not in close:
                collateral[gid] = None
    collateral = {g: None for g in collateral if g not in segment}
    involved = set(segment) | set(collateral) | set(close)
    rooms, spaces = spaces_of(network, list(segment) + list(collateral))
    return IsolationResult(
        start=nodes[leak],
        media=chosen,
        close=tuple(nodes[g] for g in close),
        skipped_inoperable=tuple(nodes[g] for g in skipped),
        segment=tuple(nodes[g] for g in segment),
        collateral=tuple(nodes[g] for g in collateral),
        sources_cut=tuple(nodes[g] for g in cut_sources),
        unisolated_sources=tuple(nodes[g] for g in unisolated),
        rooms=rooms,
        spaces=spaces,
        inferred_edges_used=inferred_among(network, involved),
    )


@paused_gc
def assess_outage(
    network: Network, device_ids: Iterable[str], media: Iterable[str] | None = None
) -> OutageResult:
    """Return who loses supply when ``device_ids`` open (a tripped breaker, a closed valve).

    >>> result = assess_outage(network, [floor_breaker_id])  # doctest: +SKIP
    >>> [s.label for s in result.spaces]  # doctest: +SKIP
    ['1-301', '1-302', '1-303', '1-304']
    """
    opened: list[str] = []
    for gid in device_ids:
        opened.extend(resolve_start(network, gid))
    chosen: set[str] = set()
    for gid in opened:
        chosen |= set(isolation_media(network, gid, media))
    lost: dict[str, None] = {}
    for medium in sorted(chosen):
        for gid in lost_supply(network.media[medium], set(opened), None):
            lost[gid] = None
    affected = [g for g in lost if g not in opened]
    rooms, spaces = spaces_of(network, affected)
    nodes = network.nodes
    return OutageResult(
        opened=tuple(nodes[g] for g in opened),
        media=tuple(sorted(chosen)),
        affected=tuple(nodes[g] for g in affected),
        rooms=rooms,
        spaces=spaces,
        inferred_edges_used=inferred_among(network, set(affected) | set(opened)),
    )


def _check_devices(network: Network, global_ids: Iterable[str]) -> set[str]:
    """The GlobalIds, each checked to be an isolating device of the model."""
    checked = set()
    for gid in (g.strip() for g in global_ids):
        node = network.nodes.get(gid)
        if node is None:
            raise UnknownElementError(gid)
        if node.device is None:
            raise NetworkError(
                f"{node.name or gid} ({gid}) 不是可操作的隔离装置 (is not an isolating valve, "
                "breaker or switch); only those can be marked inoperable."
            )
        checked.add(gid)
    return checked


def _cut(
    view: MediumView,
    leak: str,
    cuttable: Callable[[str], bool],
    nodes: dict,
    blocked: set[str] | frozenset[str],
) -> tuple[list[str], list[str], list[str]]:
    """Return (devices to close, inoperable devices passed, sources that cannot be cut off)."""
    skipped: list[str] = []
    start = leak
    while start in view.tree_parent:  # a branch without sources: the first device wins
        towards = view.tree_parent[start]
        if towards is None:
            return [], skipped, []  # the branch reaches no source: nothing feeds the leak
        if cuttable(towards):
            return [towards], skipped, []
        if towards in blocked and nodes[towards].device is not None:
            skipped.append(towards)
        start = towards
    sources = view.supply_sources - {leak}
    region, passed = _region(view, start, cuttable, nodes, blocked)
    skipped.extend(g for g in passed if g not in skipped)
    unisolated = sorted(region & sources)
    targets = sources - region
    if not targets:
        return [], skipped, unisolated
    return _minimum_cut(view, start, targets, cuttable), skipped, unisolated


def _region(
    view: MediumView,
    start: str,
    cuttable: Callable[[str], bool],
    nodes: dict,
    blocked: set[str] | frozenset[str],
) -> tuple[set[str], list[str]]:
    """Elements reachable from ``start`` in the meshed part without passing a cuttable device."""
    region = {start}
    passed = []
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in view.neighbours.get(u, ()):
            if v in region or v in view.tree_parent or cuttable(v):
                continue
            region.add(v)
            if v in blocked and nodes[v].device is not None:
                passed.append(v)
            queue.append(v)
    return region, passed


def _minimum_cut(
    view: MediumView, start: str, targets: set[str], cuttable: Callable[[str], bool]
) -> list[str]:
    """Minimum vertex cut in the meshed part between ``start`` and ``targets``, nearest
    ``start`` among minimum cuts (the residual side of a max-flow)."""
    flow = nx.DiGraph()
    component = {start}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        if cuttable(u):
            flow.add_edge((u, 0), (u, 1), capacity=1)
        else:
            flow.add_edge((u, 0), (u, 1))
        if u in targets:
            flow.add_edge((u, 0), "SINK")
        for v in view.neighbours.get(u, ()):
            if v in view.tree_parent:
                continue
            flow.add_edge((u, 1), (v, 0))
            if v not in component:
                component.add(v)
                queue.append(v)
    if "SINK" not in flow:
        return []
    residual = nx.flow.edmonds_karp(flow, (start, 1), "SINK")
    near = {(start, 1)}  # residual reachability from the leak: the cut nearest the leak
    queue = deque(near)
    while queue:
        u = queue.popleft()
        for v, data in residual.succ[u].items():
            if v not in near and data["capacity"] - data["flow"] > 0:
                near.add(v)
                queue.append(v)
    return sorted(u for u in component if (u, 0) in near and (u, 1) not in near)


def _sources_behind(view: MediumView, devices: list[str], leak: str) -> list[str]:
    """The primary sources upstream of the closed devices: what the leak is cut off from."""
    seen = set(devices) | {leak}
    queue = deque(devices)
    found = []
    while queue:
        u = queue.popleft()
        for v in view.up.get(u, ()):
            if v in seen:
                continue
            seen.add(v)
            if v in view.primary_sources:
                found.append(v)
            else:
                queue.append(v)
    return found


def _upstream_of(view: MediumView, leak: str) -> list[str]:
    """Everything whose flow passes through ``leak`` on its way down (a drain's catchment)."""
    seen = {leak}
    order = []
    queue = deque([leak])
    while queue:
        u = queue.popleft()
        for v in view.up.get(u, ()):
            if v not in seen:
                seen.add(v)
                order.append(v)
                queue.append(v)
    return order


def _segment(
    view: MediumView, leak: str, nodes: dict, blocked: set[str] | frozenset[str]
) -> list[str]:
    """The leak and what lies with it between isolating devices (closed or not)."""
    seen = {leak}
    order = [leak]
    queue = deque([leak])
    while queue:
        u = queue.popleft()
        for v in view.neighbours.get(u, ()):
            if v in seen:
                continue
            seen.add(v)
            if nodes[v].device is not None and v not in blocked:
                continue
            order.append(v)
            queue.append(v)
    return order


def lost_supply(view: MediumView, closed: set[str], leak: str | None) -> list[str]:
    """Elements supplied before that are no longer supplied once ``closed`` (and the leaking
    element) are out, in walking order.

    Walks downstream from what is taken out, but stops below an element that still has a
    supplied feed from outside the walked region (a parallel pump, the other end of a ring),
    so the cost follows the outage, not the building. A stop is re-examined when its feed
    turns out to be inside the region after all. A feed the element itself feeds (both ways
    on an undirected ring) does not count; a directed loop fed only through what is taken out
    can still be reported as supplied (the network check flags directed loops).
    """
    removed = set(closed)
    if leak is not None:
        removed.add(leak)
    supplied, up, down = view.supplied, view.up, view.down
    candidates: dict[str, None] = {}
    witness: dict[str, str] = {}
    queue: deque[str] = deque()

    def feed_of(node: str) -> str | None:
        if node in view.primary_sources:
            return node
        below = down.get(node, ())
        for u in up.get(node, ()):
            # a feed that the node itself feeds (an undirected ring) proves nothing
            if u in supplied and u not in removed and u not in candidates and u not in below:
                return u
        return None

    def expand(node: str) -> None:
        queue.extend(v for v in down.get(node, ()) if v not in removed and v not in candidates)

    for node in removed:
        expand(node)
    while True:
        while queue:
            c = queue.popleft()
            if c in candidates or c in removed:
                continue
            candidates[c] = None
            feed = feed_of(c)
            if feed is not None:
                witness[c] = feed
            else:
                expand(c)
        stale = [c for c, feed in witness.items() if feed != c and feed in candidates]
        if not stale:
            break
        for c in stale:
            feed = feed_of(c)
            if feed is None:
                del witness[c]
                expand(c)
            else:
                witness[c] = feed
    still = set(witness)
    queue = deque(witness)
    while queue:
        u = queue.popleft()
        for v in down.get(u, ()):
            if v in candidates and v not in still:
                still.add(v)
                queue.append(v)
    return [c for c in candidates if c in supplied and c not in still]
