"""Colours: a class/kind palette for elements without an IFC style, and highlight styles.

Facility engineers read a model by trade, so the fallback palette groups by trade rather than
by IFC class: architecture in light greys (it is the backdrop), water pipes blue, drainage
brown, fire protection red, electrical orange, HVAC green-cyan, equipment in distinct strong
colours so a pump or a board stands out. Highlight styles are saturated colours that do not
occur in the palette, so a highlighted valve is never mistaken for an ordinary one.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ARCHITECTURE_CLASSES",
    "HIGHLIGHT_STYLES",
    "HighlightStyle",
    "colour_for",
    "is_architecture",
]

Colour = tuple[int, int, int]

_KIND_COLOURS: dict[str, Colour] = {
    # architecture (light greys, slightly different so planes read apart)
    "wall": (214, 211, 204),
    "slab": (190, 190, 186),
    "roof": (176, 160, 150),
    "covering": (226, 224, 218),
    "door": (196, 170, 130),
    "window": (170, 205, 225),
    "stair": (200, 198, 192),
    "railing": (160, 160, 160),
    "column": (205, 205, 205),
    "beam": (200, 200, 200),
    "space": (120, 180, 230),
    "furniture": (205, 190, 165),
    # domestic water: blues
    "pipe": (40, 110, 220),
    "fitting": (60, 130, 230),
    "valve": (20, 60, 170),
    "meter": (0, 170, 200),
    "tank": (80, 160, 230),
    "pump": (0, 90, 255),
    "sanitary": (235, 240, 245),
    # drainage: browns / grey
    "waste_terminal": (130, 95, 60),
    "stack_terminal": (130, 95, 60),
    "chamber": (110, 100, 90),
    "interceptor": (120, 90, 60),
    # fire protection: reds
    "fire_terminal": (220, 30, 30),
    "fire_suppression": (220, 30, 30),
    "hydrant": (220, 30, 30),
    "sprinkler": (230, 50, 50),
    "alarm": (240, 60, 60),
    # electrical: oranges
    "cable": (245, 140, 20),
    "cable_fitting": (245, 160, 40),
    "cable_carrier": (200, 130, 60),
    "cable_carrier_fitting": (200, 130, 60),
    "junction_box": (255, 170, 0),
    "breaker": (255, 120, 0),
    "switch": (255, 150, 50),
    "distribution_board": (230, 100, 0),
    "transformer": (200, 80, 0),
    "outlet": (255, 190, 90),
    "light": (255, 225, 120),
    "generator": (210, 90, 20),
    # HVAC: greens / cyan
    "fan": (0, 160, 120),
    "duct": (120, 200, 170),
    "duct_fitting": (120, 200, 170),
    "air_terminal": (90, 190, 150),
    "damper": (60, 150, 110),
    # equipment (distinct)
    "transport": (150, 70, 190),
    "lift": (150, 70, 190),
    "boiler": (190, 40, 90),
    "heat_exchanger": (190, 60, 120),
    "space_heater": (200, 90, 110),
    "chiller": (40, 180, 200),
    "unitary_equipment": (100, 120, 200),
    "controller": (120, 120, 60),
    "sensor": (170, 170, 60),
}

_CLASS_KINDS: dict[str, str] = {
    "IfcWall": "wall",
    "IfcWallStandardCase": "wall",
    "IfcWallElementedCase": "wall",
    "IfcCurtainWall": "window",
    "IfcSlab": "slab",
    "IfcFooting": "slab",
    "IfcPile": "slab",
    "IfcRoof": "roof",
    "IfcCovering": "covering",
    "IfcDoor": "door",
    "IfcWindow": "window",
    "IfcPlate": "window",
    "IfcStair": "stair",
    "IfcStairFlight": "stair",
    "IfcRamp": "stair",
    "IfcRampFlight": "stair",
    "IfcRailing": "railing",
    "IfcColumn": "column",
    "IfcBeam": "beam",
    "IfcMember": "beam",
    "IfcSpace": "space",
    "IfcFurnishingElement": "furniture",
    "IfcFurniture": "furniture",
    "IfcPipeSegment": "pipe",
    "IfcPipeFitting": "fitting",
    "IfcValve": "valve",
    "IfcFlowMeter": "meter",
    "IfcTank": "tank",
    "IfcPump": "pump",
    "IfcSanitaryTerminal": "sanitary",
    "IfcWasteTerminal": "waste_terminal",
    "IfcDistributionChamberElement": "chamber",
    "IfcFireSuppressionTerminal": "fire_terminal",
    "IfcCableSegment": "cable",
    "IfcCableFitting": "cable_fitting",
    "IfcCableCarrierSegment": "cable_carrier",
    "IfcJunctionBox": "junction_box",
    "IfcProtectiveDevice": "breaker",
    "IfcSwitchingDevice": "switch",
    "IfcElectricDistributionBoard": "distribution_board",
    "IfcElectricDistributionPoint": "distribution_board",
    "IfcTransformer": "transformer",
    "IfcOutlet": "outlet",
    "IfcLightFixture": "light",
    "IfcFan": "fan",
    "IfcDuctSegment": "duct",
    "IfcDuctFitting": "duct_fitting",
    "IfcAirTerminal": "air_terminal",
    "IfcTransportElement": "transport",
    "IfcFlowSegment": "pipe",
    "IfcFlowFitting": "fitting",
    "IfcFlowController": "valve",
    "IfcFlowTerminal": "sanitary",
}

ARCHITECTURE_CLASSES = frozenset(
    {
        "IfcSite",
        "IfcSpace",
        "IfcWall",
        "IfcWallStandardCase",
        "IfcWallElementedCase",
        "IfcCurtainWall",
        "IfcSlab",
        "IfcRoof",
        "IfcCovering",
        "IfcDoor",
        "IfcWindow",
        "IfcPlate",
        "IfcStair",
        "IfcStairFlight",
        "IfcRamp",
        "IfcRampFlight",
        "IfcRailing",
        "IfcColumn",
        "IfcBeam",
        "IfcMember",
        "IfcFooting",
        "IfcPile",
        "IfcBuildingElementPart",
        "IfcChimney",
        "IfcShadingDevice",
        "IfcFurnishingElement",
        "IfcFurniture",
    }
)
"""What x-ray makes transparent: the building fabric, so pipes and equipment show through."""

_DRAINAGE_WORDS = ("drain", "sewage", "waste", "排水", "污水", "PL-")
_FALLBACK: Colour = (200, 200, 200)
_EQUIPMENT_FALLBACK: Colour = (150, 110, 200)


def is_architecture(ifc_class: str) -> bool:
    """True for the building fabric (walls, slabs, doors, spaces…), False for MEP/equipment."""
    return ifc_class in ARCHITECTURE_CLASSES


def colour_for(ifc_class: str, kind: str = "", name: str = "") -> Colour:
    """The palette colour (RGB bytes) of an element without an IFC style.

    Example::

        colour_for("IfcPipeSegment", "pipe")              # blue
        colour_for("IfcPipeSegment", "pipe", "排水立管 PL-1")  # drainage brown
    """
    resolved = kind or _CLASS_KINDS.get(ifc_class, "")
    if resolved in ("pipe", "fitting") and any(w in name for w in _DRAINAGE_WORDS):
        return (140, 100, 65)
    colour = _KIND_COLOURS.get(resolved)
    if colour is not None:
        return colour
    if is_architecture(ifc_class):
        return (210, 210, 205)
    if ifc_class.startswith(("IfcFlow", "IfcEnergy", "IfcDistribution")):
        return _EQUIPMENT_FALLBACK
    return _FALLBACK


@dataclass(frozen=True)
class HighlightStyle:
    """How one highlight set is drawn: colour (RGB bytes), opacity, and paint order."""

    colour: Colour
    opacity: float = 1.0
    order: int = 0
    """Higher is drawn nearer the viewer when two highlights overlap."""


HIGHLIGHT_STYLES: dict[str, HighlightStyle] = {
    "selection": HighlightStyle((255, 230, 0), order=5),
    "source": HighlightStyle((255, 0, 255), order=4),
    "operate": HighlightStyle((0, 220, 0), order=3),
    "path": HighlightStyle((0, 255, 255), order=2),
    "affected": HighlightStyle((255, 80, 0), opacity=0.8, order=1),
}
"""selection yellow, source magenta, valves to operate green, traced path cyan,
affected spaces/equipment orange."""
