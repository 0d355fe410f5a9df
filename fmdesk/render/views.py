"""Camera helpers: standard views, framing bounds, and the camera as plain data.

Plain functions on a pyvista plotter so both the scene and saved viewpoints use them, and the
camera survives a JSON round trip (viewpoints, BCF) without VTK objects.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "STANDARD_VIEWS",
    "apply_camera",
    "capture_camera",
    "fit_bounds",
    "mark_camera_set",
    "set_standard_view",
]

STANDARD_VIEWS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    # name: (direction from the target to the camera, view-up)
    "iso": ((1.0, -1.0, 0.8), (0.0, 0.0, 1.0)),
    "top": ((0.0, 0.0, 1.0), (0.0, 1.0, 0.0)),
    "bottom": ((0.0, 0.0, -1.0), (0.0, 1.0, 0.0)),
    "front": ((0.0, -1.0, 0.0), (0.0, 0.0, 1.0)),
    "back": ((0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    "left": ((-1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
    "right": ((1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
}
"""Front looks north (+Y), as architects draw a front elevation from the south."""


def set_standard_view(plotter: Any, name: str, bounds: Sequence[float] | None) -> None:
    """Look at ``bounds`` from a standard direction and frame it.

    Example::

        set_standard_view(plotter, "top", scene.bounds())
    """
    if name not in STANDARD_VIEWS:
        raise ValueError(f"unknown view {name!r}; use one of {', '.join(STANDARD_VIEWS)}")
    direction, up = STANDARD_VIEWS[name]
    camera = plotter.renderer.GetActiveCamera()
    centre = _centre(bounds) if bounds is not None else (0.0, 0.0, 0.0)
    length = math.sqrt(sum(d * d for d in direction))
    camera.SetFocalPoint(*centre)
    camera.SetPosition(*(c + d / length for c, d in zip(centre, direction, strict=True)))
    camera.SetViewUp(*up)
    mark_camera_set(plotter)
    if bounds is not None:
        fit_bounds(plotter, bounds)


def fit_bounds(plotter: Any, bounds: Sequence[float]) -> None:
    """Keep the view direction, move the camera so ``bounds`` fills the view."""
    renderer = plotter.renderer
    renderer.ResetCamera(*[float(b) for b in bounds])
    renderer.ResetCameraClippingRange()
    mark_camera_set(plotter)


def mark_camera_set(plotter: Any) -> None:
    """Tell pyvista the camera was placed on purpose, or its first render resets it to iso."""
    if hasattr(plotter, "camera_set"):
        plotter.camera_set = True


def capture_camera(plotter: Any) -> dict[str, Any]:
    """The active camera as JSON-ready data."""
    camera = plotter.renderer.GetActiveCamera()
    return {
        "position": list(camera.GetPosition()),
        "focal_point": list(camera.GetFocalPoint()),
        "view_up": list(camera.GetViewUp()),
        "view_angle": camera.GetViewAngle(),
        "parallel": bool(camera.GetParallelProjection()),
        "parallel_scale": camera.GetParallelScale(),
    }


def apply_camera(plotter: Any, data: Mapping[str, Any]) -> None:
    """Restore a camera captured by :func:`capture_camera`."""
    camera = plotter.renderer.GetActiveCamera()
    camera.SetPosition(*data["position"])
    camera.SetFocalPoint(*data["focal_point"])
    camera.SetViewUp(*data["view_up"])
    if "view_angle" in data:
        camera.SetViewAngle(float(data["view_angle"]))
    camera.SetParallelProjection(bool(data.get("parallel", False)))
    if data.get("parallel_scale"):
        camera.SetParallelScale(float(data["parallel_scale"]))
    plotter.renderer.ResetCameraClippingRange()
    mark_camera_set(plotter)


def _centre(bounds: Sequence[float]) -> tuple[float, float, float]:
    return (
        (bounds[0] + bounds[1]) / 2.0,
        (bounds[2] + bounds[3]) / 2.0,
        (bounds[4] + bounds[5]) / 2.0,
    )
