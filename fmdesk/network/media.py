"""Which medium an edge carries: domestic water, drainage, fire water, heating, air, power, …

One element can sit on several networks at once: a booster pump has a water inlet and outlet
and a power cable, a WC a water inlet and a drain outlet. A trace that walked every edge would
run from a WC up the water pipes into the drain stack, or from a pump along its power cable to
the transformer. So every edge gets a medium, and a trace or isolation follows only the media
of the element it starts from. The medium comes from the port's IFC4 SystemType, else from the
systems both elements belong to, else from the port's type (PIPE/DUCT/CABLE), else from the
kinds of the two elements.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = [
    "ELECTRICAL",
    "FLUID_MEDIA",
    "GENERIC_PIPE",
    "GRAVITY_MEDIA",
    "compatible_media",
    "element_domain",
    "medium_from_text",
]

ELECTRICAL = "electrical"
GENERIC_PIPE = "pipe"
AIR = "air"
FLUID_MEDIA = frozenset({"water", "drainage", "fire", "heating", "gas", GENERIC_PIPE})
GRAVITY_MEDIA = frozenset({"drainage"})
"""Media without pressure: nothing to close, so isolation skips them when it can."""

# checked in order: the first keyword found decides (FIREALARM is power, WASTEWATER drainage)
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        ELECTRICAL,
        (
            "ELECTRIC",
            "POWER",
            "LIGHTING",
            "LIGHTNING",
            "EARTHING",
            "FIREALARM",
            "COMMUNICATION",
            "DATA",
            "SECURITY",
            "TELEPHONE",
            "SIGNAL",
            "CONTROL",
            "CIRCUIT",
            "配电",
            "供电",
            "电气",
            "照明",
            "动力",
            "强电",
            "弱电",
        ),
    ),
    (
        "drainage",
        (
            "SEWAGE",
            "DRAIN",
            "STORMWATER",
            "WASTE",
            "RAINWATER",
            "SOIL",
            "GREYWATER",
            "BLACKWATER",
            "排水",
            "污水",
            "废水",
            "雨水",
            "ABWASSER",
            "HULEVESI",
            "VIEMÄRI",
        ),
    ),
    ("fire", ("FIRE", "SPRINKLER", "HYDRANT", "消防", "消火栓", "喷淋")),
    (
        AIR,
        (
            "AIR",
            "EXHAUST",
            "VENTILATION",
            "SMOKE",
            "排风",
            "送风",
            "新风",
            "排烟",
            "回风",
            "ВОЗДУХ",
            "LUFT",
        ),
    ),
    (
        "heating",
        (
            "HEATING",
            "CHILLED",
            "CONDENSER",
            "COOLING",
            "REFRIGERATION",
            "采暖",
            "供暖",
            "冷冻",
            "冷却",
            "HEIZ",
            "VORLAUF",
            "RÜCKLAUF",
            "RUCKLAUF",
            "RUECKLAUF",
        ),
    ),
    ("water", ("WATER", "POTABLE", "给水", "生活水", "热水", "TRINKWASSER")),
    ("gas", ("GAS", "FUEL", "OIL", "燃气")),
)

_ELECTRICAL_KINDS = frozenset(
    {
        "cable",
        "cable_fitting",
        "cable_carrier",
        "cable_carrier_fitting",
        "junction_box",
        "breaker",
        "switch",
        "distribution_board",
        "transformer",
        "outlet",
        "light",
        "appliance",
        "generator",
        "motor",
        "battery",
        "time_control",
        "communications_appliance",
        "audio_visual",
        "solar_device",
        "sensor",
        "alarm",
        "controller",
        "control_panel",
    }
)
_AIR_KINDS = frozenset(
    {
        "duct",
        "duct_fitting",
        "duct_silencer",
        "air_terminal",
        "air_terminal_box",
        "damper",
        "filter",
        "fan",
        "heat_recovery",
    }
)
_PORT_TYPES = {
    "CABLE": ELECTRICAL,
    "CABLECARRIER": ELECTRICAL,
    "WIRELESS": ELECTRICAL,
    "DUCT": AIR,
    "PIPE": GENERIC_PIPE,
}


@lru_cache(maxsize=4096)
def medium_from_text(text: str | None) -> str | None:
    """Return the medium named by a system type, system name or port SystemType, or None.

    >>> medium_from_text("DOMESTICCOLDWATER"), medium_from_text("排水系统")
    ('water', 'drainage')
    >>> medium_from_text("Приточный воздух")
    'air'
    """
    if not text:
        return None
    folded = unicodedata.normalize("NFKC", text).upper().replace(" ", "").replace("_", "")
    for medium, keywords in _KEYWORDS:
        if any(keyword in folded for keyword in keywords):
            return medium
    return None


def medium_from_port_type(port_type: str | None) -> str | None:
    """PIPE → "pipe", DUCT → "air", CABLE → "electrical" (IFC4 IfcDistributionPortTypeEnum)."""
    return _PORT_TYPES.get(port_type or "")


def element_domain(kind: str) -> str | None:
    """Return "electrical" or "air" for kinds that only live there, else None (pipes)."""
    if kind in _ELECTRICAL_KINDS:
        return ELECTRICAL
    if kind in _AIR_KINDS:
        return AIR
    return None


def compatible_media(media: set[str] | frozenset[str]) -> frozenset[str]:
    """Return the media a trace may walk when it starts on ``media``.

    Edges whose medium could not be told (``"pipe"``) join any liquid network, and a trace
    starting on such an edge may walk into any liquid network.
    """
    allowed = set(media)
    if allowed & (FLUID_MEDIA - {GENERIC_PIPE}):
        allowed.add(GENERIC_PIPE)
    if GENERIC_PIPE in media:
        allowed |= FLUID_MEDIA
    return frozenset(allowed)
