"""Where IfcTester 0.9 departs from IDS 1.0, fmdesk's check follows the standard."""

from __future__ import annotations

import ifcopenshell
import ifcopenshell.api.pset
import ifcopenshell.api.root
import ifcopenshell.api.unit
import pytest

from fmdesk.handover.ids.check import check_model
from fmdesk.handover.ids.loader import load_ids_text
from tests.handover.ids_helpers import attribute, entity, ids_xml, prop, restriction


def wall_with_real(value: float) -> ifcopenshell.file:
    model = ifcopenshell.file(schema="IFC4")
    ifcopenshell.api.root.create_entity(model, ifc_class="IfcProject")
    ifcopenshell.api.unit.assign_unit(model)
    wall = ifcopenshell.api.root.create_entity(model, ifc_class="IfcWall", name="W")
    pset = ifcopenshell.api.pset.add_pset(model, product=wall, name="Foo_Bar")
    ifcopenshell.api.pset.edit_pset(model, pset=pset, properties={"Foo": value})
    model.by_type("IfcPropertySingleValue")[0].NominalValue = model.createIfcReal(value)
    return model


def passes(xml: str, model: ifcopenshell.file) -> bool:
    return check_model(load_ids_text(xml, "t.ids"), model).passed


@pytest.mark.parametrize(
    ("expected", "actual", "ok"),
    [
        ("0.", 0.000001, True),
        ("0.", 0.0000011, False),
        ("1.", 1.000002, True),
        ("1.", 1.0000021, False),
        ("-1000000.", -1000001.000001, True),
        ("-1000000.", -1000001.0001, False),
        ("0.0000001", 0.0000011, True),
    ],
)
def test_reals_compare_with_relative_and_absolute_tolerance(
    expected: str, actual: float, ok: bool
) -> None:
    xml = ids_xml(entity("IFCWALL"), prop("Foo_Bar", "Foo", expected, "IFCREAL"), versions="IFC4")
    assert passes(xml, wall_with_real(actual)) is ok


@pytest.mark.parametrize(
    ("bound", "actual", "ok"),
    [
        ("minInclusive", -0.000001, True),
        ("minInclusive", -0.0000011, False),
        ("maxInclusive", 0.000001, True),
        ("minExclusive", 0.0000011, True),
        ("minExclusive", 0.0000009, False),
        ("maxExclusive", -0.0000009, False),
    ],
)
def test_bounds_apply_the_tolerance(bound: str, actual: float, ok: bool) -> None:
    value = restriction("value", f'<xs:{bound} value="0."/>', "xs:double")
    requirement = (
        '<property dataType="IFCREAL"><propertySet><simpleValue>Foo_Bar</simpleValue>'
        f"</propertySet><baseName><simpleValue>Foo</simpleValue></baseName>{value}</property>"
    )
    xml = ids_xml(entity("IFCWALL"), requirement, versions="IFC4")
    assert passes(xml, wall_with_real(actual)) is ok


def test_patterns_of_one_restriction_are_alternatives() -> None:
    model = ifcopenshell.file(schema="IFC4")
    model.createIfcWall(ifcopenshell.guid.new(), Name="B-02")
    name = restriction("value", '<xs:pattern value="A.*"/><xs:pattern value="B.*"/>')
    xml = ids_xml(
        entity("IFCWALL"),
        f"<attribute><name><simpleValue>Name</simpleValue></name>{name}</attribute>",
    )
    assert passes(xml, model)


def test_an_optional_attribute_passes_when_null_and_fails_when_empty() -> None:
    xml = ids_xml(entity("IFCWALL"), attribute("Description", "Foo", "optional"))
    model = ifcopenshell.file(schema="IFC4")
    wall = model.createIfcWall(ifcopenshell.guid.new(), Name="W")
    assert passes(xml, model)
    wall.Description = ""
    assert not passes(xml, model)


def test_ifc2x3_material_properties_are_read() -> None:
    model = ifcopenshell.file(schema="IFC2X3")
    units = model.createIfcUnitAssignment(
        [model.createIfcSIUnit(None, "LENGTHUNIT", None, "METRE")]
    )
    model.createIfcProject(ifcopenshell.guid.new(), None, "P", UnitsInContext=units)
    material = model.createIfcMaterial("Concrete")
    value = model.createIfcPropertySingleValue("Foo", None, model.createIfcLabel("Bar"), None)
    model.createIfcExtendedMaterialProperties(material, [value], None, "Custom_Pset")
    xml = ids_xml(
        entity("IFCMATERIAL"), prop("Custom_Pset", "Foo", "Bar", "IFCLABEL"), versions="IFC2X3"
    )
    assert passes(xml, model)


def test_failures_carry_reasons_in_both_languages() -> None:
    model = ifcopenshell.file(schema="IFC4")
    model.createIfcPump(ifcopenshell.guid.new(), Name="P-1")
    xml = ids_xml(entity("IFCPUMP"), prop("Pset_ManufacturerTypeInformation", "Manufacturer"))
    result = check_model(load_ids_text(xml, "t.ids"), model)
    failure = result.to_dict()["specifications"][0]["failed"][0]
    assert failure["name"] == "P-1"
    assert "Pset_ManufacturerTypeInformation" in failure["reasons_en"][0]
    assert failure["reasons_zh"][0] != failure["reasons_en"][0]


def test_failures_become_review_issues_and_a_valid_bcf(services, tmp_path) -> None:
    import xmlschema

    from fmdesk.app.ids import check_ids, ids_failures_to_issues
    from fmdesk.app.review import list_review_issues
    from tests.conftest import SAMPLES

    sample = SAMPLES / "sample_residential_ifc4.ifc"
    report = tmp_path / "ids.bcf"
    result = check_ids(services, sample, report=report)
    failures = [f for s in result.specifications for f in s.failures]
    assert len(failures) == 31 + 48  # + each flat's 户燃气阀 and 灶前阀 (no handover data)
    issues = ids_failures_to_issues(services, result)
    assert len(issues) == len(failures)
    stored = list_review_issues(services, source="ids")
    assert {i.element_ids[0] for i in stored} == {f.global_id for f in failures}
    assert all(i.issue_type == "data_quality" and "IDS" in i.labels for i in stored)
    schema_dir = SAMPLES.parents[1] / "shared" / "standards" / "bcf" / "xsd-2.1"
    if schema_dir.is_dir():
        import zipfile

        schema = xmlschema.XMLSchema(str(schema_dir / "markup.xsd"))
        with zipfile.ZipFile(report) as archive:
            markups = [n for n in archive.namelist() if n.endswith("markup.bcf")]
            assert len(markups) == len(failures)
            schema.validate(archive.read(markups[0]).decode("utf-8"))
