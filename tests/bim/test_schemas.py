"""The same small plant written in IFC2X3, IFC4 and IFC4X3 reads back the same.

IFC2X3 has no valve, breaker or outlet classes (generic IfcFlowController/IfcFlowTerminal plus a
type object) and attaches ports with IfcRelConnectsPortToElement; IFC4/4X3 have specific
classes and nest ports. The reader must hide the difference. One test class per schema, by
subclassing, as ifcopenshell's own tests do.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import ifcopenshell
import ifcopenshell.api.aggregate
import ifcopenshell.api.context
import ifcopenshell.api.owner
import ifcopenshell.api.root
import ifcopenshell.api.spatial
import ifcopenshell.api.system
import ifcopenshell.api.type
import ifcopenshell.api.unit
import pytest

from fmdesk import bim

# kind: (IFC4 class, predefined type, IFC2X3 class, IFC2X3 type class)
PLANT = {
    "tank": ("IfcTank", "STORAGE", "IfcFlowStorageDevice", "IfcTankType"),
    "valve": ("IfcValve", "ISOLATING", "IfcFlowController", "IfcValveType"),
    "pump": ("IfcPump", "ENDSUCTION", "IfcFlowMovingDevice", "IfcPumpType"),
    "pipe": ("IfcPipeSegment", "RIGIDSEGMENT", "IfcFlowSegment", "IfcPipeSegmentType"),
    "breaker": (
        "IfcProtectiveDevice",
        "CIRCUITBREAKER",
        "IfcFlowController",
        "IfcProtectiveDeviceType",
    ),
    "cable": ("IfcCableSegment", "CABLESEGMENT", "IfcFlowSegment", "IfcCableSegmentType"),
    "outlet": ("IfcOutlet", "POWEROUTLET", "IfcFlowTerminal", "IfcOutletType"),
    "hydrant": (
        "IfcFireSuppressionTerminal",
        "FIREHYDRANT",
        "IfcFlowTerminal",
        "IfcFireSuppressionTerminalType",
    ),
}
WATER_CHAIN = ("tank", "valve", "pump", "pipe")


def build_plant(schema: str) -> ifcopenshell.file:
    """Tank → valve → pump → pipe with connected ports, plus electrical and fire elements."""
    model = ifcopenshell.file(schema=schema)
    if schema == "IFC2X3":  # IFC2X3 requires owner history on every rooted entity
        person = ifcopenshell.api.owner.add_person(model)
        organisation = ifcopenshell.api.owner.add_organisation(model)
        ifcopenshell.api.owner.add_person_and_organisation(
            model, person=person, organisation=organisation
        )
        ifcopenshell.api.owner.add_application(model)
    project = ifcopenshell.api.root.create_entity(model, ifc_class="IfcProject", name="示例项目")
    ifcopenshell.api.unit.assign_unit(model)
    ifcopenshell.api.context.add_context(model, context_type="Model")
    site = ifcopenshell.api.root.create_entity(model, ifc_class="IfcSite", name="示例小区")
    building = ifcopenshell.api.root.create_entity(model, ifc_class="IfcBuilding", name="1号楼")
    storey = ifcopenshell.api.root.create_entity(model, ifc_class="IfcBuildingStorey", name="B1")
    storey.Elevation = -3500.0  # assign_unit gives millimetres
    flat = ifcopenshell.api.root.create_entity(model, ifc_class="IfcSpace", name="1-601")
    flat.LongName = "1号楼 1-601 住宅"
    room = ifcopenshell.api.root.create_entity(model, ifc_class="IfcSpace", name="厨房")
    for whole, part in ((project, site), (site, building), (building, storey), (storey, flat)):
        ifcopenshell.api.aggregate.assign_object(model, products=[part], relating_object=whole)
    ifcopenshell.api.aggregate.assign_object(model, products=[room], relating_object=flat)
    elements = {}
    for kind, (ifc4_class, predefined, ifc2x3_class, type_class) in PLANT.items():
        name = f"{kind} 1"
        if schema == "IFC2X3":
            element = ifcopenshell.api.root.create_entity(model, ifc_class=ifc2x3_class, name=name)
            element_type = ifcopenshell.api.root.create_entity(
                model, ifc_class=type_class, predefined_type=predefined, name=f"{kind} type"
            )
            ifcopenshell.api.type.assign_type(
                model, related_objects=[element], relating_type=element_type
            )
        else:
            element = ifcopenshell.api.root.create_entity(
                model, ifc_class=ifc4_class, predefined_type=predefined, name=name
            )
        elements[kind] = element
    lift = ifcopenshell.api.root.create_entity(model, ifc_class="IfcTransportElement", name="电梯1")
    if schema == "IFC2X3":
        lift.OperationType = "ELEVATOR"
    else:
        lift.PredefinedType = "ELEVATOR"
    elements["lift"] = lift
    in_room = [elements["outlet"]]
    ifcopenshell.api.spatial.assign_container(
        model,
        products=[e for e in elements.values() if e not in in_room],
        relating_structure=storey,
    )
    ifcopenshell.api.spatial.assign_container(model, products=in_room, relating_structure=room)
    system_class = "IfcSystem" if schema == "IFC2X3" else "IfcDistributionSystem"
    system = ifcopenshell.api.system.add_system(model, ifc_class=system_class)
    system.Name = "生活给水系统"
    if schema != "IFC2X3":
        system.PredefinedType = "DOMESTICCOLDWATER"
    else:
        system.ObjectType = "DOMESTICCOLDWATER"
    chain = [elements[kind] for kind in WATER_CHAIN]
    ifcopenshell.api.system.assign_system(model, products=chain, system=system)
    ports = [
        (
            ifcopenshell.api.system.add_port(model, element=element),
            ifcopenshell.api.system.add_port(model, element=element),
        )
        for element in chain
    ]
    for (_, upstream_out), (downstream_in, _) in itertools.pairwise(ports):
        ifcopenshell.api.system.connect_port(model, port1=upstream_out, port2=downstream_in)
    for inlet, outlet in ports:  # connect_port resets directions, so set them last
        inlet.FlowDirection, outlet.FlowDirection = "SINK", "SOURCE"
    return model


class PlantContract:
    """Shared assertions; subclasses set SCHEMA."""

    SCHEMA = ""

    @pytest.fixture(scope="class")
    @classmethod
    def model(cls, tmp_path_factory: pytest.TempPathFactory) -> ifcopenshell.file:
        path = Path(tmp_path_factory.mktemp(cls.SCHEMA)) / "plant.ifc"
        build_plant(cls.SCHEMA).write(str(path))
        return bim.open_model(path)  # through the file, as users load it

    def test_the_file_has_the_schema_asked_for(self, model) -> None:
        assert model.schema_identifier == {"IFC4X3": "IFC4X3_ADD2"}.get(self.SCHEMA, self.SCHEMA)

    def test_kinds_are_the_same_word_in_every_schema(self, model) -> None:
        kinds = Counter(e.kind for e in bim.read_elements(model))
        assert kinds == Counter([*PLANT, "lift"])

    def test_valve_predefined_type_comes_from_the_instance_or_its_type(self, model) -> None:
        valve = next(e for e in bim.read_elements(model) if e.kind == "valve")
        assert valve.predefined_type == "ISOLATING"

    def test_water_chain_ports_are_hosted_and_connected_in_flow_order(self, model) -> None:
        elements = {e.global_id: e for e in bim.read_elements(model)}
        ports = bim.read_ports(model)
        assert len(ports) == 8
        assert Counter(p.flow_direction for p in ports) == {"SINK": 4, "SOURCE": 4}
        links = [
            (elements[c.relating_host_id].kind, elements[c.related_host_id].kind)
            for c in bim.read_port_connections(model)
        ]
        assert links == [("tank", "valve"), ("valve", "pump"), ("pump", "pipe")]

    def test_the_water_system_lists_the_chain(self, model) -> None:
        (system,) = bim.read_systems(model)
        assert (system.name, system.predefined_type) == ("生活给水系统", "DOMESTICCOLDWATER")
        elements = {e.global_id: e.kind for e in bim.read_elements(model)}
        assert [elements[m] for m in system.member_ids] == list(WATER_CHAIN)
        summary = bim.summarize_model(model)
        assert summary["systems"][0]["port_count"] == 8
        assert summary["systems"][0]["connected_port_count"] == 6
        assert summary["port_graph_components"] == 1

    def test_an_outlet_in_a_room_knows_its_room_and_storey(self, model) -> None:
        outlet = next(e for e in bim.read_elements(model) if e.kind == "outlet")
        assert (outlet.space_name, outlet.storey_name) == ("厨房", "B1")

    def test_spatial_tree_nests_rooms_in_flats_in_storeys(self, model) -> None:
        tree = bim.read_spatial_tree(model)
        (site,) = tree.children
        (building,) = site.children
        (storey,) = building.children
        assert storey.elevation == pytest.approx(-3.5)
        (flat,) = storey.children
        assert (flat.name, flat.long_name) == ("1-601", "1号楼 1-601 住宅")
        assert [room.name for room in flat.children] == ["厨房"]
        assert len(flat.children[0].element_ids) == 1
        assert len(storey.element_ids) == len(PLANT)


class TestPlantIFC2X3(PlantContract):
    SCHEMA = "IFC2X3"


class TestPlantIFC4(PlantContract):
    SCHEMA = "IFC4"


class TestPlantIFC4X3(PlantContract):
    SCHEMA = "IFC4X3"


def test_a_connection_written_both_ways_counts_once() -> None:
    model = build_plant("IFC4")
    assert len(model.by_type("IfcRelConnectsPorts")) == 6  # ifcopenshell.api links both ways
    assert len(bim.read_port_connections(model)) == 3


def test_ifc2x3_ports_use_relconnectsporttoelement_and_ifc4_nests() -> None:
    old, new = build_plant("IFC2X3"), build_plant("IFC4")
    assert len(old.by_type("IfcRelConnectsPortToElement")) == 8
    assert not [r for r in new.by_type("IfcRelNests") if not r.RelatedObjects[0].is_a("IfcPort")]
    assert len(bim.read_ports(old)) == len(bim.read_ports(new)) == 8


@pytest.mark.parametrize(
    ("ifc_class", "type_class", "predefined", "kind"),
    [
        ("IfcFlowController", "IfcValveType", None, "valve"),
        ("IfcFlowTerminal", "IfcOutletType", None, "outlet"),
        ("IfcFlowController", "IfcProtectiveDeviceType", None, "breaker"),
        ("IfcFlowSegment", "IfcCableSegmentType", None, "cable"),
        ("IfcFlowController", "IfcSwitchingDeviceType", None, "switch"),
        ("IfcFlowTerminal", "IfcLightFixtureType", None, "light"),
        ("IfcFlowTerminal", "IfcLampType", None, "light"),
        ("IfcFlowController", "IfcFlowMeterType", None, "meter"),
        ("IfcFlowStorageDevice", "IfcTankType", None, "tank"),
        ("IfcEnergyConversionDevice", "IfcTransformerType", None, "transformer"),
        ("IfcFlowFitting", "IfcJunctionBoxType", None, "junction_box"),
        ("IfcFlowTerminal", "IfcFireSuppressionTerminalType", "FIREHYDRANT", "hydrant"),
        ("IfcFlowTerminal", "IfcSanitaryTerminalType", None, "sanitary"),
        ("IfcFlowTerminal", "IfcAirTerminalType", None, "air_terminal"),
        ("IfcElectricDistributionPoint", None, "SWITCHBOARD", "distribution_board"),
        ("IfcElectricDistributionBoard", None, "SWITCHBOARD", "distribution_board"),
        ("IfcTransportElement", None, "ELEVATOR", "lift"),
        ("IfcFlowMovingDevice", "IfcFanType", None, "fan"),
        ("IfcFlowSegment", "IfcDuctSegmentType", None, "duct"),
        ("IfcWallStandardCase", None, None, "wall"),
        ("IfcHeatExchanger", None, None, "heat_exchanger"),
        ("IfcFlowController", None, None, "other"),
        ("IfcFlowController", "IfcBuildingElementProxyType", None, "other"),
        ("IfcBuildingElementProxy", "IfcPumpType", None, "pump"),
        ("IfcBuildingElementProxy", None, None, "proxy"),
    ],
)
def test_classify_class_is_type_aware(
    ifc_class: str, type_class: str | None, predefined: str | None, kind: str
) -> None:
    assert bim.classify_class(ifc_class, type_class, predefined) == kind
