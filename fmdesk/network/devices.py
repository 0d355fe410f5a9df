"""Which elements can be closed to isolate a leak or a fault, and which feed a network.

An isolating device is one a technician can operate to stop flow: an isolating valve, a
breaker, a switch-disconnector. IFC2X3 has no IfcValve or IfcProtectiveDevice class; the kind
from :func:`fmdesk.bim.classify_element` already resolves ``IfcFlowController`` + ``IfcValveType``
to "valve", so this module works on kinds and predefined types and is schema-independent.
Check (non-return) valves, pressure-reducing and safety valves, air vents and taps are valves
but not isolating: nobody relies on a check valve to hold back a burst. When the predefined
type is missing the name decides (止回阀, 减压阀, "non-return", …).
"""

from __future__ import annotations

from fmdesk.bim.kinds import DISTRIBUTION_RUN_KINDS

__all__ = [
    "NON_SERVICE_KINDS",
    "PRIMARY_SOURCE_KINDS",
    "PUSHING_KINDS",
    "SUPPLY_KINDS",
    "device_type",
    "is_supply_connection",
    "network_kind",
    "pushing_kinds",
    "supply_kinds",
]

_NON_ISOLATING_VALVES = frozenset(
    {
        "CHECK",
        "DOUBLECHECK",
        "PRESSUREREDUCING",
        "PRESSURERELIEF",
        "SAFETYCUTOFF",
        "AIRRELEASE",
        "ANTIVACUUM",
        "STEAMTRAP",
        "FAUCET",
        "DRAWOFFCOCK",
        "FLUSHING",
        "GASTAP",
        "MIXING",
    }
)
_ISOLATING_VALVES = frozenset(
    {
        "ISOLATING",
        "STOPCOCK",
        "GASCOCK",
        "CHANGEOVER",
        "COMMISSIONING",
        "DIVERTING",
        "DOUBLEREGULATING",
        "REGULATING",
    }
)
_NON_ISOLATING_NAMES = (
    "止回",
    "逆止",
    "单向阀",
    "减压",
    "安全阀",
    "泄压",
    "排气阀",
    "放气",
    "水嘴",
    "龙头",
    "CHECK",
    "NON-RETURN",
    "NONRETURN",
    "NRV",
    "PRESSURE REDUCING",
    "PRESSURE-REDUCING",
    "PRV",
    "SAFETY",
    "RELIEF",
    "AIR RELEASE",
    "AIR VENT",
    "RÜCKSCHLAG",
    "RUECKSCHLAG",
)
_NON_ISOLATING_SWITCHES = frozenset({"KEYPAD", "MOMENTARYSWITCH", "DIMMERSWITCH"})
_NON_ISOLATING_BREAKERS = frozenset({"VARISTOR"})

SUPPLY_KINDS = frozenset(
    {
        "tank",
        "pump",
        "boiler",
        "chiller",
        "transformer",
        "generator",
        "distribution_board",
        "battery",
        "solar_device",
        "fan",
        "unitary_equipment",
    }
)
"""Kinds that push a medium into a network: the starting points for orienting undirected
edges, and what a leak must be cut off from."""

PUSHING_KINDS = frozenset({"pump", "fan", "boiler", "chiller", "unitary_equipment"})
"""Kinds that can push a medium into a leak from downstream or from a parallel branch (a
standby pump through its check valve): a leak is cut off from these too. Distribution boards
feed nothing backwards, so a fault is not cut off from the boards it feeds."""

PRIMARY_SOURCE_KINDS = frozenset(
    {"tank", "boiler", "chiller", "transformer", "generator", "battery", "solar_device"}
)
"""Kinds that originate supply. A booster pump or a distribution board passes on what it gets:
when its feed is cut, what it serves is out too."""


def device_type(kind: str, predefined_type: str | None, name: str | None) -> str | None:
    """Return "valve", "breaker" or "switch" for an isolating device, else None.

    >>> device_type("valve", "ISOLATING", "户阀 1-601")
    'valve'
    >>> device_type("valve", "CHECK", "1#泵止回阀 (V-12)") is None
    True
    >>> device_type("valve", None, "止回阀 DN100") is None
    True
    """
    if kind not in ("valve", "breaker", "switch"):
        return None
    predefined = (predefined_type or "").upper()
    if kind == "valve":
        if predefined in _NON_ISOLATING_VALVES:
            return None
        if predefined not in _ISOLATING_VALVES:  # missing, or free text from ObjectType
            folded = f"{predefined} {name or ''}".upper()
            if any(word in folded for word in _NON_ISOLATING_NAMES):
                return None
        return "valve"
    if kind == "breaker":
        return None if predefined in _NON_ISOLATING_BREAKERS else "breaker"
    if kind == "switch":
        return None if predefined in _NON_ISOLATING_SWITCHES else "switch"
    return None


_BREAKER_WORDS = ("BREAKER", "断路器", "MCB", "MCCB", "RCD", "RCBO", "FUSE", "熔断")
_BOARD_WORDS = (
    "PANELBOARD",
    "PANEL BOARD",
    "SWITCHBOARD",
    "DISTRIBUTION BOARD",
    "CONSUMER UNIT",
    "配电箱",
    "配电柜",
    "开关柜",
    "配电盘",
)
_SENSOR_WORDS = ("DETECTOR", "SENSOR", "探测器", "感烟", "感温")


def network_kind(kind: str, name: str | None, type_name: str | None) -> str:
    """Refine the reader's kind where exporters put equipment in the wrong type class.

    Revit writes panelboards and smoke detectors as ``IfcProtectiveDeviceType`` in IFC2X3:
    a panelboard feeds circuits (a distribution board, a source), a detector isolates nothing.

    >>> network_kind("breaker", "M_Lighting and Appliance Panelboard - 208V MLO:400 A", None)
    'distribution_board'
    >>> network_kind("breaker", "M_Smoke Detector:Smoke Detector:610280", "Smoke Detector")
    'sensor'
    """
    if kind not in ("breaker", "switch"):
        return kind
    text = f"{name or ''} {type_name or ''}".upper()
    if any(word in text for word in _BREAKER_WORDS):
        return kind
    if any(word in text for word in _SENSOR_WORDS):
        return "sensor"
    if any(word in text for word in _BOARD_WORDS):
        return "distribution_board"
    return kind


_CONNECTION_WORDS = (
    "市政",
    "MUNICIPAL",
    "WATER MAIN CONNECTION",
    "SERVICE CONNECTION",
    "HAUSANSCHLUSS",
    "UTILITY CONNECTION",
    "城市管网",
    "外网",
)


def is_supply_connection(name: str | None) -> bool:
    """Whether an element is the building's connection to a public supply (市政给水接入管),
    a source even when its ports carry no direction.

    >>> is_supply_connection("市政给水接入管 DN100"), is_supply_connection("户内给水管 1-601")
    (True, False)
    """
    folded = (name or "").upper()
    return any(word in folded for word in _CONNECTION_WORDS)


_ELECTRICAL_SUPPLY = frozenset(
    {"transformer", "generator", "distribution_board", "battery", "solar_device"}
)
_AIR_SUPPLY = frozenset({"fan", "unitary_equipment"})


def supply_kinds(medium: str) -> frozenset[str]:
    """:data:`SUPPLY_KINDS` that supply ``medium``: a pump is a load on a power network, and
    a distribution board feeds no water."""
    if medium == "electrical":
        return _ELECTRICAL_SUPPLY
    if medium == "air":
        return _AIR_SUPPLY
    return SUPPLY_KINDS - _ELECTRICAL_SUPPLY - _AIR_SUPPLY


def pushing_kinds(medium: str) -> frozenset[str]:
    """:data:`PUSHING_KINDS` that push ``medium``; nothing feeds a power fault backwards."""
    return PUSHING_KINDS & supply_kinds(medium)


NON_SERVICE_KINDS = DISTRIBUTION_RUN_KINDS | {
    "junction_box",
    "valve",
    "breaker",
    "switch",
    "meter",
    "damper",
    "distribution_board",
}
"""Kinds that carry or control supply without serving anyone where they are: a riser valve or
a floor board in a corridor does not make the corridor an affected space."""
