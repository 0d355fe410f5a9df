"""Plan layout of the sample building, in metres, world coordinates.

A service core (lifts, risers) at x ∈ [-6, 0]; flats in columns of 10 m along +x, south flats at
y ∈ [0, 12], a corridor at y ∈ [12, 14.4], north flats at y ∈ [14.4, 26.4]. Flat-local
coordinates: ``u`` along the corridor (0–10), ``v`` away from the corridor (0–12). The basement
(B1) holds the pump room (south) and the switch room (north).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FLOOR_HEIGHT = 3.0
BASEMENT_HEIGHT = 4.5
FLAT_WIDTH = 10.0
FLAT_DEPTH = 12.0
CORRIDOR_SOUTH = 12.0
CORRIDOR_NORTH = 14.4
CORE_WEST = -6.0
BUILDING_NORTH = CORRIDOR_NORTH + FLAT_DEPTH

# risers in the core (x, y)
WATER_RISER = (-1.0, 12.8)
DRAIN_STACK = (-3.0, 13.6)
FIRE_RISER = (-2.0, 7.3)
POWER_RISER = (-4.5, 19.9)
WATER_MAIN_Y = 12.8  # floor water branch along the corridor
DRAIN_MAIN_Y = 13.6  # floor drain header along the corridor

# rooms of a flat: name → (u0, v0, u1, v1)
ROOMS: dict[str, tuple[float, float, float, float]] = {
    "厨房": (0.0, 0.0, 5.0, 5.0),
    "卫生间": (5.0, 0.0, 10.0, 5.0),
    "客厅": (0.0, 5.0, 6.0, 12.0),
    "卧室": (6.0, 5.0, 10.0, 12.0),
}


def columns(units_per_storey: int) -> int:
    """Flats are paired across the corridor, so a storey has ceil(units / 2) columns."""
    return math.ceil(units_per_storey / 2)


def building_east(units_per_storey: int) -> float:
    return columns(units_per_storey) * FLAT_WIDTH


def storey_elevation(number: int) -> float:
    """Elevation of a storey: 0 for B1 (-4.5 m), 1..N for floors (3 m each), N+1 for the roof."""
    if number == 0:
        return -BASEMENT_HEIGHT
    return (number - 1) * FLOOR_HEIGHT


@dataclass(frozen=True)
class FlatPlace:
    """Where a flat is: floor, unit number, column and side of the corridor."""

    floor: int
    unit: int

    @property
    def name(self) -> str:
        return f"1-{self.floor}{self.unit:02d}"

    @property
    def column(self) -> int:
        return (self.unit - 1) // 2

    @property
    def north(self) -> bool:
        return (self.unit - 1) % 2 == 1

    @property
    def elevation(self) -> float:
        return storey_elevation(self.floor)

    def point(self, u: float, v: float, z: float) -> tuple[float, float, float]:
        """World point from flat-local (u, v) and height ``z`` above the flat's floor."""
        x = self.column * FLAT_WIDTH + u
        y = CORRIDOR_NORTH + v if self.north else CORRIDOR_SOUTH - v
        return (x, y, self.elevation + z)

    def rect(self, u0: float, v0: float, u1: float, v1: float) -> tuple[float, float, float, float]:
        """World (x0, y0, x1, y1) of a flat-local rectangle."""
        xa, ya, _ = self.point(u0, v0, 0)
        xb, yb, _ = self.point(u1, v1, 0)
        return (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))
