"""Show and capture a review viewpoint on a :class:`~fmdesk.render.scene.Scene`, through its
public API: what :meth:`Scene.apply_state` restores natively (camera, classes, hidden elements,
x-ray, storey, section planes, highlights) plus what a BCF viewpoint adds — "only these
visible", component colours, markup lines, and a camera whose focal point was guessed.

Colours and lines are overlay actors of their own (opaque, drawn over the model like a
highlight, clipped by the same section), built from the scene's merged meshes via their
``element`` cell array; :meth:`ReviewOverlay.clear` removes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyvista as pv
from vtkmodules.vtkCommonDataModel import vtkPlane
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

from fmdesk.render.scene import Scene
from fmdesk.render.scene_state import SceneState

__all__ = ["ReviewOverlay", "capture_review_state", "parse_colour"]

NATIVE_HIDDEN = frozenset({"IfcSpace", "IfcOpeningElement"})
"""Classes BCF can say are hidden (view-setup hints); others are exported element by element."""


def parse_colour(value: str) -> tuple[tuple[float, float, float], float]:
    """RGB (0..1) and opacity of a BCF colour: ``RRGGBB`` or ``AARRGGBB`` (BCF's ARGB)."""
    text = value.strip().lstrip("#")
    alpha = 1.0
    if len(text) == 8:
        alpha, text = int(text[:2], 16) / 255.0, text[2:]
    rgb = tuple(int(text[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
    return rgb, alpha  # type: ignore[return-value]


def capture_review_state(
    scene: Scene, overlay: ReviewOverlay | None = None, aspect_ratio: float | None = None
) -> SceneState:
    """The scene's state plus what BCF needs to say the same: the elements hidden by a hidden
    class or an isolated storey (BCF has no classes or storeys), the colours and lines shown,
    the view's aspect ratio."""
    state = scene.capture_state()
    hidden_classes = set(state.hidden_classes) - NATIVE_HIDDEN
    isolated = state.isolated_storey
    hidden_ids = set(state.hidden_ids)
    implied = [
        r.global_id
        for r in scene.records
        if r.global_id not in hidden_ids
        and r.ifc_class not in NATIVE_HIDDEN
        and (r.ifc_class in hidden_classes or (isolated and r.storey_id != isolated))
    ]
    if implied:
        state.extra["class_hidden_ids"] = implied
    if overlay is not None:
        state.colours = {k: list(v) for k, v in overlay.colours.items()}
        state.lines = [list(map(list, line)) for line in overlay.lines]
    if aspect_ratio:
        state.camera["aspect_ratio"] = float(aspect_ratio)
    return state


class ReviewOverlay:
    """The BCF-only parts of a viewpoint drawn on a scene (colours, lines)."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self.colours: dict[str, list[str]] = {}
        self.lines: list[list[list[float]]] = []
        self._actors: list[Any] = []

    def apply(self, state: SceneState | Mapping[str, Any]) -> SceneState:
        """Restore ``state`` on the scene (the caller renders)."""
        if not isinstance(state, SceneState):
            state = SceneState.from_dict(state)
        self.clear()
        self.scene.apply_state(state)
        return self.apply_extras(state)

    def apply_extras(self, state: SceneState) -> SceneState:
        """Only what :meth:`Scene.apply_state` does not restore (after the view restored it)."""
        self.clear()
        if state.visible_only is not None:
            self.scene.show_only_elements(state.visible_only)
        if state.camera.get("focal_guessed"):
            self._focus_on_model()
        self.colours = {k: list(v) for k, v in state.colours.items()}
        self.lines = [list(map(list, line)) for line in state.lines]
        for colour, ids in self.colours.items():
            self._add_colour(colour, ids)
        if self.lines:
            self._add_lines(self.lines)
        return state

    def clear(self) -> None:
        for actor in self._actors:
            self.scene.plotter.remove_actor(actor, reset_camera=False, render=False)
        self._actors.clear()
        self.colours, self.lines = {}, []

    def _focus_on_model(self) -> None:
        """Move a guessed focal point onto the model along the view direction (BCF gives no
        focal distance), so orbiting turns around what the viewpoint looks at."""
        bounds = self.scene.bounds()
        if bounds is None:
            return
        camera = self.scene.plotter.renderer.GetActiveCamera()
        position = np.asarray(camera.GetPosition(), float)
        direction = np.asarray(camera.GetFocalPoint(), float) - position
        length = np.linalg.norm(direction)
        if length < 1e-9:
            return
        direction /= length
        centre = np.asarray(bounds, float).reshape(3, 2).mean(axis=1)
        distance = float(np.dot(centre - position, direction))
        if distance > 0.1:
            camera.SetFocalPoint(*(position + direction * distance))

    def _add_colour(self, colour: str, ids: list[str]) -> None:
        try:
            rgb, alpha = parse_colour(colour)
        except ValueError:
            return
        index = {r.global_id: i for i, r in enumerate(self.scene.records)}
        wanted = np.asarray(sorted(index[g] for g in ids if g in index), np.int64)
        if not len(wanted):
            return
        parts = []
        for actor in self.scene.draw_order():
            mesh = pv.wrap(actor.GetMapper().GetInput())
            if mesh is None or mesh.n_cells == 0 or "element" not in mesh.cell_data:
                continue
            mask = np.isin(np.asarray(mesh.cell_data["element"]), wanted)
            if mask.any():
                parts.append(mesh.extract_cells(np.flatnonzero(mask)).extract_surface())
        if not parts:
            return
        merged = parts[0].merge(parts[1:]) if len(parts) > 1 else parts[0]
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(merged)
        mapper.ScalarVisibilityOff()
        mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(-3.0, -3.0)
        actor = vtkActor()
        actor.SetMapper(mapper)
        actor.GetProperty().SetColor(*rgb)
        actor.GetProperty().SetOpacity(alpha if alpha > 0 else 1.0)
        actor.SetPickable(False)
        self._clip(mapper)
        self.scene.plotter.add_actor(actor, reset_camera=False, render=False, pickable=False)
        self._actors.append(actor)

    def _add_lines(self, lines: list[list[list[float]]]) -> None:
        points = np.asarray([p for line in lines for p in line], float)
        cells = np.hstack([[2, 2 * i, 2 * i + 1] for i in range(len(lines))])
        mesh = pv.PolyData(points, lines=cells)
        actor = self.scene.plotter.add_mesh(
            mesh,
            color="#d0021b",
            line_width=4,
            render=False,
            reset_camera=False,
            pickable=False,
        )
        self._actors.append(actor)

    def _clip(self, mapper: Any) -> None:
        section = self.scene.section
        for origin, normal in section.planes() if section else []:
            plane = vtkPlane()
            plane.SetOrigin(*origin)
            plane.SetNormal(*normal)
            mapper.AddClippingPlane(plane)
