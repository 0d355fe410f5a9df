"""Real exports in ../shared/ifc (skipped when absent): directions, Revit SOURCEANDSINK ducts,
missing ports and connections (inferred edges), fragments, IFC2X3 type-only electrical classes."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.bim import open_model, read_elements
from fmdesk.network import (
    Corrections,
    build_network,
    read_network_inputs,
    trace_downstream,
    trace_upstream,
)
from fmdesk.network.check import check_network

_CACHE: dict[str, object] = {}


def inputs_of(shared_ifc: Path, name: str):
    if name not in _CACHE:
        _CACHE[name] = read_network_inputs(open_model(shared_ifc / name))
    return _CACHE[name]


def test_drainage_tree_is_directed_by_flow_direction_and_traces_both_ways(shared_ifc):
    network = build_network(inputs_of(shared_ifc, "drainage-system_ifc4x3.ifc"))
    assert len(network.nodes) == 13
    assert len(network.edges) == 12
    assert all(edge.directed and edge.oriented_by == "FlowDirection" for edge in network.edges)
    view = network.media["drainage"]
    outfalls = sorted(gid for gid in view.neighbours if gid not in view.down)
    assert len(outfalls) == 2  # two chambers at the ends of the run
    covered: set[str] = set(outfalls)
    heads: set[str] = set()
    for outfall in outfalls:
        upstream = trace_upstream(network, outfall)
        covered |= {n.global_id for n in upstream.elements}
        heads |= {n.global_id for n in upstream.sources}
        assert len(upstream.paths) == len(upstream.sources)
        assert all(path[-1] == outfall for path in upstream.paths)
    assert covered == set(network.nodes)  # everything drains to one of them
    assert heads == view.primary_sources and len(heads) == 3  # the three branch heads
    for head in heads:
        downstream = trace_downstream(network, head)
        reached = {n.global_id for n in downstream.elements}
        assert reached & set(outfalls)
        assert len(reached) < 12  # a branch, not the tree


@pytest.mark.parametrize("name", ["revit-hvac-ducts_ifc2x3.ifc", "revit-duct-fitting_ifc4.ifc"])
def test_revit_sourceandsink_ducts_stay_undirected_until_a_source_is_marked(shared_ifc, name):
    inputs = inputs_of(shared_ifc, name)
    network = build_network(inputs)
    assert network.edges and all(not edge.directed for edge in network.edges)
    assert all(edge.medium == "air" for edge in network.edges)
    ends = sorted(g for g, v in network.media["air"].neighbours.items() if len(v) == 1)
    source, far_end = ends[0], ends[-1]
    marked = build_network(inputs, Corrections(sources={source}))
    assert all(edge.directed and edge.oriented_by == "sources" for edge in marked.edges)
    assert all(edge.downstream != source for edge in marked.edges)
    result = trace_upstream(marked, far_end)
    assert [n.global_id for n in result.sources] == [source]


def test_heat_exchanger_without_ports_gets_proximity_edges_marked_inferred(shared_ifc):
    inputs = inputs_of(shared_ifc, "heat-exchanger-no-ports_ifc4.ifc")
    network = build_network(inputs)
    exchanger = next(n for n in network.nodes.values() if n.name == "Apparate (M_606)")
    assert len(network.edges) == 4
    for edge in network.edges:
        assert edge.inferred and not edge.accepted
        assert exchanger.global_id in (edge.upstream, edge.downstream)
        assert edge.basis == "geometry" and 0.5 <= edge.confidence < 0.9  # a pipe end in its body
    report = check_network(inputs, network)
    assert report.counts()["system_member_unconnected"] == 5  # in Heizung, no ports
    pipe = next(g for g in network.nodes if g != exchanger.global_id)
    result = trace_downstream(network, pipe)
    assert result.inferred_edges_used
    assert result.to_dict()["inferred_edges_used"] is True


def test_rejected_inferred_edge_is_dropped_and_accepted_one_is_flagged(shared_ifc):
    inputs = inputs_of(shared_ifc, "heat-exchanger-no-ports_ifc4.ifc")
    edges = build_network(inputs).edges
    corrections = Corrections()
    corrections.reject_edge(edges[0].upstream, edges[0].downstream)
    corrections.accept_edge(edges[1].downstream, edges[1].upstream)  # either order
    network = build_network(inputs, corrections)
    keys = {edge.key: edge for edge in network.edges}
    assert edges[0].key not in keys
    assert keys[edges[1].key].accepted and keys[edges[1].key].inferred
    assert len(network.edges) == 3


def test_unconnected_ports_are_joined_by_port_proximity_and_reported(shared_ifc):
    inputs = inputs_of(shared_ifc, "heat-exchanger-ports-unconnected_ifc4.ifc")
    network = build_network(inputs)
    assert len(network.edges) == 4 and all(edge.inferred for edge in network.edges)
    report = check_network(inputs, network)
    assert report.fragment_count == 5
    assert report.counts()["system_member_unconnected"] == 5
    assert report.counts()["port_without_direction"] == 5  # NOTDEFINED ports


def test_partly_connected_model_keeps_its_connections_and_infers_the_missing_two(shared_ifc):
    inputs = inputs_of(shared_ifc, "heat-exchanger-partly-connected_ifc4.ifc")
    network = build_network(inputs)
    explicit = [edge for edge in network.edges if not edge.inferred]
    inferred = [edge for edge in network.edges if edge.inferred]
    assert len(explicit) == 2 and len(inferred) == 2
    report = check_network(inputs, network)
    assert report.fragment_count == 3
    assert report.counts()["inferred_edge"] == 2


def test_fragmented_heating_model_reports_its_fragments_with_element_details(shared_ifc):
    inputs = inputs_of(shared_ifc, "heating-fragmented_ifc2x3.ifc")
    report = check_network(inputs)
    assert report.fragment_count == 56
    fragments = [f for f in report.findings if f.code == "fragment"]
    assert len(fragments) == 55
    for finding in fragments:
        assert finding.global_id and finding.ifc_class and finding.storey and finding.elements
    data = report.to_dict()
    assert data["summary"]["fragment_count"] == 56


def test_fragmented_heating_traces_terminate_and_stay_inside_the_model(shared_ifc):
    network = build_network(inputs_of(shared_ifc, "heating-fragmented_ifc2x3.ifc"))
    for gid in sorted(network.node_media)[:40]:
        up = trace_upstream(network, gid)
        down = trace_downstream(network, gid)
        assert gid not in {n.global_id for n in up.elements + down.elements}


def test_ifc2x3_type_only_electrical_classes_are_classified(shared_ifc):
    model = open_model(shared_ifc / "duplex-electrical_ifc2x3.ifc")
    elements = read_elements(model)
    protective = [e for e in elements if e.type_class == "IfcProtectiveDeviceType"]
    assert protective and all(e.ifc_class == "IfcFlowController" for e in protective)
    assert all(e.kind == "breaker" for e in protective)
    network = build_network(inputs_of(shared_ifc, "duplex-electrical_ifc2x3.ifc"))
    by_kind: dict[str, set[str]] = {}
    for node in network.nodes.values():
        by_kind.setdefault(node.kind, set()).add(node.name or "")
    # Revit writes panelboards and smoke detectors with IfcProtectiveDeviceType
    assert {n for n in by_kind["distribution_board"] if "Panelboard" in n}
    assert all("Smoke Detector" in n for n in by_kind["sensor"])
    assert not any(
        node.device for node in network.nodes.values() if "Smoke Detector" in (node.name or "")
    )
    assert {"outlet", "light"} <= by_kind.keys()
    report = check_network(inputs_of(shared_ifc, "duplex-electrical_ifc2x3.ifc"), network)
    assert report.counts()["no_ports"] == len(network.nodes)
