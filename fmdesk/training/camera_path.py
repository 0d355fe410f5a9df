"""The camera moving between two tour stops: a smooth blend of two saved cameras.

Plain math on the camera dictionaries of :func:`fmdesk.render.views.capture_camera` (position,
focal point, view-up, view angle, parallel scale), so the GUI's animation only asks for the
camera at time ``t`` and sets it; tests check the path without a display.

Example::

    mid = camera_at(stop_a.state.camera, stop_b.state.camera, 0.5)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["camera_at", "ease_in_out"]


def ease_in_out(t: float) -> float:
    """Slow start, slow stop (smoothstep): the eye follows a camera that does not jerk."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def camera_at(start: Mapping[str, Any], end: Mapping[str, Any], t: float) -> dict[str, Any]:
    """The camera a fraction ``t`` (0..1, eased) of the way from ``start`` to ``end``.

    Position and focal point move on straight lines; the view-up turns and is kept of unit
    length; the projection switches at the end (orthogonal ↔ perspective cannot be blended).
    """
    if not start:
        return dict(end)
    s = ease_in_out(t)
    camera = dict(end) if t >= 1.0 else dict(start)
    camera["position"] = _lerp(start["position"], end["position"], s)
    camera["focal_point"] = _lerp(start["focal_point"], end["focal_point"], s)
    camera["view_up"] = _unit(_lerp(start["view_up"], end["view_up"], s), end["view_up"])
    for key in ("view_angle", "parallel_scale"):
        if key in start and key in end and start[key] and end[key]:
            camera[key] = float(start[key]) + (float(end[key]) - float(start[key])) * s
    return camera


def _lerp(a: Sequence[float], b: Sequence[float], s: float) -> list[float]:
    return [float(x) + (float(y) - float(x)) * s for x, y in zip(a, b, strict=True)]


def _unit(vector: list[float], fallback: Sequence[float]) -> list[float]:
    length = math.sqrt(sum(v * v for v in vector))
    if length < 1e-9:  # opposite view-ups half way: take the target's
        return [float(v) for v in fallback]
    return [v / length for v in vector]
