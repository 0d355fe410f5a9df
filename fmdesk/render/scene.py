"""The 3D scene: a model's triangles as a few merged VTK meshes on any pyvista plotter.

VTK draws one big mesh far faster than thousands of small actors, so elements are merged by
(storey, IFC class, translucent?, closed?) into one mesh each, with a cell array ``element`` mapping
every triangle back to its element: that is how a pick becomes a GlobalId, how a highlight
finds an element's triangles and how a hidden system's cells are removed. Loading (pieces,
chunks, merges) is :class:`fmdesk.render.scene_content.SceneContent`; this module adds what a
viewer does with a loaded model: visibility, highlights, picking, sections, cameras and the
state a viewpoint saves (:meth:`Scene.capture_state`, :meth:`Scene.apply_state`).

The scene never imports Qt: tests and ``fmdesk render`` pass ``pv.Plotter(off_screen=True)``,
the GUI passes its pyvistaqt ``QtInteractor`` (also a pyvista ``BasePlotter``). The scene
never calls ``render()`` itself; the caller decides when to redraw (the GUI paces it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from vtkmodules.vtkRenderingCore import vtkActor, vtkCellPicker

from fmdesk.bim.geometry_assembly import element_chunks
from fmdesk.render import views, walk
from fmdesk.render.palette import HIGHLIGHT_STYLES
from fmdesk.render.scene_content import XRAY_OPACITY, SceneContent
from fmdesk.render.scene_parts import SceneGroup, apply_clipping, highlight_actor, warm_up_actors
from fmdesk.render.scene_state import SceneState, Section

__all__ = [
    "DEFAULT_HIDDEN_CLASSES",
    "XRAY_OPACITY",
    "Scene",
    "SceneState",
    "Section",
    "warm_up_actors",
]

DEFAULT_HIDDEN_CLASSES = frozenset({"IfcSpace", "IfcOpeningElement"})


class Scene(SceneContent):
    """A model's geometry on a pyvista plotter, with picking, highlighting and visibility.

    Example::

        plotter = pv.Plotter(off_screen=True)
        scene = Scene(plotter)
        for batch in tessellate("building.ifc"):
            scene.add_batch(batch)
        scene.compact()
        scene.highlight(["2O2Fr$t4X7Zf8NOew3FLOH"], "selection")
        scene.set_view("iso")
        plotter.screenshot("shot.png")
    """

    def __init__(
        self,
        plotter: Any,
        *,
        colour_mode: str = "style",
        hidden_classes: Iterable[str] = DEFAULT_HIDDEN_CLASSES,
        background: str = "white",
        defer_merges: bool = False,
    ) -> None:
        super().__init__(plotter, colour_mode, defer_merges)
        self._hidden_classes: set[str] = set(hidden_classes)
        self._isolated: str | None = None
        self._section: Section | None = None
        self._highlights: dict[str, list[int]] = {}
        self._highlight_actors: dict[str, vtkActor] = {}
        self._picker = vtkCellPicker()
        self._picker.SetTolerance(0.0005)
        if background:
            plotter.set_background(background)

    def clear(self) -> None:
        """Remove every actor this scene added (the plotter stays usable)."""
        for group in self._groups.values():
            for chunk in group.chunks:
                self._remove_actor(chunk.actor)
        for actor in self._highlight_actors.values():
            self._remove_actor(actor)
        revision = self.revision
        self.__init__(  # type: ignore[misc]
            self.plotter,
            colour_mode=self.colour_mode,
            hidden_classes=self._hidden_classes,
            background="",
            defer_merges=self.defer_merges,
        )
        self.revision = revision + 1

    # ------------------------------------------------------------------ picking
    def element_at_cell(self, actor: Any, cell_id: int) -> str | None:
        """The GlobalId owning cell ``cell_id`` of ``actor`` (for callers with their own picker)."""
        chunk = self._actor_chunks.get(actor)
        if chunk is None or chunk.mesh_elements is None or not 0 <= cell_id < chunk.cells:
            return None
        return self.records[int(chunk.mesh_elements[cell_id])].global_id

    def pick(self, x: float, y: float) -> str | None:
        """The GlobalId of the visible element under display pixel (x, y), or None.

        (x, y) are VTK display coordinates: origin bottom-left, in render-window pixels.
        """
        renderer = self.plotter.renderer
        self._picker.InitializePickList()
        actors = [
            chunk.actor
            for group in self._groups.values()
            for chunk in group.chunks
            if chunk.actor is not None and chunk.actor.GetVisibility()
        ]
        if not actors:
            return None
        for actor in actors:
            self._picker.AddPickList(actor)
        self._picker.PickFromListOn()
        if not self._picker.Pick(x, y, 0, renderer):
            return None
        return self.element_at_cell(self._picker.GetActor(), self._picker.GetCellId())

    def bounds(self, global_ids: Iterable[str] | None = None) -> tuple[float, ...] | None:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the given elements, else of the visible scene
        (clamped to the section box when one is set)."""
        if global_ids is not None:
            indices = [self._index[g] for g in global_ids if g in self._index]
            boxes = []
            for chunk, mask in element_chunks((c.part for c in self._chunks_of(indices)), indices):
                used = np.unique(chunk.triangles[mask])
                points = np.asarray(chunk.points)[used]
                boxes.append((points.min(axis=0), points.max(axis=0)))
            if not boxes:
                return None
            lo = np.min([b[0] for b in boxes], axis=0)
            hi = np.max([b[1] for b in boxes], axis=0)
            return _as_bounds(lo, hi)
        visible = [
            chunk.bounds
            for group in self._groups.values()
            if self._group_visible(group)
            for chunk in group.chunks
            if chunk.actor is not None and chunk.bounds is not None  # None: nothing drawn
        ]
        if not visible:
            return None
        arr = np.asarray(visible, float)
        lo, hi = arr[:, 0::2].min(axis=0), arr[:, 1::2].max(axis=0)
        if self._section is not None and self._section.bounds is not None:
            box = np.asarray(self._section.bounds, float)  # frame what the section box keeps
            lo, hi = np.maximum(lo, box[0::2]), np.minimum(hi, box[1::2])
            if np.any(lo > hi):
                return None
        return _as_bounds(lo, hi)

    # ------------------------------------------------------------------ highlight
    def highlight(self, global_ids: Iterable[str], style: str = "selection") -> list[str]:
        """Draw ``global_ids`` in the named style (replacing that style's previous set).

        Highlights are drawn on top of the model, opaque even in x-ray, and regardless of class
        visibility (a highlighted space shows though spaces are hidden). Returns the ids that
        are not in the scene. Styles: ``selection``, ``path``, ``operate``, ``affected``,
        ``source`` (see :data:`fmdesk.render.palette.HIGHLIGHT_STYLES`).
        """
        if style not in HIGHLIGHT_STYLES:
            raise ValueError(f"unknown highlight style {style!r}; use one of {HIGHLIGHT_STYLES}")
        ids = list(dict.fromkeys(global_ids))
        unknown = [g for g in ids if g not in self._index]
        self._highlights[style] = [self._index[g] for g in ids if g in self._index]
        self._rebuild_highlight(style)
        return unknown

    def clear_highlight(self, style: str | None = None) -> None:
        """Remove one style's highlight, or all of them."""
        for name in [style] if style else list(self._highlights):
            self._highlights.pop(name, None)
            self._remove_actor(self._highlight_actors.pop(name, None))

    def highlighted(self, style: str = "selection") -> list[str]:
        return [self.records[i].global_id for i in self._highlights.get(style, [])]

    def highlight_actor(self, style: str) -> vtkActor | None:
        """The actor drawing one highlight style (tests and the GUI's legends use it)."""
        return self._highlight_actors.get(style)

    def _rebuild_highlight(self, style_name: str) -> None:
        self.revision += 1
        self._remove_actor(self._highlight_actors.pop(style_name, None))
        indices = self._highlights.get(style_name) or []
        pieces = list(element_chunks((c.part for c in self._chunks_of(indices)), indices))
        if not pieces:
            return
        points, triangles, base = [], [], 0
        for chunk, mask in pieces:
            used, local = np.unique(chunk.triangles[mask], return_inverse=True)
            points.append(np.asarray(chunk.points)[used])
            triangles.append(local.reshape(-1, 3) + base)
            base += len(used)
        actor = highlight_actor(
            np.concatenate(points), np.concatenate(triangles), HIGHLIGHT_STYLES[style_name]
        )
        apply_clipping(actor, self._clipping)
        self._highlight_actors[style_name] = actor
        self.plotter.add_actor(actor, reset_camera=False, render=False, pickable=False)

    # ------------------------------------------------------------------ visibility
    def set_class_visible(self, ifc_class: str, visible: bool) -> None:
        """Show or hide every element of an IFC class."""
        if visible:
            self._hidden_classes.discard(ifc_class)
        else:
            self._hidden_classes.add(ifc_class)
        self._update_visibility()

    @property
    def hidden_classes(self) -> set[str]:
        return set(self._hidden_classes)

    def hide_elements(self, global_ids: Iterable[str]) -> list[str]:
        """Hide individual elements (e.g. a system's members); returns unknown ids."""
        return self._set_hidden(global_ids, True)

    def show_elements(self, global_ids: Iterable[str] | None = None) -> list[str]:
        """Show hidden elements again (all of them when ``global_ids`` is None)."""
        if global_ids is None:
            changed = np.flatnonzero(self._hidden)
            self._hidden[:] = False
            self._refresh_cells(changed)
            return []
        return self._set_hidden(global_ids, False)

    def show_only_elements(self, global_ids: Iterable[str]) -> list[str]:
        """Hide every element except these (e.g. "show only this system")."""
        keep = np.zeros(len(self.records), bool)
        ids = list(global_ids)
        for g in ids:
            if g in self._index:
                keep[self._index[g]] = True
        before = self._hidden.copy()
        self._hidden = ~keep
        self._refresh_cells(np.flatnonzero(before != self._hidden))
        return self.unknown_ids(ids)

    @property
    def hidden_ids(self) -> list[str]:
        return [self.records[i].global_id for i in np.flatnonzero(self._hidden)]

    def is_element_visible(self, global_id: str) -> bool:
        """Whether the element is drawn (class, storey isolation and element hiding)."""
        index = self._index.get(global_id)
        if index is None or self._hidden[index]:
            return False
        record = self.records[index]
        return self._visible_for(record.storey_id, record.ifc_class)

    def isolate_storey(self, storey: str | None) -> None:
        """Show only one storey (by GlobalId or name); None shows every storey again."""
        if storey is None:
            self._isolated = None
        else:
            found = self.storey(storey)
            if found is None:
                raise KeyError(storey)
            self._isolated = found.global_id
        self._update_visibility()

    @property
    def isolated_storey(self) -> str | None:
        return self._isolated

    def set_xray(self, enabled: bool) -> None:
        """X-ray: architecture transparent, MEP and equipment opaque."""
        self._xray = bool(enabled)
        self.revision += 1
        for group in self._groups.values():
            for chunk in group.chunks:
                self._apply_opacity(group, chunk.actor)

    @property
    def xray(self) -> bool:
        return self._xray

    def set_colour_mode(self, mode: str) -> None:
        """``style``: IFC surface styles where present, palette otherwise; ``class``: palette."""
        if mode not in ("style", "class"):
            raise ValueError("colour_mode is 'style' or 'class'")
        self.colour_mode = mode
        self.revision += 1
        for group in self._groups.values():
            for chunk in group.chunks:
                self._update_chunk_mesh(group, chunk)

    def _group_visible(self, group: SceneGroup) -> bool:
        return self._visible_for(group.storey_id, group.ifc_class)

    def _visible_for(self, storey_id: str, ifc_class: str) -> bool:
        if ifc_class in self._hidden_classes:
            return False
        return self._isolated is None or storey_id == self._isolated

    def _update_visibility(self) -> None:
        self.revision += 1
        for group in self._groups.values():
            visible = self._group_visible(group)
            for chunk in group.chunks:
                if chunk.actor is not None:
                    chunk.actor.SetVisibility(visible and chunk.cells > 0)

    def _set_hidden(self, global_ids: Iterable[str], hidden: bool) -> list[str]:
        ids = list(global_ids)
        indices = np.asarray([self._index[g] for g in ids if g in self._index], np.int64)
        if len(indices):
            changed = indices[self._hidden[indices] != hidden]
            self._hidden[indices] = hidden
            self._refresh_cells(changed)
        return self.unknown_ids(ids)

    def _refresh_cells(self, changed: np.ndarray) -> None:
        if not len(changed):
            return
        self.revision += 1
        wanted = np.unique(changed)
        for group in self._groups.values():
            for chunk in group.chunks:
                if np.isin(chunk.elements, wanted).any():
                    self._update_chunk_mesh(group, chunk)

    # ------------------------------------------------------------------ section
    def set_section_plane(self, origin: Sequence[float], normal: Sequence[float]) -> None:
        """Cut the model with a plane; the side the normal points to is kept."""
        self.set_section(Section(tuple(map(float, origin)), tuple(map(float, normal))))

    def set_section_box(self, bounds: Sequence[float]) -> None:
        """Keep only what is inside (xmin, xmax, ymin, ymax, zmin, zmax)."""
        if len(bounds) != 6:
            raise ValueError("a section box needs six numbers")
        self.set_section(Section(bounds=tuple(float(b) for b in bounds)))  # type: ignore[arg-type]

    def set_section(self, section: Section | None) -> None:
        self._section = section
        self._clipping = section.planes() if section else []
        self.revision += 1
        for actor in self._all_actors():
            apply_clipping(actor, self._clipping)
        for group in self._groups.values():  # a cut opens the solids: their insides show
            for chunk in group.chunks:
                self._apply_culling(group, chunk.actor)

    def clear_section(self) -> None:
        self.set_section(None)

    @property
    def section(self) -> Section | None:
        return self._section

    def _all_actors(self) -> list[vtkActor]:
        actors = [c.actor for g in self._groups.values() for c in g.chunks if c.actor is not None]
        return actors + list(self._highlight_actors.values())

    # ------------------------------------------------------------------ camera
    def fit_all(self) -> None:
        """Frame everything visible."""
        bounds = self.bounds()
        if bounds is not None:
            views.fit_bounds(self.plotter, bounds)

    def fit_elements(self, global_ids: Iterable[str]) -> bool:
        """Frame the given elements; False when none of them is in the scene."""
        bounds = self.bounds(list(global_ids))
        if bounds is None:
            return False
        views.fit_bounds(self.plotter, bounds)
        return True

    def set_view(self, name: str) -> None:
        """Standard view ``iso``, ``top``, ``bottom``, ``front``, ``back``, ``left``, ``right``."""
        views.set_standard_view(self.plotter, name, self.bounds())

    def apply_walk_pose(self, pose: walk.WalkPose, view_angle: float = 60.0) -> None:
        """Put the camera at a first-person walk pose (see :mod:`fmdesk.render.walk`)."""
        position, focal, up = walk.camera_of(pose)
        camera = self.plotter.renderer.GetActiveCamera()
        camera.SetParallelProjection(False)
        camera.SetPosition(*position)
        camera.SetFocalPoint(*focal)
        camera.SetViewUp(*up)
        camera.SetViewAngle(view_angle)
        self.plotter.renderer.ResetCameraClippingRange()
        views.mark_camera_set(self.plotter)

    def walk_pose_from_camera(self, speed: float = 1.4) -> walk.WalkPose:
        """Enter walk mode where the camera is now, standing on the storey below it."""
        camera = self.plotter.renderer.GetActiveCamera()
        return walk.pose_from_camera(
            camera.GetPosition(), camera.GetFocalPoint(), self.storeys, speed=speed
        )

    # ------------------------------------------------------------------ state
    def capture_state(self) -> SceneState:
        """The current camera, visibility, x-ray, section and highlights, as plain data."""
        return SceneState(
            camera=views.capture_camera(self.plotter),
            hidden_classes=sorted(self._hidden_classes),
            hidden_ids=self.hidden_ids,
            xray=self._xray,
            isolated_storey=self._isolated,
            section=self._section.as_dict() if self._section else None,
            highlights={style: self.highlighted(style) for style in self._highlights},
        )

    def apply_state(self, state: SceneState) -> None:
        """Restore a captured state (unknown ids in it are ignored: the model may have changed)."""
        self._hidden_classes = set(state.hidden_classes)
        self._isolated = state.isolated_storey if self.storey(state.isolated_storey or "") else None
        self.show_elements()
        self.hide_elements(state.hidden_ids)
        self._update_visibility()
        self.set_xray(state.xray)
        self.set_section(Section.from_dict(state.section))
        self.clear_highlight()
        for style, ids in state.highlights.items():
            if style in HIGHLIGHT_STYLES:
                self.highlight(ids, style)
        if state.camera:
            views.apply_camera(self.plotter, state.camera)


def _as_bounds(lo: np.ndarray, hi: np.ndarray) -> tuple[float, ...]:
    return (float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]), float(lo[2]), float(hi[2]))
