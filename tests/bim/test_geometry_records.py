"""Element records from the light relationship reads: the scan's, and the first picture's."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.bim.geometry_records import ElementPlaces
from fmdesk.bim.model_file import open_model
from tests.conftest import SAMPLES, SHARED_IFC


def models() -> list[Path]:
    found = sorted(SAMPLES.glob("*.ifc"))
    if SHARED_IFC.is_dir():
        found += sorted(SHARED_IFC.glob("*.ifc"))
    return found


@pytest.mark.parametrize("path", models(), ids=lambda p: p.stem)
def test_records_read_from_the_elements_own_references_are_the_scans(path: Path) -> None:
    """Every product the inverse reads call certain gets exactly the record the full scan
    gives it (storey, kind, name), without the full model index ever being built."""
    model = open_model(path, lazy=True)
    products = [p for p in model.by_type("IfcProduct") if not p.is_a("IfcOpeningElement")]
    light, certain = ElementPlaces.for_elements(model, [p.id() for p in products])
    scanned = ElementPlaces(model)
    rows = [(p.id(), p.GlobalId, p.Name, p.is_a()) for p in products]
    wanted = set(certain)
    chosen = [row for row in rows if row[0] in wanted]
    assert light.records(chosen) == scanned.records(chosen)
    assert light._index is None  # answered from the references alone
    contained = [p for p in products if p.is_a("IfcElement")]
    assert len(certain) >= 0.6 * len(contained)  # most elements are plainly contained


def test_an_element_in_two_containers_is_left_to_the_scan(tmp_path: Path) -> None:
    """An invalid model puts a wall on two storeys: the scan takes the first relationship
    in file order; the inverse reads cannot know which that is, so they do not answer."""
    import ifcopenshell
    import ifcopenshell.api

    model = ifcopenshell.file(schema="IFC4")
    project = ifcopenshell.api.run("root.create_entity", model, ifc_class="IfcProject")
    building = ifcopenshell.api.run("root.create_entity", model, ifc_class="IfcBuilding")
    ifcopenshell.api.run(
        "aggregate.assign_object", model, products=[building], relating_object=project
    )
    storeys = []
    for name in ("1F", "2F"):
        storey = ifcopenshell.api.run(
            "root.create_entity", model, ifc_class="IfcBuildingStorey", name=name
        )
        ifcopenshell.api.run(
            "aggregate.assign_object", model, products=[storey], relating_object=building
        )
        storeys.append(storey)
    wall, plain = (
        ifcopenshell.api.run("root.create_entity", model, ifc_class="IfcWall", name=n)
        for n in ("twice", "once")
    )
    for storey in storeys:
        model.createIfcRelContainedInSpatialStructure(
            ifcopenshell.guid.new(), None, None, None, [wall], storey
        )
    model.createIfcRelContainedInSpatialStructure(
        ifcopenshell.guid.new(), None, None, None, [plain], storeys[1]
    )
    path = tmp_path / "两层墙.ifc"
    model.write(str(path))
    reopened = open_model(path, lazy=True)
    light, certain = ElementPlaces.for_elements(reopened, [wall.id(), plain.id()])
    assert certain == [plain.id()]
    record = light.records([(plain.id(), plain.GlobalId, "once", "IfcWall")])[0]
    assert record.storey_id == storeys[1].GlobalId
