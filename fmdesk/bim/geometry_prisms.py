"""Profiles and prisms of the simple mesher: the triangles of an extruded profile.

Outlines are read from IFC profile definitions (rectangles, circles with the hybrid kernel's
segment count, hollow circles, polylines with or without voids), capped with earcut
(``mapbox-earcut``) and closed with side quads, welded and facing outward, as ifcopenshell's
hybrid kernel makes them (same triangle counts; ``tests/bim/test_geometry_simple.py``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import mapbox_earcut
import numpy as np

from fmdesk.bim.geometry_axes import LOCATION, TOLERANCE, NotSimple, arg, coordinates, unit

__all__ = ["LIBRARY", "circle_segments", "prism", "profile_points"]

LIBRARY = "hybrid-cgal-simple-opencascade"
"""The kernel whose triangles these are."""
_LINEAR_DEFLECTION = 0.001  # metres: ifcopenshell's default mesher-linear-deflection
_ANGULAR_DEFLECTION = 0.5  # radians: its default mesher-angular-deflection
_PROFILES = (
    "IfcRectangleProfileDef",
    "IfcCircleProfileDef",
    "IfcCircleHollowProfileDef",
    "IfcArbitraryClosedProfileDef",
    "IfcArbitraryProfileDefWithVoids",
)
_PROFILE_TYPE, _PROFILE_POSITION, _OUTER_CURVE = 0, 2, 2  # IfcProfileDef and subtypes
_X_DIM, _Y_DIM, _RADIUS, _WALL_THICKNESS, _INNER_CURVES = 3, 4, 3, 4, 3


def circle_segments(radius_m: float) -> int:
    """Segments ifcopenshell 0.9's hybrid kernel gives a circle of ``radius_m`` metres with its
    default deflections: at least 2π / 0.5 rad (13), more once a chord would stray more than
    1 mm from the arc (matched against the iterator for 400 radii from 0.2 mm to 30 m)."""
    segments = math.ceil(2 * math.pi / _ANGULAR_DEFLECTION)
    if _LINEAR_DEFLECTION / radius_m < 2:
        chord = math.ceil(math.pi / math.acos(1.0 - _LINEAR_DEFLECTION / radius_m))
        segments = max(segments, chord)
    return segments


def profile_points(profile: Any, scale: float) -> tuple[np.ndarray, list[int] | None]:
    """The profile's outline (n × 2, model units): one counter-clockwise ring and None when it
    is convex, else its rings one after another (the outer counter-clockwise, holes clockwise)
    and where each ends."""
    kind = profile.is_a()
    if kind not in _PROFILES or arg(profile, _PROFILE_TYPE) != "AREA":
        raise NotSimple(kind)
    if kind == "IfcArbitraryClosedProfileDef":
        outer = _polyline_points(arg(profile, _OUTER_CURVE))
        return outer, [len(outer)]
    if kind == "IfcArbitraryProfileDefWithVoids":
        rings = [_polyline_points(arg(profile, _OUTER_CURVE))]
        rings += [_polyline_points(c)[::-1] for c in arg(profile, _INNER_CURVES)]
        return np.concatenate(rings), list(np.cumsum([len(r) for r in rings]))
    ends: list[int] | None = None
    if kind == "IfcRectangleProfileDef":
        x, y = float(arg(profile, _X_DIM)) / 2, float(arg(profile, _Y_DIM)) / 2
        if x <= TOLERANCE or y <= TOLERANCE:
            raise NotSimple("empty rectangle")
        points = np.array([(-x, -y), (x, -y), (x, y), (-x, y)])
    elif kind == "IfcCircleProfileDef":
        points = _circle(float(arg(profile, _RADIUS)), scale)
    else:  # IfcCircleHollowProfileDef: a ring, the hole clockwise
        radius, wall = float(arg(profile, _RADIUS)), float(arg(profile, _WALL_THICKNESS))
        outer, inner = _circle(radius, scale), _circle(radius - wall, scale)[::-1]
        points, ends = np.concatenate([outer, inner]), [len(outer), len(outer) + len(inner)]
    position = arg(profile, _PROFILE_POSITION)
    if position is not None:
        location, reference = arg(position, LOCATION), arg(position, 1)
        if reference is not None:
            x_axis = unit(arg(reference, 0))
            points = points @ np.array([[x_axis[0], x_axis[1]], [-x_axis[1], x_axis[0]]])
        if location is not None:
            points = points + coordinates(location, 2)
    return points, ends


def _circle(radius: float, scale: float) -> np.ndarray:
    if radius <= TOLERANCE:
        raise NotSimple("empty circle")
    return _unit_circle(circle_segments(radius * scale)) * radius


@lru_cache(maxsize=64)
def _unit_circle(segments: int) -> np.ndarray:
    angles = np.arange(segments) * (2 * math.pi / segments)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def _polyline_points(curve: Any) -> np.ndarray:
    """A closed polyline's corners, counter-clockwise, without the closing repeat."""
    if curve.is_a() == "IfcPolyline":
        points = np.array([p.Coordinates[:2] for p in curve.Points], np.float64)
    elif curve.is_a() == "IfcIndexedPolyCurve" and not curve.Segments:
        points = np.array([c[:2] for c in curve.Points.CoordList], np.float64)
    else:
        raise NotSimple(curve.is_a())
    keep = np.ones(len(points), bool)
    keep[1:] = np.any(np.abs(np.diff(points, axis=0)) > TOLERANCE, axis=1)
    points = points[keep]
    if len(points) > 1 and np.allclose(points[0], points[-1], atol=TOLERANCE):
        points = points[:-1]
    if len(points) < 3:
        raise NotSimple("degenerate polyline")
    area = _signed_area(points)
    if abs(area) <= TOLERANCE:
        raise NotSimple("degenerate polyline")
    return points if area > 0 else points[::-1].copy()


def _signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def prism(
    points: np.ndarray, ends: list[int] | None, extrusion: tuple[float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Welded vertices (bottom rings, then top rings) and outward triangles of a prism whose
    profile is ``points`` (``ends``: see :func:`profile_points`)."""
    n = len(points)
    vertices = np.empty((2 * n, 3))
    vertices[:n, :2] = points
    vertices[:n, 2] = 0.0
    vertices[n:] = vertices[:n] + extrusion
    if ends is None:
        triangles = _convex_prism(n)
    else:
        triangles = _prism_triangles(_earcut(points, ends), n, ends)
    if extrusion[2] < 0:  # extruded downwards: the same faces, seen from the other side
        triangles = triangles[:, ::-1]
    return vertices, triangles


@lru_cache(maxsize=512)
def _convex_prism(n: int) -> np.ndarray:
    return _prism_triangles(_fan(n), n, [n])


def _prism_triangles(cap: np.ndarray, n: int, ends: Sequence[int]) -> np.ndarray:
    """Bottom cap (turned down), top cap and the side quads of every ring."""
    sides = [
        _ring_sides(start, end - start, n) for start, end in zip([0, *ends[:-1]], ends, strict=True)
    ]
    triangles = np.concatenate([cap[:, ::-1], cap + n, *sides])
    return np.ascontiguousarray(triangles, np.int32)


@lru_cache(maxsize=512)
def _fan(n: int) -> np.ndarray:
    middle = np.arange(1, n - 1)
    return np.column_stack([np.zeros(n - 2, np.int32), middle, middle + 1]).astype(np.int32)


@lru_cache(maxsize=512)
def _ring_sides(start: int, k: int, n: int) -> np.ndarray:
    """The side quads of the ring of ``k`` corners from ``start`` (top ring ``n`` further on),
    outward for a counter-clockwise outline and a clockwise hole."""
    i = start + np.arange(k)
    j = start + (np.arange(k) + 1) % k
    return np.concatenate([np.column_stack([i, j, n + j]), np.column_stack([i, n + j, n + i])])


def _earcut(points: np.ndarray, ends: Sequence[int]) -> np.ndarray:
    rings = np.asarray(ends, np.uint32)
    indices = mapbox_earcut.triangulate_float64(np.ascontiguousarray(points), rings)
    if len(indices) != 3 * (len(points) - 2 + 2 * (len(ends) - 1)):
        raise NotSimple("self-intersecting outline")
    return indices.astype(np.int32).reshape(-1, 3)
