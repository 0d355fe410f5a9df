"""Schema-independent element kinds: "valve", "pump", "breaker", "outlet", "pipe", …

IFC2X3 has no class for a valve, a breaker or an outlet: exporters write a generic
``IfcFlowController`` / ``IfcFlowTerminal`` / ``IfcFlowSegment`` and put the meaning in the type
object (``IfcValveType``, ``IfcProtectiveDeviceType``, ``IfcOutletType``). IFC4 and IFC4X3 have
specific classes but exporters still sometimes write the generic ones. The network tracer, the
asset register and the UI all ask the same question ("is this a valve?"), so the answer lives
here, once, and is the same word in every schema.

Rules, in order: a specific instance class decides; otherwise the type object's class decides
(``IfcValveType`` → ``IfcValve``); a few predefined types refine the word (a fire suppression
terminal that is a FIREHYDRANT is a "hydrant", a transport element that is an ELEVATOR a
"lift"); a specific class without an entry becomes its snake-case name
(``IfcHeatExchanger`` → "heat_exchanger"); generic classes with no type say "other".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fmdesk.bim.attributes import read_attribute
from fmdesk.bim.kinds import DISTRIBUTION_RUN_KINDS

if TYPE_CHECKING:
    import ifcopenshell

__all__ = [
    "DISTRIBUTION_RUN_KINDS",
    "GENERIC_CLASSES",
    "KINDS",
    "classify_class",
    "classify_element",
    "read_predefined_type",
]

KINDS: dict[str, str] = {
    # water, drainage, heating
    "IfcPump": "pump",
    "IfcTank": "tank",
    "IfcValve": "valve",
    "IfcFlowMeter": "meter",
    "IfcPipeSegment": "pipe",
    "IfcPipeFitting": "fitting",
    "IfcSanitaryTerminal": "sanitary",
    "IfcWasteTerminal": "waste_terminal",
    "IfcStackTerminal": "stack_terminal",
    "IfcFireSuppressionTerminal": "fire_terminal",
    "IfcDistributionChamberElement": "chamber",
    "IfcInterceptor": "interceptor",
    "IfcBoiler": "boiler",
    "IfcSpaceHeater": "space_heater",
    "IfcHeatExchanger": "heat_exchanger",
    # air
    "IfcFan": "fan",
    "IfcDuctSegment": "duct",
    "IfcDuctFitting": "duct_fitting",
    "IfcDuctSilencer": "duct_silencer",
    "IfcAirTerminal": "air_terminal",
    "IfcAirTerminalBox": "air_terminal_box",
    "IfcDamper": "damper",
    "IfcFilter": "filter",
    "IfcChiller": "chiller",
    "IfcCoolingTower": "cooling_tower",
    "IfcCompressor": "compressor",
    "IfcUnitaryEquipment": "unitary_equipment",
    "IfcAirToAirHeatRecovery": "heat_recovery",
    "IfcCoil": "coil",
    # electrical
    "IfcCableSegment": "cable",
    "IfcCableFitting": "cable_fitting",
    "IfcCableCarrierSegment": "cable_carrier",
    "IfcCableCarrierFitting": "cable_carrier_fitting",
    "IfcJunctionBox": "junction_box",
    "IfcProtectiveDevice": "breaker",
    "IfcProtectiveDeviceTrippingUnit": "breaker",
    "IfcSwitchingDevice": "switch",
    "IfcElectricDistributionBoard": "distribution_board",
    "IfcElectricDistributionPoint": "distribution_board",
    "IfcTransformer": "transformer",
    "IfcOutlet": "outlet",
    "IfcLightFixture": "light",
    "IfcLamp": "light",
    "IfcElectricAppliance": "appliance",
    "IfcElectricGenerator": "generator",
    "IfcElectricMotor": "motor",
    "IfcElectricFlowStorageDevice": "battery",
    "IfcElectricTimeControl": "time_control",
    "IfcCommunicationsAppliance": "communications_appliance",
    "IfcAudioVisualAppliance": "audio_visual",
    "IfcSolarDevice": "solar_device",
    # controls
    "IfcSensor": "sensor",
    "IfcActuator": "actuator",
    "IfcAlarm": "alarm",
    "IfcController": "controller",
    "IfcUnitaryControlElement": "control_panel",
    "IfcFlowInstrument": "instrument",
    # transport
    "IfcTransportElement": "transport",
    # building
    "IfcWall": "wall",
    "IfcWallStandardCase": "wall",
    "IfcWallElementedCase": "wall",
    "IfcCurtainWall": "curtain_wall",
    "IfcSlab": "slab",
    "IfcSlabStandardCase": "slab",
    "IfcSlabElementedCase": "slab",
    "IfcRoof": "roof",
    "IfcWindow": "window",
    "IfcWindowStandardCase": "window",
    "IfcDoor": "door",
    "IfcDoorStandardCase": "door",
    "IfcColumn": "column",
    "IfcColumnStandardCase": "column",
    "IfcBeam": "beam",
    "IfcBeamStandardCase": "beam",
    "IfcMember": "member",
    "IfcMemberStandardCase": "member",
    "IfcPlate": "plate",
    "IfcPlateStandardCase": "plate",
    "IfcStair": "stair",
    "IfcStairFlight": "stair",
    "IfcRamp": "ramp",
    "IfcRampFlight": "ramp",
    "IfcRailing": "railing",
    "IfcCovering": "covering",
    "IfcFooting": "footing",
    "IfcPile": "pile",
    "IfcChimney": "chimney",
    "IfcShadingDevice": "shading_device",
    "IfcFurnishingElement": "furniture",
    "IfcFurniture": "furniture",
    "IfcSystemFurnitureElement": "furniture",
    "IfcBuildingElementProxy": "proxy",
    "IfcOpeningElement": "opening",
    "IfcOpeningStandardCase": "opening",
    "IfcVirtualElement": "virtual",
    "IfcElementAssembly": "assembly",
    # spatial
    "IfcSite": "site",
    "IfcBuilding": "building",
    "IfcBuildingStorey": "storey",
    "IfcSpace": "space",
    "IfcDistributionPort": "port",
}

GENERIC_CLASSES = frozenset(
    {
        "IfcDistributionElement",
        "IfcDistributionFlowElement",
        "IfcDistributionControlElement",
        "IfcFlowSegment",
        "IfcFlowFitting",
        "IfcFlowController",
        "IfcFlowTerminal",
        "IfcFlowMovingDevice",
        "IfcFlowStorageDevice",
        "IfcFlowTreatmentDevice",
        "IfcEnergyConversionDevice",
        "IfcBuildingElement",
        "IfcBuiltElement",
        "IfcElement",
        "IfcBuildingElementComponent",
        "IfcElementComponent",
        "IfcDiscreteAccessory",
        "IfcFastener",
        "IfcMechanicalFastener",
        "IfcBuildingElementPart",
    }
)

_REFINEMENTS: dict[tuple[str, str], str] = {
    ("fire_terminal", "FIREHYDRANT"): "hydrant",
    ("fire_terminal", "SPRINKLER"): "sprinkler",
    ("fire_terminal", "HOSEREEL"): "hose_reel",
    ("fire_terminal", "BREECHINGINLET"): "breeching_inlet",
    ("transport", "ELEVATOR"): "lift",
    ("transport", "ESCALATOR"): "escalator",
    ("transport", "MOVINGWALKWAY"): "moving_walkway",
    ("proxy", "ELEVATOR"): "lift",
}
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def classify_class(
    ifc_class: str, type_class: str | None = None, predefined: str | None = None
) -> str:
    """Return the kind for an instance class, its type class and predefined type (all strings).

    >>> classify_class("IfcFlowController", "IfcValveType")
    'valve'
    >>> classify_class("IfcFireSuppressionTerminal", None, "FIREHYDRANT")
    'hydrant'
    """
    kind = KINDS.get(ifc_class)
    if kind is None or (kind in ("proxy", "furniture") and type_class):
        from_type = _kind_from_type_class(type_class)
        if from_type is not None:
            kind = from_type
    if kind is None:
        kind = "other" if ifc_class in GENERIC_CLASSES else _snake(ifc_class)
    if predefined:
        kind = _REFINEMENTS.get((kind, predefined.upper()), kind)
    return kind


def _kind_from_type_class(type_class: str | None) -> str | None:
    if not type_class or not type_class.endswith("Type"):
        return None
    instance_class = type_class[: -len("Type")]
    if instance_class in KINDS and KINDS[instance_class] not in ("proxy", "furniture"):
        return KINDS[instance_class]
    if instance_class in GENERIC_CLASSES or instance_class in (
        "IfcBuildingElementProxy",
        "IfcFurnishingElement",
        "IfcFurniture",
    ):
        return None
    return _snake(instance_class)


def _snake(ifc_class: str) -> str:
    name = ifc_class[3:] if ifc_class.startswith("Ifc") else ifc_class
    return _CAMEL.sub("_", name).lower()


def classify_element(
    element: ifcopenshell.entity_instance,
    element_type: ifcopenshell.entity_instance | None = None,
    predefined_type: str | None = None,
) -> str:
    """Return the schema-independent kind of ``element`` ("valve", "breaker", "wall", …).

    Pass ``element_type`` and ``predefined_type`` when already known (bulk readers do) to
    avoid the per-element inverse lookups.

    >>> classify_element(model.by_type("IfcFlowController")[0])  # doctest: +SKIP
    'valve'
    """
    if element_type is None:
        import ifcopenshell.util.element

        element_type = ifcopenshell.util.element.get_type(element)
    if predefined_type is None:
        predefined_type = read_predefined_type(element, element_type)
    type_class = element_type.is_a() if element_type is not None else None
    return classify_class(element.is_a(), type_class, predefined_type)


def read_predefined_type(
    element: ifcopenshell.entity_instance,
    element_type: ifcopenshell.entity_instance | None = None,
) -> str | None:
    """Return the effective predefined type: the instance's, else its type's; USERDEFINED
    resolves to ObjectType / ElementType, NOTDEFINED to None.

    IFC2X3 stores some of these under other names (``OperationType`` on transport elements,
    ``DistributionPointFunction`` on distribution points); they are read too.
    """
    value = _own_predefined(element)
    if value == "USERDEFINED":
        return _text_attribute(element, "ObjectType") or value
    if value and value != "NOTDEFINED":
        return value
    if element_type is not None:
        type_value = _own_predefined(element_type)
        if type_value == "USERDEFINED":
            return _text_attribute(element_type, "ElementType") or type_value
        if type_value and type_value != "NOTDEFINED":
            return type_value
    return None


_PREDEFINED_ATTRIBUTES = ("PredefinedType", "OperationType", "DistributionPointFunction")


def _own_predefined(entity: ifcopenshell.entity_instance) -> str | None:
    for attribute in _PREDEFINED_ATTRIBUTES:
        if attribute == "OperationType" and "Transport" not in entity.is_a():
            continue  # windows and doors use OperationType for their opening style
        value = read_attribute(entity, attribute)
        if isinstance(value, str):
            return value
    return None


def _text_attribute(entity: ifcopenshell.entity_instance, attribute: str) -> str | None:
    value = read_attribute(entity, attribute)
    return value if isinstance(value, str) and value else None
