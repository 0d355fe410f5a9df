"""A BCF viewpoint (``.bcfv``, any version 1.0–3.0) → a scene-state dict, read leniently.

Conventions (the inverse of :mod:`fmdesk.review.bcf.write_visinfo`):

- camera: BCF gives a position, a direction and an up vector; VTK needs a focal point, put
  ``FOCAL_DISTANCE`` metres ahead and marked ``focal_guessed`` (the GUI moves it onto the
  model so orbiting turns around what is seen). FieldOfView is VTK's vertical view angle;
  ViewToWorldScale (visible height) is twice VTK's parallel scale.
- clipping planes: BCF's direction points to the side that is *cut away*; a scene section keeps
  the side its normal points to, so normals are negated.
- view-setup hints: spaces and openings are hidden unless the viewpoint says they are visible.
"""

from __future__ import annotations

import math
from typing import Any

from fmdesk.review.bcf.xml import attr, child, children, flag, number, text

__all__ = ["FOCAL_DISTANCE", "read_visinfo"]

FOCAL_DISTANCE = 10.0


def read_visinfo(root: Any) -> tuple[str | None, dict[str, Any]]:
    """(the viewpoint's Guid attribute, the scene-state dict) of a VisualizationInfo element."""
    state: dict[str, Any] = {"camera": {}, "highlights": {}, "extra": {}}
    components = child(root, "Components")
    if components is not None:
        _read_components(components, state)
    else:
        _hints_to_classes(None, state)
    camera = _read_camera(root)
    if camera:
        state["camera"] = camera
    state["lines"] = [
        [p0, p1]
        for line in children(child(root, "Lines"), "Line")
        if (p0 := _point(child(line, "StartPoint"))) and (p1 := _point(child(line, "EndPoint")))
    ]
    cuts = [
        [loc, [0.0 - d for d in direction]]
        for plane in children(child(root, "ClippingPlanes"), "ClippingPlane")
        if (loc := _point(child(plane, "Location")))
        and (direction := _point(child(plane, "Direction")))
    ]
    if cuts:
        state["section"] = {"origin": None, "normal": None, "bounds": None, "cuts": cuts}
    state["bitmaps"] = _read_bitmaps(root)
    if not state["extra"]:
        del state["extra"]
    return attr(root, "Guid"), state


def _read_components(components: Any, state: dict[str, Any]) -> None:
    extra = state["extra"]
    legacy = list(children(components, "Component"))
    visibility = child(components, "Visibility")
    hints = child(components, "ViewSetupHints")
    if hints is None and visibility is not None:
        hints = child(visibility, "ViewSetupHints")  # BCF 3.0 moved it into Visibility
    _hints_to_classes(hints, state)
    if legacy:  # BCF 1.0/2.0: one list with Selected / Visible / Color attributes
        _read_legacy(legacy, state)
        return
    selection = _ids(child(components, "Selection"), extra, "selection")
    if selection:
        state["highlights"]["selection"] = selection
    default_visible = flag(attr(visibility, "DefaultVisibility"), True)
    exceptions = _ids(child(visibility, "Exceptions"), extra, "exceptions")
    if default_visible:
        state["hidden_ids"] = exceptions
    else:
        state["visible_only"] = exceptions
    colours: dict[str, list[str]] = {}
    for colour in children(child(components, "Coloring"), "Color"):
        value = (attr(colour, "Color") or "").upper()
        ids = _ids(colour, extra, f"colour:{value}")  # 2.1: components in the Color
        ids += _ids(child(colour, "Components"), extra, f"colour:{value}")  # 3.0: wrapped
        if value and ids:
            colours.setdefault(value, []).extend(ids)
    if colours:
        state["colours"] = colours


def _read_legacy(components: list[Any], state: dict[str, Any]) -> None:
    selected, hidden = [], []
    colours: dict[str, list[str]] = {}
    for component in components:
        gid = attr(component, "IfcGuid")
        if not gid:
            continue
        _remember_origin(component, gid, state["extra"])
        if flag(attr(component, "Selected"), False):
            selected.append(gid)
        if not flag(attr(component, "Visible"), True):
            hidden.append(gid)
        colour = (attr(component, "Color") or "").upper()
        if colour:
            colours.setdefault(colour, []).append(gid)
    if selected:
        state["highlights"]["selection"] = selected
    state["hidden_ids"] = hidden
    if colours:
        state["colours"] = colours


def _ids(parent: Any, extra: dict[str, Any], role: str) -> list[str]:
    """GlobalIds of the Component children; components known only by their authoring-tool id
    are kept in ``extra`` so an export lists them again."""
    ids = []
    for component in children(parent, "Component"):
        gid = attr(component, "IfcGuid")
        if gid:
            ids.append(gid)
            _remember_origin(component, gid, extra)
            continue
        tool_id = text(component, "AuthoringToolId")
        if tool_id:
            extra.setdefault("tool_components", {}).setdefault(role, []).append(
                {"originating_system": text(component, "OriginatingSystem"), "tool_id": tool_id}
            )
    return ids


def _remember_origin(component: Any, gid: str, extra: dict[str, Any]) -> None:
    system, tool_id = text(component, "OriginatingSystem"), text(component, "AuthoringToolId")
    if system or tool_id:
        extra.setdefault("origins", {})[gid] = [system, tool_id]


def _hints_to_classes(hints: Any, state: dict[str, Any]) -> None:
    values = {
        name: flag(attr(hints, name), False)
        for name in ("SpacesVisible", "SpaceBoundariesVisible", "OpeningsVisible")
    }
    hidden = []
    if not values["SpacesVisible"]:
        hidden.append("IfcSpace")
    if not values["OpeningsVisible"]:
        hidden.append("IfcOpeningElement")
    state["hidden_classes"] = hidden
    if hints is not None:
        state["extra"]["view_setup_hints"] = values


def _read_camera(root: Any) -> dict[str, Any]:
    for name, parallel in (("PerspectiveCamera", False), ("OrthogonalCamera", True)):
        node = child(root, name)
        if node is None:
            continue
        position = _point(child(node, "CameraViewPoint"))
        direction = _unit(_point(child(node, "CameraDirection")))
        up = _unit(_point(child(node, "CameraUpVector"))) or [0.0, 0.0, 1.0]
        if position is None or direction is None:
            continue
        camera: dict[str, Any] = {
            "position": position,
            "focal_point": [
                p + d * FOCAL_DISTANCE for p, d in zip(position, direction, strict=True)
            ],
            "view_up": up,
            "parallel": parallel,
            "focal_guessed": True,
        }
        if parallel:
            scale = number(node, "ViewToWorldScale")
            camera["parallel_scale"] = (scale or 20.0) / 2.0
        else:
            camera["view_angle"] = number(node, "FieldOfView") or 60.0
        aspect = number(node, "AspectRatio")
        if aspect:
            camera["aspect_ratio"] = aspect
        return camera
    return {}


def _read_bitmaps(root: Any) -> list[dict[str, Any]]:
    nodes = list(children(root, "Bitmap")) + list(children(child(root, "Bitmaps"), "Bitmap"))
    bitmaps = []
    for node in nodes:
        reference = text(node, "Reference")
        if not reference:
            continue
        fmt = (text(node, "Format") or text(node, "Bitmap") or "png").lower()
        bitmaps.append(
            {
                "format": "jpg" if fmt in ("jpg", "jpeg") else "png",
                "reference": reference,
                "location": _point(child(node, "Location")) or [0.0, 0.0, 0.0],
                "normal": _point(child(node, "Normal")) or [0.0, 0.0, 1.0],
                "up": _point(child(node, "Up")) or [0.0, 1.0, 0.0],
                "height": number(node, "Height") or 1.0,
            }
        )
    return bitmaps


def _point(node: Any) -> list[float] | None:
    if node is None:
        return None
    values = [number(node, axis) for axis in ("X", "Y", "Z")]
    if any(v is None for v in values):
        return None
    return [float(v) for v in values]  # type: ignore[arg-type]


def _unit(vector: list[float] | None) -> list[float] | None:
    if vector is None:
        return None
    length = math.sqrt(sum(v * v for v in vector))
    return [v / length for v in vector] if length > 1e-12 else None
