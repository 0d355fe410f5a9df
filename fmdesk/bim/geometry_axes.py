"""Placement and direction arithmetic of IFC, as ifcopenshell builds it, for the simple mesher.

Kept apart from :mod:`fmdesk.bim.geometry_simple` so the mesher reads as the rules it follows;
everything here works on ifcopenshell entities through :data:`arg` (positional attributes,
the same in IFC2X3, IFC4 and IFC4X3) and returns numpy 4 × 4 matrices or plain tuples.
"""

from __future__ import annotations

import math
from typing import Any

import ifcopenshell
import numpy as np

__all__ = [
    "AXIS",
    "IDENTITY",
    "LOCATION",
    "REF_DIRECTION",
    "TOLERANCE",
    "NotSimple",
    "arg",
    "axis2_2d",
    "axis2_placement",
    "coordinates",
    "frame",
    "lift_2d",
    "operator_matrix",
    "orthogonal",
    "transform",
    "unit",
]

TOLERANCE = 1e-9
IDENTITY = np.eye(4)

# Attribute positions: ``entity[i]`` costs a third of ``entity.Name`` (0.8 µs against 2.2 µs;
# calling ``get_argument`` directly saves the bounds check of ``[i]`` too), and the mesher
# reads about 25 per product.
arg = ifcopenshell.entity_instance.get_argument
LOCATION, AXIS, REF_DIRECTION = 0, 1, 2  # IfcAxis2Placement3D (2D: location, ref. direction)


class NotSimple(Exception):
    """Raised inside the simple mesher: this product is left to ifcopenshell."""


def transform(vertices: np.ndarray, matrix: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """``vertices`` moved by the 4 × 4 ``matrix``, then scaled (model units to metres)."""
    if scale != 1.0:
        return vertices @ (matrix[:3, :3].T * scale) + matrix[:3, 3] * scale
    return vertices @ matrix[:3, :3].T + matrix[:3, 3]


def unit(
    ratios: Any, minimum: float = TOLERANCE, unit_only: bool = False
) -> tuple[float, float, float]:
    """A direction's ratios (2 or 3), normalised, as a 3D tuple. ``unit_only``: ratios that are
    not of length one are refused (ifcopenshell extrudes by the ratios as written, not by the
    normalised direction IFC means)."""
    x, y, z = (float(v) for v in (*ratios, 0.0, 0.0)[:3])
    norm = math.sqrt(x * x + y * y + z * z)
    if norm <= minimum or (unit_only and abs(norm - 1.0) > 1e-6):
        raise NotSimple("zero direction")
    return (x / norm, y / norm, z / norm)


def orthogonal(
    x: tuple[float, float, float], z: tuple[float, float, float]
) -> tuple[float, float, float]:
    """``x`` made perpendicular to ``z`` (as IFC's base axes are), normalised."""
    d = x[0] * z[0] + x[1] * z[1] + x[2] * z[2]
    return unit((x[0] - d * z[0], x[1] - d * z[1], x[2] - d * z[2]), 1e-6)


def frame(
    x: tuple[float, float, float],
    z: tuple[float, float, float],
    location: tuple[float, float, float],
    scale: float = 1.0,
) -> np.ndarray:
    """4 × 4 matrix of the right-handed frame (x, z × x, z) at ``location``."""
    y = (z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0])
    return np.array(
        [
            [x[0] * scale, y[0] * scale, z[0] * scale, location[0]],
            [x[1] * scale, y[1] * scale, z[1] * scale, location[1]],
            [x[2] * scale, y[2] * scale, z[2] * scale, location[2]],
            [0.0, 0.0, 0.0, 1.0],
        ]
    )


def coordinates(point: Any, size: int) -> tuple[float, ...]:
    if point is None:
        return (0.0,) * size
    if point.is_a() != "IfcCartesianPoint":
        raise NotSimple(point.is_a())
    values = arg(point, 0)
    if len(values) == size:
        return values
    return (tuple(values) + (0.0,) * size)[:size]


def axis2_placement(placement: Any) -> np.ndarray:
    """4 × 4 matrix of an ``IfcAxis2Placement3D`` (or 2D), as ifcopenshell builds it."""
    if placement is None:
        return IDENTITY
    kind = placement.is_a()
    if kind == "IfcAxis2Placement2D":
        return lift_2d(axis2_2d(placement))
    if kind != "IfcAxis2Placement3D":
        raise NotSimple(kind)
    axis, reference = arg(placement, AXIS), arg(placement, REF_DIRECTION)
    z = unit(arg(axis, 0)) if axis is not None else (0.0, 0.0, 1.0)
    x = orthogonal(unit(arg(reference, 0)) if reference is not None else (1.0, 0.0, 0.0), z)
    return frame(x, z, coordinates(arg(placement, LOCATION), 3))


def axis2_2d(placement: Any) -> np.ndarray:
    """3 × 3 matrix of an ``IfcAxis2Placement2D``."""
    if not placement.is_a("IfcAxis2Placement2D"):
        raise NotSimple(placement.is_a())
    reference = arg(placement, 1)  # IfcAxis2Placement2D: Location, RefDirection
    x = unit(arg(reference, 0)) if reference is not None else (1.0, 0.0, 0.0)
    location = coordinates(arg(placement, LOCATION), 2)
    return np.array([[x[0], -x[1], location[0]], [x[1], x[0], location[1]], [0.0, 0.0, 1.0]])


def lift_2d(matrix: np.ndarray) -> np.ndarray:
    lifted = np.eye(4)
    lifted[:2, :2], lifted[:2, 3] = matrix[:2, :2], matrix[:2, 2]
    return lifted


def operator_matrix(operator: Any) -> np.ndarray:
    """4 × 4 matrix of a uniform ``IfcCartesianTransformationOperator3D`` without mirroring."""
    if operator.is_a() != "IfcCartesianTransformationOperator3D":
        raise NotSimple(operator.is_a())
    axis1, axis2, origin, scale, axis3 = (arg(operator, i) for i in range(5))
    z = unit(arg(axis3, 0)) if axis3 is not None else (0.0, 0.0, 1.0)
    x = orthogonal(unit(arg(axis1, 0)) if axis1 is not None else (1.0, 0.0, 0.0), z)
    matrix = frame(x, z, coordinates(origin, 3), 1.0 if scale is None else float(scale))
    if axis2 is not None:
        y = unit(arg(axis2, 0))
        if float(np.dot(y, matrix[:3, 1])) < 0.5 * float(np.linalg.norm(matrix[:3, 1])):
            raise NotSimple("mirrored or skewed mapping")
    return matrix
