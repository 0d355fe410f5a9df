"""Build the directed element graph of a model's pipe, duct and cable networks.

Elements are nodes (:mod:`fmdesk.network.nodes`); the model's IfcRelConnectsPorts are edges,
oriented SOURCE → SINK by the ports' FlowDirection (:mod:`fmdesk.network.links`); missing
connections are inferred and marked with their basis and confidence
(:mod:`fmdesk.network.infer`); the user's corrections decide which inferred edges stay;
undirected edges are oriented from the sources (:mod:`fmdesk.network.orient`); then each
medium gets its adjacency, sources and source-free branches (:mod:`fmdesk.network.views`).
Building is linear in the model size (apart from a bridge search where undirected edges
exist) and reports progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from fmdesk.errors import CancelledError
from fmdesk.gc_pauses import gc_paused
from fmdesk.i18n import Msg, _t
from fmdesk.network.corrections import Corrections
from fmdesk.network.inputs import NetworkInputs, Progress
from fmdesk.network.links import edge_medium, port_edges, system_media
from fmdesk.network.media import ELECTRICAL
from fmdesk.network.model import Network, NetworkEdge, NetworkNode
from fmdesk.network.nodes import make_nodes
from fmdesk.network.orient import orient_edges
from fmdesk.network.views import find_sources, medium_views, node_media, peel, reach

__all__ = ["build_network"]

_POWERED_KINDS = frozenset(
    {"pump", "fan", "boiler", "chiller", "compressor", "unitary_equipment", "cooling_tower"}
)
"""Equipment whose liquid or air function stops without its electrical feed."""


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
    missing connections (see :mod:`fmdesk.network.infer`). ``cancelled()`` is polled between
    stages and raises :class:`fmdesk.errors.CancelledError`.

    >>> network = build_network(read_network_inputs(model))  # doctest: +SKIP
    >>> network.media["water"].primary_sources  # doctest: +SKIP
    {'1hOSvn6df7F8_7GcBWlR72', ...}
    """
    with gc_paused():
        return _build(inputs, corrections or Corrections(), infer, _Stepper(progress, cancelled))


def _build(inputs: NetworkInputs, corrections: Corrections, infer: bool, step: _Stepper) -> Network:
    step(0.0, _t("Network elements"))
    nodes, systems_of = make_nodes(inputs)
    step(0.15, _t("Connections"))
    media_of_systems = system_media(inputs)
    edges = port_edges(inputs, nodes, systems_of, media_of_systems)
    if infer:
        step(0.35, _t("Inferring missing connections"))
        from fmdesk.network.infer import infer_edges

        edges += infer_edges(inputs, nodes, edges, systems_of, media_of_systems)
    edges = _apply_corrections(edges, corrections, nodes, systems_of, media_of_systems)
    step(0.5, _t("Orienting"))
    user_sources = frozenset(s for s in corrections.sources if s in nodes)
    edges = orient_edges(edges, nodes, user_sources)
    step(0.65, _t("Adjacency per medium"))
    media = medium_views(edges)
    step(0.75, _t("Sources and supply"))
    for view in media.values():
        find_sources(view, nodes, user_sources)
        view.supplied = reach(view.down, view.primary_sources)
        view.tree_parent = peel(view.neighbours, view.supply_sources)
    step(0.9, _t("Indexes"))
    on_media = node_media(edges)
    network = Network(
        nodes=nodes,
        edges=edges,
        media=media,
        node_media=on_media,
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
        powered=_powered(nodes, on_media),
        actuated=frozenset(g for g in inputs.actuated if g in nodes),
    )
    step(1.0, _t("Done"))
    return network


class _Stepper:
    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fraction: float, message: Msg) -> None:
        if self.cancelled is not None and self.cancelled():
            raise CancelledError("network building cancelled")
        if self.progress is not None:
            self.progress(fraction, message)


def _apply_corrections(
    edges: list[NetworkEdge],
    corrections: Corrections,
    nodes: dict[str, NetworkNode],
    systems_of: dict[str, list[str]],
    media_of_systems: dict[str, str | None],
) -> list[NetworkEdge]:
    kept = []
    for edge in edges:
        if edge.inferred:
            if edge.key in corrections.rejected_edges:
                continue
            if edge.key in corrections.accepted_edges:
                edge = replace(edge, accepted=True)
        kept.append(edge)
    present = {edge.key for edge in kept}
    for a, b in sorted(corrections.added_edges):
        if a in nodes and b in nodes and a != b and _pair(a, b) not in present:
            medium = edge_medium(nodes[a], nodes[b], (), systems_of, media_of_systems)
            kept.append(
                NetworkEdge(a, b, medium, True, basis="user", accepted=True, oriented_by="user")
            )
    return kept


def _powered(nodes: dict[str, NetworkNode], on_media: dict[str, frozenset[str]]) -> frozenset[str]:
    """Pumps, fans, boilers… that are on a power network and on a liquid or air one."""
    return frozenset(
        gid
        for gid, media in on_media.items()
        if ELECTRICAL in media and len(media) > 1 and nodes[gid].kind in _POWERED_KINDS
    )


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


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
