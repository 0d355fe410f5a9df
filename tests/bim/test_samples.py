"""The reader on the generated sample building (ifc_samples/) in IFC4, IFC2X3 and IFC4X3.

Figures follow the sample contract: 6 residential storeys × 4 flats, four fixtures per flat,
duty/standby domestic and fire pumps, two tanks, two lifts, a hydrant per residential floor,
a main water, electricity and gas meter plus one of each per flat.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import ifcopenshell
import networkx as nx
import pytest

from fmdesk import bim

FILES = {
    "IFC4": "sample_residential_ifc4.ifc",
    "IFC2X3": "sample_residential_ifc2x3.ifc",
    "IFC4X3": "sample_residential_ifc4x3.ifc",
}
EXPECTED_KINDS = {
    "sanitary": 96,
    "pump": 4,
    "tank": 2,
    "lift": 2,
    "transformer": 1,
    "hydrant": 6,
    "meter": 75,
    "fan": 1,
    "air_terminal": 1,
    "chamber": 1,
}
REQUIRED_SYSTEMS = {
    "DOMESTICCOLDWATER": "生活给水系统",
    "SEWAGE": "排水系统",
    "FIREPROTECTION": "消火栓系统",
    "ELECTRICAL": "供配电系统",
    "GAS": "燃气系统",
}
_CACHE: dict[str, tuple[ifcopenshell.file, list[bim.ElementInfo]]] = {}


def load_sample(samples_dir: Path, schema: str) -> tuple[ifcopenshell.file, list[bim.ElementInfo]]:
    path = samples_dir / FILES[schema]
    if not path.exists():
        pytest.skip(f"{path.name} not generated yet (fmdesk samples --out ifc_samples)")
    if schema not in _CACHE:
        model = bim.open_model(path)
        _CACHE[schema] = (model, bim.read_elements(model))
    return _CACHE[schema]


class SampleContract:
    SCHEMA = ""

    @pytest.fixture
    def sample(self, samples_dir: Path) -> tuple[ifcopenshell.file, list[bim.ElementInfo]]:
        return load_sample(samples_dir, self.SCHEMA)

    @pytest.fixture
    def summary(self, sample) -> dict:
        return bim.summarize_model(sample[0])

    def test_the_four_building_systems_are_present_with_connected_ports(self, summary) -> None:
        systems = {s["predefined_type"]: s for s in summary["systems"]}
        for predefined, name in REQUIRED_SYSTEMS.items():
            assert systems[predefined]["name"] == name
            assert systems[predefined]["port_count"] > 0
            assert systems[predefined]["connected_port_count"] == systems[predefined]["port_count"]

    def test_every_port_is_connected_and_ports_split_over_the_systems(self, summary) -> None:
        assert summary["port_count"] == summary["connected_port_count"] > 2000
        assert summary["port_connection_count"] * 2 == summary["port_count"]
        assert summary["ports_by_flow_direction"] == {
            "SINK": summary["port_count"] // 2,
            "SOURCE": summary["port_count"] // 2,
        }
        assert sum(s["port_count"] for s in summary["systems"]) == summary["port_count"]

    def test_element_kinds_match_the_contract(self, sample) -> None:
        kinds = Counter(e.kind for e in sample[1])
        assert {kind: kinds[kind] for kind in EXPECTED_KINDS} == EXPECTED_KINDS
        assert "other" not in kinds

    def test_element_kinds_and_ids_are_the_same_as_in_ifc4(self, sample, samples_dir) -> None:
        _, reference = load_sample(samples_dir, "IFC4")
        assert Counter(e.kind for e in sample[1]) == Counter(e.kind for e in reference)
        assert {e.global_id: e.kind for e in sample[1]} == {e.global_id: e.kind for e in reference}

    def test_flat_1_601_is_found_on_6f_with_its_rooms(self, sample) -> None:
        tree = bim.read_spatial_tree(sample[0])
        nodes = list(bim.iter_spatial_nodes(tree))
        (storey,) = [n for n in nodes if n.ifc_class == "IfcBuildingStorey" and n.name == "6F"]
        (flat,) = [n for n in storey.children if n.name == "1-601"]
        assert flat.long_name == "1号楼 1-601 住宅"
        assert {room.name for room in flat.children} == {"厨房", "卫生间", "客厅", "卧室"}
        assert storey.elevation == pytest.approx(15.0)
        rooms = {room.global_id for room in flat.children}
        fixtures = [e for e in sample[1] if e.kind == "sanitary" and e.name.endswith("1-601")]
        assert len(fixtures) == 4
        assert all(e.storey_name == "6F" and e.space_id in rooms for e in fixtures)

    def test_storeys_are_in_elevation_order(self, sample) -> None:
        tree = bim.read_spatial_tree(sample[0])
        storeys = [n for n in bim.iter_spatial_nodes(tree) if n.ifc_class == "IfcBuildingStorey"]
        assert [s.name for s in storeys] == ["B1", "1F", "2F", "3F", "4F", "5F", "6F", "RF"]

    def test_duty_pump_sits_in_the_pump_room_with_its_handover_data(self, sample) -> None:
        model, elements = sample
        (pump,) = [e for e in elements if e.tag == "SB-01"]
        assert (pump.kind, pump.storey_name, pump.space_name) == ("pump", "B1", "水泵房")
        properties = bim.read_properties(model[pump.global_id])
        assert properties["Pset_ManufacturerTypeInformation"]["Manufacturer"]  # from the type
        assert properties["Pset_ManufacturerOccurrence"]["SerialNumber"]
        assert properties["FM_Handover"]["InstallationDate"] == "2019-06-30"

    def test_duty_pump_is_fed_by_a_valve_and_feeds_a_check_valve(self, sample) -> None:
        model, elements = sample
        by_id = {e.global_id: e for e in elements}
        (pump,) = [e for e in elements if e.tag == "SB-01"]
        direction = {p.global_id: p.flow_direction for p in bim.read_ports(model)}
        upstream, downstream = [], []
        for link in bim.read_port_connections(model):
            assert direction[link.relating_port_id] == "SOURCE"  # RelatingPort is upstream
            if link.related_host_id == pump.global_id:
                upstream.append(by_id[link.relating_host_id])
            if link.relating_host_id == pump.global_id:
                downstream.append(by_id[link.related_host_id])
        assert [e.kind for e in upstream if e.kind != "cable"] == ["valve"]
        assert [(e.kind, e.predefined_type) for e in downstream] == [("valve", "CHECK")]

    def test_water_system_is_one_connected_network(self, sample) -> None:
        model, _ = sample
        water = next(s for s in bim.read_systems(model) if s.predefined_type == "DOMESTICCOLDWATER")
        members = set(water.member_ids)
        graph = nx.Graph()
        graph.add_nodes_from(members)
        for link in bim.read_port_connections(model):
            if link.relating_host_id in members and link.related_host_id in members:
                graph.add_edge(link.relating_host_id, link.related_host_id)
        assert nx.number_connected_components(graph) == 1


class TestSampleIFC4(SampleContract):
    SCHEMA = "IFC4"


class TestSampleIFC2X3(SampleContract):
    SCHEMA = "IFC2X3"

    def test_flow_classes_are_generic_and_kinds_come_from_types(self, sample) -> None:
        classes = {e.ifc_class for e in sample[1] if e.kind in ("valve", "outlet", "breaker")}
        assert classes == {"IfcFlowController", "IfcFlowTerminal"}


class TestSampleIFC4X3(SampleContract):
    SCHEMA = "IFC4X3"
