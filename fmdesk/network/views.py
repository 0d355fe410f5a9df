"""Adjacency per medium, the sources of each, what they supply, and the source-free branches.

A trace or an isolation walks one medium at a time through plain adjacency lists; the sources
decide where upstream stops and what a closed valve cuts off; branches without sources (a
flat's pipes, a floor's circuits) are stripped leaf by leaf so isolating anything on them needs
no search (:mod:`fmdesk.network.isolate`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from fmdesk.network.devices import (
    PRIMARY_SOURCE_KINDS,
    is_supply_connection,
    pushing_kinds,
    supply_kinds,
)
from fmdesk.network.model import MediumView, NetworkEdge, NetworkNode

__all__ = ["find_sources", "medium_views", "node_media", "peel", "reach"]


def medium_views(edges: list[NetworkEdge]) -> dict[str, MediumView]:
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


def find_sources(view: MediumView, nodes: dict[str, NetworkNode], user: frozenset[str]) -> None:
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
        component = reach(view.neighbours, [start])
        seen |= component
        if not component & primary:
            primary |= component & supply
    view.primary_sources = primary
    view.supply_sources = primary | {u for u in supply if nodes[u].kind in pushing}


def reach(adjacency: dict[str, list[str]], starts: Iterable[str]) -> set[str]:
    reached = set(starts)
    stack = list(reached)
    while stack:
        u = stack.pop()
        for v in adjacency.get(u, ()):
            if v not in reached:
                reached.add(v)
                stack.append(v)
    return reached


def peel(neighbours: dict[str, list[str]], pinned: set[str]) -> dict[str, str | None]:
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


def node_media(edges: list[NetworkEdge]) -> dict[str, frozenset[str]]:
    media: dict[str, set[str]] = {}
    for edge in edges:
        media.setdefault(edge.upstream, set()).add(edge.medium)
        media.setdefault(edge.downstream, set()).add(edge.medium)
    return {u: frozenset(m) for u, m in media.items()}
