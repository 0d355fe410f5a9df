"""Hand-built IFC files with a known topology (``ifc_builder``): a hydronic heating loop, an
IFC2X3 electrical model that states its wiring only through circuits and aggregation, a
booster pump on a circuit. Each expectation comes from the drawing in the docstring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fmdesk import bim
from fmdesk.cli import main
from fmdesk.network import build_network, check_network, read_network_inputs
from fmdesk.network.isolate import isolate_element, isolate_faults
from fmdesk.network.trace import trace_upstream
from tests.network.ifc_builder import Builder


def heating_loop(path: Path, directed: bool = True) -> Builder:
    """Two-pipe heating, one storey, radiators contained in the storey only::

        B ─ BP ─ P ─ VS ─ S1 ─ TS ─ RV1 ─ R1 ─ RR1 ─ TR ─ VR ─ RT ─ B
                             └─ S2 ─ RV2 ─ R2 ─ RR2 ─ RT2 ─┘

    Boiler B, pump P, main valves VS and VR, radiator valves RV/RR; R1 stands in Room 1,
    R2 in Room 2 (by geometry only).
    """
    b = Builder("IFC4")
    b.element("B", "IfcBoiler", (0, 0, 0), (0.6, 0.6, 0.8))
    b.element("BP", "IfcPipeSegment", (1, 0, 0))
    b.element("P", "IfcPump", (2, 0, 0), (0.3, 0.3, 0.3))
    b.element("VS", "IfcValve", (3, 0, 0), predefined="ISOLATING")
    b.element("S1", "IfcPipeSegment", (4, 0, 0))
    b.element("TS", "IfcPipeFitting", (5, 0, 0), predefined="JUNCTION")
    b.element("RV1", "IfcValve", (6, 0, 0), predefined="ISOLATING")
    b.element("R1", "IfcSpaceHeater", (7, 0.5, 0.2), (0.8, 0.1, 0.5))
    b.element("RR1", "IfcValve", (8, 0, 0), predefined="ISOLATING")
    b.element("TR", "IfcPipeFitting", (9, 0, 0), predefined="JUNCTION")
    b.element("VR", "IfcValve", (9, -2, 0), predefined="ISOLATING")
    b.element("RT", "IfcPipeSegment", (4, -2, 0))
    b.element("S2", "IfcPipeSegment", (5, 3, 0))
    b.element("RV2", "IfcValve", (6, 3, 0), predefined="ISOLATING")
    b.element("R2", "IfcSpaceHeater", (7, 3.5, 0.2), (0.8, 0.1, 0.5))
    b.element("RR2", "IfcValve", (8, 3, 0), predefined="ISOLATING")
    b.element("RT2", "IfcPipeSegment", (9, 3, 0))
    b.space("Room 1", (6.5, -0.5, 0), (3.0, 2.5, 3.0))
    b.space("Room 2", (6.5, 2.5, 0), (3.0, 2.5, 3.0))
    b.run(["B", "BP", "P", "VS", "S1", "TS", "RV1", "R1", "RR1", "TR", "VR", "RT", "B"], directed)
    b.run(["TS", "S2", "RV2", "R2", "RR2", "RT2", "TR"], directed)
    names = ["B", "BP", "P", "VS", "S1", "TS", "RV1", "R1", "RR1", "TR", "VR", "RT", "S2"]
    b.system("Heating", [*names, "RV2", "R2", "RR2", "RT2"], predefined="HEATING")
    b.write(path)
    return b


@pytest.fixture(scope="module")
def heating(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("heating") / "heating.ifc"
    builder = heating_loop(path)
    inputs = read_network_inputs(bim.open_model(path))
    return builder, inputs, build_network(inputs), path


def ids(builder: Builder, *names: str) -> set[str]:
    return {builder.gid(n) for n in names}


def test_a_heating_loop_is_one_loop_reported_as_information(heating) -> None:
    _, inputs, network, _ = heating
    report = check_network(inputs, network)
    assert report.counts().get("loop") == 1
    loop = next(f for f in report.findings if f.code == "loop")
    assert loop.severity == "info" and loop.medium == "heating"
    assert not [f for f in report.findings if f.severity in ("error", "warning")]


def test_a_radiator_on_the_loop_is_isolated_on_both_sides(heating) -> None:
    builder, _, network, _ = heating
    result = isolate_element(network, builder.gid("R1"))
    assert {n.global_id for n in result.close} == ids(builder, "RV1", "RR1")
    assert result.isolated
    assert not ids(builder, "R2") & {n.global_id for n in result.collateral}


def test_a_radiator_is_placed_in_its_room_by_geometry(heating) -> None:
    builder, _, network, _ = heating
    node = network.nodes[builder.gid("R1")]
    assert (node.space, node.space_basis) == ("Room 1", "geometry")
    assert network.nodes[builder.gid("R2")].space == "Room 2"
    result = isolate_element(network, builder.gid("R1"))
    assert [s.label for s in result.spaces] == ["Room 1"]


def test_a_leak_beside_the_boiler_says_the_source_must_be_taken_out(heating) -> None:
    builder, _, network, _ = heating
    result = isolate_element(network, builder.gid("BP"))
    assert not result.isolated
    assert {n.global_id for n in result.unisolated_sources} >= ids(builder, "B", "P")
    # the smallest set that isolates the leak together with the plant from the radiators
    assert {n.global_id for n in result.close} == ids(builder, "VS", "VR")


def test_upstream_of_a_radiator_stops_at_the_boiler_through_its_supply_valve(heating) -> None:
    builder, _, network, _ = heating
    result = trace_upstream(network, builder.gid("R1"))
    assert [n.global_id for n in result.sources] == [builder.gid("B")]
    assert ids(builder, "RV1", "VS", "P") <= {n.global_id for n in result.elements}


def test_network_graph_lists_what_the_drawing_states(heating, capsys) -> None:
    builder, _, _, path = heating
    assert main(["network-graph", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["nodes", "edges", "findings"]
    assert len(data["nodes"]) == 17 and len(data["edges"]) == 18
    node_keys = ["global_id", "name", "kind", "medium", "storey", "space", "space_basis"]
    assert all(list(node) == node_keys for node in data["nodes"])
    assert all(
        list(edge) == ["from", "to", "medium", "basis", "confidence"] for edge in data["edges"]
    )
    assert {(e["basis"], e["confidence"], e["medium"]) for e in data["edges"]} == {
        ("port", 1.0, "heating")
    }
    radiator = next(n for n in data["nodes"] if n["name"] == "R1")
    assert (radiator["kind"], radiator["storey"], radiator["space"]) == (
        "space_heater",
        "B1",
        "Room 1",
    )
    assert radiator["space_basis"] == "geometry"
    pairs = {(e["from"], e["to"]) for e in data["edges"]}
    assert (builder.gid("RV1"), builder.gid("R1")) in pairs  # flow direction as drawn
    assert [f["code"] for f in data["findings"]] == ["loop"]


def electrical_model(path: Path) -> Builder:
    """IFC2X3, no cables and no ports on the power side::

    board AL-1 (IfcElectricDistributionPoint) aggregates QF1, QF2, QF3
    circuit C1 = {QF1, outlet O1, outlet O2}  (serves the building)
    circuit C2 = {QF2, light L1}
    circuit C3 = {QF3, booster pump P}
    water: tank T ─ P ─ pipe W1 ─ tap K1   (ports, FlowDirection)
    """
    b = Builder("IFC2X3")
    b.element("AL-1", "IfcElectricDistributionPoint", (0, 0, 1), (0.6, 0.2, 0.8))
    for number in (1, 2, 3):
        b.element(
            f"QF{number}",
            "IfcFlowController",
            (0.1 * number, 0, 1.2),
            (0.05, 0.05, 0.1),
            predefined="CIRCUITBREAKER",
            type_class="IfcProtectiveDeviceType",
        )
    b.aggregate("AL-1", ["QF1", "QF2", "QF3"])
    b.element("O1", "IfcFlowTerminal", (3, 0, 0.3), type_class="IfcOutletType")
    b.element("O2", "IfcFlowTerminal", (4, 0, 0.3), type_class="IfcOutletType")
    b.element("L1", "IfcFlowTerminal", (3, 2, 2.6), type_class="IfcLightFixtureType")
    b.element("T", "IfcFlowStorageDevice", (6, 0, 0), (1, 1, 1), type_class="IfcTankType")
    b.element("P", "IfcFlowMovingDevice", (8, 0, 0), (0.3, 0.3, 0.3), type_class="IfcPumpType")
    b.element("W1", "IfcFlowSegment", (9, 0, 0), type_class="IfcPipeSegmentType")
    b.element("K1", "IfcFlowTerminal", (10, 0, 0), type_class="IfcSanitaryTerminalType")
    b.run(["T", "P", "W1", "K1"])
    c1 = b.system("C1 sockets", ["QF1", "O1", "O2"], "IfcElectricalCircuit")
    b.system("C2 lighting", ["QF2", "L1"], "IfcElectricalCircuit")
    b.system("C3 booster pump", ["QF3", "P"], "IfcElectricalCircuit")
    b.system("Domestic water", ["T", "P", "W1", "K1"], "IfcSystem")
    b.serves(c1, b.building)
    b.write(path)
    return b


@pytest.fixture(scope="module")
def electrical(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("electrical") / "electrical_ifc2x3.ifc"
    builder = electrical_model(path)
    inputs = read_network_inputs(bim.open_model(path))
    return builder, build_network(inputs), path


def test_an_outlet_is_traced_to_its_breaker_and_board_through_circuit_and_aggregate(
    electrical,
) -> None:
    builder, network, _ = electrical
    result = trace_upstream(network, builder.gid("O1"))
    assert [n.global_id for n in result.elements] == [builder.gid("QF1"), builder.gid("AL-1")]
    assert [n.global_id for n in result.sources] == [builder.gid("AL-1")]
    bases = {(e.basis, e.upstream, e.downstream) for e in result.inferred_edges_used}
    assert bases == {
        ("circuit", builder.gid("QF1"), builder.gid("O1")),
        ("aggregate", builder.gid("AL-1"), builder.gid("QF1")),
    }
    assert all(0 < e.confidence < 1 for e in result.inferred_edges_used)


def test_a_fault_on_an_outlet_opens_its_own_breaker(electrical) -> None:
    builder, network, _ = electrical
    result = isolate_element(network, builder.gid("O2"))
    assert [n.global_id for n in result.close] == [builder.gid("QF1")]
    assert {n.global_id for n in result.segment} == {builder.gid("O2")}
    assert builder.gid("O1") in {n.global_id for n in result.collateral}  # same circuit


def test_tripping_the_pump_breaker_cuts_the_tap_it_serves(electrical) -> None:
    builder, network, _ = electrical
    result = isolate_faults(network, [], [builder.gid("QF3")])
    assert [n.global_id for n in result.powerless] == [builder.gid("P")]
    assert builder.gid("K1") in {n.global_id for n in result.lost_service}
    assert builder.gid("O1") not in {n.global_id for n in result.affected}


def test_the_pump_label_says_kind_and_place_not_class(electrical) -> None:
    from fmdesk.i18n import set_language
    from fmdesk.network.labels import node_label

    builder, network, _ = electrical
    set_language("zh_CN")
    try:
        label = node_label(network.nodes[builder.gid("P")])
    finally:
        set_language(None)
    assert label == "P（水泵，B1）"


def test_cli_trace_of_the_outlet_reaches_the_board(electrical, capsys) -> None:
    builder, _, path = electrical
    assert main(["trace", str(path), "--from", builder.gid("O1"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["name"] for e in data["elements"]] == ["QF1", "AL-1"]
    assert {e["basis"] for e in data["inferred_edges"]} == {"circuit", "aggregate"}
