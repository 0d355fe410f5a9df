"""Small hand-built networks: closed loops terminate, ring mains need both ends opened, the
minimum cut beats the nearest ring when it is smaller, undirected edges are oriented from the
sources, progress is reported and cancelling stops the build."""

from __future__ import annotations

import itertools

import pytest

from fmdesk.bim import ElementInfo, PortConnection, PortInfo, SystemInfo
from fmdesk.errors import CancelledError
from fmdesk.network import (
    Corrections,
    NetworkInputs,
    assess_outage,
    build_network,
    isolate_element,
    trace_downstream,
    trace_upstream,
)

KINDS = {
    "boiler": ("IfcBoiler", None),
    "tank": ("IfcTank", None),
    "pump": ("IfcPump", None),
    "pipe": ("IfcPipeSegment", None),
    "valve": ("IfcValve", "ISOLATING"),
    "space_heater": ("IfcSpaceHeater", None),
    "transformer": ("IfcTransformer", None),
    "distribution_board": ("IfcElectricDistributionBoard", None),
    "breaker": ("IfcProtectiveDevice", "CIRCUITBREAKER"),
    "cable": ("IfcCableSegment", None),
    "junction_box": ("IfcJunctionBox", None),
    "outlet": ("IfcOutlet", None),
}


def make_inputs(elements: dict[str, str], links: list[tuple[str, str, bool]]) -> NetworkInputs:
    """``elements``: name → kind; ``links``: (from, to, directed). Names are the GlobalIds."""
    infos = []
    for number, (gid, kind) in enumerate(elements.items()):
        ifc_class, predefined = KINDS[kind]
        infos.append(
            ElementInfo(
                gid,
                number,
                ifc_class,
                gid,
                None,
                predefined,
                None,
                None,
                kind,
                None,
                "1F",
                None,
                None,
            )
        )
    ports, connections = [], []
    for number, (a, b, directed) in enumerate(links):
        pa, pb = f"p{number}a", f"p{number}b"
        ports.append(PortInfo(pa, None, a, "SOURCE" if directed else "SOURCEANDSINK", None, None))
        ports.append(PortInfo(pb, None, b, "SINK" if directed else "SOURCEANDSINK", None, None))
        connections.append(PortConnection(pa, pb, a, b))
    system = SystemInfo("S", "system", "IfcSystem", None, tuple(elements), ())
    return NetworkInputs("IFC4", infos, ports, connections, [system], {}, {}, set(elements))


def chain(*names: str, directed: bool = True) -> list[tuple[str, str, bool]]:
    return [(a, b, directed) for a, b in itertools.pairwise(names)]


HEATING = {
    "B": "boiler",
    "P": "pump",
    "VS": "valve",
    "S1": "pipe",
    "S2": "pipe",
    "R1": "space_heater",
    "R2": "space_heater",
    "T1": "pipe",
    "T2": "pipe",
    "VR": "valve",
}
HEATING_LINKS = [
    *chain("B", "P", "VS", "S1", "S2", "R1", "T1", "T2", "VR", "B"),
    ("S2", "R2", True),
    ("R2", "T2", True),
]


def test_upstream_in_a_closed_heating_loop_stops_at_the_boiler():
    network = build_network(make_inputs(HEATING, HEATING_LINKS))
    result = trace_upstream(network, "T1")
    assert [n.global_id for n in result.sources] == ["B"]
    assert {n.global_id for n in result.elements} == {"R1", "S2", "S1", "VS", "P", "B"}
    assert result.paths == (("B", "P", "VS", "S1", "S2", "R1", "T1"),)


def test_downstream_round_a_closed_loop_ends_back_at_the_start():
    network = build_network(make_inputs(HEATING, HEATING_LINKS))
    result = trace_downstream(network, "B")
    assert {n.global_id for n in result.elements} == set(HEATING) - {"B"}


def test_leak_in_a_loop_is_cut_off_on_both_sides():
    network = build_network(make_inputs(HEATING, HEATING_LINKS))
    result = isolate_element(network, "R1")  # the return side can run back into the leak
    assert {n.global_id for n in result.close} == {"VS", "VR"}
    assert {"R2", "S2", "T2"} <= {n.global_id for n in result.segment}  # all between VS and VR
    assert result.collateral == ()


RING = {
    "TR": "transformer",
    "SW": "distribution_board",
    "QA": "breaker",
    "QB": "breaker",
    "C1": "cable",
    "J1": "junction_box",
    "C2": "cable",
    "J2": "junction_box",
    "C3": "cable",
    "L1": "outlet",
    "L2": "outlet",
}
RING_LINKS = (
    chain("TR", "SW")
    + chain("SW", "QA", "C1", "J1", "C2", "J2", "C3", "QB", "SW", directed=False)
    + [("J1", "L1", True), ("J2", "L2", True)]
)


def test_ring_main_stays_undirected_and_a_fault_on_it_opens_both_ends():
    network = build_network(make_inputs(RING, RING_LINKS))
    ring = {key for e in network.edges if not e.directed for key in [e.key]}
    assert len(ring) == 8  # fed from either end: no direction is made up
    assert [(e.upstream, e.downstream) for e in network.edges if e.key == ("SW", "TR")] == [
        ("TR", "SW")
    ]
    result = isolate_element(network, "C2")
    assert {n.global_id for n in result.close} == {"QA", "QB"}
    # nothing between the two breakers can be kept: the whole ring is the isolated segment
    assert {"L1", "L2", "C1", "C3"} <= {n.global_id for n in result.segment}
    assert result.media == ("electrical",)


def test_tripped_breaker_on_a_ring_leaves_everything_fed_from_the_other_end():
    network = build_network(make_inputs(RING, RING_LINKS))
    assert assess_outage(network, ["QA"]).affected == ()
    both = assess_outage(network, ["QA", "QB"])
    assert {"L1", "L2", "J1", "J2"} <= {n.global_id for n in both.affected}


PARALLEL = {
    "TK": "tank",
    "V3": "valve",
    "M": "pipe",
    "A1": "pipe",
    "A2": "pipe",
    "V1": "valve",
    "V2": "valve",
    "X": "pipe",
    "Y": "pipe",
}
PARALLEL_LINKS = (
    chain("TK", "V3", "M")
    + chain("M", "A1", "V1", "X")
    + chain("M", "A2", "V2", "X")
    + chain("X", "Y")
)


def test_one_valve_further_out_beats_two_nearer_valves():
    network = build_network(make_inputs(PARALLEL, PARALLEL_LINKS))
    result = isolate_element(network, "X")
    assert [n.global_id for n in result.close] == ["V3"]


def test_inoperable_far_valve_falls_back_to_the_two_near_ones():
    network = build_network(make_inputs(PARALLEL, PARALLEL_LINKS))
    result = isolate_element(network, "X", inoperable=["V3"])
    assert {n.global_id for n in result.close} == {"V1", "V2"}


def test_leak_with_no_valve_towards_the_source_reports_the_unisolated_source():
    elements = {"TK": "tank", "A": "pipe", "B": "pipe"}
    network = build_network(make_inputs(elements, chain("TK", "A", "B")))
    result = isolate_element(network, "B")
    assert result.close == ()
    assert [n.global_id for n in result.unisolated_sources] == ["TK"]
    assert not result.isolated


def test_user_marked_source_feeds_an_undirected_run():
    elements = {"A": "pipe", "B": "pipe", "C": "pipe"}
    inputs = make_inputs(elements, chain("A", "B", "C", directed=False))
    assert trace_upstream(build_network(inputs), "C").sources == ()
    network = build_network(inputs, Corrections(sources={"C"}))
    assert [n.global_id for n in trace_upstream(network, "A").sources] == ["C"]


def test_build_reports_progress_and_can_be_cancelled():
    inputs = make_inputs(HEATING, HEATING_LINKS)
    seen: list[float] = []
    build_network(inputs, progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(CancelledError):
        build_network(inputs, cancelled=lambda: True)


def test_circuit_members_without_ports_are_fed_from_the_circuits_breaker():
    elements = {"DB": "distribution_board", "QF": "breaker", "O1": "outlet", "O2": "outlet"}
    base = make_inputs(elements, [])
    circuit = SystemInfo("C", "插座回路 C1", "IfcElectricalCircuit", None, ("QF", "O1", "O2"), ())
    inputs = NetworkInputs("IFC2X3", base.elements, [], [], [circuit], {}, {}, set(elements))
    network = build_network(inputs)
    assert {(e.upstream, e.downstream) for e in network.edges} == {("QF", "O1"), ("QF", "O2")}
    assert all(e.inferred and e.basis == "circuit" for e in network.edges)
    assert all(e.detail == "插座回路 C1" and e.confidence == 0.8 for e in network.edges)
    result = trace_upstream(network, "O1")
    assert [n.global_id for n in result.elements] == ["QF"]
    assert [e.key for e in result.inferred_edges_used] == [("O1", "QF")]
    assert build_network(inputs, infer=False).edges == []


def test_user_drawn_edge_joins_two_pieces_and_is_reported_as_used():
    elements = {"TK": "tank", "V": "valve", "A": "pipe", "B": "pipe", "C": "pipe"}
    inputs = make_inputs(elements, chain("TK", "V", "A") + chain("B", "C"))
    assert "TK" not in {n.global_id for n in trace_upstream(build_network(inputs), "C").elements}
    network = build_network(inputs, Corrections(added_edges={("A", "B")}))
    result = trace_upstream(network, "C")
    assert [n.global_id for n in result.sources] == ["TK"]
    assert [(e.upstream, e.downstream, e.basis) for e in result.inferred_edges_used] == [
        ("A", "B", "user")
    ]
    assert [n.global_id for n in isolate_element(network, "C").close] == ["V"]
