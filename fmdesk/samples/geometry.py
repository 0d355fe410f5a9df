"""Small vector helpers and local frames for placing generated elements in world coordinates.

Every element is placed by a :class:`Frame` (origin plus local x and z axes in world coordinates).
Ports are located by world points and converted into the element's local coordinates, so the two
ports of one connection sit at the same world point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Vec = tuple[float, float, float]

X_AXIS: Vec = (1.0, 0.0, 0.0)
Z_AXIS: Vec = (0.0, 0.0, 1.0)


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    size = length(a)
    return (a[0] / size, a[1] / size, a[2] / size)


@dataclass(frozen=True)
class Frame:
    """A right-handed local frame: ``origin``, local ``x`` and local ``z`` (unit vectors)."""

    origin: Vec
    x: Vec = X_AXIS
    z: Vec = Z_AXIS

    @property
    def y(self) -> Vec:
        return cross(self.z, self.x)

    @property
    def is_world_aligned(self) -> bool:
        return self.x == X_AXIS and self.z == Z_AXIS

    def to_local(self, point: Vec) -> Vec:
        """World point → local coordinates (used to place ports relative to their element)."""
        d = sub(point, self.origin)
        return (dot(d, self.x), dot(d, self.y), dot(d, self.z))


def frame_along(start: Vec, end: Vec) -> tuple[Frame, float]:
    """Frame whose local z runs from ``start`` to ``end``, and the distance between them.

    Linear elements (pipes, cables, ducts, valves, meters, inline pumps) are extruded along local z
    from 0 to their length, so their inlet is at local (0, 0, 0) and their outlet at (0, 0, L).
    """
    direction = sub(end, start)
    size = length(direction)
    z = unit(direction)
    x = X_AXIS if abs(z[2]) > 0.999 else unit(cross(Z_AXIS, z))
    return Frame(start, _clean(x), _clean(z)), size


def _clean(v: Vec) -> Vec:
    """Round away floating noise so axis directions can be shared between elements."""
    return tuple(round(c, 9) + 0.0 for c in v)  # type: ignore[return-value]
