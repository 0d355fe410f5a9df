"""The reader on real exports in ../shared/ifc; expected figures checked by hand (SOURCES.md,
grep counts of the STEP text, ifcopenshell.util queries)."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest

from fmdesk import bim

PUBLIC_MODELS = [
    "drainage-system_ifc4x3.ifc",
    "duplex-electrical_ifc2x3.ifc",
    "fzk-haus_ifc4.ifc",
    "fzk-haus_ifc4.ifczip",
    "heat-exchanger-no-ports_ifc4.ifc",
    "heat-exchanger-partly-connected_ifc4.ifc",
    "heat-exchanger-pipes_ifc4.ifc",
    "heat-exchanger-ports-unconnected_ifc4.ifc",
    "heating-fragmented_ifc2x3.ifc",
    "office-a_ifc2x3.ifc",
    "revit-duct-fitting_ifc4.ifc",
    "revit-hvac-ducts_ifc2x3.ifc",
]

# name: (schema, elements, ports, port connections, port graph components)
EXPECTED = {
    "drainage-system_ifc4x3.ifc": ("IFC4X3_ADD2", 13, 24, 12, 1),
    "duplex-electrical_ifc2x3.ifc": ("IFC2X3", 103, 0, 0, 0),
    "fzk-haus_ifc4.ifc": ("IFC4", 82, 0, 0, 0),
    "fzk-haus_ifc4.ifczip": ("IFC4", 82, 0, 0, 0),
    "heat-exchanger-no-ports_ifc4.ifc": ("IFC4", 5, 0, 0, 0),
    "heat-exchanger-partly-connected_ifc4.ifc": ("IFC4", 5, 16, 2, 3),
    "heat-exchanger-pipes_ifc4.ifc": ("IFC4", 5, 16, 4, 1),
    "heat-exchanger-ports-unconnected_ifc4.ifc": ("IFC4", 5, 16, 0, 5),
    "heating-fragmented_ifc2x3.ifc": ("IFC2X3", 404, 334, 167, 56),
    "office-a_ifc2x3.ifc": ("IFC2X3", 805, 0, 0, 0),
    "revit-duct-fitting_ifc4.ifc": ("IFC4", 3, 6, 2, 1),
    "revit-hvac-ducts_ifc2x3.ifc": ("IFC2X3", 9, 16, 8, 1),
}


def test_the_expectations_cover_every_public_model(shared_ifc: Path) -> None:
    on_disk = sorted(p.name for p in shared_ifc.iterdir() if p.suffix in (".ifc", ".ifczip"))
    assert on_disk == sorted(PUBLIC_MODELS) == sorted(EXPECTED)


@pytest.mark.parametrize("name", PUBLIC_MODELS)
def test_summary_of_each_public_model_matches_hand_counts(open_shared, name: str) -> None:
    schema, elements, ports, connections, components = EXPECTED[name]
    summary = bim.summarize_model(open_shared(name))
    assert summary["schema"] == schema
    assert summary["element_count"] == elements
    assert summary["port_count"] == ports
    assert summary["port_connection_count"] == connections
    assert summary["port_graph_components"] == components
    assert sum(summary["elements_by_kind"].values()) == elements


@pytest.mark.parametrize("name", PUBLIC_MODELS)
def test_every_port_has_a_host_and_every_connection_two(open_shared, name: str) -> None:
    model = open_shared(name)
    element_ids = {e.global_id for e in bim.read_elements(model)}
    assert all(port.host_id in element_ids for port in bim.read_ports(model))
    for connection in bim.read_port_connections(model):
        assert {connection.relating_host_id, connection.related_host_id} <= element_ids


class TestDrainageIfc4x3:
    NAME = "drainage-system_ifc4x3.ifc"

    def test_ports_nested_with_relnests_all_have_flow_direction(self, open_shared) -> None:
        ports = bim.read_ports(open_shared(self.NAME))
        assert Counter(p.flow_direction for p in ports) == {"SOURCE": 12, "SINK": 12}
        assert {p.predefined_type for p in ports} == {"PIPE"}

    def test_pipes_and_chambers_are_classified(self, open_shared) -> None:
        kinds = Counter(e.kind for e in bim.read_elements(open_shared(self.NAME)))
        assert kinds == {"pipe": 6, "chamber": 7}

    def test_the_stormwater_system_groups_all_thirteen_elements(self, open_shared) -> None:
        (system,) = bim.read_systems(open_shared(self.NAME))
        assert (system.ifc_class, system.predefined_type) == (
            "IfcDistributionSystem",
            "STORMWATER",
        )
        assert len(system.member_ids) == 13
        assert system.port_ids == ()

    def test_each_connection_joins_a_source_to_a_sink(self, open_shared) -> None:
        model = open_shared(self.NAME)
        direction = {p.global_id: p.flow_direction for p in bim.read_ports(model)}
        pairs = Counter(
            frozenset((direction[c.relating_port_id], direction[c.related_port_id]))
            for c in bim.read_port_connections(model)
        )
        assert pairs == {frozenset(("SOURCE", "SINK")): 12}

    def test_port_points_are_world_positions_near_their_host(self, open_shared) -> None:
        model = open_shared(self.NAME)
        ports = bim.read_ports(model, with_points=True)
        assert all(p.point is not None and all(map(math.isfinite, p.point)) for p in ports)
        pipes = {e.global_id for e in bim.read_elements(model) if e.kind == "pipe"}
        ends: dict[str, list[tuple[float, float, float]]] = {}
        for port in ports:
            if port.host_id in pipes:
                ends.setdefault(port.host_id, []).append(port.point)
        lengths = [math.dist(*points) for points in ends.values()]
        assert len(lengths) == 6
        assert all(1.0 < length < 100.0 for length in lengths), lengths

    def test_connected_ports_sit_at_the_same_point(self, open_shared) -> None:
        model = open_shared(self.NAME)
        points = {p.global_id: p.point for p in bim.read_ports(model, with_points=True)}
        gaps = [
            math.dist(points[c.relating_port_id], points[c.related_port_id])
            for c in bim.read_port_connections(model)
        ]
        assert len(gaps) == 12
        assert max(gaps) < 0.001


class TestRevitHvacIfc2x3:
    NAME = "revit-hvac-ducts_ifc2x3.ifc"

    def test_ports_attached_with_relconnectsporttoelement_are_sourceandsink(
        self, open_shared
    ) -> None:
        ports = bim.read_ports(open_shared(self.NAME))
        assert len(ports) == 16
        assert {p.flow_direction for p in ports} == {"SOURCEANDSINK"}
        assert len({p.host_id for p in ports}) == 9

    def test_system_members_that_are_ports_map_to_their_host_elements(self, open_shared) -> None:
        model = open_shared(self.NAME)
        (system,) = bim.read_systems(model)
        elements = {e.global_id for e in bim.read_elements(model)}
        assert len(system.port_ids) == 16
        assert set(system.member_ids) == elements
        assert len(system.member_ids) == len(set(system.member_ids)) == 9

    def test_ducts_and_fittings_are_classified_by_their_type(self, open_shared) -> None:
        elements = bim.read_elements(open_shared(self.NAME))
        assert Counter((e.ifc_class, e.kind) for e in elements) == {
            ("IfcFlowSegment", "duct"): 5,
            ("IfcFlowFitting", "duct_fitting"): 4,
        }

    def test_cyrillic_names_escaped_in_the_file_come_through(self, open_shared) -> None:
        (system,) = bim.read_systems(open_shared(self.NAME))
        assert system.name == "Механизмы Приточный воздух 1"


class TestDuplexElectricalIfc2x3:
    NAME = "duplex-electrical_ifc2x3.ifc"

    def test_controllers_and_terminals_are_classified_by_type(self, open_shared) -> None:
        elements = bim.read_elements(open_shared(self.NAME))
        assert Counter((e.ifc_class, e.type_class, e.kind) for e in elements) == {
            ("IfcFlowTerminal", "IfcOutletType", "outlet"): 47,
            ("IfcFlowTerminal", "IfcLightFixtureType", "light"): 28,
            ("IfcFlowController", "IfcProtectiveDeviceType", "breaker"): 8,
            ("IfcFlowTerminal", "IfcElectricApplianceType", "appliance"): 7,
            ("IfcBuildingElementProxy", None, "proxy"): 4,
            ("IfcDistributionControlElement", "IfcControllerType", "controller"): 3,
            ("IfcEnergyConversionDevice", "IfcBoilerType", "boiler"): 2,
            ("IfcFlowMovingDevice", "IfcPumpType", "pump"): 2,
            ("IfcFlowMovingDevice", "IfcFanType", "fan"): 2,
        }

    def test_no_ports_and_no_systems(self, open_shared) -> None:
        model = open_shared(self.NAME)
        assert bim.read_ports(model) == []
        assert bim.read_systems(model) == []

    def test_elements_know_their_storey(self, open_shared) -> None:
        elements = bim.read_elements(open_shared(self.NAME))
        assert Counter(e.storey_name for e in elements) == {
            "Level 1": 56,
            "Level 2": 45,
            "Roof": 2,
        }

    def test_properties_merge_instance_and_type_sets_as_plain_values(self, open_shared) -> None:
        model = open_shared(self.NAME)
        breaker = next(e for e in bim.read_elements(model) if e.kind == "breaker")
        properties = bim.read_properties(model[breaker.global_id])
        assert properties["General"]["Panel Name"] == "Unit A Panelboard"
        assert properties["Identity Data"]["Model"] == "NQ"
        assert all("id" not in values for values in properties.values())
        plain = (str, int, float, bool, type(None), list, dict)
        assert all(isinstance(v, plain) for s in properties.values() for v in s.values())
        assert bim.read_property(model[breaker.global_id], "Identity Data", "Model") == "NQ"


class TestOfficeAIfc2x3:
    NAME = "office-a_ifc2x3.ifc"

    def test_spatial_tree_has_three_storeys_in_elevation_order_and_99_spaces(
        self, open_shared
    ) -> None:
        tree = bim.read_spatial_tree(open_shared(self.NAME))
        nodes = list(bim.iter_spatial_nodes(tree))
        storeys = [n for n in nodes if n.ifc_class == "IfcBuildingStorey"]
        assert [s.name for s in storeys] == ["Level 1", "Level 2", "Roof"]
        assert [round(s.elevation, 2) for s in storeys] == [0.0, 4.27, 7.92]
        assert sum(n.ifc_class == "IfcSpace" for n in nodes) == 99

    def test_every_element_is_on_a_storey_and_sanitary_ware_in_its_room(self, open_shared) -> None:
        elements = bim.read_elements(open_shared(self.NAME))
        assert len(elements) == 805
        assert all(e.storey_name in ("Level 1", "Level 2", "Roof") for e in elements)
        sanitary = [e for e in elements if e.kind == "sanitary"]
        assert len(sanitary) == 28
        assert sum(e.space_name is not None for e in sanitary) >= 20

    def test_contained_element_ids_add_up(self, open_shared) -> None:
        tree = bim.read_spatial_tree(open_shared(self.NAME))
        contained = [i for n in bim.iter_spatial_nodes(tree) for i in n.element_ids]
        assert len(contained) == len(set(contained)) == 784


class TestFzkHaus:
    def test_ifc_and_ifczip_give_the_same_summary(self, open_shared) -> None:
        plain = bim.summarize_model(open_shared("fzk-haus_ifc4.ifc"))
        zipped = bim.summarize_model(open_shared("fzk-haus_ifc4.ifczip"))
        assert plain == zipped
        assert (plain["space_count"], plain["storey_count"]) == (7, 2)

    def test_the_application_is_read_from_ifcapplication_and_header(self, open_shared) -> None:
        application = bim.read_application(open_shared("fzk-haus_ifc4.ifc"))
        assert application["application"] == "ARCHICAD-64 20.0.0"
        assert "GRAPHISOFT ARCHICAD-64" in application["originating_system"]


class TestHeatingFragmentedIfc2x3:
    NAME = "heating-fragmented_ifc2x3.ifc"

    def test_two_systems_group_elements_and_their_ports_are_all_connected(
        self, open_shared
    ) -> None:
        summary = bim.summarize_model(open_shared(self.NAME))
        systems = {s["name"]: s for s in summary["systems"]}
        assert set(systems) == {"1_RL  Rücklauf", "2_VL  Vorlauf"}
        assert all(s["port_count"] == s["connected_port_count"] > 0 for s in systems.values())

    def test_heaters_and_the_boiler_are_recognised(self, open_shared) -> None:
        kinds = Counter(e.kind for e in bim.read_elements(open_shared(self.NAME)))
        assert kinds == {"pipe": 231, "fitting": 154, "space_heater": 18, "boiler": 1}
