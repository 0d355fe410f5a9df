"""Which IFC classes represent each kind of generated element, per schema.

IFC2X3 has no instance classes such as IfcValve or IfcPump: a valve is an IfcFlowController whose
IfcValveType says what it is. IFC4 and IFC4X3 have both the specific occurrence class and the
type. Generators ask for a *kind* (``"valve"``) and this table gives the right pair for the schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ifcopenshell.ifcopenshell_wrapper as wrapper


@dataclass(frozen=True)
class KindClasses:
    occurrence_ifc4: str
    type_ifc4: str | None
    occurrence_ifc2x3: str
    type_ifc2x3: str | None


KINDS: dict[str, KindClasses] = {
    "pipe": KindClasses(
        "IfcPipeSegment", "IfcPipeSegmentType", "IfcFlowSegment", "IfcPipeSegmentType"
    ),
    "pipe_fitting": KindClasses(
        "IfcPipeFitting", "IfcPipeFittingType", "IfcFlowFitting", "IfcPipeFittingType"
    ),
    "valve": KindClasses("IfcValve", "IfcValveType", "IfcFlowController", "IfcValveType"),
    "meter": KindClasses(
        "IfcFlowMeter", "IfcFlowMeterType", "IfcFlowController", "IfcFlowMeterType"
    ),
    "tank": KindClasses("IfcTank", "IfcTankType", "IfcFlowStorageDevice", "IfcTankType"),
    "pump": KindClasses("IfcPump", "IfcPumpType", "IfcFlowMovingDevice", "IfcPumpType"),
    "sanitary": KindClasses(
        "IfcSanitaryTerminal",
        "IfcSanitaryTerminalType",
        "IfcFlowTerminal",
        "IfcSanitaryTerminalType",
    ),
    "chamber": KindClasses(
        "IfcDistributionChamberElement",
        "IfcDistributionChamberElementType",
        "IfcDistributionChamberElement",
        "IfcDistributionChamberElementType",
    ),
    "fire_terminal": KindClasses(
        "IfcFireSuppressionTerminal",
        "IfcFireSuppressionTerminalType",
        "IfcFlowTerminal",
        "IfcFireSuppressionTerminalType",
    ),
    "transformer": KindClasses(
        "IfcTransformer", "IfcTransformerType", "IfcEnergyConversionDevice", "IfcTransformerType"
    ),
    # IFC2X3 has no type for IfcElectricDistributionPoint; its function is an occurrence attribute.
    "board": KindClasses(
        "IfcElectricDistributionBoard",
        "IfcElectricDistributionBoardType",
        "IfcElectricDistributionPoint",
        None,
    ),
    "breaker": KindClasses(
        "IfcProtectiveDevice",
        "IfcProtectiveDeviceType",
        "IfcFlowController",
        "IfcProtectiveDeviceType",
    ),
    "cable": KindClasses(
        "IfcCableSegment", "IfcCableSegmentType", "IfcFlowSegment", "IfcCableSegmentType"
    ),
    "junction_box": KindClasses(
        "IfcJunctionBox", "IfcJunctionBoxType", "IfcFlowFitting", "IfcJunctionBoxType"
    ),
    "outlet": KindClasses("IfcOutlet", "IfcOutletType", "IfcFlowTerminal", "IfcOutletType"),
    "light": KindClasses(
        "IfcLightFixture", "IfcLightFixtureType", "IfcFlowTerminal", "IfcLightFixtureType"
    ),
    "lift": KindClasses(
        "IfcTransportElement",
        "IfcTransportElementType",
        "IfcTransportElement",
        "IfcTransportElementType",
    ),
    "fan": KindClasses("IfcFan", "IfcFanType", "IfcFlowMovingDevice", "IfcFanType"),
    "duct": KindClasses(
        "IfcDuctSegment", "IfcDuctSegmentType", "IfcFlowSegment", "IfcDuctSegmentType"
    ),
    "air_terminal": KindClasses(
        "IfcAirTerminal", "IfcAirTerminalType", "IfcFlowTerminal", "IfcAirTerminalType"
    ),
    "wall": KindClasses("IfcWall", "IfcWallType", "IfcWall", "IfcWallType"),
    "slab": KindClasses("IfcSlab", "IfcSlabType", "IfcSlab", "IfcSlabType"),
    "door": KindClasses("IfcDoor", "IfcDoorType", "IfcDoor", "IfcDoorStyle"),
    "window": KindClasses("IfcWindow", "IfcWindowType", "IfcWindow", "IfcWindowStyle"),
}


def classes_for(kind: str, schema: str) -> tuple[str, str | None]:
    """Return ``(occurrence class, type class)`` for a kind in a schema.

    Example: ``classes_for("valve", "IFC2X3") == ("IfcFlowController", "IfcValveType")``.
    """
    entry = KINDS[kind]
    if schema == "IFC2X3":
        return entry.occurrence_ifc2x3, entry.type_ifc2x3
    return entry.occurrence_ifc4, entry.type_ifc4


@cache
def attribute_names(schema: str, ifc_class: str) -> frozenset[str]:
    """Names of all attributes of a class (to set PredefinedType only where it exists)."""
    declaration = wrapper.schema_by_name(schema).declaration_by_name(ifc_class)
    return frozenset(a.name() for a in declaration.all_attributes())


@cache
def attribute_indices(schema: str, ifc_class: str) -> dict[str, int]:
    """Attribute name → position, for setting attributes without keyword lookups."""
    declaration = wrapper.schema_by_name(schema).declaration_by_name(ifc_class)
    return {a.name(): i for i, a in enumerate(declaration.all_attributes())}


@cache
def enum_items(schema: str, ifc_class: str, attribute: str) -> tuple[str, ...]:
    """Allowed values of an enumeration attribute, or ``()`` if the attribute is not an enum."""
    declaration = wrapper.schema_by_name(schema).declaration_by_name(ifc_class)
    for attr in declaration.all_attributes():
        if attr.name() != attribute:
            continue
        declared = attr.type_of_attribute().declared_type()
        if hasattr(declared, "enumeration_items"):
            return tuple(declared.enumeration_items())
        return ()
    return ()


def predefined_value(schema: str, ifc_class: str, wanted: str) -> tuple[str, str | None]:
    """The PredefinedType to write and, when the schema lacks ``wanted``, the user-defined label.

    Example: a junction box in IFC2X3 has only USERDEFINED/NOTDEFINED, so
    ``predefined_value("IFC2X3", "IfcJunctionBoxType", "POWER") == ("USERDEFINED", "POWER")``.
    """
    items = enum_items(schema, ifc_class, "PredefinedType")
    if wanted in items:
        return wanted, None
    return "USERDEFINED", wanted


@cache
def has_class(schema: str, ifc_class: str) -> bool:
    try:
        wrapper.schema_by_name(schema).declaration_by_name(ifc_class)
    except Exception:
        return False
    return True
