"""Build the directed element graph of a model's pipe, duct and cable networks.

Elements are nodes; IfcRelConnectsPorts are edges, oriented SOURCE → SINK by the ports'
FlowDirection. Edges without a usable direction (SOURCEANDSINK, NOTDEFINED, unset: Revit
writes these) are oriented by walking outward from the network's sources: user-marked sources,
the public supply connection (市政给水接入) and elements that only feed first, then tanks,
transformers and boilers, then pumps, fans and boards. An edge on a loop (parallel pumps, a
ring main: fed from either side) or reached from both ends at once stays undirected. Missing
connections are inferred (see :mod:`fmdesk.network.infer`) and marked with their basis; the
user's corrections decide which inferred edges stay. Building is linear in the model size
(apart from a bridge search where undirected edges exist) and reports progress.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable

from fmdesk.errors import CancelledError
from fmdesk.gc_pauses import gc_paused
from fmdesk.network.corrections import Corrections
from fmdesk.network.devices import (
    PRIMARY_SOURCE_KINDS,
    device_type,
    is_supply_connection,
    network_kind,
    pushing_kinds,
    supply_kinds,
)
from fmdesk.network.inputs import NetworkInputs, Progress
from fmdesk.network.media import (
    ELECTRICAL,
    GENERIC_PIPE,
    element_domain,
    medium_from_port_type,
    medium_from_text,
)
from fmdesk.network.model import MediumView, Network, NetworkEdge, NetworkNode

__all__ = ["build_network"]

_NETWORK_KINDS = frozenset(
    {
        "pump",
        "tank",
        "valve",
        "meter",
        "pipe",
        "fitting",
        "sanitary",
        "waste_terminal",
        "stack_terminal",
        "fire_terminal",
        "hydrant",
        "sprinkler",
        "hose_reel",
        "chamber",
        "interceptor",
        "boiler",
        "space_heater",
        "heat_exchanger",
        "chiller",
        "cooling_tower",
    }
)


def build_network(
    inputs: NetworkInputs,
    corrections: Corrections | None = None,
    *,
    infer: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Network:
    """Return the :class:`Network` of a model read by :func:`read_network_inputs`.

    ``corrections`` (see :mod:`fmdesk.network.corrections`) add user sources, inoperable
    devices, accepted/rejected inferred edges and user-drawn edges. ``infer`` adds edges for
    missing connections (circuit membership, then proximity). ``cancelled()`` is polled
    between stages and raises :class:`fmdesk.errors.CancelledError`.

    >>> network = build_network(read_network_inputs(model))  # doctest: +SKIP
    >>> network.media["water"].primary_sources  # doctest: +SKIP
    {'1hOSvn6df7F8_7GcBWlR72', ...}
    """
    with gc_paused():
        return _build(inputs, corrections or Corrections(), infer, _Stepper(progress, cancelled))


def _build(inputs: NetworkInputs, corrections: Corrections, infer: bool, step: _Stepper) -> Network:
    step(0.0, "构件 nodes")
    nodes, element_systems = _make_nodes(inputs)
    step(0.15, "连接 edges")
    system_media = _system_media(inputs)
    edges = _explicit_edges(inputs, nodes, element_systems, system_media)
    if infer:
        step(0.35, "推断缺失连接 inferring missing connections")
        from fmdesk.network.infer import infer_edges

        edges += infer_edges(inputs, nodes, edges, element_systems, system_media)
    edges = _apply_corrections(edges, corrections, nodes, element_systems, system_media)
    step(0.5, "定向 orienting")
    user_sources = frozenset(s for s in corrections.sources if s in nodes)
    edges = _orient(edges, nodes, user_sources)
    step(0.65, "按介质建立邻接 adjacency per medium")
    media = _medium_views(edges)
    step(0.75, "水源与供给 sources and supply")
    for view in media.values():
        _find_sources(view, nodes, user_sources)
        view.supplied = _reach(view.down, view.primary_sources)
        view.tree_parent = _peel(view.neighbours, view.supply_sources)
    step(0.9, "汇总 indexes")
    network = Network(
        nodes=nodes,
        edges=edges,
        media=media,
        node_media=_node_media(edges),
        spaces=inputs.spaces,
        space_children=_children(inputs.space_parent),
        space_elements=_space_elements(nodes),
        inferred={
            pair: edge
            for edge in edges
            if edge.inferred
            for pair in ((edge.upstream, edge.downstream), (edge.downstream, edge.upstream))
        },
        outside={
            e.global_id: e.name or e.ifc_class for e in inputs.elements if e.global_id not in nodes
        },
        inoperable=frozenset(g for g in corrections.inoperable if g in nodes),
        user_sources=user_sources,
        schema=inputs.schema,
    )
    step(1.0, "完成 done")
    return network


class _Stepper:
    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fraction: float, message: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise CancelledError("network building cancelled")
        if self.progress is not None:
            self.progress(fraction, message)


def _make_nodes(inputs: NetworkInputs) -> tuple[dict[str, NetworkNode], dict[str, list[str]]]:
    element_systems: dict[str, list[str]] = {}
    for system in inputs.systems:
        for member in system.member_ids:
            element_systems.setdefault(member, []).append(system.global_id)
    system_names = {s.global_id: s.name or s.global_id for s in inputs.systems}
    hosts = {port.host_id for port in inputs.ports if port.host_id}
    flats = _flat_lookup(inputs)
    nodes = {}
    for element in inputs.elements:
        gid = element.global_id
        if not (
            gid in hosts
            or gid in element_systems
            or gid in inputs.distribution_ids
            or element.kind in _NETWORK_KINDS
        ):
            continue
        kind = network_kind(element.kind, element.name, element.type_name)
        flat_id = flats.get(element.space_id) if element.space_id else None
        flat = inputs.spaces.get(flat_id) if flat_id else None
        nodes[gid] = NetworkNode(
            global_id=gid,
            ifc_class=element.ifc_class,
            kind=kind,
            name=element.name,
            tag=element.tag,
            predefined_type=element.predefined_type,
            storey=element.storey_name,
            space_id=element.space_id,
            space=element.space_name,
            flat_id=flat_id,
            flat=flat.label if flat else None,
            systems=tuple(system_names[s] for s in element_systems.get(gid, ())),
            device=device_type(kind, element.predefined_type, element.name),
        )
    return nodes, element_systems


def _flat_lookup(inputs: NetworkInputs) -> dict[str, str]:
    """space → its top-level space (the flat a room belongs to)."""
    flats = {}
    for space_id in inputs.spaces:
        current, seen = space_id, 0
        while current in inputs.space_parent and seen < 16:
            current, seen = inputs.space_parent[current], seen + 1
        flats[space_id] = current
    return flats


def _system_media(inputs: NetworkInputs) -> dict[str, str | None]:
    media = {}
    for system in inputs.systems:
        medium = medium_from_text(system.predefined_type) or medium_from_text(system.name)
        if medium is None and system.ifc_class == "IfcElectricalCircuit":
            medium = ELECTRICAL
        media[system.global_id] = medium
    return media


def edge_medium(
    a: NetworkNode,
    b: NetworkNode,
    port_texts: Iterable[tuple[str | None, str | None]],
    element_systems: dict[str, list[str]],
    system_media: dict[str, str | None],
) -> str:
    """Return the medium of an edge between ``a`` and ``b`` (see :mod:`fmdesk.network.media`).

    ``port_texts`` are ``(system_type, predefined_type)`` of the ports at either end.
    """
    port_texts = list(port_texts)
    for system_type, _ in port_texts:
        medium = medium_from_text(system_type)
        if medium is not None:
            return medium
    shared = set(element_systems.get(a.global_id, ())) & set(element_systems.get(b.global_id, ()))
    media = {system_media[s] for s in shared if system_media.get(s)}
    domain = element_domain(a.kind) or element_domain(b.kind)
    if len(media) == 1:
        return media.pop()
    if media:
        return domain if domain in media else sorted(m for m in media if m)[0]  # type: ignore[type-var]
    for _, port_type in port_texts:
        medium = medium_from_port_type(port_type)
        if medium is not None and medium != GENERIC_PIPE:
            return medium
    return domain or GENERIC_PIPE


_NO_PORT: tuple[None, tuple[None, None]] = (None, (None, None))


def _explicit_edges(
    inputs: NetworkInputs,
    nodes: dict[str, NetworkNode],
    element_systems: dict[str, list[str]],
    system_media: dict[str, str | None],
) -> list[NetworkEdge]:
    ports = {
        port.global_id: (port.flow_direction, (port.system_type, port.predefined_type))
        for port in inputs.ports
    }
    media_cache: dict[tuple, str] = {}
    edges = []
    seen: set[tuple[str, str]] = set()
    for connection in inputs.connections:
        a, b = connection.relating_host_id, connection.related_host_id
        if a is None or b is None or a == b or a not in nodes or b not in nodes:
            continue
        dir_a, text_a = ports.get(connection.relating_port_id, _NO_PORT)
        dir_b, text_b = ports.get(connection.related_port_id, _NO_PORT)
        forward = dir_a == "SOURCE" or dir_b == "SINK"
        backward = dir_a == "SINK" or dir_b == "SOURCE"
        texts = (text_a, text_b)
        node_a, node_b = nodes[a], nodes[b]
        cache_key = (texts, node_a.systems, node_b.systems, node_a.kind, node_b.kind)
        medium = media_cache.get(cache_key)
        if medium is None:
            medium = media_cache[cache_key] = edge_medium(
                node_a, node_b, texts, element_systems, system_media
            )
        port_ids = (connection.relating_port_id, connection.related_port_id)
        if backward and not forward:
            a, b, port_ids = b, a, (port_ids[1], port_ids[0])
        if (a, b) in seen:
            continue
        seen.add((a, b))
        directed = forward != backward
        edges.append(
            NetworkEdge(
                upstream=a,
                downstream=b,
                medium=medium,
                directed=directed,
                ports=port_ids,
                oriented_by="FlowDirection" if directed else None,
            )
        )
    return edges


def _apply_corrections(
    edges: list[NetworkEdge],
    corrections: Corrections,
    nodes: dict[str, NetworkNode],
    element_systems: dict[str, list[str]],
    system_media: dict[str, str | None],
) -> list[NetworkEdge]:
    kept = []
    for edge in edges:
        if edge.inferred:
            if edge.key in corrections.rejected_edges:
                continue
            if edge.key in corrections.accepted_edges:
                edge = _replace(edge, accepted=True)
        kept.append(edge)
    present = {edge.key for edge in kept}
    for a, b in sorted(corrections.added_edges):
        if a in nodes and b in nodes and a != b and _pair(a, b) not in present:
            medium = edge_medium(nodes[a], nodes[b], (), element_systems, system_media)
            kept.append(
                NetworkEdge(
                    a,
                    b,
                    medium,
                    True,
                    inferred=True,
                    basis="user",
                    accepted=True,
                    oriented_by="user",
                )
            )
    return kept


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _replace(edge: NetworkEdge, **changes: object) -> NetworkEdge:
    from dataclasses import replace

    return replace(edge, **changes)


def _orient(
    edges: list[NetworkEdge], nodes: dict[str, NetworkNode], user_sources: frozenset[str]
) -> list[NetworkEdge]:
    """Orient undirected edges away from the sources, medium by medium (see module doc)."""
    by_medium: dict[str, list[int]] = {}
    for number, edge in enumerate(edges):
        by_medium.setdefault(edge.medium, []).append(number)
    result = list(edges)
    for numbers in by_medium.values():
        loose = [n for n in numbers if not edges[n].directed]
        if not loose:
            continue
        neighbours: dict[str, list[str]] = {}
        has_in, has_out = set(), set()
        for n in numbers:
            edge = edges[n]
            neighbours.setdefault(edge.upstream, []).append(edge.downstream)
            neighbours.setdefault(edge.downstream, []).append(edge.upstream)
            if edge.directed:
                has_out.add(edge.upstream)
                has_in.add(edge.downstream)
        loose_ends = {edges[n].upstream for n in loose} | {edges[n].downstream for n in loose}
        first = [
            u
            for u in neighbours
            if u in user_sources
            or is_supply_connection(nodes[u].name)
            or (u in has_out and u not in has_in and u not in loose_ends)
        ]
        primary = [u for u in neighbours if nodes[u].kind in PRIMARY_SOURCE_KINDS]
        feeding = supply_kinds(edges[numbers[0]].medium)
        second = [u for u in neighbours if nodes[u].kind in feeding]
        distance: dict[str, int] = {}
        for starts in (first, primary, second):
            queue = deque(u for u in starts if u not in distance)
            for u in queue:
                distance[u] = 0
            while queue:
                u = queue.popleft()
                for v in neighbours[u]:
                    if v not in distance:
                        distance[v] = distance[u] + 1
                        queue.append(v)
        on_loops = _edges_on_loops([edges[n] for n in numbers])
        for n in loose:
            edge = edges[n]
            du, dv = distance.get(edge.upstream), distance.get(edge.downstream)
            if du is None or dv is None or du == dv or edge.key in on_loops:
                continue  # unreached, or fed from both sides (a ring main): leave undirected
            forward = du < dv
            result[n] = NetworkEdge(
                edge.upstream if forward else edge.downstream,
                edge.downstream if forward else edge.upstream,
                edge.medium,
                True,
                edge.inferred,
                edge.basis,
                edge.accepted,
                edge.ports if forward else (edge.ports[1], edge.ports[0]),
                "sources",
            )
    return result


def _edges_on_loops(edges: list[NetworkEdge]) -> set[tuple[str, str]]:
    """Keys of the edges that lie on a loop (not bridges): a ring main or parallel pumps can
    be fed from either side, so their direction is not decided by distance.

    Iterative Tarjan low-link (no recursion limit on long runs of pipe)."""
    adjacency: dict[str, list[tuple[str, int]]] = defaultdict(list)
    keys = []
    for number, edge in enumerate(edges):
        a, b = edge.key
        keys.append((a, b))
        adjacency[a].append((b, number))
        adjacency[b].append((a, number))
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    bridges: set[int] = set()
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, -1, iter(adjacency[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            advanced = False
            for other, number in neighbours:
                if number == via:
                    continue
                if other in order:
                    low[node] = min(low[node], order[other])
                else:
                    order[other] = low[other] = len(order)
                    stack.append((other, number, iter(adjacency[other])))
                    advanced = True
                    break
            if advanced:
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent]:
                    bridges.add(via)
    return {keys[n] for n in range(len(edges)) if n not in bridges}


def _medium_views(edges: list[NetworkEdge]) -> dict[str, MediumView]:
    grouped: dict[str, list[NetworkEdge]] = defaultdict(list)
    for edge in edges:
        grouped[edge.medium].append(edge)
    views: dict[str, MediumView] = {}
    for medium, group in grouped.items():
        down: dict[str, list[str]] = defaultdict(list)
        up: dict[str, list[str]] = defaultdict(list)
        neighbours: dict[str, set[str]] = defaultdict(set)
        for edge in group:
            a, b = edge.upstream, edge.downstream
            down[a].append(b)
            up[b].append(a)
            if not edge.directed:
                down[b].append(a)
                up[a].append(b)
            neighbours[a].add(b)
            neighbours[b].add(a)
        views[medium] = MediumView(medium, dict(down), dict(up), dict(neighbours))
    return views


def _find_sources(view: MediumView, nodes: dict[str, NetworkNode], user: frozenset[str]) -> None:
    primary = {
        u
        for u in view.neighbours
        if u in user
        or nodes[u].kind in PRIMARY_SOURCE_KINDS
        or (u in view.down and u not in view.up)
        or (u not in view.up and is_supply_connection(nodes[u].name))
    }
    feeding, pushing = supply_kinds(view.medium), pushing_kinds(view.medium)
    supply = {u for u in view.neighbours if nodes[u].kind in feeding}
    # a closed loop (a heating circuit without a modelled boiler) still has its pumps
    seen: set[str] = set()
    for start in view.neighbours:
        if start in seen:
            continue
        component = _reach(view.neighbours, [start])
        seen |= component
        if not component & primary:
            primary |= component & supply
    view.primary_sources = primary
    view.supply_sources = primary | {u for u in supply if nodes[u].kind in pushing}


def _reach(adjacency: dict[str, list[str]], starts: Iterable[str]) -> set[str]:
    reached = set(starts)
    stack = list(reached)
    while stack:
        u = stack.pop()
        for v in adjacency.get(u, ()):
            if v not in reached:
                reached.add(v)
                stack.append(v)
    return reached


def _peel(neighbours: dict[str, list[str]], pinned: set[str]) -> dict[str, str | None]:
    """Strip source-free branches leaf by leaf; each stripped element remembers the neighbour
    towards the meshed rest. Isolating anything on such a branch needs only the first device
    on that way."""
    degree = {u: len(vs) for u, vs in neighbours.items()}
    parent: dict[str, str | None] = {}
    stack = [u for u, d in degree.items() if d <= 1 and u not in pinned]
    while stack:
        v = stack.pop()
        if v in parent:
            continue
        towards = None
        for w in neighbours[v]:
            if w not in parent:
                towards = w
                degree[w] -= 1
                if degree[w] <= 1 and w not in pinned:
                    stack.append(w)
        parent[v] = towards
    return parent


def _node_media(edges: list[NetworkEdge]) -> dict[str, frozenset[str]]:
    media: dict[str, set[str]] = {}
    for edge in edges:
        media.setdefault(edge.upstream, set()).add(edge.medium)
        media.setdefault(edge.downstream, set()).add(edge.medium)
    return {u: frozenset(m) for u, m in media.items()}


def _children(space_parent: dict[str, str]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {}
    for child, parent in space_parent.items():
        children.setdefault(parent, []).append(child)
    return children


def _space_elements(nodes: dict[str, NetworkNode]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for gid, node in nodes.items():
        if node.space_id:
            result.setdefault(node.space_id, []).append(gid)
    return result
