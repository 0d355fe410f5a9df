"""Orient the edges whose ports give no direction, and find the edges that lie on loops.

Edges without a usable direction (SOURCEANDSINK, NOTDEFINED, unset: Revit writes these, and
every inferred edge) are oriented by walking outward from the network's sources: user-marked
sources, the public supply connection (市政给水接入) and elements that only feed first, then
tanks, transformers and boilers, then pumps, fans and boards. An edge on a loop (parallel
pumps, a ring main fed from either side, a heating flow and return) or reached from both ends
at once stays undirected: no direction is made up.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import replace

from fmdesk.network.devices import PRIMARY_SOURCE_KINDS, is_supply_connection, supply_kinds
from fmdesk.network.model import NetworkEdge, NetworkNode

__all__ = ["edges_on_loops", "orient_edges"]


def orient_edges(
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
        on_loops = edges_on_loops([edges[n] for n in numbers])
        for n in loose:
            edge = edges[n]
            du, dv = distance.get(edge.upstream), distance.get(edge.downstream)
            if du is None or dv is None or du == dv or edge.key in on_loops:
                continue  # unreached, or fed from both sides (a ring main): leave undirected
            forward = du < dv
            result[n] = replace(
                edge,
                upstream=edge.upstream if forward else edge.downstream,
                downstream=edge.downstream if forward else edge.upstream,
                directed=True,
                ports=edge.ports if forward else (edge.ports[1], edge.ports[0]),
                oriented_by="sources",
            )
    return result


def edges_on_loops(edges: list[NetworkEdge]) -> set[tuple[str, str]]:
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
