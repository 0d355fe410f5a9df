"""An IDS as a table a facility manager can edit: specifications and their requirements.

The GUI's simple IDS editor and the default FM handover IDS work on this shape: each
specification selects IFC classes (an optional predefined type) and lists property or
attribute requirements, where a requirement may accept several property-set names and several
property names (written as ``xs:enumeration`` alternatives: ``Pset_ManufacturerTypeInformation``
or the Chinese ``设备信息``). :func:`table_to_xml` writes IDS 1.0 XML; :func:`table_from_ids`
reads back what the editor can show and refuses files that use other facets, so saving never
drops part of a specification.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:  # IfcTester is imported where an IDS is read, not by the table's users
    from ifctester.ids import Ids, Specification

__all__ = ["IdsTable", "RequirementRow", "SpecRow", "table_from_ids", "table_to_xml"]

IDS_NS = "http://standards.buildingsmart.org/IDS"
XS_NS = "http://www.w3.org/2001/XMLSchema"
USAGES = ("required", "optional", "prohibited")


@dataclass
class RequirementRow:
    """One requirement: a property (``kind="property"``) or an attribute."""

    names: list[str]
    property_sets: list[str] = field(default_factory=list)
    kind: str = "property"
    data_type: str = ""
    value: str = ""
    cardinality: str = "required"
    instructions: str = ""


@dataclass
class SpecRow:
    """One specification: which classes it applies to and what they must carry."""

    name: str
    classes: list[str]
    requirements: list[RequirementRow] = field(default_factory=list)
    predefined_type: str = ""
    usage: str = "optional"
    description: str = ""
    instructions: str = ""
    ifc_versions: str = "IFC2X3 IFC4 IFC4X3_ADD2"


@dataclass
class IdsTable:
    """A whole IDS: its title and specifications."""

    title: str
    specifications: list[SpecRow]
    description: str = ""
    author: str = ""
    version: str = ""


def has_value(value: object) -> bool:
    """A facet parameter that is set (see :func:`fmdesk.handover.ids.values.has_value`)."""
    return value is not None and not (isinstance(value, str) and value == "")


def _values(value: object) -> list[str]:
    from ifctester.facet import Restriction

    if isinstance(value, Restriction):
        options = value.options
        if set(options) != {"enumeration"}:
            raise UserError(
                _t("This IDS uses patterns or ranges the table editor cannot show; edit it as XML.")
            )
        values = options["enumeration"]
        return [str(v) for v in (values if isinstance(values, list) else [values])]
    return [str(value)] if has_value(value) else []


def table_from_ids(ids: Ids) -> IdsTable:
    """The editable table of ``ids``; UserError when it uses facets the table cannot show."""
    specs = [_spec_row(spec) for spec in ids.specifications]
    info = ids.info
    return IdsTable(
        title=str(info.get("title", "")),
        specifications=specs,
        description=str(info.get("description", "") or ""),
        author=str(info.get("author", "") or ""),
        version=str(info.get("version", "") or ""),
    )


def _spec_row(spec: Specification) -> SpecRow:
    from ifctester.facet import Attribute, Entity, Property

    entities = [f for f in spec.applicability if isinstance(f, Entity)]
    if len(entities) != 1 or len(spec.applicability) != 1:
        raise UserError(
            _t(
                "Specification “{spec}” selects elements by more than a class; edit it as XML.",
                spec=spec.name,
            )
        )
    requirements = []
    for facet in spec.requirements:
        if isinstance(facet, Property):
            requirements.append(
                RequirementRow(
                    names=_values(facet.baseName),
                    property_sets=_values(facet.propertySet),
                    data_type=str(facet.dataType or "").upper(),
                    value=str(facet.value) if has_value(facet.value) else "",
                    cardinality=facet.cardinality or "required",
                    instructions=str(facet.instructions or ""),
                )
            )
        elif isinstance(facet, Attribute):
            requirements.append(
                RequirementRow(
                    names=_values(facet.name),
                    kind="attribute",
                    value=str(facet.value) if has_value(facet.value) else "",
                    cardinality=facet.cardinality or "required",
                    instructions=str(facet.instructions or ""),
                )
            )
        else:
            raise UserError(
                _t(
                    "Specification “{spec}” has requirements the table cannot show; edit it as XML.",  # noqa: E501
                    spec=spec.name,
                )
            )
    usage = (
        "prohibited"
        if spec.maxOccurs == 0
        else ("optional" if str(spec.minOccurs) == "0" else "required")
    )
    versions = spec.ifcVersion
    return SpecRow(
        name=spec.name,
        classes=_values(entities[0].name),
        requirements=requirements,
        predefined_type=str(entities[0].predefinedType)
        if has_value(entities[0].predefinedType)
        else "",
        usage=usage,
        description=str(spec.description or ""),
        instructions=str(spec.instructions or ""),
        ifc_versions=" ".join(versions) if isinstance(versions, list) else str(versions),
    )


def table_to_xml(table: IdsTable) -> str:
    """IDS 1.0 XML of ``table`` (UTF-8 text, Chinese kept as is)."""
    ET.register_namespace("", IDS_NS)
    ET.register_namespace("xs", XS_NS)
    root = ET.Element(_q("ids"))
    info = ET.SubElement(root, _q("info"))
    _text(info, "title", table.title or "IDS")
    for tag, value in (("version", table.version), ("description", table.description)):
        if value:
            _text(info, tag, value)
    specifications = ET.SubElement(root, _q("specifications"))
    for spec in table.specifications:
        _write_spec(specifications, spec)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"


def _q(tag: str) -> str:
    return f"{{{IDS_NS}}}{tag}"


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag))
    element.text = value
    return element


def _write_spec(parent: ET.Element, spec: SpecRow) -> None:
    attributes = {"name": spec.name, "ifcVersion": spec.ifc_versions}
    if spec.description:
        attributes["description"] = spec.description
    if spec.instructions:
        attributes["instructions"] = spec.instructions
    element = ET.SubElement(parent, _q("specification"), attributes)
    occurs = {
        "required": ("1", "unbounded"),
        "optional": ("0", "unbounded"),
        "prohibited": ("0", "0"),
    }
    low, high = occurs.get(spec.usage, occurs["optional"])
    applicability = ET.SubElement(
        element, _q("applicability"), {"minOccurs": low, "maxOccurs": high}
    )
    entity = ET.SubElement(applicability, _q("entity"))
    _value(entity, "name", [c.upper() for c in spec.classes])
    if spec.predefined_type:
        _value(entity, "predefinedType", [spec.predefined_type])
    if spec.usage == "prohibited" or not spec.requirements:
        return
    requirements = ET.SubElement(element, _q("requirements"))
    for row in sorted(spec.requirements, key=lambda r: r.kind != "attribute"):
        _write_requirement(requirements, row)


def _write_requirement(parent: ET.Element, row: RequirementRow) -> None:
    attributes = {"cardinality": row.cardinality} if row.cardinality != "required" else {}
    if row.instructions:
        attributes["instructions"] = row.instructions
    if row.kind == "attribute":
        facet = ET.SubElement(parent, _q("attribute"), attributes)
        _value(facet, "name", row.names)
    else:
        if row.data_type:
            attributes["dataType"] = row.data_type.upper()
        facet = ET.SubElement(parent, _q("property"), attributes)
        _value(facet, "propertySet", row.property_sets)
        _value(facet, "baseName", row.names)
    if row.value:
        _value(facet, "value", [row.value])


def _value(parent: ET.Element, tag: str, values: list[str]) -> None:
    element = ET.SubElement(parent, _q(tag))
    if len(values) == 1:
        ET.SubElement(element, _q("simpleValue")).text = values[0]
        return
    restriction = ET.SubElement(element, f"{{{XS_NS}}}restriction", {"base": "xs:string"})
    for value in values:
        ET.SubElement(restriction, f"{{{XS_NS}}}enumeration", {"value": value})
