"""The generated sample buildings: regeneration, schema fidelity, ports, spatial walk, scaling."""

from __future__ import annotations

from pathlib import Path

import ifcopenshell
import ifcopenshell.util.element as element_util
import pytest

from fmdesk.samples import generate_building, sample_filename, write_samples
from tests.samples.helpers import (
    FlowGraph,
    content_summary,
    flat_of,
    port_owner,
    storey_of,
)

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "ifc_samples"
SCHEMAS = ["IFC4", "IFC2X3", "IFC4X3_ADD2"]
SERVICE_SYSTEMS = {"生活给水系统", "排水系统", "消火栓系统", "燃气系统", "供配电系统"}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ifcopenshell.file]:
    out = tmp_path_factory.mktemp("samples")
    paths = write_samples(out)
    return {
        schema: ifcopenshell.open(str(path)) for schema, path in zip(SCHEMAS, paths, strict=True)
    }


@pytest.fixture(scope="module")
def ifc4(regenerated: dict[str, ifcopenshell.file]) -> ifcopenshell.file:
    return regenerated["IFC4"]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_regenerated_sample_has_the_committed_content(regenerated, schema: str) -> None:
    committed = ifcopenshell.open(str(COMMITTED / sample_filename(schema, 6, 4)))
    new = content_summary(regenerated[schema])
    old = content_summary(committed)
    assert new["classes"] == old["classes"]
    assert new["systems"] == old["systems"]
    assert new["connections"] == old["connections"] > 1000
    assert new["storeys"] == old["storeys"]
    assert new["spaces"] == old["spaces"]
    assert new["global_ids"] == old["global_ids"]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_sample_has_the_contract_structure(regenerated, schema: str) -> None:
    model = regenerated[schema]
    assert model.schema_identifier == schema
    storeys = {s.Name: s.Elevation for s in model.by_type("IfcBuildingStorey")}
    assert storeys == {"B1": -4.5, **{f"{n}F": (n - 1) * 3.0 for n in range(1, 7)}, "RF": 18.0}
    (building,) = model.by_type("IfcBuilding")
    assert building.Name == "示例小区 1号楼"
    flats = [s for s in model.by_type("IfcSpace") if s.LongName and s.LongName.endswith("住宅")]
    assert sorted(f.Name for f in flats) == sorted(
        f"1-{floor}{unit:02d}" for floor in range(1, 7) for unit in range(1, 5)
    )
    flat = next(f for f in flats if f.Name == "1-601")
    assert flat.LongName == "1号楼 1-601 住宅"
    rooms = {r.Name for rel in flat.IsDecomposedBy for r in rel.RelatedObjects}
    assert rooms == {"客厅", "卧室", "厨房", "卫生间"}
    systems = {s.Name: s for s in model.by_type("IfcSystem")}
    assert set(systems) == SERVICE_SYSTEMS | {"排风系统"}
    for system in systems.values():
        served = [b for rel in system.ServicesBuildings for b in rel.RelatedBuildings]
        assert served == [building]


def test_ifc2x3_sample_uses_type_objects_instead_of_ifc4_classes(regenerated) -> None:
    model = regenerated["IFC2X3"]
    classes = {entity.is_a() for entity in model}
    ifc4_only = {
        "IfcValve", "IfcPump", "IfcTank", "IfcFlowMeter", "IfcSanitaryTerminal", "IfcOutlet",
        "IfcLightFixture", "IfcPipeSegment", "IfcCableSegment", "IfcPipeFitting", "IfcJunctionBox",
        "IfcTransformer", "IfcElectricDistributionBoard", "IfcProtectiveDevice", "IfcFan",
        "IfcDuctSegment", "IfcAirTerminal", "IfcFireSuppressionTerminal", "IfcDistributionSystem",
        "IfcRelNests",
    }  # fmt: skip
    assert not classes & ifc4_only
    pump = next(e for e in model.by_type("IfcFlowMovingDevice") if e.Tag == "SB-01")
    assert element_util.get_type(pump).is_a("IfcPumpType")
    valve_types = {
        element_util.get_type(e).is_a()
        for e in model.by_type("IfcFlowController")
        if e.is_a() == "IfcFlowController"
    }
    assert valve_types == {"IfcValveType", "IfcFlowMeterType", "IfcProtectiveDeviceType"}
    board = next(e for e in model.by_type("IfcElectricDistributionPoint") if e.Tag == "AA-1")
    assert board.DistributionPointFunction == "SWITCHBOARD"
    assert model.by_type("IfcElectricalCircuit")[0].Name == "供配电系统"


@pytest.mark.parametrize("schema", SCHEMAS)
def test_every_service_port_is_connected_and_directed(regenerated, schema: str) -> None:
    model = regenerated[schema]
    members = {
        m.id()
        for system in model.by_type("IfcSystem")
        if system.Name in SERVICE_SYSTEMS
        for rel in system.IsGroupedBy
        for m in rel.RelatedObjects
    }
    ports = [p for p in model.by_type("IfcDistributionPort") if port_owner(p).id() in members]
    assert len(ports) > 1500
    for port in ports:
        assert port.FlowDirection in ("SOURCE", "SINK")
        assert port.ConnectedTo or port.ConnectedFrom
    for rel in model.by_type("IfcRelConnectsPorts"):
        assert rel.RelatingPort.FlowDirection == "SOURCE"
        assert rel.RelatedPort.FlowDirection == "SINK"


@pytest.mark.parametrize("schema", SCHEMAS)
def test_every_element_has_a_type_where_the_schema_has_one(regenerated, schema: str) -> None:
    untyped = {
        e.is_a() for e in regenerated[schema].by_type("IfcElement") if not element_util.get_type(e)
    }
    assert untyped == ({"IfcElectricDistributionPoint"} if schema == "IFC2X3" else set())


def test_fixture_flat_and_storey_are_found_by_walking_containment(ifc4) -> None:
    wc = next(e for e in ifc4.by_type("IfcSanitaryTerminal") if e.Name == "坐便器 1-601")
    assert element_util.get_container(wc).Name == "卫生间"
    assert flat_of(wc).Name == "1-601"
    assert storey_of(wc).Name == "6F"
    outlet = next(e for e in ifc4.by_type("IfcOutlet") if e.Name.startswith("插座 1-302 客厅"))
    assert flat_of(outlet).Name == "1-302"
    assert storey_of(outlet).Name == "3F"


def test_equipment_carries_fm_handover_data(ifc4) -> None:
    pump = next(e for e in ifc4.by_type("IfcPump") if e.Tag == "SB-01")
    psets = element_util.get_psets(pump)
    assert pump.Name == "生活水泵1# (SB-01)"
    assert psets["Pset_ManufacturerTypeInformation"]["Manufacturer"] == "格兰富 Grundfos"
    assert psets["Pset_ManufacturerOccurrence"]["SerialNumber"]
    assert psets["Pset_ServiceLife"]["ServiceLifeDuration"] == "P15Y"
    assert psets["Pset_Warranty"]["WarrantyEndDate"] == "2021-06-30"
    assert psets["FM_Handover"]["InstallationDate"] == "2019-06-30"
    tagged = [
        e for e in ifc4.by_type("IfcElement") if e.Tag in {"SX-01", "XF-01", "BYQ-01", "AL-3"}
    ]
    assert len(tagged) == 4
    assert all("FM_Handover" in element_util.get_psets(e) for e in tagged)


def test_water_known_answers(ifc4) -> None:
    graph = FlowGraph(ifc4)
    flat_pipe = graph.by_name("户内给水管 1-601")
    assert graph.nearest_valves(flat_pipe, "up") == {"户阀 1-601"}
    fixtures = {
        e.id(): flat_of(e).Name
        for e in ifc4.by_type("IfcSanitaryTerminal")
    }  # fmt: skip
    segment = graph.by_name("给水立管 JL-1 3F")
    assert graph.nearest_valves(segment, "up") == {"立管阀 JL-1 3F (V-JL1-03)"}
    cut = graph.reach(graph.by_name("立管阀 JL-1 3F (V-JL1-03)"), "down")
    assert {fixtures[i][2] for i in cut if i in fixtures} == {"4", "5", "6"}
    pump = graph.by_name("生活水泵1# (SB-01)")
    closed = graph.nearest_valves(pump, "up") | graph.nearest_valves(pump, "down")
    assert closed == {"1#泵吸水阀 (V-11)", "1#泵出水阀 (V-13)"}
    closed_ids = {graph.by_name(name).id() for name in closed}
    still_fed = graph.reach(graph.by_name("生活水箱 (SX-01)"), "down", closed_ids)
    assert set(fixtures) <= still_fed
    header = graph.by_name("吸水总管 DN100")
    assert graph.nearest_valves(header, "up") | graph.nearest_valves(header, "down") == {
        "水箱出水阀 (V-02)",
        "1#泵吸水阀 (V-11)",
        "2#泵吸水阀 (V-21)",
    }
    assert set(fixtures) <= graph.reach(header, "down")


def test_power_and_drainage_known_answers(ifc4) -> None:
    graph = FlowGraph(ifc4)
    tripped = graph.reach(graph.by_name("楼层进线断路器 3F (3AL-QF0)"), "down")
    flats = {flat_of(ifc4.by_id(i)).Name for i in tripped if ifc4.by_id(i).is_a("IfcOutlet")}
    assert flats == {"1-301", "1-302", "1-303", "1-304"}
    outlet = next(e for e in ifc4.by_type("IfcOutlet") if e.Name == "插座 1-302 客厅-4")
    upstream = {ifc4.by_id(i).Name for i in graph.reach(outlet, "up")}
    assert {
        "户配电箱 1-302",
        "楼层配电箱 3AL",
        "低压开关柜 (AA-1)",
        "干式变压器 (BYQ-01)",
    } <= upstream
    wc = next(e for e in ifc4.by_type("IfcSanitaryTerminal") if e.Name == "坐便器 1-601")
    downstream = {ifc4.by_id(i).Name for i in graph.reach(wc, "down")}
    assert {"排水立管 PL-1 1F", "污水检查井 (JC-01)"} <= downstream


def test_small_building_scales_flats_and_risers() -> None:
    model = generate_building("IFC4", storeys=2, units_per_storey=3)
    flats = sorted(s.Name for s in model.by_type("IfcSpace") if s.LongName.endswith("住宅"))
    assert flats == ["1-101", "1-102", "1-103", "1-201", "1-202", "1-203"]
    assert len(model.by_type("IfcSanitaryTerminal")) == 6 * 4
    assert len(model.by_type("IfcPipeFitting")) == 2 + 2  # water and gas riser tees
    assert len(model.by_type("IfcElectricDistributionBoard")) == 1 + 2 + 6
    assert [s.Name for s in model.by_type("IfcBuildingStorey")] == ["B1", "1F", "2F", "RF"]
    assert sample_filename("IFC4", 2, 3) == "residential_2x3_ifc4.ifc"
