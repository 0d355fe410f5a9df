"""Isolate leaks or faults: the fewest operable devices that cut each off from every source,
the isolated segment, and who else is out while they are closed.

The question is a minimum vertex cut between the leaking element and the sources in which only
operable isolating devices may be cut. Most of a building's network is branches that hold no
source (a flat's pipes, a floor's circuits); the builder strips those leaf by leaf and keeps,
for each stripped element, the next element towards the meshed rest. A leak on such a branch
is cut off by the first operable device on that way (one device, the nearest: no search). Only
a leak in the meshed part (plant rooms, ring mains, heating flow and return) runs a max-flow on
the small meshed part (``networkx.minimum_cut`` on the node-split graph; devices capacity 1,
everything else infinite); its residual side gives the minimum cut nearest the leak. On a loop
the cut is two-sided: a radiator between its flow and return valves needs both closed, since
the return side runs back into the leak.

When a source is joined to the leak with no operable device between (a pump or boiler right
at the leak, a tank without an outlet valve), no valve set isolates the leak without taking
that source out of service: the answer says so (``unisolated_sources``) and names the smallest
set that isolates the leak together with that source.

The collateral outage is what loses supply (:mod:`fmdesk.network.supply`): elements reached
from a primary source before closing and no longer after, and on other networks what stops
with the equipment that loses its power.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from fmdesk.gc_pauses import paused_gc
from fmdesk.i18n import _t
from fmdesk.network.errors import NetworkError, UnknownElementError
from fmdesk.network.media import ELECTRICAL, GRAVITY_MEDIA
from fmdesk.network.model import MediumView, Network
from fmdesk.network.results import IsolationResult, OutageResult, inferred_among, spaces_of
from fmdesk.network.supply import knock_on, lost_supply, upstream_of
from fmdesk.network.trace import resolve_start

__all__ = ["assess_outage", "isolate_element", "isolate_faults", "isolation_media"]


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
                _t(
                    "The element is not on the media {wanted}; its media are {own}.",
                    wanted=sorted(set(media)),
                    own=sorted(own),
                )
            )
        return tuple(sorted(chosen))
    if own - GRAVITY_MEDIA:
        own -= GRAVITY_MEDIA
    if own - {ELECTRICAL}:
        own.discard(ELECTRICAL)
    return tuple(sorted(own))


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
    return isolate_faults(network, [global_id], (), inoperable, media)  # type: ignore[return-value]


@paused_gc
def isolate_faults(
    network: Network,
    leaks: Iterable[str],
    trips: Iterable[str] = (),
    inoperable: Iterable[str] = (),
    media: Iterable[str] | None = None,
) -> IsolationResult | OutageResult:
    """Several faults at once: isolate each leak, open each tripped device, and report the
    merged answer (an :class:`OutageResult` when there are only trips).

    >>> isolate_faults(network, [pipe_a, pipe_b], [pump_breaker]).close  # doctest: +SKIP
    """
    leak_ids = [_element(network, gid) for gid in leaks]
    if not leak_ids:
        return assess_outage(network, trips, media)
    opened = [
        _device(network, gid, _t("Only a valve, breaker or switch can trip.")) for gid in trips
    ]
    blocked = network.inoperable | _check_devices(network, inoperable)
    plan = _Plan(network, blocked)
    for leak in leak_ids:
        plan.isolate(leak, media)
    for gid in opened:
        plan.media.update(isolation_media(network, gid, media))
    return plan.result(leak_ids, opened)


class _Plan:
    """What isolating several leaks adds up to."""

    def __init__(self, network: Network, blocked: frozenset[str] | set[str]) -> None:
        self.network, self.blocked = network, blocked
        self.media: set[str] = set()
        self.close: dict[str, None] = {}
        self.skipped: dict[str, None] = {}
        self.cut_sources: dict[str, None] = {}
        self.unisolated: dict[str, None] = {}
        self.segment: dict[str, None] = {}
        self.catchment: dict[str, None] = {}
        self.unpowered: dict[str, None] = {}
        """Elements without power because of an electrical fault's segment."""

    def isolate(self, leak: str, media: Iterable[str] | None) -> None:
        network, nodes, blocked = self.network, self.network.nodes, self.blocked
        leaks = set(self.segment)

        def cuttable(u: str) -> bool:
            return u != leak and u not in leaks and nodes[u].device is not None and u not in blocked

        self.segment[leak] = None
        for medium in isolation_media(network, leak, media):
            self.media.add(medium)
            view = network.media[medium]
            if medium in GRAVITY_MEDIA:
                # nothing to close on a drain: what drains through the leak must stop discharging
                upstream = upstream_of(view, leak)
                self.unisolated.update(
                    dict.fromkeys(g for g in upstream if g in view.primary_sources)
                )
                self.catchment.update(dict.fromkeys(upstream))
                continue
            devices, passed, open_sources = _cut(view, leak, cuttable, nodes, blocked)
            self.close.update(dict.fromkeys(devices))
            self.skipped.update(dict.fromkeys(passed))
            self.unisolated.update(dict.fromkeys(open_sources))
            self.cut_sources.update(dict.fromkeys(_sources_behind(view, devices, leak)))
            segment = _segment(view, leak, nodes, blocked)
            self.segment.update(dict.fromkeys(segment))
            if medium == ELECTRICAL:
                self.unpowered.update(dict.fromkeys(segment))

    def result(self, leaks: list[str], opened: list[str]) -> IsolationResult:
        network, nodes = self.network, self.network.nodes
        closed = set(self.close) | set(opened)
        lost: dict[str, None] = dict(self.catchment)
        unpowered = dict(self.unpowered)
        for medium in sorted(self.media):
            if medium not in GRAVITY_MEDIA:
                out = _lost(network.media[medium], closed, leaks)
                lost.update(dict.fromkeys(out))
                if medium == ELECTRICAL:
                    unpowered.update(dict.fromkeys(out))
        collateral = [g for g in lost if g not in self.segment and g not in closed]
        keep_out = set(self.segment) | set(collateral) | closed
        powerless, lost_service = knock_on(network, unpowered, keep_out)
        involved = set(self.segment) | set(collateral) | closed | set(lost_service)
        served = list(leaks) + list(self.segment) + collateral + lost_service
        rooms, spaces = spaces_of(network, served, service_only=True)
        return IsolationResult(
            starts=tuple(nodes[g] for g in leaks),
            media=tuple(sorted(self.media)),
            close=tuple(nodes[g] for g in self.close),
            skipped_inoperable=tuple(nodes[g] for g in self.skipped),
            segment=tuple(nodes[g] for g in self.segment),
            collateral=tuple(nodes[g] for g in collateral),
            sources_cut=tuple(nodes[g] for g in self.cut_sources),
            unisolated_sources=tuple(nodes[g] for g in self.unisolated),
            rooms=rooms,
            spaces=spaces,
            inferred_edges_used=inferred_among(network, involved),
            opened=tuple(nodes[g] for g in opened),
            powerless=tuple(nodes[g] for g in powerless),
            lost_service=tuple(nodes[g] for g in lost_service),
        )


def _lost(view: MediumView, closed: set[str], leaks: list[str]) -> list[str]:
    removed = closed | {leak for leak in leaks if leak in view.neighbours}
    return lost_supply(view, removed, None)


@paused_gc
def assess_outage(
    network: Network, device_ids: Iterable[str], media: Iterable[str] | None = None
) -> OutageResult:
    """Return who loses supply when ``device_ids`` open (tripped breakers, closed valves), on
    their networks and, through the equipment that loses power, on the others.

    >>> result = assess_outage(network, [floor_breaker_id])  # doctest: +SKIP
    >>> [s.label for s in result.spaces]  # doctest: +SKIP
    ['1-301', '1-302', '1-303', '1-304']
    """
    opened: list[str] = []
    for gid in device_ids:
        opened.extend(g for g in resolve_start(network, gid) if g not in opened)
    chosen: set[str] = set()
    for gid in opened:
        chosen |= set(isolation_media(network, gid, media))
    lost: dict[str, None] = {}
    for medium in sorted(chosen):
        for gid in lost_supply(network.media[medium], set(opened), None):
            lost[gid] = None
    affected = [g for g in lost if g not in opened]
    unpowered = [g for g in affected if ELECTRICAL in network.node_media.get(g, ())]
    powerless, lost_service = knock_on(network, unpowered, set(affected) | set(opened))
    rooms, spaces = spaces_of(network, affected + lost_service, service_only=True)
    nodes = network.nodes
    return OutageResult(
        opened=tuple(nodes[g] for g in opened),
        media=tuple(sorted(chosen)),
        affected=tuple(nodes[g] for g in affected),
        rooms=rooms,
        spaces=spaces,
        inferred_edges_used=inferred_among(
            network, set(affected) | set(opened) | set(lost_service)
        ),
        powerless=tuple(nodes[g] for g in powerless),
        lost_service=tuple(nodes[g] for g in lost_service),
    )


def _element(network: Network, global_id: str) -> str:
    starts = resolve_start(network, global_id)
    if len(starts) != 1 or starts[0] != global_id.strip():
        raise NetworkError(
            _t("Isolation needs an element, not a space; pick the leaking pipe, fitting or device.")
        )
    return starts[0]


def _device(network: Network, global_id: str, hint) -> str:
    gid = _element(network, global_id)
    node = network.nodes[gid]
    if node.device is None:
        raise NetworkError(
            _t(
                "{name} ({global_id}) is not an isolating valve, breaker or switch. {hint}",
                name=node.name or gid,
                global_id=gid,
                hint=hint,
            )
        )
    return gid


def _check_devices(network: Network, global_ids: Iterable[str]) -> set[str]:
    """The GlobalIds, each checked to be an isolating device of the model."""
    checked = set()
    for gid in (g.strip() for g in global_ids):
        node = network.nodes.get(gid)
        if node is None:
            raise UnknownElementError(gid)
        if node.device is None:
            raise NetworkError(
                _t(
                    "{name} ({global_id}) is not an isolating valve, breaker or switch; only "
                    "those can be marked inoperable.",
                    name=node.name or gid,
                    global_id=gid,
                )
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
    if targets:
        return _minimum_cut(view, start, targets, cuttable), skipped, unisolated
    if unisolated:  # isolate the leak together with the sources it cannot be cut off from
        return _boundary_devices(view, region, cuttable), skipped, unisolated
    return [], skipped, unisolated


def _boundary_devices(
    view: MediumView, region: set[str], cuttable: Callable[[str], bool]
) -> list[str]:
    """The operable devices next to ``region`` that lead on to the rest of the network:
    closing them isolates the region (the leak with its sources) from everyone else."""
    found = []
    for u in region:
        for v in view.neighbours.get(u, ()):
            if v not in region and cuttable(v) and any(w not in region for w in view.neighbours[v]):
                found.append(v)
    return sorted(set(found))


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
    import networkx as nx  # only a leak in the meshed part needs it

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
    try:
        residual = nx.flow.edmonds_karp(flow, (start, 1), "SINK")
    except nx.NetworkXUnbounded:  # some target is joined to the leak with no device between
        return []
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
