"""A scene-state dict → a BCF 2.1 or 3.0 VisualizationInfo (xsdata bindings), the inverse of
:mod:`fmdesk.review.bcf.visinfo`.

What the schema cannot hold is adapted, not invented: BCF 2.1 allows a field of view of 45–60°
only (clamped, with a warning); 3.0 requires a camera and an aspect ratio (a viewpoint without a
camera gets a view from above the origin, an unknown aspect ratio 4:3); GlobalIds that are not
22-character IFC GUIDs cannot be components and are left out with a warning. Hidden classes
other than spaces and openings cannot be said in BCF; the GUI stores the elements they hid in
``extra["class_hidden_ids"]`` when it captures a viewpoint, and those are exported as hidden.
"""

from __future__ import annotations

import math
import re
from typing import Any

from fmdesk.i18n import Msg, _t
from fmdesk.review.bcf.bindings import v2_1, v3_0

__all__ = ["build_visinfo", "is_ifc_guid"]

_IFC_GUID = re.compile(r"^[0-9A-Za-z_$]{22}$")
_COLOUR = re.compile(r"^[0-9A-F]{6}([0-9A-F]{2})?$")
DEFAULT_ASPECT = 4.0 / 3.0


def is_ifc_guid(value: str) -> bool:
    return bool(_IFC_GUID.match(value))


def build_visinfo(state: dict[str, Any], guid: str, version: str, warnings: list[Msg]) -> Any:
    """The VisualizationInfo object of ``version`` ("2.1" | "3.0") for one viewpoint."""
    ns = v3_0 if version == "3.0" else v2_1
    info = ns.VisualizationInfo(guid=guid)
    info.components = _components(ns, state, version, warnings)
    camera = state.get("camera") or {}
    if camera.get("position") and camera.get("focal_point"):
        if camera.get("parallel"):
            info.orthogonal_camera = _orthogonal(ns, camera, version)
        else:
            info.perspective_camera = _perspective(ns, camera, version, guid, warnings)
    elif version == "3.0":
        info.perspective_camera = _perspective(ns, _default_camera(), version, guid, warnings)
    lines = [
        ns.Line(start_point=_point(ns, a), end_point=_point(ns, b))
        for a, b in state.get("lines") or []
    ]
    if lines:
        info.lines = ns.VisualizationInfo.Lines(line=lines)
    planes = [
        ns.ClippingPlane(
            location=_point(ns, o), direction=_direction(ns, [0.0 - n for n in normal])
        )
        for o, normal in _section_planes(state.get("section"))
    ]
    if planes:
        info.clipping_planes = ns.VisualizationInfo.ClippingPlanes(clipping_plane=planes)
    bitmaps = [_bitmap(ns, b, version) for b in state.get("bitmaps") or []]
    if bitmaps and version == "3.0":
        info.bitmaps = ns.VisualizationInfo.Bitmaps(bitmap=bitmaps)
    elif bitmaps:
        info.bitmap = bitmaps
    return info


def _components(ns: Any, state: dict[str, Any], version: str, warnings: list[Msg]) -> Any:
    extra = state.get("extra") or {}
    origins = extra.get("origins") or {}
    tools = extra.get("tool_components") or {}

    def comps(ids: list[str], role: str) -> list[Any]:
        result = []
        for gid in dict.fromkeys(ids):
            if not is_ifc_guid(gid):
                warnings.append(_t("{gid} is not an IFC GlobalId; left out of BCF.", gid=gid))
                continue
            system, tool_id = (origins.get(gid) or [None, None])[:2]
            result.append(
                ns.Component(ifc_guid=gid, originating_system=system, authoring_tool_id=tool_id)
            )
        for item in tools.get(role, []):
            result.append(
                ns.Component(
                    originating_system=item.get("originating_system"),
                    authoring_tool_id=item.get("tool_id"),
                )
            )
        return result

    hidden_classes = set(state.get("hidden_classes") or [])
    stated = extra.get("view_setup_hints") or {}
    hints = ns.ViewSetupHints(
        spaces_visible="IfcSpace" not in hidden_classes,
        space_boundaries_visible=bool(stated.get("SpaceBoundariesVisible", False)),
        openings_visible="IfcOpeningElement" not in hidden_classes,
    )
    visible_only = state.get("visible_only")
    if visible_only is not None:
        default, exception_ids = False, list(visible_only)
    else:
        hidden = list(state.get("hidden_ids") or []) + list(extra.get("class_hidden_ids") or [])
        default, exception_ids = True, hidden
    exceptions = comps(exception_ids, "exceptions")
    visibility = ns.ComponentVisibility(default_visibility=default)
    if exceptions:
        visibility.exceptions = ns.ComponentVisibility.Exceptions(component=exceptions)
    components = ns.Components(visibility=visibility)
    if version == "3.0":
        visibility.view_setup_hints = hints
    else:
        components.view_setup_hints = hints
    selected = comps(list((state.get("highlights") or {}).get("selection", [])), "selection")
    if selected:
        components.selection = ns.ComponentSelection(component=selected)
    colours = []
    for value, ids in (state.get("colours") or {}).items():
        colour = str(value).upper().lstrip("#")
        members = comps(list(ids), f"colour:{colour}")
        if not (_COLOUR.match(colour) and members):
            continue
        if version == "3.0":
            inner = ns.ComponentColoring.Color.Components(component=members)
            colours.append(ns.ComponentColoring.Color(color=colour, components=inner))
        else:
            colours.append(ns.ComponentColoring.Color(color=colour, component=members))
    if colours:
        components.coloring = ns.ComponentColoring(color=colours)
    return components


def _vectors(camera: dict[str, Any]) -> tuple[list[float], list[float], list[float]]:
    position = [float(v) for v in camera["position"]]
    focal = [float(v) for v in camera["focal_point"]]
    direction = _unit([f - p for f, p in zip(focal, position, strict=True)]) or [0.0, 1.0, 0.0]
    up = _unit([float(v) for v in camera.get("view_up") or [0, 0, 1]]) or [0.0, 0.0, 1.0]
    along = sum(u * d for u, d in zip(up, direction, strict=True))
    orthogonal = _unit([u - along * d for u, d in zip(up, direction, strict=True)])
    return position, direction, orthogonal or _any_perpendicular(direction)


def _perspective(
    ns: Any, camera: dict[str, Any], version: str, guid: str, warnings: list[Msg]
) -> Any:
    position, direction, up = _vectors(camera)
    fov = float(camera.get("view_angle") or 60.0)
    if version != "3.0" and not 45.0 <= fov <= 60.0:
        warnings.append(
            _t(
                "Viewpoint {guid}: BCF 2.1 allows a field of view of 45-60°; {fov:.0f}° was "
                "written as {clamped:.0f}°.",
                guid=guid,
                fov=fov,
                clamped=min(max(fov, 45.0), 60.0),
            )
        )
        fov = min(max(fov, 45.0), 60.0)
    fov = min(max(fov, 1e-3), 179.0)
    fields = {
        "camera_view_point": _point(ns, position),
        "camera_direction": _direction(ns, direction),
        "camera_up_vector": _direction(ns, up),
        "field_of_view": fov,
    }
    if version == "3.0":
        fields["aspect_ratio"] = float(camera.get("aspect_ratio") or DEFAULT_ASPECT)
    return ns.PerspectiveCamera(**fields)


def _orthogonal(ns: Any, camera: dict[str, Any], version: str) -> Any:
    position, direction, up = _vectors(camera)
    fields = {
        "camera_view_point": _point(ns, position),
        "camera_direction": _direction(ns, direction),
        "camera_up_vector": _direction(ns, up),
        "view_to_world_scale": 2.0 * float(camera.get("parallel_scale") or 10.0),
    }
    if version == "3.0":
        fields["aspect_ratio"] = float(camera.get("aspect_ratio") or DEFAULT_ASPECT)
    return ns.OrthogonalCamera(**fields)


def _default_camera() -> dict[str, Any]:
    return {"position": [0.0, 0.0, 50.0], "focal_point": [0.0, 0.0, 0.0], "view_up": [0, 1, 0]}


def _bitmap(ns: Any, data: dict[str, Any], version: str) -> Any:
    fmt = "jpg" if str(data.get("format", "png")).lower() in ("jpg", "jpeg") else "png"
    common = {
        "reference": data["reference"],
        "location": _point(ns, data.get("location") or [0, 0, 0]),
        "normal": _direction(ns, data.get("normal") or [0, 0, 1]),
        "up": _direction(ns, data.get("up") or [0, 1, 0]),
        "height": float(data.get("height") or 1.0),
    }
    if version == "3.0":
        return ns.Bitmap(format=ns.BitmapFormat(fmt), **common)
    return ns.VisualizationInfo.Bitmap(bitmap=ns.BitmapFormat(fmt.upper()), **common)


def _section_planes(section: dict[str, Any] | None) -> list[tuple[list[float], list[float]]]:
    """(origin, kept-side normal) pairs, as :meth:`fmdesk.render.scene_state.Section.planes`
    gives them (not imported: it would load the 3D stack into a file export)."""
    if not section:
        return []
    if section.get("bounds"):
        x0, x1, y0, y1, z0, z1 = (float(b) for b in section["bounds"])
        return [
            ([x0, 0, 0], [1, 0, 0]),
            ([x1, 0, 0], [-1, 0, 0]),
            ([0, y0, 0], [0, 1, 0]),
            ([0, y1, 0], [0, -1, 0]),
            ([0, 0, z0], [0, 0, 1]),
            ([0, 0, z1], [0, 0, -1]),
        ]
    planes = []
    if section.get("origin") and section.get("normal"):
        planes.append((list(section["origin"]), list(section["normal"])))
    planes.extend((list(o), list(n)) for o, n in section.get("cuts") or [])
    return [([float(v) for v in o], [float(v) for v in n]) for o, n in planes]


def _point(ns: Any, values: Any) -> Any:
    x, y, z = (float(v) for v in values)
    return ns.Point(x=x, y=y, z=z)


def _direction(ns: Any, values: Any) -> Any:
    x, y, z = (float(v) for v in values)
    return ns.Direction(x=x, y=y, z=z)


def _unit(vector: list[float]) -> list[float] | None:
    length = math.sqrt(sum(v * v for v in vector))
    return [v / length for v in vector] if length > 1e-12 else None


def _any_perpendicular(direction: list[float]) -> list[float]:
    axis = [0.0, 0.0, 1.0] if abs(direction[2]) < 0.9 else [0.0, 1.0, 0.0]
    along = sum(a * d for a, d in zip(axis, direction, strict=True))
    return _unit([a - along * d for a, d in zip(axis, direction, strict=True)]) or [1.0, 0.0, 0.0]
