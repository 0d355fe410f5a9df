"""Walking outward from the sources recovers the modelled flow directions: the sample building
with every port's FlowDirection wiped (as Revit writes SOURCEANDSINK) is oriented the same
way wherever the direction is unambiguous, and left undirected on loops."""

from __future__ import annotations

import dataclasses

from fmdesk.network import NetworkInputs, build_network, isolate_element, trace_upstream
from tests.network.conftest import named, names, sample_inputs


def wiped(inputs: NetworkInputs) -> NetworkInputs:
    ports = [dataclasses.replace(p, flow_direction="SOURCEANDSINK") for p in inputs.ports]
    return dataclasses.replace(inputs, ports=ports)


def test_undirected_sample_is_oriented_like_the_modelled_directions():
    truth = {
        (e.upstream, e.downstream) if e.upstream <= e.downstream else (e.downstream, e.upstream):
        (e.upstream, e.downstream)
        for e in build_network(sample_inputs("IFC4")).edges
    }  # fmt: skip
    network = build_network(wiped(sample_inputs("IFC4")))
    for medium, share in (("water", 0.9), ("electrical", 0.99), ("fire", 0.6)):
        edges = [e for e in network.edges if e.medium == medium]
        oriented = [e for e in edges if e.directed]
        assert all(e.oriented_by == "sources" for e in oriented)
        assert all(truth[e.key] == (e.upstream, e.downstream) for e in oriented), medium
        assert len(oriented) >= share * len(edges), medium  # the rest: pump loops
    # the parallel pump branches form a loop: left undirected rather than guessed
    pump = named(network, "生活水泵1# (SB-01)").global_id
    assert not any(e.directed for e in network.edges if pump in (e.upstream, e.downstream)
                   and e.medium == "water")  # fmt: skip


def test_answers_survive_wiped_directions():
    network = build_network(wiped(sample_inputs("IFC4")))
    leak = isolate_element(network, named(network, "户内给水管 1-601").global_id)
    assert names(leak.close) == {"户阀 1-601"}
    outlet = next(n for n in network.nodes.values() if n.kind == "outlet" and n.flat == "1-101")
    assert names(trace_upstream(network, outlet.global_id).sources) == {"干式变压器 (BYQ-01)"}
